"""Demand statuses through the talks and the meeting log."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from models.base import InvalidInput
from models.overleg import (
    MAX_HISTORY,
    MAX_MEETINGS,
    DemandStatus,
    DemandTrack,
    MeetingLog,
    StatusChange,
    add_meeting,
    change_status,
    replace_track,
    track_for,
)

D1 = dt.date(2026, 9, 1)
D2 = dt.date(2026, 10, 1)
D3 = dt.date(2026, 11, 1)


def test_new_track_is_submitted_without_history() -> None:
    track = track_for([], "d1", "tp1")
    assert track.status == DemandStatus.SUBMITTED
    assert track.history == [] and track.since is None


def test_path_through_the_talks_keeps_history() -> None:
    track = track_for([], "d1", "tp1")
    track = change_status(track, DemandStatus.SUBMITTED, D1)
    track = change_status(track, DemandStatus.DISCUSSING, D2, "eerste overleg")
    track = change_status(track, DemandStatus.PARTLY_AGREED, D3, "80 in plaats van 120")
    assert track.status == DemandStatus.PARTLY_AGREED
    assert [c.status for c in track.history] == [
        DemandStatus.SUBMITTED,
        DemandStatus.DISCUSSING,
        DemandStatus.PARTLY_AGREED,
    ]
    assert track.history[1].note == "eerste overleg"


def test_cannot_leave_agreed_without_reason() -> None:
    track = change_status(track_for([], "d1", ""), DemandStatus.AGREED, D1)
    with pytest.raises(InvalidInput) as info:
        change_status(track, DemandStatus.DISCUSSING, D2)
    assert "agreed" in info.value.message
    with pytest.raises(InvalidInput):
        change_status(track, DemandStatus.REJECTED, D2, "   ")
    back = change_status(track, DemandStatus.DISCUSSING, D2, "Gemeente trekt geld terug")
    assert back.status == DemandStatus.DISCUSSING
    assert len(back.history) == 2


def test_same_status_and_earlier_date_refused() -> None:
    track = change_status(track_for([], "d1", ""), DemandStatus.DISCUSSING, D2)
    with pytest.raises(InvalidInput):
        change_status(track, DemandStatus.DISCUSSING, D3)
    with pytest.raises(InvalidInput):
        change_status(track, DemandStatus.REJECTED, D1)
    assert change_status(track, DemandStatus.REJECTED, D2).status == DemandStatus.REJECTED


def test_history_cap() -> None:
    statuses = [DemandStatus.DISCUSSING, DemandStatus.REJECTED]
    history = [StatusChange(status=statuses[i % 2], date=D1) for i in range(MAX_HISTORY)]
    track = DemandTrack(demand_id="d1", history=history)
    with pytest.raises(InvalidInput):
        change_status(track, DemandStatus.WITHDRAWN, D2)
    with pytest.raises(ValidationError):
        DemandTrack(demand_id="d1", history=[*history, history[0]])


def test_replace_track_adds_or_replaces() -> None:
    first = change_status(track_for([], "d1", ""), DemandStatus.DISCUSSING, D1)
    tracks = replace_track([], first)
    again = change_status(first, DemandStatus.AGREED, D2)
    tracks = replace_track(tracks, again)
    assert len(tracks) == 1 and tracks[0].status == DemandStatus.AGREED
    assert track_for(tracks, "d1", "").status == DemandStatus.AGREED


def test_meetings_kept_in_date_order_with_cap() -> None:
    log = add_meeting([], MeetingLog(date=D2, attendees="Anna\n\n Piet "))
    log = add_meeting(log, MeetingLog(date=D1))
    assert [m.date for m in log] == [D1, D2]
    assert log[1].attendee_list() == ["Anna", "Piet"]
    full = [MeetingLog(date=D1) for _ in range(MAX_MEETINGS)]
    with pytest.raises(InvalidInput):
        add_meeting(full, MeetingLog(date=D3))
