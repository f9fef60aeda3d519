"""Explain a word where it appears: a small "Uitleg: SMART" button that shows
the glossary's explanation in a dialog (Escape or "Sluiten" closes it), so a
volunteer does not have to go to the glossary for a word they meet in a form.

``explain_words`` finds the glossary words a text uses (theme help, checklist
items, a section's intro) and gives one such button per word, so every hard
word on screen can be tapped where the volunteer reads it. Buttons rather than
tappable words inside the text: a button is reachable by Tab and announced by a
screen reader, a span in a text is neither.
"""

from __future__ import annotations

from collections.abc import Iterable

import flet as ft

from app.content.glossary import GlossaryTerm, explanation, glossary, terms_in
from app.i18n import _, get_language


def _button(term: GlossaryTerm, word: str, key: str) -> ft.Control:
    page = ft.context.page

    def show() -> None:
        page.show_dialog(
            ft.AlertDialog(
                title=ft.Text(term.term.get(get_language())),
                content=ft.Text(explanation(term), size=16),
                actions=[
                    ft.TextButton(
                        _("Close"),
                        on_click=lambda: page.pop_dialog(),
                        key=f"explain-close-{term.id}",
                    )
                ],
            )
        )

    return ft.TextButton(
        _("Explain: {term}", term=word),
        icon=ft.Icons.HELP_OUTLINE,
        on_click=show,
        key=key,
    )


def explain(term_id: str, key: str | None = None) -> ft.Control:
    """The button for glossary term ``term_id`` (call it while rendering)."""
    term = next(t for t in glossary().terms if t.id == term_id)
    # the word as the app's texts use it ("bid"), not the whole headword
    # ("bid / overview of intended activities")
    words = term.words.en if term.words and get_language() == "en" else None
    if term.words and not words:
        words = term.words.nl
    word = words[0] if words else term.term.get(get_language())
    return ft.Row([_button(term, word, key or f"explain-{term_id}")], wrap=True)


def explain_words(
    texts: Iterable[str], key_prefix: str, heading: str | None = None
) -> list[ft.Control]:
    """Explain buttons for the glossary words in ``texts`` (none: an empty list).

    A list, so a view adds it with ``*explain_words(...)`` wherever it shows
    the texts; with a ``heading`` it starts with that (a long help text).
    Each button is keyed ``{key_prefix}-explain-{term id}`` and carries the
    word as the text writes it ("Uitleg: CAO-loonstijging").
    """
    found = terms_in(texts)
    if not found:
        return []
    buttons = [_button(term, word, f"{key_prefix}-explain-{term.id}") for term, word in found]
    row = ft.Row(buttons, wrap=True, spacing=4, run_spacing=0, key=f"{key_prefix}-words")
    if heading is None:
        return [row]
    title = ft.Text(heading, size=16, weight=ft.FontWeight.BOLD)
    return [ft.Container(title, padding=ft.Padding.only(top=10)), row]
