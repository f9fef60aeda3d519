"""Field validation of a demand: a number that cannot be read, a year that cannot be right.

Separate from the SMART hints (:mod:`models.smart`), which never block saving:
these raise :class:`models.base.InvalidInput` with a message for the user,
and the field keeps what was typed.
"""

from __future__ import annotations

import re

from models.base import InvalidInput
from models.smart import MAX_YEAR, MIN_YEAR
from models.text import N_

_NUMBER_TOKEN = re.compile(r"\d[\d.,]*")
_READABLE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+")


def validate_amount(text: str) -> str:
    """Accept ``text`` when every number in it is readable ('1.200', '12,5', '95%').

    Numbers are written the Dutch way; a single '.' decimal is tolerated.
    Trailing sentence punctuation is ignored. Returns ``text`` unchanged.
    """
    for match in _NUMBER_TOKEN.finditer(text):
        token = match.group().rstrip(".,")
        if not _READABLE.fullmatch(token):
            raise InvalidInput(
                N_('"{number}" is not a readable number. Write for example 1.200 or 12,5.'),
                number=token,
            )
    return text


_DEADLINE_NUMBER = re.compile(r"(?<![\d])\d{3,}(?![\d])")
_DEADLINE_DATE = re.compile(r"(?<![\d.,])(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{2,4}))?(?![\d])")


def _bad_year(year: str) -> InvalidInput:
    return InvalidInput(
        N_("{year} is not a valid year. Use a year between 2000 and 2100, e.g. 2028."),
        year=year,
    )


def validate_deadline(text: str) -> str:
    """Accept ``text`` unless it holds a year or date that cannot be right.

    Any standalone number of three or more digits in a deadline is read as a
    year and must lie between 2000 and 2100; a numeric date (1-7-2028,
    1/7, 1.7.2028) must have a day 1-31 and a month 1-12 and a four-digit
    year in range. Words ('eind 2027', 'voor de zomer') are fine.
    Returns ``text`` unchanged.
    """
    for match in _DEADLINE_DATE.finditer(text):
        day, month, year = int(match.group(1)), int(match.group(3)), match.group(4)
        if match.group(2) == "." and year is None:
            continue  # "1.5" is a number, not a date
        if not (1 <= day <= 31 and 1 <= month <= 12):
            raise InvalidInput(
                N_('The date "{date}" does not exist. Write it as day-month-year, e.g. 1-7-2028.'),
                date=match.group(),
            )
        if year is not None and len(year) == 4 and not MIN_YEAR <= int(year) <= MAX_YEAR:
            raise _bad_year(year)
    without_dates = _DEADLINE_DATE.sub(" ", text)
    for match in _DEADLINE_NUMBER.finditer(without_dates):
        if not MIN_YEAR <= int(match.group()) <= MAX_YEAR:
            raise _bad_year(match.group())
    return text
