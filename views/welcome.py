"""First run: a short welcome on Overzicht that explains in three steps what
the app does and offers a start of one's own (three fields and one button
that lands on the first theme: views/first_round.py) or the example
organisation.

Shown while the welcome was never answered and the data folder holds no
work; it sits above Overzicht instead of replacing it, so nothing else moves.
"""

from __future__ import annotations

from typing import Any

import flet as ft

from app.i18n import _
from app.services.errors import InvalidInput, user_message
from models.organisation import (
    Organisation,
    parse_municipality_list,
    parse_name_list,
    parse_required_line,
)
from models.text import N_
from views.context import use_app_state, use_services
from views.first_round import INZET_ROUTE, next_round_year, start_first_round
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


def _choice(
    explanation: str,
    button: ft.Control,
    key: str,
    read_only: bool,
    error: str,
    error_key: str,
) -> list[ft.Control]:
    """One way to start: what it does, its button (given its ``key``), and
    what went wrong."""
    button.key = key
    button.disabled = read_only
    return [
        ft.Text(explanation, size=15, color=ft.Colors.ON_SURFACE_VARIANT),
        ft.Row([button], wrap=True),
        ft.Text(error, color=ft.Colors.ERROR, visible=bool(error), key=error_key),
    ]


@ft.component
def QuickStart() -> ft.Control:
    """Name, housing association and municipality, then one button that saves
    them, starts this year's round with the standard themes and opens the
    first theme. Nothing is saved before the button: the welcome stays
    while the volunteer types."""
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    name, set_name = ft.use_state("")
    associations, set_associations = ft.use_state("")
    municipalities, set_municipalities = ft.use_state("")
    name_error, set_name_error = ft.use_state("")
    error, set_error = ft.use_state("")

    def start() -> None:
        try:
            organisation = Organisation(
                name=parse_required_line(name),
                housing_associations=parse_name_list(associations),
                municipalities=parse_municipality_list(municipalities),
            )
        except InvalidInput as exc:
            if not name.strip():
                set_name_error(_("Fill in the name of your organisation."))
                return
            set_name_error("")
            set_error(_(exc.message, **exc.params))
            return
        try:
            services.organisation.save_organisation(organisation)
            services.settings.finish_welcome()
        except Exception as exc:  # shown, never raised
            set_error(user_message(exc))
            return
        problem = start_first_round(services, state, organisation)
        state.show_welcome = False
        if problem:
            set_error(problem)
            page.navigate("/rondes")
            return
        page.navigate(INZET_ROUTE)

    def text_field(label: str, value: str, on_change: Any, key: str, **extra: Any) -> ft.Control:
        return ft.TextField(
            label=label,
            value=value,
            on_change=lambda e: on_change(e.control.value or ""),
            key=key,
            text_size=16,
            width=520,
            read_only=state.read_only,
            **extra,
        )

    return ft.Column(
        [
            ft.Text(_("Start with my own organisation"), size=17, weight=ft.FontWeight.BOLD),
            text_field(
                _("Name of the organisation"),
                name,
                set_name,
                "welcome-name",
                hint_text=_("For example: Huurdersvereniging De Eendracht"),
                error=name_error or None,
            ),
            text_field(
                _("Housing association(s) you work with"),
                associations,
                set_associations,
                "welcome-associations",
                hint_text=_("For example: Woonstichting Het Anker"),
            ),
            text_field(
                _("Municipality or municipalities"),
                municipalities,
                set_municipalities,
                "welcome-municipalities",
                hint_text=_("For example: Dalfsen"),
            ),
            *_choice(
                _(
                    "The button saves this and starts the round for {year} with the "
                    "standard themes. You can change all of it later.",
                    year=next_round_year(services),
                ),
                ft.FilledButton(
                    _("Save and start the round"), icon=ft.Icons.ARROW_FORWARD, on_click=start
                ),
                "welcome-own",
                state.read_only,
                error,
                "welcome-start-error",
            ),
        ],
        spacing=12,
    )


@ft.component
def WelcomePanel() -> ft.Control:
    services = use_services()
    state = use_app_state()
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
                    ft.Divider(),
                    QuickStart(),
                    ft.Divider(),
                    ft.Text(
                        _("Or look around first in an example"),
                        size=17,
                        weight=ft.FontWeight.BOLD,
                    ),
                    *_choice(
                        _(
                            "The example is the made-up organisation 'Huurdersvereniging De "
                            "Eendracht', with a filled-in position and checklist. Use it to look "
                            "around; you can change everything in it."
                        ),
                        ft.OutlinedButton(
                            _("Look at the example"),
                            icon=ft.Icons.AUTO_STORIES_OUTLINED,
                            on_click=load_example,
                        ),
                        "welcome-example",
                        state.read_only,
                        error,
                        "welcome-error",
                    ),
                ],
                spacing=14,
            ),
            padding=ft.Padding.all(24),
        ),
        key="welcome",
        semantic_container=False,
    )
