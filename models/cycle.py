"""The yearly legal cycle as dates for one round (domain.md, "Corrections, December 2026").

The agreements for round year Y are prepared and negotiated in Y-1: member
consultation and the position (inzet) in the first half of Y-1, the housing
association's bid before 1 July Y-1 (Woningwet art. 44 lid 1, so 30 June at
the latest), talks in the second half of Y-1 and signing usually in December
Y-1. 15 December is a custom: no statute was found for it, so it is shown as
the usual date, never as law. Disputes can be put to the minister only
between 1 July and 29 January (Woningwet art. 44 lid 4). Year Y itself is
for carrying out and monitoring the agreements.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.round import Phase
from models.text import N_


@dataclass(frozen=True)
class Deadline:
    date: dt.date
    label: str  # msgid
    basis: str  # msgid: where the date comes from


@dataclass(frozen=True)
class PhaseWindow:
    """When a phase of the round normally happens, and why then.

    ``explanation`` is a msgid with ``{prep}`` (Y-1) and ``{year}`` (Y)
    placeholders, filled in with :meth:`params`.
    """

    phase: Phase
    start: dt.date
    end: dt.date
    explanation: str  # msgid

    def params(self, year: int) -> dict[str, int]:
        return {"prep": year - 1, "year": year}


def preparation_year(year: int) -> int:
    """The calendar year in which the agreements for ``year`` are made."""
    return year - 1


def deadlines(year: int) -> list[Deadline]:
    """The dated moments of round ``year``, in date order."""
    prep = preparation_year(year)
    return [
        Deadline(
            dt.date(prep, 6, 30),
            N_("Bid from the housing association received"),
            N_("Woningwet art. 44 lid 1: before 1 July, so 30 June at the latest"),
        ),
        Deadline(
            dt.date(prep, 7, 1),
            N_("Talks about the bid can start"),
            N_("Woningwet art. 44 lid 2: the three parties discuss the bid"),
        ),
        Deadline(
            dt.date(prep, 12, 15),
            N_("Agreements signed"),
            N_("Usual date, not law: check your process agreements"),
        ),
        Deadline(
            dt.date(year, 1, 29),
            N_("Last day to put a dispute to the minister"),
            N_(
                "Woningwet art. 44 lid 4: only between 1 July and 29 January, "
                "and only as a last resort"
            ),
        ),
    ]


def phase_windows(year: int) -> list[PhaseWindow]:
    """Each phase of round ``year`` with its usual dates and the reason for them."""
    prep = preparation_year(year)
    return [
        PhaseWindow(
            Phase.PREPARATION,
            dt.date(prep, 1, 1),
            dt.date(prep, 6, 30),
            N_(
                "January to June {prep}: ask your members and adopt your position, "
                "before the bid arrives."
            ),
        ),
        PhaseWindow(
            Phase.BOD,
            dt.date(prep, 5, 1),
            dt.date(prep, 6, 30),
            N_(
                "Before 1 July {prep}: the housing association sends its bid for the next "
                "five years (Woningwet art. 44 lid 1)."
            ),
        ),
        PhaseWindow(
            Phase.NEGOTIATION,
            dt.date(prep, 7, 1),
            dt.date(prep, 12, 15),
            N_("From 1 July {prep}: the three parties discuss the bid (Woningwet art. 44 lid 2)."),
        ),
        PhaseWindow(
            Phase.SIGNING,
            dt.date(prep, 12, 1),
            dt.date(prep, 12, 31),
            N_("Usually in December {prep}. 15 December is a custom, not law."),
        ),
        PhaseWindow(
            Phase.MONITORING,
            dt.date(year, 1, 1),
            dt.date(year, 12, 31),
            N_("During {year}: check whether the agreements are carried out."),
        ),
    ]


def phase_window(year: int, phase: Phase) -> PhaseWindow:
    return next(w for w in phase_windows(year) if w.phase is phase)


def next_deadline(year: int, today: dt.date) -> Deadline | None:
    """The first deadline of the round on or after today, if any."""
    upcoming = [d for d in deadlines(year) if d.date >= today]
    return upcoming[0] if upcoming else None
