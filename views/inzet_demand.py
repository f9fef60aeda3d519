"""Inzet: one demand of a theme, with its live SMART hints.

Fields save themselves through ``save`` (see :data:`Save`), which the section
passes in and which refreshes the position.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from app.i18n import _
from app.services import position as svc
from app.services.context import BoundService
from models.position import (
    Demand,
    ThemePosition,
)
from models.smart_fields import validate_amount, validate_deadline
from models.smart_parts import DemandParts, suggested_fields
from views.form_parts import keep_text, record_field
from views.icon_lines import icon_line
from views.widgets import GAP, icon_button

Save = Callable[[Callable[[], Any]], bool]
Parse = Callable[[str], Any]


def smart_feedback(demand: Demand, parties: list[str], year: int | None) -> ft.Control:
    """The SMART check in plain language, updated after every change."""
    key = f"smart-{demand.id}"
    if demand.is_empty():
        return ft.Text(
            _("Fill in the demand; you will see here what is still vague."),
            size=14,
            color=ft.Colors.ON_SURFACE_VARIANT,
            key=key,
        )
    hints = svc.demand_hints(demand, parties, year)
    if not hints:
        return icon_line(
            ft.Icons.CHECK_CIRCLE,
            _("This demand is SMART: concrete, measurable, dated and with a party."),
            color=ft.Colors.GREEN_900,
            icon_color=ft.Colors.GREEN_800,
            key=key,
        )
    rows = [
        icon_line(
            ft.Icons.TIPS_AND_UPDATES_OUTLINED,
            _(h.message, **h.params),
            icon_color=ft.Colors.TERTIARY,
            icon_size=20,
            text_key=f"hint-{demand.id}-{h.code}-{i}",
            top=True,
        )
        for i, h in enumerate(hints)
    ]
    return ft.Container(
        ft.Column(
            [
                ft.Text(_("Still to sharpen:"), size=15, weight=ft.FontWeight.BOLD),
                *rows,
            ],
            spacing=6,
        ),
        bgcolor=ft.Colors.TERTIARY_CONTAINER,
        padding=ft.Padding.all(12),
        border_radius=8,
        key=key,
    )


@ft.component
def DemandCard(
    item: ThemePosition,
    demand: Demand,
    number: int,
    save: Save,
    parties: list[str],
    year: int | None,
    read_only: bool,
    round_id: str,
    service: BoundService,
) -> ft.Control:
    """One demand: what, how much, by when, who; with its SMART check."""
    d = demand.id
    count = len(item.demands)
    # How much, by when and who may come from the sentence (the service fills
    # them); the fields say so, so the volunteer checks them.
    suggested = suggested_fields(
        demand.what,
        DemandParts(demand.amount, demand.deadline, demand.responsible),
        parties,
        service.default_party(round_id),
    )

    def from_sentence(name: str) -> str:
        return _("From your sentence: is it right?") if name in suggested else ""

    def update(**changes: str) -> None:
        save(lambda: service.update_demand(round_id, item.id, d, **changes))

    def tool(
        icon: ft.IconData, label: str, change: Callable[[], Any], off: bool, key: str
    ) -> ft.Control:
        """A small button of the demand's title line (move up or down, remove)."""
        return icon_button(icon, label, lambda: save(change), read_only or off, f"demand-{key}-{d}")

    def field(name: str, key: str, label: str, parse: Parse, **options: Any) -> ft.Control:
        """The demand's text ``name``; how much, by when and who say so when the
        demand's sentence filled them in (``helper``) and show that new value."""
        if name != "what":
            options.update(helper=from_sentence(name), follow=True)
        return record_field(
            demand,
            name,
            label,
            parse,
            update,
            (f"demand-{key}-{d}", read_only),
            **options,
        )

    tools = ft.Row(
        [
            tool(
                ft.Icons.ARROW_UPWARD,
                _("Move demand {n} up", n=number),
                lambda: service.move_demand(round_id, item.id, d, -1),
                number == 1,
                "up",
            ),
            tool(
                ft.Icons.ARROW_DOWNWARD,
                _("Move demand {n} down", n=number),
                lambda: service.move_demand(round_id, item.id, d, 1),
                number == count,
                "down",
            ),
            tool(
                ft.Icons.DELETE_OUTLINE,
                _("Remove demand {n}", n=number),
                lambda: service.remove_demand(round_id, item.id, d),
                False,
                "remove",
            ),
        ],
        spacing=0,
    )
    return ft.Container(
        ft.Column(
            [
                ft.Row(
                    [
                        ft.Text(
                            _("Demand {n}", n=number),
                            size=17,
                            weight=ft.FontWeight.BOLD,
                            expand=True,
                        ),
                        tools,
                    ]
                ),
                field(
                    "what",
                    "what",
                    _("What must happen?"),
                    keep_text,
                    hint=_(
                        "For example: Het Anker builds 120 new social rented homes "
                        "by the end of 2028"
                    ),
                    multiline=True,
                ),
                ft.Row(
                    [
                        ft.Container(
                            field(
                                "amount",
                                "amount",
                                _("How much?"),
                                validate_amount,
                                hint=_("For example: 120 homes, 95%, € 150 per home"),
                            ),
                            expand=True,
                        ),
                        ft.Container(
                            field(
                                "deadline",
                                "deadline",
                                _("By when?"),
                                validate_deadline,
                                hint=_("For example: end of 2027 or 1-7-2028"),
                            ),
                            expand=True,
                        ),
                    ],
                    spacing=GAP,
                    vertical_alignment=ft.CrossAxisAlignment.START,
                ),
                field(
                    "responsible",
                    "who",
                    _("Who is responsible?"),
                    keep_text,
                    hint=_("For example: Woonstichting Het Anker, or the municipality"),
                ),
                smart_feedback(demand, parties, year),
            ],
            spacing=12,
            horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
        ),
        border=ft.Border.all(1, ft.Colors.OUTLINE_VARIANT),
        border_radius=12,
        padding=ft.Padding.all(16),
        key=f"demand-{d}",
    )
