"""Jaarkalender: every date of the round with its reason, own dates, and the .ics file.

Reached from Overzicht ("Open the year calendar"); it has no entry of its
own in the navigation (design §9 fixes those labels), like the glossary.
Dates that follow from the law are shown, not edited; the dates the parties
agree on themselves (signing, start of the talks, draft bid, evaluation,
the day a dispute arose) can be set, and the dates that depend on them move
along. The primary action is putting the dates in the user's own calendar.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

import flet as ft

from app.i18n import _, format_date
from app.services import agenda
from app.services.errors import user_message
from models.calendar import EDITABLE_STEPS, STEP_TITLES, Step, check_in_range, default_date
from models.dates import date_to_input, parse_date
from models.text import N_
from views.a11y import use_narrow
from views.agenda_overview import date_row
from views.context import use_app_state, use_services
from views.file_inputs import status_message
from views.files import save_bytes
from views.flet_typing import with_key
from views.form_parts import action_button, text_input, tried
from views.round_section import round_section
from views.widgets import (
    GAP,
    ValidatedField,
    card,
    icon_button,
    run_save,
)

log = logging.getLogger(__name__)

#: The order of the dates one can set (the order of the year).
EDITABLE_ORDER = (
    Step.EVALUATION,
    Step.CONCEPT_BOD,
    Step.TALKS_START,
    Step.SIGNING,
    Step.DISPUTE_ARISES,
)
assert set(EDITABLE_ORDER) == EDITABLE_STEPS

WHY = N_(
    "Every date of the round in one place, with where it comes from: the law, advice, "
    "or your own choice. Put them in your own calendar, so you do not miss a date."
)
NEEDS_ROUND = N_("The calendar shows the dates of a round. Start one under Rondes.")
NO_DIALOG = N_(
    "A file window cannot open on this computer (the program zenity is missing). "
    "Use 'aantafel agenda --out FILE.ics' instead."
)


@ft.component
def IcsCard(round_id: str) -> ft.Control:
    """Save the round's dates as an .ics file (download in the browser)."""
    services = use_services()
    page = ft.context.page
    status, set_status = ft.use_state(("", False))
    round_ = services.rounds.get_round(round_id)
    name = agenda.ics_file_name(round_)

    def write(data: bytes, chosen: Path) -> Path:
        """The section's own writer for the save dialog: '.ics' is added when missing."""
        if chosen.suffix.lower() != ".ics":
            chosen = chosen.with_name(chosen.name + ".ics")
        return services.agenda.write_ics(round_id, chosen)

    async def save() -> None:
        try:
            data = await asyncio.to_thread(services.agenda.agenda_ics, round_id)
            result = await save_bytes(page, data, name, "ics", write, no_dialog=_(NO_DIALOG))
        except Exception as exc:
            log.warning("saving the calendar failed", exc_info=True)
            set_status((user_message(exc), True))
            return
        if result is not None:
            added = "" if result.error else " " + _("Open it to add the dates to your calendar.")
            set_status((result.text + added, result.error))

    return card(
        ft.Text(
            _(
                "Save the dates as a calendar file (.ics) and open it in Outlook, Google "
                "Calendar or your phone. Each date comes with its reason and a reminder two "
                "weeks before. Save it again after a change: the dates are updated, not doubled."
            ),
            size=16,
        ),
        action_button(
            _("Save to my calendar (.ics)"),
            ft.Icons.EVENT_AVAILABLE_OUTLINED,
            save,
            "calendar-save-ics",
            main=True,
        ),
        status_message(status[0], status[1], "calendar-ics-status"),
        title=_("In your own calendar"),
    )


@ft.component
def AllDatesCard(round_id: str) -> ft.Control:
    services = use_services()
    state = use_app_state()
    narrow = use_narrow()
    dates = services.agenda.round_dates(round_id)
    rows: list[ft.Control] = []
    for item in dates:
        row = date_row(item, f"calendar-date-{item.key}", narrow)
        if item.key.startswith("eigen-"):
            own_id = item.key.removeprefix("eigen-")
            title = agenda.title_of(item)
            row = ft.Row(
                [
                    ft.Container(row, expand=True),
                    icon_button(
                        ft.Icons.DELETE_OUTLINE,
                        _("Remove {title}", title=title),
                        lambda oid=own_id: _remove(oid),
                        disabled=state.read_only,
                        key=f"calendar-remove-{own_id}",
                    ),
                ]
            )
        rows.append(row)

    def _remove(own_id: str) -> None:
        if run_save(state, lambda: services.agenda.remove_own_date(round_id, own_id)):
            state.data_changed()

    return card(*rows, title=_("All dates"), key="calendar-all-dates")


@ft.component
def EditableDatesCard(round_id: str, year: int) -> ft.Control:
    """The dates the parties agree on themselves; empty = the usual date."""
    services = use_services()
    state = use_app_state()
    chosen = services.agenda.load_calendar(round_id)

    def parse(text: str) -> dt.date | None:
        day = parse_date(text)
        if day is not None:
            check_in_range(day, year)
        return day

    def saver(step: Step) -> Callable[[dt.date | None], None]:
        def save(day: dt.date | None) -> None:
            text = date_to_input(day)
            if run_save(state, lambda: services.agenda.move_date(round_id, step, text)):
                state.data_changed()

        return save

    fields: list[ft.Control] = []
    for step in EDITABLE_ORDER:
        usual = (
            _("Leave empty if no dispute arose.")
            if step == Step.DISPUTE_ARISES
            else _(
                "Leave empty for the usual date: {date}.",
                date=format_date(default_date(step, year)),
            )
        )
        fields.append(
            ValidatedField(
                _(STEP_TITLES[step]),
                date_to_input(chosen.moved.get(step)),
                parse,
                saver(step),
                field_key=f"calendar-move-{step.value}",
                hint=_("for example 14-12-{year}", year=year - 1),
                helper=usual,
                width=420,
                read_only=state.read_only,
            )
        )
    return card(
        ft.Text(
            _(
                "You agree on these dates together, for example in your process agreements. "
                "Dates that depend on them move along."
            ),
            size=16,
        ),
        *fields,
        title=_("Dates you agree on yourselves"),
        key="calendar-editable",
    )


@ft.component
def OwnDateForm(round_id: str) -> ft.Control:
    services = use_services()
    state = use_app_state()
    title, set_title = ft.use_state("")
    day, set_day = ft.use_state("")
    note, set_note = ft.use_state("")
    error, set_error = ft.use_state("")

    def add() -> None:
        if tried(lambda: services.agenda.add_own_date(round_id, title, day, note), set_error):
            set_title("")
            set_day("")
            set_note("")
            state.mark_saved()
            state.data_changed()

    return card(
        ft.Text(
            _("Add your own dates, for example the members' meeting or a board meeting."),
            size=16,
        ),
        ft.Row(
            [
                text_input(
                    _("Name (for example: members' meeting)"),
                    title,
                    set_title,
                    "calendar-own-title",
                    width=320,
                    text_size=16,
                ),
                text_input(
                    _("Which day"),
                    day,
                    set_day,
                    "calendar-own-date",
                    hint_text="20-5-2026",
                    width=180,
                    text_size=16,
                ),
            ],
            wrap=True,
            spacing=GAP,
        ),
        text_input(
            _("Note (optional)"), note, set_note, "calendar-own-note", width=520, text_size=16
        ),
        ft.Text(
            error, color=ft.Colors.ERROR, size=16, visible=bool(error), key="calendar-own-error"
        ),
        action_button(
            _("Add date"), ft.Icons.ADD, add, "calendar-own-add", disabled=state.read_only
        ),
        title=_("Own dates"),
    )


@ft.component
def CalendarRound(round_id: str) -> ft.Control:
    """The calendar of one round: its dates, the ones to set, own dates and the .ics file."""
    services = use_services()
    current = services.rounds.get_round(round_id)
    title = current.display_title() if current else ""
    year = current.year if current else 0
    return ft.Column(
        [
            ft.Text(title, size=18, key="calendar-round-title"),
            IcsCard(round_id),
            AllDatesCard(round_id),
            with_key(EditableDatesCard, f"editable-{round_id}")(round_id, year),
            with_key(OwnDateForm, f"own-{round_id}")(round_id),
        ],
        spacing=GAP,
        horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
    )


@ft.component
def CalendarSection() -> ft.Control:
    """The calendar of the current round, or the way to start one."""
    header = (_("Year calendar"), _(WHY))
    return round_section("calendar", header, _(NEEDS_ROUND), CalendarRound, stretch=True)
