"""Use cases of the bod feature: the bod per theme, the checklist of documents,
the meeting log and each demand's status through the talks.

Everything is one round record of kind ``"bod"`` (:class:`models.bod.Bod`);
every change loads it fresh, applies one pure edit and saves it, so edits
save themselves and two windows never undo each other's other edits. Bad
input raises :class:`models.base.InvalidInput` before anything is saved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from app.i18n import read_number
from app.services import bod_compare as compare
from app.services import rounds as rounds_service
from app.services.bod_compare import ThemeComparison, gap_words
from app.services.negotiation_records import BOD_KIND, BOD_STORE, change_bod, load_bod
from app.services.record_store import check_changes
from app.storage.repository import Repository
from models.base import (
    MAX_LINE,
    InvalidInput,
    by_id,
    per_key,
    replace_by_id,
    with_changes,
    without_id,
)
from models.bod import (
    MAX_BOD_THEMES,
    MAX_DOCUMENTS,
    Bod,
    BodDocument,
    BodFigure,
    DocumentKey,
    FigureValue,
    ThemeBod,
    check_figure_value,
)
from models.overleg import (
    DemandStatus,
    DemandTrack,
    MeetingLog,
    add_meeting,
    change_status,
    replace_track,
    track_for,
)
from models.text import N_
from models.themes import CUSTOM_THEME_ID

KIND = BOD_KIND
STORE = BOD_STORE

BOD_FIELDS = frozenset({"corporation", "received_on", "summary"})
THEME_FIELDS = frozenset(
    {
        "text",
        "key_figure",
        "demand_value",
        "red_line_value",
        "woonvisie_value",
        "last_agreement_value",
        "reaction",
        "agree",
        "miss",
        "questions",
        "internal_note",
    }
)
MEETING_FIELDS = frozenset({"date", "attendees", "general", "next_steps"})

__all__ = [
    "KIND",
    "ThemeComparison",
    "add_document",
    "add_log_meeting",
    "comparisons",
    "demand_track",
    "ensure_theme",
    "gap_words",
    "load_bod",
    "remove_document",
    "remove_log_meeting",
    "remove_theme",
    "round_year",
    "set_demand_status",
    "set_document",
    "set_figure",
    "set_figure_text",
    "set_meeting_note",
    "update_bod",
    "update_log_meeting",
    "update_theme",
]


def _check_text(changes: dict[str, Any], allowed: frozenset[str]) -> None:
    """Unknown fields are a programming error; the corporation's name is one line."""
    check_changes(changes, allowed, {"corporation": MAX_LINE})


def update_bod(repo: Repository, round_id: str, **changes: Any) -> Bod:
    """Change who sent the bod, when it arrived (a date or None) and its summary."""
    _check_text(changes, BOD_FIELDS)
    return change_bod(repo, round_id, lambda bod: bod.model_copy(update=changes))


# --- themes -----------------------------------------------------------------


def ensure_theme(repo: Repository, round_id: str, theme_id: str, theme_title: str = "") -> ThemeBod:
    """The bod on a theme, created (empty) the first time the volunteer writes in it."""
    title = theme_title if theme_id == CUSTOM_THEME_ID else ""
    found: list[ThemeBod] = []

    def edit(bod: Bod) -> Bod:
        existing = bod.theme_for(theme_id, title)
        if existing is not None:
            found.append(existing)
            return bod
        if len(bod.themes) >= MAX_BOD_THEMES:
            raise InvalidInput(N_("A bod holds at most {count} themes."), count=MAX_BOD_THEMES)
        item = ThemeBod(theme_id=theme_id, theme_title=title)
        found.append(item)
        return bod.model_copy(update={"themes": [*bod.themes, item]})

    change_bod(repo, round_id, edit)
    return found[0]


def _change_theme(
    repo: Repository, round_id: str, theme_bod_id: str, update: dict[str, Any]
) -> Bod:
    def edit(bod: Bod) -> Bod:
        changed = with_changes(bod.theme(theme_bod_id), update)
        return bod.model_copy(update={"themes": replace_by_id(bod.themes, changed)})

    return change_bod(repo, round_id, edit)


def update_theme(repo: Repository, round_id: str, theme_bod_id: str, **changes: Any) -> Bod:
    """Change the bod's text, the numbers to compare with, or our reaction on a theme."""
    _check_text(changes, THEME_FIELDS)
    return _change_theme(repo, round_id, theme_bod_id, changes)


def _remove(
    repo: Repository, round_id: str, items: Literal["themes", "meetings"], item_id: str
) -> Bod:
    """Take the item ``item_id`` out of the bod's list ``items``; KeyError when it is gone."""

    def edit(bod: Bod) -> Bod:
        return bod.model_copy(update={items: without_id(getattr(bod, items), item_id)})

    return change_bod(repo, round_id, edit)


def remove_theme(repo: Repository, round_id: str, theme_bod_id: str) -> Bod:
    return _remove(repo, round_id, "themes", theme_bod_id)


def set_figure(
    repo: Repository,
    round_id: str,
    theme_bod_id: str,
    figure: BodFigure,
    year: int,
    value: float | None,
) -> Bod:
    """Set (or with ``None`` clear) one figure of one year; refused outside the period."""
    if value is not None:
        problem = check_figure_value(figure, value)
        if problem is not None:
            raise InvalidInput(problem)

    def edit(bod: Bod) -> Bod:
        first, last = bod.period
        if not first <= year <= last:
            raise InvalidInput(
                N_("The bod covers {first} to {last}. Choose a year in that period."),
                first=first,
                last=last,
            )
        theme = bod.theme(theme_bod_id)
        kept = [f for f in theme.figures if not (f.figure == figure and f.year == year)]
        if value is not None:
            kept.append(FigureValue(year=year, figure=figure, value=value))
        kept.sort(key=lambda f: (list(BodFigure).index(f.figure), f.year))
        changed = theme.model_copy(update={"figures": kept})
        return bod.model_copy(update={"themes": replace_by_id(bod.themes, changed)})

    return change_bod(repo, round_id, edit)


def set_figure_text(
    repo: Repository, round_id: str, theme_bod_id: str, figure: BodFigure, year: int, text: str
) -> Bod:
    """As :func:`set_figure`, from what the volunteer typed ("1.250", "2,5", "")."""
    return set_figure(repo, round_id, theme_bod_id, figure, year, read_number(text))


# --- documents received -----------------------------------------------------


def set_document(
    repo: Repository,
    round_id: str,
    index: int,
    *,
    received: bool | None = None,
    note: str | None = None,
) -> Bod:
    """Tick a document as received (or not) and/or write a note on it."""
    if note is not None:
        _check_text({"note": note}, frozenset({"note"}))

    def edit(bod: Bod) -> Bod:
        if not 0 <= index < len(bod.documents):
            raise KeyError(index)
        update: dict[str, Any] = {}
        if received is not None:
            update["received"] = received
        if note is not None:
            update["note"] = note
        documents = list(bod.documents)
        documents[index] = documents[index].model_copy(update=update)
        return bod.model_copy(update={"documents": documents})

    return change_bod(repo, round_id, edit)


def add_document(repo: Repository, round_id: str, label: str) -> Bod:
    """Add an own document to the checklist (e.g. "Wijkplan Oost")."""
    if not label.strip():
        raise InvalidInput(N_("Give the document a name."))
    _check_text({"corporation": label}, frozenset({"corporation"}))

    def edit(bod: Bod) -> Bod:
        if len(bod.documents) >= MAX_DOCUMENTS:
            raise InvalidInput(
                N_("The checklist holds at most {count} documents."), count=MAX_DOCUMENTS
            )
        item = BodDocument(key=DocumentKey.OWN, label=label)
        return bod.model_copy(update={"documents": [*bod.documents, item]})

    return change_bod(repo, round_id, edit)


def remove_document(repo: Repository, round_id: str, index: int) -> Bod:
    """Remove an own document; the standard ones stay (untick them instead)."""

    def edit(bod: Bod) -> Bod:
        if not 0 <= index < len(bod.documents) or bod.documents[index].key != DocumentKey.OWN:
            raise KeyError(index)
        return bod.model_copy(
            update={"documents": [d for i, d in enumerate(bod.documents) if i != index]}
        )

    return change_bod(repo, round_id, edit)


# --- the talks --------------------------------------------------------------


def add_log_meeting(
    repo: Repository, round_id: str, date: dt.date, attendees: str = "", general: str = ""
) -> MeetingLog:
    """Add a meeting to the log (kept in date order); returns the new entry."""
    _check_text({"attendees": attendees, "general": general}, MEETING_FIELDS)
    entry = MeetingLog(date=date, attendees=attendees, general=general)
    change_bod(
        repo,
        round_id,
        lambda bod: bod.model_copy(update={"meetings": add_meeting(bod.meetings, entry)}),
    )
    return entry


def _change_meeting(
    repo: Repository, round_id: str, meeting_id: str, update: dict[str, Any]
) -> Bod:
    def edit(bod: Bod) -> Bod:
        changed = with_changes(by_id(bod.meetings, meeting_id), update)
        meetings = replace_by_id(bod.meetings, changed)
        return bod.model_copy(update={"meetings": sorted(meetings, key=lambda m: m.date)})

    return change_bod(repo, round_id, edit)


def update_log_meeting(repo: Repository, round_id: str, meeting_id: str, **changes: Any) -> Bod:
    """Change a meeting's date, who was there, the general notes or next steps."""
    _check_text(changes, MEETING_FIELDS)
    if "date" in changes and changes["date"] is None:
        raise InvalidInput(N_("Enter the date of the meeting."))
    return _change_meeting(repo, round_id, meeting_id, changes)


def remove_log_meeting(repo: Repository, round_id: str, meeting_id: str) -> Bod:
    return _remove(repo, round_id, "meetings", meeting_id)


def set_meeting_note(
    repo: Repository, round_id: str, meeting_id: str, theme_key: str, text: str
) -> Bod:
    """What was discussed on one theme in a meeting; empty text removes the note."""
    _check_text({"general": text}, MEETING_FIELDS)

    def edit(bod: Bod) -> Bod:
        meeting = by_id(bod.meetings, meeting_id)
        changed = with_changes(
            meeting, {"theme_notes": per_key(meeting.theme_notes, theme_key, text)}
        )
        return bod.model_copy(update={"meetings": replace_by_id(bod.meetings, changed)})

    return change_bod(repo, round_id, edit)


def set_demand_status(
    repo: Repository,
    round_id: str,
    demand_id: str,
    theme_position_id: str,
    status: DemandStatus,
    date: dt.date | None,
    note: str = "",
) -> DemandTrack:
    """Move a demand on in the talks (see :func:`models.overleg.change_status`)."""
    if date is None:
        raise InvalidInput(N_("Enter the date of the change."))
    _check_text({"general": note}, MEETING_FIELDS)
    result: list[DemandTrack] = []

    def edit(bod: Bod) -> Bod:
        track = change_status(
            track_for(bod.demand_tracks, demand_id, theme_position_id), status, date, note
        )
        result.append(track)
        return bod.model_copy(update={"demand_tracks": replace_track(bod.demand_tracks, track)})

    change_bod(repo, round_id, edit)
    return result[0]


def demand_track(bod: Bod, demand_id: str, theme_position_id: str = "") -> DemandTrack:
    """The demand's course in the talks (status "ingebracht" when nothing happened yet)."""
    return track_for(bod.demand_tracks, demand_id, theme_position_id)


def comparisons(repo: Repository, round_id: str) -> list[ThemeComparison]:
    """The bod side by side with the inzet, per theme (see :mod:`app.services.bod_compare`)."""
    return compare.comparisons(repo, round_id)


def round_year(repo: Repository, round_id: str) -> int:
    """The round's year (the bod's deadline is 30 June of the year before)."""
    found = rounds_service.get_round(repo, round_id)
    return found.year if found is not None else load_bod(repo, round_id).first_year
