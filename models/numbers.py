"""Numbers typed by people, the way they write them in the app's language.

In Dutch ``1.250`` is one thousand two hundred and fifty (a dot groups
thousands) and ``2,5`` is two and a half (a comma is the decimal sign). In
English the signs swap: ``1,250`` and ``2.5``. A decimal sign written the
other way (``2.5`` in Dutch, ``2,5`` in English: the sign not followed by
exactly three digits) is read as a decimal too, because that is what the
person means. A euro sign, a percent sign and spaces are forgiven. Empty text
means "no number" (``None``); anything else that cannot be read is refused
with one translatable message.

The language is a parameter (the models know no settings): callers pass the
app's language, so a number reads back the way it was shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from models.base import InvalidInput
from models.text import N_


@dataclass(frozen=True)
class _Signs:
    """The decimal sign and the thousands sign of one language."""

    decimal: str
    group: str

    @property
    def grouped(self) -> re.Pattern[str]:
        return re.compile(
            rf"^-?\d{{1,3}}({re.escape(self.group)}\d{{3}})+({re.escape(self.decimal)}\d+)?$"
        )


_PLAIN = re.compile(r"^-?\d+([.,]\d+)?$")


@cache
def _signs(language: str) -> tuple[_Signs, re.Pattern[str]]:
    signs = _Signs(decimal=".", group=",") if language == "en" else _Signs(decimal=",", group=".")
    return signs, signs.grouped


def parse_number(text: str, language: str = "nl") -> float | None:
    """The number in ``text``; ``None`` for empty text; refused when unreadable."""
    cleaned = text.strip().replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "")
    cleaned = cleaned.replace("−", "-")
    if not cleaned:
        return None
    signs, grouped = _signs(language)
    if grouped.match(cleaned):
        return float(cleaned.replace(signs.group, "").replace(signs.decimal, "."))
    if _PLAIN.match(cleaned):
        return float(cleaned.replace(",", "."))
    raise InvalidInput(N_("Enter a number, for example 120 or 2,5."))


def number_to_input(value: float | None, language: str = "nl") -> str:
    """A stored number as the user would type it again: ``120``, ``2,5`` (``2.5`` in English)."""
    if value is None:
        return ""
    if value == int(value):
        return str(int(value))
    # Fixed notation: "{:g}" would turn 1250000.75 into "1.25e+06", which reads back wrong.
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", _signs(language)[0].decimal)


_NUMBER_IN_TEXT = re.compile(r"-?\d+(?:[.,]\d+)*")


def only_number_in(text: str, language: str = "nl") -> float | None:
    """The number in a text like "120 woningen" or "€ 5.000", when it holds exactly one.

    Used to fill a target's number from a demand's amount; a text with no or
    several numbers ("CAO min 0,5 procentpunt in 2027") gives ``None``, never a guess.
    """
    found = _NUMBER_IN_TEXT.findall(text)
    if len(found) != 1:
        return None
    try:
        return parse_number(found[0], language)
    except InvalidInput:
        return None
