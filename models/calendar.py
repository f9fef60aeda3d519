"""The year around a round: every date that matters, with its basis and reason.

For round year Y the agreements are prepared and negotiated in Y-1 (domain
brief, corrections of December 2026): the bod comes "vóór 1 juli" of Y-1
(Woningwet art. 44 lid 1), talks start after it, a dispute may be filed within
four weeks after it arises but only from 1 July to 29 January (art. 44 lid 4),
and signing is usually in December (15 December is a custom, not law).

Each date says where it comes from (:class:`Basis`): the law, advice from the
field, or the organisation's own choice. A date the user moves becomes "own
choice"; dates that depend on it (six months after the start of the talks,
four weeks after the dispute arises) move with it because they are computed,
never stored. Only the user's choices are stored (:class:`RoundCalendar`).
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field, field_validator

from models.base import Id, InvalidInput, LabelledEnum, Line, Record
from models.text import N_

#: Most own dates per round (members' meetings, board meetings, ...).
MAX_OWN_DATES = 100
#: Days before a date that the calendar export reminds people.
REMINDER_DAYS = 14
#: Four weeks to file a dispute after it arises (art. 44 lid 4).
DISPUTE_FILING_DAYS = 28


class Basis(LabelledEnum):
    """Where a date comes from."""

    LAW = "wet", N_("Law")
    ADVICE = "advies", N_("Advice")
    OWN = "eigen keuze", N_("Own choice")


class Step(StrEnum):
    """The dates of the cycle. The values are stable: they are part of the
    calendar UIDs and of stored choices, so never rename one."""

    ACCOUNTS = "verantwoording"
    EVALUATION = "evaluatie"
    CONCEPT_BOD = "concept-bod"
    BOD = "bod"
    RENT_CHANGE = "huurverhoging"
    TALKS_START = "start-overleg"
    SIX_MONTHS = "zes-maanden"
    DISPUTE_ARISES = "geschil-ontstaan"
    DISPUTE_DEADLINE = "geschil-indienen"
    DISPUTE_WINDOW = "geschilvenster"
    SIGNING = "ondertekening"


#: Steps whose date the user may set. Their defaults are advice or custom;
#: a set date is the organisation's own choice. DISPUTE_ARISES is only set
#: when a dispute really arose; otherwise it follows SIX_MONTHS.
EDITABLE_STEPS: frozenset[Step] = frozenset(
    {Step.EVALUATION, Step.CONCEPT_BOD, Step.TALKS_START, Step.DISPUTE_ARISES, Step.SIGNING}
)

STEP_TITLES: dict[Step, str] = {
    Step.ACCOUNTS: N_("Account for last year's budget to the landlord"),
    Step.EVALUATION: N_("Yearly evaluation of last year's agreements"),
    Step.CONCEPT_BOD: N_("Discuss the draft bid with the housing association"),
    Step.BOD: N_("Bid from the housing association due"),
    Step.RENT_CHANGE: N_("Yearly rent change"),
    Step.TALKS_START: N_("Start of the talks on the bid"),
    Step.SIX_MONTHS: N_("Six months of talks"),
    Step.DISPUTE_ARISES: N_("Dispute arises"),
    Step.DISPUTE_DEADLINE: N_("Last day to file a dispute"),
    Step.DISPUTE_WINDOW: N_("Period in which a dispute can be filed"),
    Step.SIGNING: N_("Signing the agreements"),
}

STEP_EXPLANATIONS: dict[Step, str] = {
    Step.ACCOUNTS: N_(
        "Overlegwet art. 7: account for the yearly budget within two months after the year ends."
    ),
    Step.EVALUATION: N_(
        "Look back together on last year's agreements before you write your position."
    ),
    Step.CONCEPT_BOD: N_(
        "Your own process agreement: the housing association discusses its draft bid with you."
    ),
    Step.BOD: N_(
        "Woningwet art. 44 lid 1: the housing association sends its bid before 1 July "
        "(30 June at the latest)."
    ),
    Step.RENT_CHANGE: N_(
        "Rents change once a year on 1 July; give your advice on the rent proposal before it."
    ),
    Step.TALKS_START: N_(
        "Woningwet art. 44 lid 2: the three parties talk about the bid after it arrives."
    ),
    Step.SIX_MONTHS: N_(
        "Woningwet art. 44 lid 4: no agreement six months after the start? Then a dispute "
        "can arise."
    ),
    Step.DISPUTE_ARISES: N_(
        "The day the talks got stuck; the four weeks to file a dispute count from here."
    ),
    Step.DISPUTE_DEADLINE: N_(
        "Woningwet art. 44 lid 4: file a dispute with the minister within four weeks after it "
        "arises, in writing and with reasons. A last resort."
    ),
    Step.DISPUTE_WINDOW: N_(
        "Woningwet art. 44 lid 4: a dispute can only be filed from 1 July to 29 January."
    ),
    Step.SIGNING: N_(
        "Usually in December. 15 December is a custom, not law: agree on the date together."
    ),
}


class OwnDate(Record):
    """A date the organisation adds itself (members' meeting, board meeting)."""

    id: str = Field(min_length=1, max_length=40, pattern=r"^[a-z0-9-]+$")
    title: Line = Field(min_length=1)
    date: dt.date
    note: Line = ""


class RoundCalendar(Record):
    """What the user chose for a round's calendar; everything else is computed."""

    round_id: Id
    moved: dict[Step, dt.date] = Field(default_factory=dict, max_length=len(EDITABLE_STEPS))
    own_dates: list[OwnDate] = Field(default_factory=list, max_length=MAX_OWN_DATES)
    updated: dt.datetime | None = None

    @field_validator("moved")
    @classmethod
    def _only_editable(cls, value: dict[Step, dt.date]) -> dict[Step, dt.date]:
        fixed = sorted(step for step in value if step not in EDITABLE_STEPS)
        if fixed:
            raise ValueError(f"these dates cannot be moved: {', '.join(fixed)}")
        return value

    @field_validator("own_dates")
    @classmethod
    def _unique_ids(cls, value: list[OwnDate]) -> list[OwnDate]:
        if len({d.id for d in value}) != len(value):
            raise ValueError("own dates need unique ids")
        return value


@dataclass(frozen=True)
class CalendarDate:
    """One date of a round as shown and exported.

    ``key`` is stable (a :class:`Step` value, or ``eigen-<id>`` for an own
    date). ``title`` and ``explanation`` are msgids when ``translatable``,
    otherwise the user's own text. ``end`` is set for a period (inclusive).
    """

    key: str
    date: dt.date
    title: str
    explanation: str
    basis: Basis
    step: Step | None = None
    end: dt.date | None = None
    depends_on: Step | None = None
    translatable: bool = True

    @property
    def last_day(self) -> dt.date:
        return self.end or self.date


# ------------------------------------------------------------------ date arithmetic
def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months; a day that does not exist becomes the month's last
    (31 August + 6 months = 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = _stdlib_calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def end_of_february(year: int) -> dt.date:
    """Two months after the year ends: 28 February, or 29 in a leap year."""
    return dt.date(year, 3, 1) - dt.timedelta(days=1)


def preparation_year(round_year: int) -> int:
    """The calendar year in which the agreements for ``round_year`` are made."""
    return round_year - 1


def bod_deadline(round_year: int) -> dt.date:
    """The last day the bod may arrive (art. 44 lid 1: before 1 July, so 30 June)."""
    return dt.date(preparation_year(round_year), 6, 30)


def dispute_window(round_year: int) -> tuple[dt.date, dt.date]:
    """1 July of the preparation year to 29 January of the round year (crosses New Year)."""
    return dt.date(preparation_year(round_year), 7, 1), dt.date(round_year, 1, 29)


def default_date(step: Step, round_year: int) -> dt.date:
    """The date of an editable step when the user did not set one."""
    prep = preparation_year(round_year)
    defaults = {
        Step.EVALUATION: dt.date(prep, 4, 1),
        Step.CONCEPT_BOD: dt.date(prep, 5, 15),
        Step.TALKS_START: dt.date(prep, 7, 1),
        Step.SIGNING: dt.date(prep, 12, 15),
    }
    if step == Step.DISPUTE_ARISES:
        return add_months(defaults[Step.TALKS_START], 6)
    return defaults[step]


_DEFAULT_BASIS: dict[Step, Basis] = {
    Step.EVALUATION: Basis.ADVICE,
    Step.CONCEPT_BOD: Basis.OWN,
    Step.TALKS_START: Basis.LAW,
    Step.SIGNING: Basis.ADVICE,
}


# ------------------------------------------------------------------ the calendar
def cycle_dates(round_year: int, chosen: RoundCalendar | None = None) -> list[CalendarDate]:
    """The cycle's dates for round ``round_year``, with the user's choices applied."""
    moved = chosen.moved if chosen is not None else {}
    prep = preparation_year(round_year)

    def date_of(step: Step) -> dt.date:
        return moved.get(step) or default_date(step, round_year)

    def editable(step: Step) -> CalendarDate:
        basis = Basis.OWN if step in moved else _DEFAULT_BASIS[step]
        return _cycle(step, date_of(step), basis)

    talks = date_of(Step.TALKS_START)
    six_months = add_months(talks, 6)
    window_start, window_end = dispute_window(round_year)
    dates = [
        _cycle(Step.ACCOUNTS, end_of_february(prep), Basis.LAW),
        editable(Step.EVALUATION),
        editable(Step.CONCEPT_BOD),
        _cycle(Step.BOD, bod_deadline(round_year), Basis.LAW),
        _cycle(Step.RENT_CHANGE, dt.date(prep, 7, 1), Basis.LAW),
        editable(Step.TALKS_START),
        _cycle(Step.SIX_MONTHS, six_months, Basis.LAW, depends_on=Step.TALKS_START),
        _cycle(Step.DISPUTE_WINDOW, window_start, Basis.LAW, end=window_end),
        editable(Step.SIGNING),
    ]
    if Step.DISPUTE_ARISES in moved:
        arises = moved[Step.DISPUTE_ARISES]
        dates.append(_cycle(Step.DISPUTE_ARISES, arises, Basis.OWN))
        deadline_source = Step.DISPUTE_ARISES
    else:
        arises = six_months
        deadline_source = Step.SIX_MONTHS
    dates.append(
        _cycle(
            Step.DISPUTE_DEADLINE,
            dispute_deadline(arises, round_year),
            Basis.LAW,
            depends_on=deadline_source,
        )
    )
    return sorted(dates, key=_sort_key)


def dispute_deadline(arises: dt.date, round_year: int) -> dt.date:
    """Four weeks after the dispute arises, but never after the window closes."""
    _start, window_end = dispute_window(round_year)
    return min(arises + dt.timedelta(days=DISPUTE_FILING_DAYS), window_end)


def all_dates(round_year: int, chosen: RoundCalendar | None = None) -> list[CalendarDate]:
    """The cycle's dates and the organisation's own dates, in date order."""
    own = [own_calendar_date(d) for d in (chosen.own_dates if chosen else [])]
    return sorted(cycle_dates(round_year, chosen) + own, key=_sort_key)


def own_calendar_date(own: OwnDate) -> CalendarDate:
    return CalendarDate(
        key=f"eigen-{own.id}",
        date=own.date,
        title=own.title,
        explanation=own.note,
        basis=Basis.OWN,
        translatable=False,
    )


def upcoming(dates: list[CalendarDate], today: dt.date, count: int = 3) -> list[CalendarDate]:
    """The next ``count`` dates on or after today (a running period counts until it ends)."""
    return [d for d in sorted(dates, key=_sort_key) if d.last_day >= today][:count]


def _cycle(
    step: Step,
    day: dt.date,
    basis: Basis,
    *,
    end: dt.date | None = None,
    depends_on: Step | None = None,
) -> CalendarDate:
    return CalendarDate(
        key=step.value,
        date=day,
        title=STEP_TITLES[step],
        explanation=STEP_EXPLANATIONS[step],
        basis=basis,
        step=step,
        end=end,
        depends_on=depends_on,
    )


def _sort_key(item: CalendarDate) -> tuple[dt.date, str]:
    return item.date, item.key


# ------------------------------------------------------------------ changing choices
def check_in_range(day: dt.date, round_year: int) -> None:
    """A date more than a year away from the cycle is almost surely a typing error."""
    first, last = dt.date(round_year - 2, 1, 1), dt.date(round_year + 1, 12, 31)
    if not first <= day <= last:
        raise InvalidInput(
            N_("Choose a date from {first} to {last} for this round."),
            first=first.year,
            last=last.year,
        )


def move_step(
    chosen: RoundCalendar, round_year: int, step: Step, day: dt.date | None
) -> RoundCalendar:
    """A copy with ``step`` on ``day``; ``None`` puts it back on its usual date."""
    if step not in EDITABLE_STEPS:
        raise InvalidInput(N_("This date follows from the law and cannot be moved."))
    moved = dict(chosen.moved)
    if day is None:
        moved.pop(step, None)
    else:
        check_in_range(day, round_year)
        moved[step] = day
    return chosen.model_copy(update={"moved": moved})


def add_own_date(
    chosen: RoundCalendar, round_year: int, new_id: str, title: str, day: dt.date, note: str = ""
) -> RoundCalendar:
    """A copy with one own date added (title required, within the cap)."""
    if not title.strip():
        raise InvalidInput(N_("Give the date a name, for example 'Ledenvergadering'."))
    if len(chosen.own_dates) >= MAX_OWN_DATES:
        raise InvalidInput(N_("A round can have at most {n} own dates."), n=MAX_OWN_DATES)
    check_in_range(day, round_year)
    if len(title) > 300 or len(note) > 300:
        raise InvalidInput(N_("Keep the name and the note under 300 characters."))
    own = OwnDate(id=new_id, title=title.strip(), date=day, note=note.strip())
    return chosen.model_copy(update={"own_dates": [*chosen.own_dates, own]})


def remove_own_date(chosen: RoundCalendar, own_id: str) -> RoundCalendar:
    return chosen.model_copy(update={"own_dates": [d for d in chosen.own_dates if d.id != own_id]})
