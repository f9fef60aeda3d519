"""Builds the Flet ``main(page)`` for a set of services: theme, title, state."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.i18n import _
from app.services import rounds as rounds_service
from app.services.context import Services
from views.errors import install_friendly_errors
from views.shell import App
from views.state import AppState

SEED_COLOUR = "#00695C"  # deep teal (design §9)


def make_main(services: Services) -> Callable[[ft.Page], None]:
    """One UI session per window or browser tab, all on the same services."""

    def main(page: ft.Page) -> None:
        install_friendly_errors(page)
        page.title = "Aan Tafel"
        page.theme_mode = ft.ThemeMode.LIGHT
        page.theme = ft.Theme(color_scheme_seed=SEED_COLOUR, use_material3=True)
        page.padding = 0
        latest = rounds_service.latest_round(services.repo)
        state = AppState(
            round_id=latest.id if latest else None,
            read_only=services.read_only,
            notices=services.notice_texts(),
        )
        page.render(App, services, state)

    return main


__all__ = ["_", "make_main"]
