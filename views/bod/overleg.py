"""Overleg: the log of meetings about the bod, and each demand's status through the talks.

A meeting is added with its date (and who was there: names are personal
data, left out of a default export); per theme what was discussed is
written in the meeting's card. Each demand of the inzet moves through
ingebracht → in bespreking → afgesproken / deels afgesproken / afgewezen /
ingetrokken, dated and with a note; leaving "afgesproken" needs a reason.
The history of each demand stays readable.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import flet as ft

from app.i18n import _, format_date
from app.services.bod_compare import ThemeComparison
from app.services.errors import user_message
from models.bod import Bod
from models.dates import date_to_input, parse_date
from models.overleg import (
    DemandStatus,
    DemandTrack,
    MeetingLog,
    StatusChange,
    track_for,
)
from models.position import Demand
from views.bod.common import Save, keep, muted
from views.context import use_services
from views.dated_change import DatedChange, DatedChangeForm, form_keys
from views.flet_typing import with_key
from views.form_parts import (
    action_button,
    date_field,
    error_line,
    form_row,
    free_text,
    labelled_options,
    text_input,
    title_with_delete,
)
from views.widgets import GAP, ValidatedField, card


@ft.component
def AddMeeting(round_id: str, save: Save, read_only: bool) -> ft.Control:
    services = use_services()
    when, set_when = ft.use_state(date_to_input(dt.date.today()))
    who, set_who = ft.use_state("")
    error, set_error = ft.use_state("")

    def add() -> None:
        try:
            day = parse_date(when)
        except Exception as exc:  # InvalidInput: one Dutch line under the button
            set_error(user_message(exc))
            return
        if day is None:
            set_error(_("Enter the date of the meeting."))
            return
        set_error("")
        if save(lambda: services.bod.add_log_meeting(round_id, day, who)):
            set_who("")

    return card(
        form_row(
            text_input(
                _("Date of the meeting"),
                when,
                set_when,
                "overleg-new-date",
                width=220,
                read_only=read_only,
            ),
            text_input(
                _("Who was there (one per line)"),
                who,
                set_who,
                "overleg-new-who",
                multiline=True,
                min_lines=2,
                width=420,
                read_only=read_only,
            ),
        ),
        ft.Row(
            [
                action_button(
                    _("Add meeting"),
                    ft.Icons.ADD,
                    add,
                    "overleg-add",
                    main=True,
                    disabled=read_only,
                ),
                error_line(error, "overleg-add-error"),
            ],
            wrap=True,
        ),
        muted(_("Names of people are personal data: they stay out of a default export.")),
        title=_("Log a meeting"),
        key="overleg-add-card",
    )


def _meeting_card(
    round_id: str,
    meeting: MeetingLog,
    rows: list[ThemeComparison],
    save: Save,
    save_quietly: Save,
    read_only: bool,
    service: Any,
) -> ft.Control:
    """One logged meeting: its date, who was there, and what was discussed per theme."""
    mid = meeting.id

    def set_date(value: dt.date | None) -> None:
        if value is not None:
            save(lambda: service.update_log_meeting(round_id, mid, date=value))

    def change(**changes: Any) -> None:
        save_quietly(lambda: service.update_log_meeting(round_id, mid, **changes))

    def meeting_text(name: str, label: str, part: str) -> ft.Control:
        return free_text(meeting, name, label, change, f"overleg-{part}-{mid}", read_only)

    def note(theme_key: str, text: str) -> None:
        save_quietly(lambda: service.set_meeting_note(round_id, mid, theme_key, text))

    notes: list[ft.Control] = []
    for row in rows:
        if row.position is None:
            continue
        notes.append(
            ValidatedField(
                _("Discussed on {theme}", theme=row.title),
                meeting.theme_notes.get(row.position.id, ""),
                keep,
                partial(note, row.position.id),
                field_key=f"overleg-note-{mid}-{row.position.id}",
                multiline=True,
                read_only=read_only,
            )
        )
    return card(
        title_with_delete(
            (_("Meeting of {date}", date=format_date(meeting.date)), f"overleg-title-{mid}"),
            (
                _("Delete this meeting"),
                lambda: save(lambda: service.remove_log_meeting(round_id, mid)),
                f"overleg-delete-{mid}",
            ),
            read_only,
        ),
        date_field(_("Date"), meeting.date, set_date, f"overleg-date-{mid}", read_only, width=220),
        meeting_text("attendees", _("Who was there (one per line)"), "who"),
        meeting_text("general", _("What was discussed in general"), "general"),
        *notes,
        meeting_text("next_steps", _("Next steps"), "next"),
        key=f"overleg-meeting-{mid}",
    )


@ft.component
def DemandStatusRow(
    round_id: str,
    theme_position_id: str,
    demand: Demand,
    track: DemandTrack,
    save: Save,
    read_only: bool,
) -> ft.Control:
    """One demand in the talks: where it stands, its history, and the form to move it on."""
    services = use_services()
    form = DatedChangeForm(
        labelled_options(DemandStatus),
        (_("New status"), _("Date"), _("Note or reason"), _("Change status")),
        (240, 160, 360),
        form_keys("status", ("pick", "date", "note", "save", "error"), demand.id),
        clear_note_after=True,
    )

    def store(status: str, day: dt.date | None, note: str) -> None:
        services.bod.set_demand_status(
            round_id, demand.id, theme_position_id, DemandStatus(status), day, note
        )

    current = _(track.status.label)
    if track.since is not None:
        current += " " + _("since {date}", date=format_date(track.since))
    return ft.Container(
        ft.Column(
            [
                ft.Text(
                    demand.what.strip() or _("(no description)"), size=16, weight=ft.FontWeight.BOLD
                ),
                ft.Text(_("Now: {status}", status=current), size=15, key=f"status-now-{demand.id}"),
                *status_history(track.history),
                DatedChange(
                    form,
                    track.status.value,
                    dt.date.today(),
                    "",
                    store,
                    lambda: save(lambda: None),
                    read_only,
                ),
            ],
            spacing=4,
        ),
        padding=ft.Padding.symmetric(vertical=8),
    )


def status_history(changes: list[StatusChange]) -> list[ft.Control]:
    """Each earlier change of a demand, one line: date · status — note."""
    return [
        ft.Text(
            f"{format_date(c.date, 'short')} · {_(c.status.label)}"
            + (f" — {c.note}" if c.note.strip() else ""),
            size=14,
        )
        for c in changes
    ]


@ft.component
def OverlegView(
    round_id: str, bod: Bod, rows: list[ThemeComparison], save: Save, save_quietly: Save
) -> ft.Control:
    services = use_services()
    read_only = services.read_only
    blocks: list[ft.Control] = [
        with_key(AddMeeting, "overleg-add-meeting")(round_id, save, read_only)
    ]
    if not bod.meetings:
        blocks.append(
            muted(_("No meetings logged yet. Add the first one above."), key="overleg-empty")
        )
    for meeting in reversed(bod.meetings):
        blocks.append(
            _meeting_card(round_id, meeting, rows, save, save_quietly, read_only, services.bod)
        )
    statuses: list[ft.Control] = [
        muted(
            _(
                "Where each demand of your position stands in the talks. A demand that was "
                "agreed can only change with a reason."
            )
        )
    ]
    for row in rows:
        if row.position is None or not row.demands:
            continue
        statuses.append(ft.Text(row.title, size=18, weight=ft.FontWeight.BOLD))
        for demand in row.demands:
            track = track_for(bod.demand_tracks, demand.id, row.position.id)
            statuses.append(
                with_key(DemandStatusRow, f"status-{demand.id}-{len(track.history)}")(
                    round_id, row.position.id, demand, track, save, read_only
                )
            )
    if len(statuses) == 1:
        statuses.append(
            ft.Text(_("Your position has no demands yet: write them in Inzet."), size=16)
        )
    blocks.append(card(*statuses, title=_("Demands in the talks"), key="overleg-statuses"))
    return ft.Column(blocks, spacing=GAP)
