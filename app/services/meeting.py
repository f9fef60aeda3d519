"""Use cases of the meeting details (round record ``"meeting"``, :class:`models.meeting.Meeting`).

What the board knows about the next meeting: date, place, participants, goal,
and per theme who speaks and which questions to raise. Used by the meeting
brief and the member survey (``app.features.meeting``).

Decision: meeting details are not copied to a new round (they describe one
meeting); the position and checklist copiers already carry the content.
"""

from __future__ import annotations

from typing import Any

from app.services.record_store import RoundRecordStore, check_changes, check_length
from app.storage.repository import Repository
from models.base import MAX_LINE, per_key
from models.meeting import Meeting

KIND = "meeting"
STORE = RoundRecordStore(KIND, Meeting)

MEETING_FIELDS = frozenset({"date", "time", "place", "participants", "goal", "survey_return"})
_LINE_LIMITS = {"time": MAX_LINE, "place": MAX_LINE}


#: The round's meeting details; empty ones when nothing was filled in yet.
load_meeting = STORE.load
save_meeting = STORE.save


def update_meeting(repo: Repository, round_id: str, **changes: Any) -> Meeting:
    """Change meeting fields (``date`` is a ``datetime.date`` or ``None``)."""
    check_changes(changes, MEETING_FIELDS, _LINE_LIMITS)
    return STORE.update(repo, round_id, **changes)


def _set_per_theme(
    repo: Repository, round_id: str, field: str, theme_position_id: str, text: str
) -> Meeting:
    """Set one theme's entry of the per-theme field ``field``; empty text removes it."""

    def edit(meeting: Meeting) -> Meeting:
        entries = per_key(getattr(meeting, field), theme_position_id, text)
        return meeting.model_copy(update={field: entries})

    return STORE.change(repo, round_id, edit)


def set_speaker(repo: Repository, round_id: str, theme_position_id: str, name: str) -> Meeting:
    """Who speaks on a theme; an empty name removes the entry."""
    check_length(name, MAX_LINE)
    return _set_per_theme(repo, round_id, "speakers", theme_position_id, name)


def set_questions(repo: Repository, round_id: str, theme_position_id: str, text: str) -> Meeting:
    """The questions to raise on a theme (one per line); empty text removes them."""
    check_length(text)
    return _set_per_theme(repo, round_id, "questions", theme_position_id, text)
