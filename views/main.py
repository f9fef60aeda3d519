"""Builds the Flet ``main(page)`` for a set of services: theme, title, state."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.i18n import _, get_language
from app.services.context import Services
from views.a11y import locale_configuration
from views.errors import install_friendly_errors
from views.shell import App
from views.state import AppState
from views.theme import SEED_COLOUR, apply_theme


def make_main(services: Services) -> Callable[[ft.Page], None]:
    """One UI session per window or browser tab, all on the same services."""

    def main(page: ft.Page) -> None:
        install_friendly_errors(page)
        page.title = "Aan Tafel"
        settings = services.settings.load_settings()
        services.settings.apply_regime()
        apply_theme(page, settings.high_contrast, settings.text_scale)
        page.padding = 0
        page.locale_configuration = locale_configuration(get_language())

        def key_pressed(e: ft.KeyboardEvent) -> None:
            # Escape closes the open dialog, as people expect (WCAG 2.1.2)
            if e.key == "Escape":
                page.pop_dialog()

        page.on_keyboard_event = key_pressed
        latest = services.rounds.latest_round()
        state = AppState(
            round_id=latest.id if latest else None,
            read_only=services.read_only,
            notices=services.notice_texts(),
            language=get_language(),
            text_scale=settings.text_scale,
            high_contrast=settings.high_contrast,
            show_welcome=services.settings.is_first_run(),
        )
        page.render(App, services, state)

    return main


__all__ = ["SEED_COLOUR", "_", "make_main"]
