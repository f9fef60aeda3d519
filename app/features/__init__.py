"""``FEATURES``: the one list a per-round feature is added to (design §10).

Each entry is a :class:`app.features.base.Feature` declared in the feature's
own module (``app/features/<name>.py``). The shared machinery derives
everything from this list: the record kinds that export and import know, the
round copy, the demo, the print kinds, the CLI subcommands, the navigation
sections and the calendar events. Order matters where noted: demo fillers
and round copiers run in this order (the meeting's demo attaches to the
position's themes), and documents and sections are listed in it.

See CONTRIBUTING.md, "Adding a feature".
"""

from __future__ import annotations

from app.features import (
    afspraken,
    agenda,
    bod,
    checklist,
    meeting,
    monitoring,
    position,
    survey,
    vergelijken,
)
from app.features.base import CalendarEvent, DocumentSpec, Feature, NavSection
from app.services import agenda as agenda_service
from app.storage.repository import Repository

FEATURES: tuple[Feature, ...] = (
    position.FEATURE,
    checklist.FEATURE,
    meeting.FEATURE,
    survey.FEATURE,
    bod.FEATURE,
    afspraken.FEATURE,
    agenda.FEATURE,
    monitoring.FEATURE,  # after afspraken: its demo checks the demo agreements
    vergelijken.FEATURE,
)


def feature(kind: str) -> Feature:
    """The feature whose record kind is ``kind`` (KeyError when there is none)."""
    for entry in FEATURES:
        if entry.kind == kind:
            return entry
    raise KeyError(kind)


def record_kinds() -> dict[str, Feature]:
    """Record kind -> feature: what export and import know (unknown kinds are refused)."""
    return {f.kind: f for f in FEATURES if f.model is not None}


def document_specs() -> dict[str, DocumentSpec]:
    """Print kind -> document, in FEATURES order (``aantafel print KIND``, Documenten)."""
    return {d.kind: d for f in FEATURES for d in f.documents}


def round_events(repo: Repository, round_id: str) -> list[CalendarEvent]:
    """Every feature's calendar events of a round, by date (for the .ics export)."""
    events = [
        event
        for f in FEATURES
        if f.calendar_events is not None
        for event in f.calendar_events(repo, round_id)
    ]
    return sorted(events, key=lambda e: e.date)


# The calendar file (.ics) also holds every other feature's dates; the calendar
# service cannot import FEATURES (an import cycle), so it is handed the source.
agenda_service.EXTRA_EVENT_SOURCES[:] = [round_events]


def nav_sections() -> list[NavSection]:
    """The features' navigation sections (the shell adds its fixed ones and sorts by order)."""
    return [f.section for f in FEATURES if f.section is not None]


__all__ = [
    "FEATURES",
    "Feature",
    "document_specs",
    "feature",
    "nav_sections",
    "record_kinds",
    "round_events",
]
