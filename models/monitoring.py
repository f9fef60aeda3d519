"""Following the agreements through the year: per agreement, per half year, how far it got.

Agreements are signed and then forgotten until the next round; the
monitoring keeps them in view. Per agreement of the round's register and per
half year one :class:`Check`: a realisation status, the figure reached (when
the agreement has a figure), where the information came from and a note.
The register itself belongs to the agreements feature; this module knows
agreements only by their id, so the two features stay independent.

The newest check of an agreement is its current status; older checks are
its history (shown in the Monitor and offered with an unmet agreement as a
starting point for the next round's inzet).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from models.base import (
    Figure,
    Id,
    InvalidInput,
    LabelledEnum,
    Line,
    LongText,
    Record,
    is_plausible_figure,
)
from models.numbers import parse_number
from models.round import MAX_YEAR, MIN_YEAR
from models.text import N_

#: Most checks per round: 300 agreements x 10 years x 2 half years.
MAX_CHECKS = 6000


class Status(LabelledEnum):
    """How far an agreement got. Stored values are Dutch and never renamed."""

    REALISED = "gerealiseerd", N_("Realised")
    ON_TRACK = "op_schema", N_("On schedule")
    DELAYED = "vertraagd", N_("Delayed")
    NOT_REALISED = "niet_gerealiseerd", N_("Not realised")
    UNKNOWN = "onbekend", N_("Unknown")


#: Statuses that mean "behind": these get questions for the evaluation meeting.
BEHIND = frozenset({Status.DELAYED, Status.NOT_REALISED})


class HalfYear(Record):
    """Half year ``half`` (1 = January–June, 2 = July–December) of ``year``."""

    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    half: int = Field(ge=1, le=2)

    def key(self) -> tuple[int, int]:
        return self.year, self.half

    @classmethod
    def containing(cls, day: dt.date) -> HalfYear:
        return cls(year=day.year, half=1 if day.month <= 6 else 2)

    def previous(self) -> HalfYear:
        if self.half == 2:
            return HalfYear(year=self.year, half=1)
        return HalfYear(year=self.year - 1, half=2)


class Check(Record):
    """One look at one agreement in one half year."""

    agreement_id: Id
    #: What the agreement said when this check was saved ("A3 Het Anker bouwt ..."):
    #: the CSV export and the history stay readable without the register.
    agreement_label: Line = ""
    period: HalfYear
    status: Status = Status.UNKNOWN
    reached: Figure | None = None
    source: Line = ""
    note: LongText = ""


class Monitoring(Record):
    """All checks of the agreements of one round (the round that made them)."""

    round_id: Id
    checks: list[Check] = Field(default_factory=list, max_length=MAX_CHECKS)
    updated: dt.datetime | None = None

    @model_validator(mode="after")
    def _one_check_per_agreement_and_half_year(self) -> Monitoring:
        keys = [(c.agreement_id, c.period.key()) for c in self.checks]
        if len(keys) != len(set(keys)):
            raise ValueError("two checks for the same agreement and half year")
        return self

    def history(self, agreement_id: str) -> list[Check]:
        """The agreement's checks, oldest first."""
        found = [c for c in self.checks if c.agreement_id == agreement_id]
        return sorted(found, key=lambda c: c.period.key())

    def latest(self, agreement_id: str) -> Check | None:
        found = self.history(agreement_id)
        return found[-1] if found else None

    def status(self, agreement_id: str) -> Status:
        """The newest status; UNKNOWN when nobody looked yet."""
        last = self.latest(agreement_id)
        return last.status if last is not None else Status.UNKNOWN

    def met_ids(self) -> frozenset[str]:
        """Agreements whose newest check says realised."""
        ids = {c.agreement_id for c in self.checks}
        return frozenset(i for i in ids if self.status(i) == Status.REALISED)

    def periods(self) -> list[HalfYear]:
        """The half years with at least one check, oldest first."""
        seen = {c.period.key(): c.period for c in self.checks}
        return [seen[k] for k in sorted(seen)]


def record_check(monitoring: Monitoring, check: Check) -> Monitoring:
    """A copy with ``check`` stored, replacing the same agreement's check of that half year."""
    others = [
        c
        for c in monitoring.checks
        if (c.agreement_id, c.period.key()) != (check.agreement_id, check.period.key())
    ]
    if len(others) >= MAX_CHECKS:
        raise InvalidInput(N_("A round can hold at most {n} checks."), n=MAX_CHECKS)
    return monitoring.model_copy(update={"checks": [*others, check]})


def remove_checks_of(monitoring: Monitoring, agreement_id: str) -> Monitoring:
    """A copy without the checks of an agreement that left the register."""
    kept = [c for c in monitoring.checks if c.agreement_id != agreement_id]
    return monitoring.model_copy(update={"checks": kept})


def parse_figure(text: str, language: str = "nl") -> float | None:
    """A figure as typed in ``language`` ('1.250', '12,5' in Dutch); empty means none."""
    value = parse_number(text, language)
    if value is None:
        return None
    if not is_plausible_figure(value):
        raise InvalidInput(N_("This number is too large."))
    return value


def progress_percent(reached: float | None, target: float | None) -> int | None:
    """How much of the target was reached, 0–999%; None when either is unknown."""
    if reached is None or target is None or target == 0:
        return None
    return max(0, min(999, round(reached / target * 100)))
