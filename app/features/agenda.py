"""The year calendar as a feature: the round's own and moved dates, copied into a new
round one year later, demo dates for 2027, ``tabellen/kalender.csv`` and
``aantafel agenda``. The calendar has no navigation entry of its own (design §9
fixes the labels): it is reached from Overzicht (``/kalender``)."""

from __future__ import annotations

import re

from app.cli_agenda import add_agenda_parser
from app.features.base import Feature, Table
from app.features.tables import Column, table
from app.services import agenda as service
from app.services.demo_agenda import fill_demo_calendar
from models.calendar import CalendarDate, RoundCalendar, all_dates
from models.dates import date_to_input
from models.text import N_

_CALENDAR_COLUMNS: tuple[Column[CalendarDate], ...] = (
    (N_("Date"), lambda item: date_to_input(item.date)),
    (N_("Until"), lambda item: date_to_input(item.end)),
    (N_("What"), service.title_of),
    (N_("Basis"), service.basis_of),
    (N_("Why"), service.explanation_of),
)


def calendar_tables(chosen: RoundCalendar) -> list[Table]:
    """kalender.csv: every date of the round with its basis and reason (own ones too)."""
    match = re.match(r"^(\d{4})", chosen.round_id)
    if match is None:  # a round id always starts with its year; be safe anyway
        return []
    return [table("kalender.csv", _CALENDAR_COLUMNS, all_dates(int(match.group(1)), chosen))]


FEATURE = Feature(
    service=service,
    label=N_("Year calendar"),
    demo=fill_demo_calendar,
    tables=calendar_tables,
    cli=(add_agenda_parser,),
    overview_panel="views.agenda_overview:CalendarOverviewPanel",
)
