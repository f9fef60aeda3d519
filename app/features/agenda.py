"""The year calendar as a feature: the round's own and moved dates, copied into a new
round one year later, demo dates for 2027, ``tabellen/kalender.csv`` and
``aantafel agenda``. The calendar has no navigation entry of its own (design §9
fixes the labels): it is reached from Overzicht (``/kalender``)."""

from __future__ import annotations

import re

from app.cli_agenda import add_agenda_parser
from app.features.base import Feature, Table
from app.i18n import _
from app.services import agenda as service
from app.services.demo_agenda import fill_demo_calendar
from models.calendar import RoundCalendar, all_dates
from models.dates import date_to_input
from models.text import N_


def calendar_tables(chosen: RoundCalendar) -> list[Table]:
    """kalender.csv: every date of the round with its basis and reason (own ones too)."""
    match = re.match(r"^(\d{4})", chosen.round_id)
    if match is None:  # a round id always starts with its year; be safe anyway
        return []
    header = [_("Date"), _("Until"), _("What"), _("Basis"), _("Why")]
    rows = [
        [
            date_to_input(item.date),
            date_to_input(item.end),
            service.title_of(item),
            service.basis_of(item),
            service.explanation_of(item),
        ]
        for item in all_dates(int(match.group(1)), chosen)
    ]
    return [("kalender.csv", header, rows)]


FEATURE = Feature(
    service=service,
    label=N_("Year calendar"),
    model=RoundCalendar,
    copy_into_new_round=service.copy_from_previous,
    demo=fill_demo_calendar,
    tables=calendar_tables,
    cli=(add_agenda_parser,),
    overview_panel="views.agenda_overview:CalendarOverviewPanel",
)
