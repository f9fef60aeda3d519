"""Small pieces the Bod and Afspraken sections share: verdict banners, text parsers and
the two ways of saving."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from app.i18n import _
from models.bod_gap import Verdict
from models.dates import parse_date
from views.context import use_app_state
from views.form_parts import muted
from views.widgets import run_save

#: Colours per verdict: (background, text). Red only for the red line.
VERDICT_COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.MEETS: (ft.Colors.GREEN_50, ft.Colors.GREEN_900),
    Verdict.PARTLY: (ft.Colors.AMBER_50, ft.Colors.BROWN_900),
    Verdict.NOT_MET: (ft.Colors.ORANGE_50, ft.Colors.DEEP_ORANGE_900),
    Verdict.BELOW_RED_LINE: (ft.Colors.RED_50, ft.Colors.RED_900),
    Verdict.UNKNOWN: (ft.Colors.SURFACE_CONTAINER_HIGH, ft.Colors.ON_SURFACE),
}
VERDICT_ICONS: dict[Verdict, ft.IconData] = {
    Verdict.MEETS: ft.Icons.CHECK_CIRCLE_OUTLINE,
    Verdict.PARTLY: ft.Icons.CONTRAST,
    Verdict.NOT_MET: ft.Icons.REMOVE_CIRCLE_OUTLINE,
    Verdict.BELOW_RED_LINE: ft.Icons.DANGEROUS_OUTLINED,
    Verdict.UNKNOWN: ft.Icons.HELP_OUTLINE,
}


def verdict_chip(verdict: Verdict, key: str) -> ft.Control:
    background, colour = VERDICT_COLOURS[verdict]
    return ft.Container(
        ft.Row(
            [
                ft.Icon(VERDICT_ICONS[verdict], color=colour, size=18),
                ft.Text(_(verdict.label), color=colour, size=15, key=key),
            ],
            spacing=6,
            tight=True,
        ),
        bgcolor=background,
        border_radius=16,
        padding=ft.Padding.symmetric(horizontal=10, vertical=4),
    )


def banner(text: str, verdict: Verdict, key: str) -> ft.Control:
    background, colour = VERDICT_COLOURS[verdict]
    return ft.Container(
        ft.Row(
            [
                ft.Icon(VERDICT_ICONS[verdict], color=colour),
                ft.Text(text, size=16, color=colour, expand=True, key=key),
            ],
        ),
        bgcolor=background,
        padding=ft.Padding.all(12),
        border_radius=8,
    )


def keep(value: str) -> str:
    """Free text is stored exactly as typed."""
    return value


def date_or_none(text: str) -> Any:
    return parse_date(text)


Save = Callable[[Callable[[], Any]], bool]


def use_savers() -> tuple[Save, Save]:
    """The two ways the Bod and Afspraken sections save a change.

    ``save`` renders the section again after a save (a new figure moves the
    gap, a new agreement appears); ``save_quietly`` does not, so a text field
    keeps what is being typed. Both light the "opgeslagen" indicator and
    return whether the change was saved.
    """
    state = use_app_state()
    version, set_version = ft.use_state(0)

    def save(change: Callable[[], Any]) -> bool:
        saved = run_save(state, change)
        if saved:
            set_version(version + 1)
        return saved

    def save_quietly(change: Callable[[], Any]) -> bool:
        return run_save(state, change)

    return save, save_quietly


__all__ = ["Save", "banner", "date_or_none", "keep", "muted", "use_savers", "verdict_chip"]
