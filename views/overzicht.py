"""Overzicht: answers 'what should we do next?' for the current round."""

from __future__ import annotations

from typing import Any

import flet as ft

from app.i18n import _, format_date
from app.services import agenda
from app.services.position import ThemeSummary
from models.cycle import phase_window
from models.position import is_ready
from models.round import PHASE_NEXT_STEP
from views.a11y import next_step
from views.agenda_overview import next_calendar_date
from views.context import use_app_state, use_services
from views.cycle_phases import phase_dates
from views.feature_views import overview_panels
from views.round_section import section_page, start_round_first
from views.widgets import SectionHeader, card, empty_state


@ft.component
def OverviewSection() -> ft.Control:
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    organisation = services.organisation.load_organisation()
    current = services.rounds.get_round(state.round_id) if state.round_id else None

    blocks: list[ft.Control] = [
        SectionHeader(
            _("Overview"),
            _(
                "Here you see where you are: your organisation, the round you work on, "
                "and what to do next. Prestatieafspraken are the yearly agreements between "
                "the municipality, the housing association and you, as equal partners."
            ),
            "overview",
        )
    ]
    if organisation is None or not organisation.name:
        blocks.append(
            empty_state(
                ft.Icons.GROUPS_OUTLINED,
                _("Start with your organisation"),
                _(
                    "Fill in the name of your tenant organisation and who you work with. "
                    "It takes a few minutes and everything saves itself."
                ),
                _("Fill in organisation"),
                lambda: page.navigate("/organisatie"),
                key="overview-start-organisation",
            )
        )
    else:
        blocks.append(
            card(
                ft.Text(organisation.name, size=18, key="overview-org-name"),
                ft.Text(
                    ", ".join(organisation.housing_associations + organisation.municipalities),
                    size=15,
                ),
                title=_("Your organisation"),
            )
        )
    if current is None:
        why = _("A round is one year of prestatieafspraken. Start one to prepare your position.")
        start = start_round_first(why, "overview-start-round", title=_("Start this year's round"))
        blocks.append(start)
    else:
        deadline = next_calendar_date(services.agenda.round_dates(current.id))
        window = phase_window(current.year, current.phase)
        rows: list[ft.Control] = [
            ft.Text(current.display_title(), size=18, key="overview-round-title"),
            ft.Text(
                _("Phase: {phase}", phase=_(current.phase.label)),
                size=16,
                key="overview-phase",
            ),
            ft.Text(
                _(window.explanation, **window.params(current.year)),
                size=15,
                color=ft.Colors.ON_SURFACE_VARIANT,
                key="overview-phase-when",
            ),
            ft.Container(
                ft.Row(
                    [
                        ft.Icon(ft.Icons.ARROW_FORWARD, color=ft.Colors.PRIMARY),
                        ft.Text(_(PHASE_NEXT_STEP[current.phase]), size=16, expand=True),
                    ]
                ),
                bgcolor=ft.Colors.PRIMARY_CONTAINER,
                padding=ft.Padding.all(12),
                border_radius=8,
                key="overview-next-step",
            ),
            _work_step(services, current.id),
            phase_dates(current.year, current.phase),
            _position_progress(services.position.theme_summaries(current.id)),
        ]
        if deadline is not None:
            rows.append(
                ft.Text(
                    _(
                        "Next date: {date} — {what}",
                        date=format_date(deadline.date),
                        what=agenda.title_of(deadline),
                    ),
                    size=15,
                    key="overview-deadline",
                )
            )
            rows.append(
                ft.Text(
                    agenda.explanation_of(deadline),
                    size=14,
                    color=ft.Colors.ON_SURFACE_VARIANT,
                    key="overview-deadline-basis",
                )
            )
        blocks.append(card(*rows, title=_("Current round")))
    for panel in OVERVIEW_PANELS:  # the features' cards (FEATURES: overview_panel)
        blocks.append(panel())
    return section_page(*blocks, stretch=True)


def _position_progress(summaries: list[ThemeSummary]) -> ft.Control:
    """How far the position is (design §9: Overzicht answers "what next?"):
    ready to take along (a demand and a priority) and complete are not the same."""
    if not summaries:
        text = _("Position: no themes yet. Start in the section Position.")
    else:
        text = _(
            "Position: {ready} of {total} themes ready to take along, {complete} complete.",
            ready=sum(1 for s in summaries if is_ready(s.missing)),
            complete=sum(1 for s in summaries if s.complete),
            total=len(summaries),
        )
    return ft.Text(text, size=16, key="overview-position-progress")


def _work_step(services: Any, round_id: str) -> ft.Control:
    """The next step as a button: the first thing this round still lacks."""
    summaries = services.position.theme_summaries(round_id)
    if not any(is_ready(s.missing) for s in summaries):
        label, route = _("Next step: your position per theme"), "/inzet"
    elif not services.checklist.round_comparison(round_id).scores.overall.answered:
        label, route = _("Next step: the checklist"), "/checklist"
    else:
        label, route = _("Next step: make the meeting brief"), "/documenten"
    return next_step(label, route, key="overview-next-button")


#: The cards that features add to the overview (open actions, the talks, the calendar).
OVERVIEW_PANELS = overview_panels()
