"""First run: a short welcome on Overzicht that explains in three steps what
the app does and offers the example organisation or a start of one's own.

Shown while the welcome was never answered and the data folder holds no
work; it sits above Overzicht instead of replacing it, so nothing else moves.
"""

from __future__ import annotations

import flet as ft

from app.i18n import _
from app.services.errors import user_message
from models.text import N_
from views.context import use_app_state, use_services
from views.widgets import GAP

STEPS = (
    N_("Fill in your organisation and start a round for this year."),
    N_(
        "Write down per theme what you want to achieve (your position), and use the "
        "checklist to see whether you take part as an equal partner."
    ),
    N_("Print the documents and take them to the meeting. Everything you type is saved by itself."),
)


def _step(number: int, text: str) -> ft.Control:
    return ft.Row(
        [
            ft.Container(
                ft.Text(
                    str(number), size=18, weight=ft.FontWeight.BOLD, color=ft.Colors.ON_PRIMARY
                ),
                width=36,
                height=36,
                border_radius=18,
                bgcolor=ft.Colors.PRIMARY,
                alignment=ft.Alignment.CENTER,
            ),
            ft.Text(text, size=17, expand=True),
        ],
        spacing=GAP,
        vertical_alignment=ft.CrossAxisAlignment.CENTER,
    )


@ft.component
def WelcomePanel() -> ft.Control:
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    error, set_error = ft.use_state("")

    def load_example() -> None:
        try:
            current = services.demo.add_demo()
            services.settings.finish_welcome()
        except Exception as exc:  # shown, never raised
            set_error(user_message(exc))
            return
        state.round_id = current.id
        state.show_welcome = False
        state.data_changed()
        state.mark_saved()

    def start_own() -> None:
        try:
            services.settings.finish_welcome()
        except Exception as exc:
            set_error(user_message(exc))
            return
        state.show_welcome = False
        if services.rounds.latest_round() is None:
            page.navigate("/organisatie")

    steps = [_step(i + 1, _(text)) for i, text in enumerate(STEPS)]
    return ft.Card(
        ft.Container(
            ft.Column(
                [
                    ft.Text(
                        _("Welcome to Aan Tafel"),
                        size=26,
                        weight=ft.FontWeight.BOLD,
                        key="welcome-title",
                    ),
                    ft.Text(
                        _(
                            "With this app you prepare the prestatieafspraken (the yearly "
                            "agreements with the municipality and the housing association) as "
                            "a tenant organisation. So you sit at the table well prepared."
                        ),
                        size=17,
                    ),
                    *steps,
                    ft.Text(_("How do you want to start?"), size=17, weight=ft.FontWeight.BOLD),
                    ft.Row(
                        [
                            ft.FilledButton(
                                _("Start with my own organisation"),
                                icon=ft.Icons.EDIT_OUTLINED,
                                on_click=start_own,
                                key="welcome-own",
                                disabled=state.read_only,
                            ),
                            ft.OutlinedButton(
                                _("Look at the example"),
                                icon=ft.Icons.AUTO_STORIES_OUTLINED,
                                on_click=load_example,
                                key="welcome-example",
                                disabled=state.read_only,
                            ),
                        ],
                        spacing=GAP,
                        wrap=True,
                    ),
                    ft.Text(
                        _(
                            "The example is the made-up organisation 'Huurdersvereniging De "
                            "Eendracht', with a filled-in position and checklist. Use it to look "
                            "around; you can change everything in it."
                        ),
                        size=15,
                        color=ft.Colors.ON_SURFACE_VARIANT,
                    ),
                    ft.Text(error, color=ft.Colors.ERROR, visible=bool(error), key="welcome-error"),
                ],
                spacing=14,
            ),
            padding=ft.Padding.all(24),
        ),
        key="welcome",
        semantic_container=False,
    )
