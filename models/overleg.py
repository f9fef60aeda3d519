"""The talks after the bod: a log of meetings and the status of each demand.

Public API:

- :class:`MeetingLog` — one tripartite meeting: date, who was there (names
  are personal data), per theme what was discussed, next steps.
- :class:`DemandStatus` and :class:`DemandTrack` — where a demand of the
  inzet stands in the talks, with its full history (:class:`StatusChange`).
- :func:`change_status` — the one way to move a demand on; it enforces the
  transition rules below and keeps the history.

Transition rules (issue 14): a demand is *ingebracht* (put on the table)
until it is discussed (*in bespreking*), and ends as *afgesproken*, *deels
afgesproken*, *afgewezen* or *ingetrokken*. Talks are not linear — a
rejected demand can come back next meeting — so every move is allowed,
except that leaving *afgesproken* needs a reason: an agreement that is
undone must say why, because members and the RvC will ask. The history is
never rewritten; a change is dated and cannot be dated before the previous
one.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from models.base import Id, InvalidInput, LabelledEnum, Line, LongText, Record, new_id
from models.text import N_

#: Most meetings in one round's log.
MAX_MEETINGS = 100
#: Most themes noted for one meeting.
MAX_THEME_NOTES = 60
#: Most status changes kept for one demand.
MAX_HISTORY = 100
#: Most demands tracked in one round.
MAX_TRACKS = 1000


class MeetingLog(Record):
    """One meeting of the talks. ``theme_notes`` is keyed by theme position id."""

    id: Id = Field(default_factory=new_id)
    date: dt.date
    attendees: LongText = ""
    theme_notes: dict[str, LongText] = Field(default_factory=dict, max_length=MAX_THEME_NOTES)
    general: LongText = ""
    next_steps: LongText = ""

    def attendee_list(self) -> list[str]:
        return [line.strip() for line in self.attendees.splitlines() if line.strip()]


class DemandStatus(LabelledEnum):
    SUBMITTED = "ingebracht", N_("Put on the table")
    DISCUSSING = "in_bespreking", N_("Under discussion")
    AGREED = "afgesproken", N_("Agreed")
    PARTLY_AGREED = "deels_afgesproken", N_("Partly agreed")
    REJECTED = "afgewezen", N_("Rejected")
    WITHDRAWN = "ingetrokken", N_("Withdrawn")


DEMAND_STATUS_ORDER = tuple(DemandStatus)
#: Statuses that end the talks on a demand.
FINAL_STATUSES = frozenset(
    {
        DemandStatus.AGREED,
        DemandStatus.PARTLY_AGREED,
        DemandStatus.REJECTED,
        DemandStatus.WITHDRAWN,
    }
)


class StatusChange(Record):
    status: DemandStatus
    date: dt.date
    note: LongText = ""


class DemandTrack(Record):
    """The course of one demand through the talks; the last change is its status."""

    demand_id: Id
    theme_position_id: Line = ""
    history: list[StatusChange] = Field(default_factory=list, max_length=MAX_HISTORY)

    @property
    def status(self) -> DemandStatus:
        """The current status; a demand without history is "ingebracht"."""
        return self.history[-1].status if self.history else DemandStatus.SUBMITTED

    @property
    def since(self) -> dt.date | None:
        return self.history[-1].date if self.history else None


def change_status(
    track: DemandTrack, status: DemandStatus, date: dt.date, note: str = ""
) -> DemandTrack:
    """``track`` with one more dated change; refused with a reason when not allowed."""
    current = track.status
    if track.history and status == current:
        raise InvalidInput(N_("The demand already has this status."))
    if current == DemandStatus.AGREED and track.history and not note.strip():
        raise InvalidInput(
            N_("This demand was agreed. Write down why it changes before you change it.")
        )
    if track.since is not None and date < track.since:
        raise InvalidInput(
            N_("The date lies before the previous change ({date}). Check the date."),
            date=track.since.isoformat(),
        )
    if len(track.history) >= MAX_HISTORY:
        raise InvalidInput(N_("This demand has too many changes to add another."))
    change = StatusChange(status=status, date=date, note=note)
    return track.model_copy(update={"history": [*track.history, change]})


def track_for(tracks: list[DemandTrack], demand_id: str, theme_position_id: str) -> DemandTrack:
    """The track of a demand, or a fresh one (status "ingebracht") when none exists."""
    for track in tracks:
        if track.demand_id == demand_id:
            return track
    return DemandTrack(demand_id=demand_id, theme_position_id=theme_position_id)


def replace_track(tracks: list[DemandTrack], updated: DemandTrack) -> list[DemandTrack]:
    """The list with ``updated`` in place of the same demand's track (or added)."""
    if any(t.demand_id == updated.demand_id for t in tracks):
        return [updated if t.demand_id == updated.demand_id else t for t in tracks]
    if len(tracks) >= MAX_TRACKS:
        raise InvalidInput(N_("Too many demands are followed in this round."))
    return [*tracks, updated]


def add_meeting(meetings: list[MeetingLog], meeting: MeetingLog) -> list[MeetingLog]:
    """The log with ``meeting`` added, kept in date order."""
    if len(meetings) >= MAX_MEETINGS:
        raise InvalidInput(N_("The log holds at most {count} meetings."), count=MAX_MEETINGS)
    return sorted([*meetings, meeting], key=lambda m: m.date)
