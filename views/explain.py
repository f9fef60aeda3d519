"""Explain a word where it appears: a small "Uitleg: SMART" button that shows
the glossary's explanation in a dialog (Escape or "Sluiten" closes it), so a
volunteer does not have to go to the glossary for a word they meet in a form.
"""

from __future__ import annotations

import flet as ft

from app.content.glossary import explanation, glossary
from app.i18n import _, get_language


def explain(term_id: str, key: str | None = None) -> ft.Control:
    """The button for glossary term ``term_id`` (call it while rendering)."""
    term = next(t for t in glossary().terms if t.id == term_id)
    word = term.term.get(get_language())
    page = ft.context.page

    def show() -> None:
        page.show_dialog(
            ft.AlertDialog(
                title=ft.Text(word),
                content=ft.Text(explanation(term), size=16),
                actions=[
                    ft.TextButton(
                        _("Close"),
                        on_click=lambda: page.pop_dialog(),
                        key=f"explain-close-{term_id}",
                    )
                ],
            )
        )

    return ft.Row(
        [
            ft.TextButton(
                _("Explain: {term}", term=word),
                icon=ft.Icons.HELP_OUTLINE,
                on_click=show,
                key=key or f"explain-{term_id}",
            )
        ],
        wrap=True,
    )
