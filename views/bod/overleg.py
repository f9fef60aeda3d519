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
from models.overleg import DEMAND_STATUS_LABELS, DemandStatus, DemandTrack, MeetingLog, track_for
from models.position import Demand
from views.a11y import named_dropdown
from views.bod.common import Save, date_or_none, keep, muted
from views.context import use_app_state, use_services
from views.flet_typing import with_key
from views.widgets import GAP, ValidatedField, card, icon_button


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
        ft.Row(
            [
                ft.TextField(
                    label=_("Date of the meeting"),
                    value=when,
                    on_change=lambda e: set_when(e.control.value or ""),
                    width=220,
                    key="overleg-new-date",
                    read_only=read_only,
                ),
                ft.TextField(
                    label=_("Who was there (one per line)"),
                    value=who,
                    on_change=lambda e: set_who(e.control.value or ""),
                    multiline=True,
                    min_lines=2,
                    width=420,
                    key="overleg-new-who",
                    read_only=read_only,
                ),
            ],
            wrap=True,
            spacing=GAP,
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        ft.Row(
            [
                ft.FilledButton(
                    _("Add meeting"),
                    icon=ft.Icons.ADD,
                    on_click=add,
                    disabled=read_only,
                    key="overleg-add",
                ),
                ft.Text(error, color=ft.Colors.ERROR, key="overleg-add-error", visible=bool(error)),
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
    mid = meeting.id

    def change(**changes: Any) -> None:
        save_quietly(lambda: service.update_log_meeting(round_id, mid, **changes))

    def set_date(value: dt.date | None) -> None:
        if value is not None:
            save(lambda: service.update_log_meeting(round_id, mid, date=value))

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
        ft.Row(
            [
                ft.Text(
                    _("Meeting of {date}", date=format_date(meeting.date)),
                    size=18,
                    weight=ft.FontWeight.BOLD,
                    expand=True,
                    key=f"overleg-title-{mid}",
                ),
                icon_button(
                    ft.Icons.DELETE_OUTLINE,
                    _("Delete this meeting"),
                    lambda: save(lambda: service.remove_log_meeting(round_id, mid)),
                    disabled=read_only,
                    key=f"overleg-delete-{mid}",
                ),
            ]
        ),
        ValidatedField(
            _("Date"),
            date_to_input(meeting.date),
            date_or_none,
            set_date,
            field_key=f"overleg-date-{mid}",
            width=220,
            read_only=read_only,
        ),
        ValidatedField(
            _("Who was there (one per line)"),
            meeting.attendees,
            keep,
            lambda v: change(attendees=v),
            field_key=f"overleg-who-{mid}",
            multiline=True,
            read_only=read_only,
        ),
        ValidatedField(
            _("What was discussed in general"),
            meeting.general,
            keep,
            lambda v: change(general=v),
            field_key=f"overleg-general-{mid}",
            multiline=True,
            read_only=read_only,
        ),
        *notes,
        ValidatedField(
            _("Next steps"),
            meeting.next_steps,
            keep,
            lambda v: change(next_steps=v),
            field_key=f"overleg-next-{mid}",
            multiline=True,
            read_only=read_only,
        ),
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
    services = use_services()
    state = use_app_state()
    status, set_status = ft.use_state(track.status.value)
    when, set_when = ft.use_state(date_to_input(dt.date.today()))
    note, set_note = ft.use_state("")
    error, set_error = ft.use_state("")
    did = demand.id

    def change() -> None:
        try:
            day = parse_date(when)
            services.bod.set_demand_status(
                round_id, did, theme_position_id, DemandStatus(status), day, note
            )
        except Exception as exc:  # refused: say why, change nothing
            set_error(user_message(exc))
            return
        set_error("")
        set_note("")
        state.mark_saved()
        save(lambda: None)

    history = [
        ft.Text(
            f"{format_date(c.date, 'short')} · {_(DEMAND_STATUS_LABELS[c.status])}"
            + (f" — {c.note}" if c.note.strip() else ""),
            size=14,
        )
        for c in track.history
    ]
    current = _(DEMAND_STATUS_LABELS[track.status])
    if track.since is not None:
        current += " " + _("since {date}", date=format_date(track.since))
    return ft.Container(
        ft.Column(
            [
                ft.Text(
                    demand.what.strip() or _("(no description)"), size=16, weight=ft.FontWeight.BOLD
                ),
                ft.Text(_("Now: {status}", status=current), size=15, key=f"status-now-{did}"),
                *history,
                ft.Row(
                    [
                        named_dropdown(
                            ft.Dropdown(
                                label=_("New status"),
                                value=status,
                                options=[
                                    ft.DropdownOption(key=s.value, text=_(DEMAND_STATUS_LABELS[s]))
                                    for s in DemandStatus
                                ],
                                on_select=lambda e: set_status(e.control.value or status),
                                width=240,
                                key=f"status-pick-{did}",
                                disabled=read_only,
                            )
                        ),
                        ft.TextField(
                            label=_("Date"),
                            value=when,
                            on_change=lambda e: set_when(e.control.value or ""),
                            width=160,
                            key=f"status-date-{did}",
                            read_only=read_only,
                        ),
                        ft.TextField(
                            label=_("Note or reason"),
                            value=note,
                            on_change=lambda e: set_note(e.control.value or ""),
                            width=360,
                            key=f"status-note-{did}",
                            read_only=read_only,
                        ),
                        ft.OutlinedButton(
                            _("Change status"),
                            on_click=change,
                            disabled=read_only,
                            key=f"status-save-{did}",
                        ),
                    ],
                    wrap=True,
                    spacing=8,
                ),
                ft.Text(
                    error, color=ft.Colors.ERROR, visible=bool(error), key=f"status-error-{did}"
                ),
            ],
            spacing=4,
        ),
        padding=ft.Padding.symmetric(vertical=8),
    )


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
