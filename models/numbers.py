"""Numbers typed by people, the way Dutch volunteers write them.

``1.250`` is one thousand two hundred and fifty (a dot groups thousands),
``2,5`` is two and a half (a comma is the decimal sign); ``2.5`` (a dot not
followed by exactly three digits) is read as two and a half too, because
that is what someone who writes it means. A euro sign, a percent sign and
spaces are forgiven. Empty text means "no number" (``None``); anything
else that cannot be read is refused with one translatable message.
"""

from __future__ import annotations

import re

from models.base import InvalidInput
from models.text import N_

_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")
_PLAIN = re.compile(r"^-?\d+([.,]\d+)?$")


def parse_number(text: str) -> float | None:
    """The number in ``text``; ``None`` for empty text; refused when unreadable."""
    cleaned = text.strip().replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "")
    cleaned = cleaned.replace("−", "-")
    if not cleaned:
        return None
    if _GROUPED.match(cleaned):
        return float(cleaned.replace(".", "").replace(",", "."))
    if _PLAIN.match(cleaned):
        return float(cleaned.replace(",", "."))
    raise InvalidInput(N_("Enter a number, for example 120 or 2,5."))


def number_to_input(value: float | None) -> str:
    """A stored number as the user would type it again: ``120``, ``2,5``."""
    if value is None:
        return ""
    if value == int(value):
        return str(int(value))
    return f"{value:g}".replace(".", ",")


_NUMBER_IN_TEXT = re.compile(r"-?\d+(?:[.,]\d+)*")


def only_number_in(text: str) -> float | None:
    """The number in a text like "120 woningen" or "€ 5.000", when it holds exactly one.

    Used to fill a target's number from a demand's amount; a text with no or
    several numbers ("CAO min 0,5 procentpunt in 2027") gives ``None``, never a guess.
    """
    found = _NUMBER_IN_TEXT.findall(text)
    if len(found) != 1:
        return None
    try:
        return parse_number(found[0])
    except InvalidInput:
        return None
