"""The agreements register: make an agreement from a demand in one step, add one by
hand, edit what exactly was agreed (indicator, target, years, who), and take last
round's agreements into this round's inzet (a choice).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

import flet as ft

from app.content.themes import text, theme_catalogue
from app.i18n import _, number_for_input, read_number
from app.services.afspraken import DemandChoice
from models.agreements import (
    Agreement,
    Responsible,
    check_years,
)
from models.base import InvalidInput
from models.text import N_
from views.a11y import named_dropdown, title_row
from views.bod.common import Save, muted
from views.context import use_services
from views.form_parts import (
    action_button,
    choice_menu,
    form_row,
    free_text,
    labelled_options,
    title_with_delete,
)
from views.widgets import GAP, ValidatedField, card

_YEAR = re.compile(r"^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$")


def years_parser(first: int, last: int) -> Callable[[str], list[int]]:
    """'2027', '2027, 2028' or '2027-2029' into years inside the round's period."""

    def parse(text: str) -> list[int]:
        years: list[int] = []
        for part in [p for p in re.split(r"[,;]", text) if p.strip()]:
            match = _YEAR.match(part)
            if match is None:
                raise InvalidInput(N_("Write years like 2027, or 2027-2029."))
            start = int(match.group(1))
            end = int(match.group(2) or start)
            if end < start or end - start > 20:
                raise InvalidInput(N_("Write years like 2027, or 2027-2029."))
            years += list(range(start, end + 1))
        return check_years(years, first, last)

    return parse


def agreement_card(
    round_id: str,
    number: str,
    title: str,
    item: Agreement,
    period: tuple[int, int],
    save: Save,
    save_quietly: Save,
    read_only: bool,
    service: Any,
) -> ft.Control:
    aid = item.id

    def change(**changes: Any) -> None:
        save_quietly(lambda: service.update_agreement(round_id, aid, **changes))

    def responsible(e: ft.Event[ft.Dropdown]) -> None:
        value = e.control.value
        if value:
            who = Responsible(value)
            save(lambda: service.update_agreement(round_id, aid, responsible=who))

    def field(name: str, label: str, multiline: bool = False, width: float | None = 760) -> Any:
        key = f"agreement-{name}-{aid}"
        return free_text(
            item, name, label, change, key, read_only, multiline=multiline, width=width
        )

    source = muted(_("Made from your demand in the inzet.")) if item.source_demand_id else None
    return card(
        title_with_delete(
            (f"{number} · {item.what.strip()[:80] or title}", f"agreement-title-{aid}"),
            (
                _("Delete agreement {number}", number=number),
                lambda: save(lambda: service.remove(round_id, aid)),
                f"agreement-delete-{aid}",
            ),
            read_only,
        ),
        *([source] if source is not None else []),
        field("what", _("What is agreed"), multiline=True),
        form_row(
            field("indicator", _("Indicator (what is measured)"), width=360),
            field("target", _("Target"), width=300),
            ValidatedField(
                _("Target as a number"),
                number_for_input(item.target_value),
                read_number,
                lambda v: change(target_value=v),
                field_key=f"agreement-target-value-{aid}",
                width=180,
                read_only=read_only,
            ),
            field("unit", _("Unit"), width=140),
        ),
        form_row(
            ValidatedField(
                _("Year(s)"),
                ", ".join(str(y) for y in item.years),
                years_parser(*period),
                lambda v: change(years=v),
                field_key=f"agreement-years-{aid}",
                hint=_("for example {first} or {first}-{last}", first=period[0], last=period[1]),
                width=220,
                read_only=read_only,
            ),
            choice_menu(
                _("Responsible"),
                item.responsible.value,
                labelled_options(Responsible),
                responsible,
                f"agreement-responsible-{aid}",
                width=260,
                disabled=read_only,
            ),
        ),
        field("note", _("Note"), multiline=True),
        key=f"agreement-{aid}",
    )


def from_demands_card(
    round_id: str,
    choices: list[DemandChoice],
    save: Save,
    read_only: bool,
    service: Any,
    narrow: bool = False,
) -> ft.Control:
    rows: list[ft.Control] = [
        muted(_("Agreed in the talks? Turn the demand into an agreement in one step."))
    ]
    done = [c for c in choices if c.agreement_numbers]
    if done:
        rows.append(
            ft.Text(
                _("Demands that already have an agreement: {n}", n=len(done)),
                size=15,
                key="demand-choices-done",
            )
        )
    for choice in [c for c in choices if not c.agreement_numbers]:
        demand = choice.demand
        make = partial(_make, save, service, round_id, choice.theme_position_id, demand.id)
        about = ft.Column(
            [
                ft.Text(demand.what.strip(), size=16, weight=ft.FontWeight.BOLD),
                ft.Text(
                    f"{choice.theme_title} · {_(choice.status.label)}",
                    size=14,
                    key=f"demand-choice-{demand.id}",
                ),
            ],
            spacing=2,
        )
        button = action_button(
            _("Make agreement"),
            ft.Icons.HANDSHAKE_OUTLINED,
            make,
            f"make-agreement-{demand.id}",
            disabled=read_only,
            tooltip=_("Make an agreement from: {demand}", demand=demand.what),
        )
        rows.append(title_row(about, [button], narrow))
    if not choices:
        rows.append(ft.Text(_("Your position has no demands yet: write them in Inzet."), size=16))
    elif len(done) == len(choices):
        rows.append(ft.Text(_("Every demand has an agreement."), size=16))
    return card(*rows, title=_("From your demands"), key="afspraken-from-demands")


def _make(save: Save, service: Any, round_id: str, theme_position_id: str, demand_id: str) -> None:
    save(lambda: service.from_demand(round_id, theme_position_id, demand_id))


@ft.component
def AddByHand(round_id: str, save: Save, read_only: bool) -> ft.Control:
    services = use_services()
    theme, set_theme = ft.use_state(theme_catalogue().themes[0].id)
    return ft.Row(
        [
            named_dropdown(
                ft.Dropdown(
                    label=_("Theme of the new agreement"),
                    value=theme,
                    options=[
                        ft.DropdownOption(key=t.id, text=text(t.title))
                        for t in theme_catalogue().themes
                    ],
                    on_select=lambda e: set_theme(e.control.value or theme),
                    width=340,
                    key="agreement-new-theme",
                    disabled=read_only,
                )
            ),
            action_button(
                _("Add agreement"),
                ft.Icons.ADD,
                lambda: save(lambda: services.afspraken.add_new_agreement(round_id, theme)),
                "agreement-add",
                disabled=read_only,
            ),
        ],
        wrap=True,
        spacing=GAP,
    )


@ft.component
def PreviousAgreements(
    round_id: str, offered: list[Agreement], save: Save, read_only: bool
) -> ft.Control:
    services = use_services()
    chosen, set_chosen = ft.use_state(frozenset[str]())
    done, set_done = ft.use_state("")

    def toggle(agreement_id: str, e: ft.Event[ft.Checkbox]) -> None:
        set_chosen(chosen | {agreement_id} if e.control.value else chosen - {agreement_id})

    def take() -> None:
        result: list[int] = []
        if save(lambda: result.append(services.afspraken.add_to_inzet(round_id, sorted(chosen)))):
            set_done(_("{n} demands added to your inzet.", n=result[0]))
            set_chosen(frozenset())

    boxes: list[ft.Control] = [
        ft.Checkbox(
            label=item.what.strip() or item.target,
            value=item.id in chosen,
            on_change=partial(toggle, item.id),
            disabled=read_only,
            key=f"previous-{item.id}",
        )
        for item in offered
    ]
    return card(
        muted(
            _(
                "Last round's agreements. Were some not met? Tick them to put them in this "
                "round's inzet as demands. Nothing is copied unless you choose."
            )
        ),
        *boxes,
        ft.Row(
            [
                ft.OutlinedButton(
                    _("Put in the inzet"),
                    on_click=take,
                    disabled=read_only or not chosen,
                    key="previous-take",
                ),
                ft.Text(done, key="previous-done"),
            ],
            wrap=True,
        ),
        title=_("Start from last round"),
        key="afspraken-previous",
    )


__all__ = [
    "AddByHand",
    "PreviousAgreements",
    "agreement_card",
    "from_demands_card",
    "years_parser",
]
