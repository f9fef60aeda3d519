"""The yearly legal cycle as dates for one round (domain.md, "Corrections, December 2026").

The agreements for round year Y are prepared and negotiated in Y-1: member
consultation and the position (inzet) in the first half of Y-1, the housing
association's bid before 1 July Y-1 (Woningwet art. 44 lid 1, so 30 June at
the latest), talks in the second half of Y-1 and signing usually in December
Y-1. 15 December is a custom: no statute was found for it, so it is shown as
the usual date, never as law. Disputes can be put to the minister only
between 1 July and 29 January (Woningwet art. 44 lid 4). Year Y itself is
for carrying out and monitoring the agreements.

The dates themselves live in :mod:`models.calendar` (with their basis in
law or advice); this module only groups them into the phases Overzicht shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.calendar import Step, bod_deadline, default_date, preparation_year
from models.round import Phase
from models.text import N_


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


#: What each phase is for and why then; ``{prep}`` is Y-1, ``{year}`` is Y.
_EXPLANATIONS: dict[Phase, str] = {
    Phase.PREPARATION: N_(
        "January to June {prep}: ask your members and adopt your position, before the bid arrives."
    ),
    Phase.BOD: N_(
        "Before 1 July {prep}: the housing association sends its bid for the next "
        "five years (Woningwet art. 44 lid 1)."
    ),
    Phase.NEGOTIATION: N_(
        "From 1 July {prep}: the three parties discuss the bid (Woningwet art. 44 lid 2)."
    ),
    Phase.SIGNING: N_("Usually in December {prep}. 15 December is a custom, not law."),
    Phase.MONITORING: N_("During {year}: check whether the agreements are carried out."),
}


def phase_windows(year: int) -> list[PhaseWindow]:
    """Each phase of round ``year`` with its usual dates and the reason for them.

    The legal and usual dates (the bod's deadline, the start of the talks,
    the usual signing day) come from :mod:`models.calendar`, their one source.
    """
    prep = preparation_year(year)
    bod = bod_deadline(year)
    spans = {
        Phase.PREPARATION: (dt.date(prep, 1, 1), bod),
        Phase.BOD: (dt.date(prep, 5, 1), bod),
        Phase.NEGOTIATION: (
            default_date(Step.TALKS_START, year),
            default_date(Step.SIGNING, year),
        ),
        Phase.SIGNING: (dt.date(prep, 12, 1), dt.date(prep, 12, 31)),
        Phase.MONITORING: (dt.date(year, 1, 1), dt.date(year, 12, 31)),
    }
    return [
        PhaseWindow(phase, start, end, _EXPLANATIONS[phase])
        for phase, (start, end) in spans.items()
    ]


def phase_window(year: int, phase: Phase) -> PhaseWindow:
    return next(w for w in phase_windows(year) if w.phase is phase)
