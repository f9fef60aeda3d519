"""Dates typed by people, in the forms Dutch volunteers write them.

Accepted (whitespace around parts is forgiven, case does not matter):

* ``14-3-2027``, ``14/3/2027``, ``14.3.2027`` (day first, as in the Netherlands);
  a two-digit year means 20xx (``14-3-27``);
* ``14 maart 2027``, ``14 mrt 2027``, ``14 mrt. 2027`` and English month names
  (``14 March 2027``), so an English-speaking user is not stuck;
* ISO ``2027-03-14`` (what the app itself writes in files).

Empty text means "no date" (``None``); anything else that cannot be read is
refused with a translatable message, so nothing invalid is stored. A date
without a year is refused rather than guessed: guessing the wrong year would
silently misplace an action.
"""

from __future__ import annotations

import datetime as dt
import re

from models.base import InvalidInput
from models.text import N_

MIN_YEAR = 2000
MAX_YEAR = 2100

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("januari", "jan", "january"),
        ("februari", "feb", "february"),
        ("maart", "mrt", "mar", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("augustus", "aug", "august"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_NUMERIC = re.compile(r"^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})$")

BAD_DATE = N_("Enter a date like 14-3-2027 or 14 maart 2027.")


def parse_date(text: str) -> dt.date | None:
    """Read a date typed by a person; ``None`` for empty text.

    Raises ``InvalidInput`` with a message that says what to type.
    """
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    day: int
    month: int
    year: int
    if match := _ISO.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC.match(cleaned):
        day, month = int(match.group(1)), int(match.group(3))
        year = int(match.group(4))
        if len(match.group(4)) == 2:
            year += 2000
    elif match := _WORDS.match(cleaned):
        name = match.group(2)
        if name not in _MONTHS:
            raise InvalidInput(
                N_("'{month}' is not a month. Enter a date like 14 maart 2027."), month=name
            )
        day, month, year = int(match.group(1)), _MONTHS[name], int(match.group(3))
    else:
        raise InvalidInput(BAD_DATE)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(
            N_("Enter a year from {minimum} to {maximum}."), minimum=MIN_YEAR, maximum=MAX_YEAR
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidInput(N_("This date does not exist. Check the day and the month.")) from None


def date_to_input(value: dt.date | None) -> str:
    """A date as the user would type it back ('14-3-2027'), for edit fields."""
    return "" if value is None else f"{value.day}-{value.month}-{value.year}"
