"""A round of prestatieafspraken: one year's cycle with its partners and phase."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import Field

from models.base import InvalidInput, LabelledEnum, Line, Record
from models.text import N_

MIN_YEAR = 2015
MAX_YEAR = 2100


class Phase(LabelledEnum):
    """The phases of the yearly cycle (domain §1), in order."""

    PREPARATION = "voorbereiding", N_("Preparation")
    BOD = "bod", N_("Bid received")
    NEGOTIATION = "onderhandeling", N_("Negotiation")
    SIGNING = "ondertekening", N_("Signing")
    MONITORING = "monitoring", N_("Monitoring")


#: What to do next in each phase: shown on the overview screen.
PHASE_NEXT_STEP: dict[Phase, str] = {
    Phase.PREPARATION: N_(
        "Ask your members what matters most and write down your position per theme."
    ),
    Phase.BOD: N_("Read the housing association's bid and compare it with your position."),
    Phase.NEGOTIATION: N_(
        "Bring your position and your red lines to the table. Print the meeting brief."
    ),
    Phase.SIGNING: N_("Decide together whether you sign. You may add a dissent annex."),
    Phase.MONITORING: N_("Check twice a year whether the agreements are carried out."),
}


class Round(Record):
    id: Line
    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    title: Line = ""
    municipalities: list[Line] = Field(default_factory=list, max_length=50)
    housing_associations: list[Line] = Field(default_factory=list, max_length=50)
    phase: Phase = Phase.PREPARATION
    created: dt.datetime
    updated: dt.datetime

    def display_title(self) -> str:
        return display_title(self.title, self.year)


def display_title(title: str, year: int) -> str:
    """The stored title; "Prestatieafspraken <year>" for a round stored
    without one (before titles were generated in the app's language)."""
    return title or f"Prestatieafspraken {year}"


def parse_year(text: str) -> int:
    """A year typed by a person, 2015–2100."""
    cleaned = text.strip()
    if not re.fullmatch(r"\d{4}", cleaned):
        raise InvalidInput(N_("Enter a year with four digits, for example 2027."))
    year = int(cleaned)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(
            N_("Enter a year from {minimum} to {maximum}."), minimum=MIN_YEAR, maximum=MAX_YEAR
        )
    return year


def new_round_id(year: int, existing: set[str]) -> str:
    """A readable, file-name-safe id: '2027', then '2027-2', '2027-3', ..."""
    candidate = str(year)
    n = 2
    while candidate in existing:
        candidate = f"{year}-{n}"
        n += 1
    return candidate


ROUND_ID_PATTERN = re.compile(r"^[0-9]{4}(-[0-9]{1,3})?$")
