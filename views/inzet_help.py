"""Inzet: the help panel of a theme (why it matters, questions, measures, legal hooks)."""

from __future__ import annotations

import flet as ft

from app.content import current_regime
from app.content.themes import help_texts, text
from app.i18n import _, format_date
from models.themes import LegalHook, Theme
from views.explain import explain_words


def _bullets(items: list[str]) -> ft.Control:
    return ft.Column([ft.Text(f"•  {item}", size=15) for item in items], spacing=6)


def _sub(title: str) -> ft.Control:
    return ft.Container(
        ft.Text(title, size=16, weight=ft.FontWeight.BOLD),
        padding=ft.Padding.only(top=10),
    )


def hook_source(hook: LegalHook) -> str:
    """'Woningwet art. 42 lid 1, checked on 1 December 2026' (the date shows how current it is)."""
    if hook.checked is None:
        return hook.source
    return _("{source}, checked on {date}", source=hook.source, date=format_date(hook.checked))


@ft.component
def ThemeHelp(theme: Theme) -> ft.Control:
    """Why the theme matters, questions, indicators, an example and the legal hooks.

    Folded away at first. Its header is one button that a screen reader
    hears as folded or unfolded (``Semantics.expanded``); the help itself is
    only on the page while it is unfolded, so a folded help's texts cannot
    be reached with Tab or selected.
    """
    open_, set_open = ft.use_state(False)
    header = ft.MergeSemantics(
        content=ft.Semantics(
            expanded=open_,
            content=ft.ListTile(
                leading=ft.Icon(ft.Icons.LIGHTBULB_OUTLINE, color=ft.Colors.PRIMARY),
                title=ft.Text(_("Help with this theme"), size=17, weight=ft.FontWeight.BOLD),
                subtitle=ft.Text(_("Why it matters, questions to ask, an example"), size=14),
                trailing=ft.Icon(ft.Icons.EXPAND_LESS if open_ else ft.Icons.EXPAND_MORE),
                on_click=lambda: set_open(not open_),
                key="theme-help-toggle",
            ),
        )
    )
    body = [
        ft.Container(
            _help_body(theme),
            padding=ft.Padding.only(left=16, right=16, bottom=16),
        )
    ]
    return ft.Card(
        ft.Column([header, *(body if open_ else [])], spacing=0),
        key="theme-help",
        semantic_container=False,
    )


def _help_body(theme: Theme) -> ft.Control:
    basis_label = {"wet": _("Law"), "advies": _("Advice")}
    hooks: list[ft.Control] = [
        ft.Text(
            f"•  {text(h.text)}  ({basis_label[h.basis]}: {hook_source(h)})",
            size=15,
            selectable=True,
        )
        for h in theme.hooks_for(current_regime())
    ]
    return ft.Column(
        [
            ft.Text(text(theme.why), size=16, selectable=True),
            _sub(_("Questions to ask")),
            _bullets([text(q) for q in theme.questions]),
            _sub(_("What you can measure")),
            _bullets([text(i) for i in theme.indicators]),
            _sub(_("Example of a SMART demand")),
            ft.Container(
                ft.Text(text(theme.example_demand), size=15, italic=True, selectable=True),
                bgcolor=ft.Colors.SECONDARY_CONTAINER,
                padding=ft.Padding.all(12),
                border_radius=8,
            ),
            _sub(_("What you can lean on")),
            ft.Column(hooks, spacing=6),
            *explain_words(help_texts(theme), "theme-help", _("Words in this help")),
        ],
        spacing=8,
        horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
    )
