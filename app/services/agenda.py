"""Use cases of the round calendar (jaarkalender): dates, own dates, the .ics file.

Each round keeps the user's choices in the round document ``"calendar"``
(:class:`models.calendar.RoundCalendar`); the dates themselves are computed
from the round year, so they follow the law's rules and move together. Text
is translated here, at the edge, so the models stay pure.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from app.exchange.ics import IcsEvent, build_ics, event_uid
from app.i18n import _, format_date
from app.services import rounds as rounds_service
from app.services.files import write_user_file
from app.services.record_store import RoundRecordStore, now
from app.storage.repository import Repository
from models.base import InvalidInput
from models.calendar import (
    REMINDER_DAYS,
    STEP_TITLES,
    CalendarDate,
    RoundCalendar,
    Step,
    all_dates,
    upcoming,
)
from models.calendar import add_own_date as _add_own_date
from models.calendar import move_step as _move_step
from models.calendar import remove_own_date as _remove_own_date
from models.calendar_checks import MissedStep, missed_steps
from models.dates import parse_date
from models.round import Phase, Round
from models.text import N_

KIND = "calendar"
STORE = RoundRecordStore(KIND, RoundCalendar)

#: Phases at or after which a step is done, whatever the other records say.
_PHASE_ORDER = list(Phase)
_DONE_FROM_PHASE: dict[Step, Phase] = {
    Step.BOD: Phase.BOD,
    Step.SIGNING: Phase.MONITORING,
}


# ------------------------------------------------------------------ stored choices
load_calendar = STORE.load
save_calendar = STORE.save


def move_date(repo: Repository, round_id: str, step: Step, text: str) -> RoundCalendar:
    """Set an editable step to the date typed; empty text puts it back on its usual date."""
    round_ = rounds_service.existing_round(repo, round_id)
    day = parse_date(text)
    chosen = _move_step(load_calendar(repo, round_id), round_.year, step, day)
    return save_calendar(repo, chosen)


def add_own_date(
    repo: Repository, round_id: str, title: str, date_text: str, note: str = ""
) -> RoundCalendar:
    """Add a date of the organisation's own (members' meeting, board meeting)."""
    round_ = rounds_service.existing_round(repo, round_id)
    day = parse_date(date_text)
    if day is None:
        raise InvalidInput(N_("Enter the date, for example 14-3-2027."))
    own_id = uuid.uuid4().hex[:12]
    chosen = _add_own_date(load_calendar(repo, round_id), round_.year, own_id, title, day, note)
    return save_calendar(repo, chosen)


def remove_own_date(repo: Repository, round_id: str, own_id: str) -> RoundCalendar:
    return save_calendar(repo, _remove_own_date(load_calendar(repo, round_id), own_id))


def copy_from_previous(repo: Repository, from_round_id: str, to_round_id: str) -> None:
    """A new round keeps the own dates' habits one year later, never overwriting work.

    Moved cycle dates are not copied: each year's process agreements set them anew.
    """
    if repo.load_round_doc(to_round_id, KIND):
        return
    previous = load_calendar(repo, from_round_id)
    target = rounds_service.get_round(repo, to_round_id)
    source = rounds_service.get_round(repo, from_round_id)
    if not previous.own_dates or target is None or source is None:
        return
    shift = target.year - source.year
    own = [d.model_copy(update={"date": _shift_years(d.date, shift)}) for d in previous.own_dates]
    save_calendar(repo, RoundCalendar(round_id=to_round_id, own_dates=own))


def _shift_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)


# ------------------------------------------------------------------ dates for people
def round_dates(repo: Repository, round_id: str) -> list[CalendarDate]:
    """Every date of the round, cycle and own, in date order."""
    return all_dates(
        rounds_service.existing_round(repo, round_id).year, load_calendar(repo, round_id)
    )


def title_of(item: CalendarDate) -> str:
    return _(item.title) if item.translatable else item.title


def explanation_of(item: CalendarDate) -> str:
    """The one-line reason, with what the date depends on when it moves with another."""
    text = _(item.explanation) if item.translatable else item.explanation
    if item.depends_on is not None:
        text += " " + _("Moves with: {date}.", date=_(STEP_TITLES[item.depends_on]))
    return text


def basis_of(item: CalendarDate) -> str:
    return _(item.basis.label)


def when_of(item: CalendarDate) -> str:
    """'30 juni 2026' or '1 juli 2026 – 29 januari 2027' for a period."""
    if item.end is None:
        return format_date(item.date)
    return f"{format_date(item.date)} – {format_date(item.end)}"


def next_dates(
    repo: Repository, round_id: str, today: dt.date, count: int = 3
) -> list[CalendarDate]:
    return upcoming(round_dates(repo, round_id), today, count)


def done_steps(repo: Repository, round_: Round) -> set[Step]:
    """The steps the app can see as done for this round.

    A step counts as done once the round's phase is past it (the user moved
    on), or when the record that proves it exists (see ``STEP_EVIDENCE``).
    """
    done: set[Step] = set()
    position = _PHASE_ORDER.index(round_.phase)
    for step, phase in _DONE_FROM_PHASE.items():
        if position >= _PHASE_ORDER.index(phase):
            done.add(step)
    for step, evidence in STEP_EVIDENCE.items():
        if step not in done and evidence(repo, round_):
            done.add(step)
    return done


def _bid_entered(repo: Repository, round_: Round) -> bool:
    raw = repo.load_round_doc(round_.id, "bod") or {}
    return bool(raw.get("received_on") or raw.get("themes"))


def _agreements_entered(repo: Repository, round_: Round) -> bool:
    raw = repo.load_round_doc(round_.id, "afspraken") or {}
    signatures = raw.get("signatures") or []
    signed = any(isinstance(s, dict) and s.get("status", "open") != "open" for s in signatures)
    return bool(raw.get("agreements")) or signed


def _previous_round_followed_up(repo: Repository, round_: Round) -> bool:
    """Done when the previous round's agreements have any check, or there is nothing
    in the app to follow up (no previous round, or no agreements in its register)."""
    previous = rounds_service.previous_round(repo, round_.id)
    if previous is None:
        return True
    register = repo.load_round_doc(previous.id, "afspraken") or {}
    if not register.get("agreements"):
        return True
    monitoring = repo.load_round_doc(previous.id, "monitoring") or {}
    return bool(monitoring.get("checks"))


#: ``(repo, round) -> bool``: whether the records show a step done. The other
#: features' records are read by their kind only (bod and afspraken belong to
#: the bod feature); a feature's service never imports another's.
Evidence = Callable[[Repository, Round], bool]
STEP_EVIDENCE: dict[Step, Evidence] = {
    Step.BOD: _bid_entered,
    Step.SIGNING: _agreements_entered,
    Step.EVALUATION: _previous_round_followed_up,
}


def missed(repo: Repository, round_id: str, today: dt.date) -> list[MissedStep]:
    """Passed dates whose step is not done, with what to do."""
    round_ = rounds_service.existing_round(repo, round_id)
    return missed_steps(round_dates(repo, round_id), today, done_steps(repo, round_))


# ------------------------------------------------------------------ .ics export
def ics_events(repo: Repository, round_id: str) -> list[IcsEvent]:
    round_ = rounds_service.existing_round(repo, round_id)
    seed = f"{round_.id}|{round_.created.isoformat()}"
    events: list[IcsEvent] = []
    for item in round_dates(repo, round_id):
        description = _("Basis: {basis}.", basis=basis_of(item))
        explanation = explanation_of(item)
        if explanation:
            description += " " + explanation
        events.append(
            IcsEvent(
                uid=event_uid(seed, item.key),
                start=item.date,
                last_day=item.end,
                summary=title_of(item),
                description=description,
                reminder_days=REMINDER_DAYS,
            )
        )
    for source in EXTRA_EVENT_SOURCES:
        for other in source(repo, round_id):
            key = f"{getattr(other, 'key', '') or other.title}-{other.date.isoformat()}"
            events.append(
                IcsEvent(
                    uid=event_uid(seed, "extra-" + key),
                    start=other.date,
                    summary=other.title,
                    description=other.description,
                    reminder_days=REMINDER_DAYS,
                )
            )
    return sorted(events, key=lambda e: e.start)


class DatedEvent(Protocol):
    """What another feature's calendar event offers (``app.features.base.CalendarEvent``)."""

    @property
    def date(self) -> dt.date: ...
    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str: ...


#: Other features' dates for the .ics (``FEATURES``' ``calendar_events``). Filled by
#: ``app.features`` when it loads: this service cannot import FEATURES (which
#: lists the calendar feature itself) without an import cycle.
EXTRA_EVENT_SOURCES: list[Callable[[Repository, str], Sequence[DatedEvent]]] = []


def agenda_ics(repo: Repository, round_id: str, stamp: dt.datetime | None = None) -> bytes:
    """The round's dates as an iCalendar file (see app.exchange.ics)."""
    round_ = rounds_service.existing_round(repo, round_id)
    return build_ics(
        ics_events(repo, round_id),
        name=f"Aan Tafel – {round_.display_title()}",
        stamp=stamp or now(),
        reminder_text=_("In two weeks"),
    )


def ics_file_name(round_: Round | None) -> str:
    """'Jaarkalender-2027.ics' ('Year-calendar-2027.ics' in English)."""
    stem = _("Year calendar").replace(" ", "-")
    return f"{stem}-{re.sub(r'[^0-9A-Za-z-]+', '-', round_.id)}.ics" if round_ else f"{stem}.ics"


def write_ics(repo: Repository, round_id: str, out: Path) -> Path:
    """Write the .ics file the user asked for (atomically: no half file on a crash)."""
    return write_user_file(agenda_ics(repo, round_id), out)
