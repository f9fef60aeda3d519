"""The glossary (Woordenlijst): domain words with their English equivalent
and a short explanation. Reachable from every screen through the button in
the top bar; a page of its own so it follows the chosen text size."""

from __future__ import annotations

import flet as ft

from app.content.glossary import GlossaryTerm, explanation, search
from app.i18n import _, format_date
from views.context import use_app_state
from views.widgets import GAP, SectionHeader

ROUTE = "/woordenlijst"


def _source(term: GlossaryTerm) -> list[ft.Control]:
    """Where a legal term comes from, and when that was last checked."""
    if not term.source:
        return []
    line = _("Source: {source}", source=term.source)
    if term.checked:
        line = _(
            "Source: {source}, checked on {date}",
            source=term.source,
            date=format_date(term.checked),
        )
    return [
        ft.Text(line, size=14, color=ft.Colors.ON_SURFACE_VARIANT, key=f"term-source-{term.id}")
    ]


def _term_card(term: GlossaryTerm) -> ft.Control:
    return ft.Container(
        ft.Column(
            [
                ft.Text(term.term.nl, size=18, weight=ft.FontWeight.BOLD),
                ft.Text(
                    _("In English: {term}", term=term.term.en),
                    size=15,
                    italic=True,
                    color=ft.Colors.ON_SURFACE_VARIANT,
                ),
                ft.Text(explanation(term), size=16),
                *_source(term),
            ],
            spacing=4,
        ),
        padding=ft.Padding.symmetric(vertical=10, horizontal=4),
        border=ft.Border.only(bottom=ft.BorderSide(1, ft.Colors.OUTLINE_VARIANT)),
        key=f"term-{term.id}",
    )


@ft.component
def GlossarySection() -> ft.Control:
    state = use_app_state()
    page = ft.context.page
    query, set_query = ft.use_state("")
    terms = search(query)
    back_route = state.glossary_return if state.glossary_return != ROUTE else "/"

    rows: list[ft.Control] = [_term_card(t) for t in terms]
    if not terms:
        rows = [
            ft.Text(_("No word found for '{query}'.", query=query), size=16, key="glossary-none")
        ]
    return ft.Column(
        [
            ft.Row(
                [
                    ft.OutlinedButton(
                        _("Back"),
                        icon=ft.Icons.ARROW_BACK,
                        on_click=lambda: page.navigate(back_route),
                        key="glossary-back",
                    ),
                ]
            ),
            SectionHeader(
                _("Glossary"),
                _(
                    "In talks about prestatieafspraken many special words are used. Here you "
                    "find what they mean in plain language, with the English word next to it."
                ),
                "glossary",
            ),
            ft.TextField(
                label=_("Search a word"),
                value=query,
                on_change=lambda e: set_query(e.control.value or ""),
                prefix_icon=ft.Icons.SEARCH,
                key="glossary-search",
                width=420,
                text_size=16,
            ),
            ft.Column(
                rows,
                spacing=0,
                horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
                key="glossary-list",
            ),
        ],
        spacing=GAP,
        scroll=ft.ScrollMode.AUTO,
        expand=True,
    )


@ft.component
def GlossaryButton() -> ft.Control:
    """The top-bar button that opens the glossary from any screen."""
    state = use_app_state()
    page = ft.context.page

    def open_glossary() -> None:
        if page.route != ROUTE:
            state.glossary_return = page.route or "/"
        page.navigate(ROUTE)

    return ft.TextButton(
        _("Glossary"),
        icon=ft.Icons.MENU_BOOK_OUTLINED,
        # for mice only: in the semantics tree a tooltip can leave a dangling aria-owns
        tooltip=ft.Tooltip(message=_("What do the words mean?"), exclude_from_semantics=True),
        on_click=open_glossary,
        key="glossary-open",
    )
