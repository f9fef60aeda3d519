"""The yearly legal cycle as dates for one round (domain brief §1).

For round year Y the agreements are made in year Y-1: the housing
association's bid (art. 43/44 Woningwet) comes before 1 July of Y-1, and the
agreements are usually signed by 15 December of Y-1. The exact article for
15 December is unverified, so it is presented as the usual date, not as law.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.text import N_


@dataclass(frozen=True)
class Deadline:
    date: dt.date
    label: str  # msgid
    basis: str  # msgid: where the date comes from


def deadlines(year: int) -> list[Deadline]:
    prep = year - 1
    return [
        Deadline(
            dt.date(prep, 7, 1),
            N_("Bid from the housing association received"),
            N_("Woningwet art. 43/44: before 1 July"),
        ),
        Deadline(
            dt.date(prep, 12, 15),
            N_("Agreements signed"),
            N_("Usual date in the cycle (check your process agreements)"),
        ),
    ]


def next_deadline(year: int, today: dt.date) -> Deadline | None:
    """The first deadline of the round on or after today, if any."""
    upcoming = [d for d in deadlines(year) if d.date >= today]
    return upcoming[0] if upcoming else None
