"""Afspraken volgen: per agreement and half year, how far it got.

Reached from Overzicht and the calendar; no navigation entry of its own
(design §9 fixes the labels). The round picker chooses whose agreements are
followed; a round without agreements points to the previous round, whose
agreements are usually the ones running now. Every field saves itself.
"""

from __future__ import annotations

import datetime as dt

import flet as ft

from app.i18n import _, get_language, number_for_input
from app.services import monitoring
from app.services.monitoring import AgreementStatus
from models.monitoring import Check, HalfYear, Status, parse_figure
from models.text import N_
from views.a11y import named_dropdown
from views.agenda_overview import MONITORING_ROUTE
from views.context import use_app_state, use_services
from views.flet_typing import with_key
from views.form_parts import choice_menu, free_text, labelled_options
from views.round_section import round_section
from views.widgets import GAP, ValidatedField, card, empty_state, run_save

ROUTE = MONITORING_ROUTE

WHY = N_(
    "Agreements are signed and then forgotten until the next round. Write down twice a "
    "year how far each agreement got and where you know it from. The Monitor (under "
    "Documenten) turns this into an overview for the evaluation meeting."
)
NEEDS_ROUND = N_("You follow the agreements of a round. Start one under Rondes.")


def today() -> dt.date:
    """Today's date (a function, so view tests can set the day)."""
    return dt.date.today()


def _period_key(period: HalfYear) -> str:
    return f"{period.year}-{period.half}"


@ft.component
def AgreementCheck(round_id: str, item: AgreementStatus, period: HalfYear) -> ft.Control:
    services = use_services()
    state = use_app_state()
    agreement = item.agreement
    check = next((c for c in item.history if c.period == period), None)
    key = f"monitor-{agreement.id}"

    def save(**changes: str) -> None:
        run_save(
            state,
            lambda: services.monitoring.update_check(round_id, agreement.id, period, **changes),
        )

    def status_changed(e: ft.Event[ft.Dropdown]) -> None:
        save(status=e.control.value or Status.UNKNOWN.value)

    shown = check or Check(agreement_id=agreement.id, period=period)  # not checked yet: blank
    status = choice_menu(
        _("Status"),
        shown.status.value,
        labelled_options(Status),
        status_changed,
        f"{key}-status",
        width=260,
        disabled=state.read_only,
    )
    earlier = [
        f"{monitoring.half_year_label(c.period)}: {monitoring.status_label(c.status)}"
        for c in item.history
        if c.period.key() < period.key()
    ]
    target = agreement.target or (
        monitoring.figure_text(agreement.target_value) if agreement.target_value else ""
    )
    facts = [f"{_('Target')}: {target}"] if target else []
    if agreement.years:
        facts.append(f"{_('Years')}: {agreement.years_text()}")
    reached = ValidatedField(
        _("Figure reached") + (f" ({agreement.unit})" if agreement.unit else ""),
        number_for_input(check.reached if check else None),
        lambda text: parse_figure(text, get_language()),
        lambda value: save(reached=number_for_input(value)),
        field_key=f"{key}-reached",
        width=220,
        read_only=state.read_only,
    )
    return card(
        ft.Text(
            f"{item.number} · {agreement.what or '—'}",
            size=17,
            weight=ft.FontWeight.BOLD,
            key=f"{key}-what",
        ),
        *([ft.Text(" · ".join(facts), size=15)] if facts else []),
        ft.Row([status, reached], wrap=True, spacing=GAP),
        free_text(
            shown,
            "source",
            _("Source"),
            save,
            f"{key}-source",
            state.read_only,
            helper=_("For example: volkshuisvestingsverslag, PWIK dashboard, own observation."),
            width=520,
            multiline=False,
        ),
        free_text(shown, "note", _("Note"), save, f"{key}-note", state.read_only, width=520),
        *(
            [ft.Text(_("Before: {history}", history="; ".join(earlier)), size=14)]
            if earlier
            else []
        ),
        key=key,
    )


@ft.component
def MonitoringRound(round_id: str) -> ft.Control:
    """The agreements of one round, per half year (keyed by round, so it starts afresh)."""
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    current = services.rounds.get_round(round_id)
    if current is None:  # the section only shows an existing round
        return ft.Column()
    items = services.monitoring.agreement_statuses(current.id)
    periods = monitoring.periods_for(current.year, [i.agreement for i in items], today())
    chosen, set_chosen = ft.use_state(_period_key(periods[-1]))
    period = next((p for p in periods if _period_key(p) == chosen), periods[-1])
    body: list[ft.Control] = [ft.Text(current.display_title(), size=18, key="monitoring-round")]
    if not items:
        previous = services.rounds.previous_round(current.id)
        has_previous = previous is not None and services.monitoring.agreement_statuses(previous.id)

        def to_previous() -> None:
            if previous is not None:
                state.round_id = previous.id

        body.append(
            empty_state(
                ft.Icons.FACT_CHECK_OUTLINED,
                _("No agreements in this round yet"),
                _(
                    "Enter the agreements under Afspraken when they are signed. The agreements "
                    "that run now are usually those of the previous round."
                ),
                _("Follow {round}", round=previous.display_title())
                if has_previous and previous
                else _("Go to Rondes"),
                to_previous if has_previous else lambda: page.navigate("/rondes"),
                key="monitoring-empty",
            )
        )
    else:
        picker = ft.Dropdown(
            label=_("Half year"),
            value=_period_key(period),
            options=[
                ft.DropdownOption(key=_period_key(p), text=monitoring.half_year_label(p))
                for p in periods
            ],
            on_select=lambda e: set_chosen(e.control.value or _period_key(periods[-1])),
            width=280,
            key="monitoring-period",
        )
        body.append(named_dropdown(picker))
        previous = services.rounds.previous_round(current.id)
        if today() < dt.date(current.year, 1, 1) and previous is not None:
            prev_round = previous

            def to_previous_round() -> None:
                state.round_id = prev_round.id

            body.append(
                ft.Row(
                    [
                        ft.Text(
                            _(
                                "These agreements start on 1 January {year}. The agreements "
                                "that run now are those of {round}.",
                                year=current.year,
                                round=previous.display_title(),
                            ),
                            size=16,
                            expand=True,
                        ),
                        ft.OutlinedButton(
                            _("Follow {round}", round=previous.display_title()),
                            on_click=to_previous_round,
                            key="monitoring-previous",
                        ),
                    ],
                    wrap=True,
                )
            )
        for item in items:
            body.append(
                with_key(AgreementCheck, f"{item.agreement.id}-{_period_key(period)}")(
                    current.id, item, period
                )
            )
    return ft.Column(body, spacing=GAP, horizontal_alignment=ft.CrossAxisAlignment.STRETCH)


@ft.component
def MonitoringSection() -> ft.Control:
    """How far the agreements of the current round got, or the way to start a round."""
    header = (_("Follow the agreements"), _(WHY))
    return round_section("monitoring", header, _(NEEDS_ROUND), MonitoringRound, stretch=True)
