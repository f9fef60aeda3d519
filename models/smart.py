"""The SMART check: tells a volunteer in plain Dutch what is still vague in a demand.

A demand at the table must be *specific* (what exactly), *measurable* (a number,
a percentage, "all" or "none"), *time-bound* (a year, a date or a rhythm such
as "every year") and have a *responsible party*. Visitation committees find
most agreements fail exactly there (domain.md section 3). The check is pure
text logic on Dutch phrasings: it never blocks saving, it only gives hints.

The hints are English msgids marked with ``N_``; the app translates them.
Field validation (a year that cannot be right, an unreadable number) lives
here too, because it reads the same phrasings; it raises
:class:`models.base.InvalidInput` with a message for the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from models.base import InvalidInput
from models.text import N_

HintCode = Literal["what", "short", "vague", "measurable", "time", "past", "who", "who_vague"]

#: Years we accept in a deadline; anything else is a typo.
MIN_YEAR = 2000
MAX_YEAR = 2100


@dataclass(frozen=True)
class SmartHint:
    """One thing that is still vague; ``message`` is a msgid, ``params`` fill it."""

    code: HintCode
    message: str
    params: dict[str, object] = field(default_factory=dict)


def _phrases(*words: str) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` as whole words, case-insensitive."""
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![\w]){'(?:' + alternatives + ')'}(?![\w])", re.IGNORECASE)


# Phrases that promise effort instead of a result.
_VAGUE = _phrases(
    "zoveel mogelijk",
    "zo veel mogelijk",
    "waar mogelijk",
    "indien mogelijk",
    "zo mogelijk",
    "waar nodig",
    "zo nodig",
    "streven",
    "streeft",
    "streven naar",
    "proberen",
    "probeert",
    "proberen te",
    "inspannen",
    "inspant",
    "inspanning",
    "inspanningen",
    "voldoende",
    "meer aandacht",
    "aandacht voor",
    "aandacht besteden",
    "onderzoeken",
    "onderzoekt",
    "onderzoek naar",
    "bekijken",
    "bekijkt",
    "nader te bepalen",
    "ntb",
    "n.t.b.",
    "wellicht",
    "eventueel",
    "in principe",
    "zo goed mogelijk",
    "redelijk",
    "adequaat",
    "adequate",
)

# Phrases that sound like a moment but are not one.
_VAGUE_TIME = _phrases(
    "zo snel mogelijk",
    "zsm",
    "z.s.m.",
    "binnenkort",
    "op termijn",
    "op korte termijn",
    "op middellange termijn",
    "op lange termijn",
    "op den duur",
    "te zijner tijd",
    "t.z.t.",
    "tzt",
    "ooit",
    "in de toekomst",
    "de komende jaren",
    "komende jaren",
)

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d])")
_SHORT_YEAR = re.compile(r"['’]\d\d(?!\d)")
_DATE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4})(?![\d])"
)
_DAY_MONTH = re.compile(rf"(?<!\w)\d{{1,2}}\s+(?:{_MONTHS})(?!\w)", re.IGNORECASE)
_RHYTHM = _phrases(
    "jaarlijks",
    "elk jaar",
    "ieder jaar",
    "per jaar",
    "elke maand",
    "iedere maand",
    "per maand",
    "maandelijks",
    "per kwartaal",
    "elk kwartaal",
    "ieder kwartaal",
    "halfjaarlijks",
    "elk half jaar",
    "ieder half jaar",
    "per half jaar",
    "twee keer per jaar",
    "wekelijks",
    "elke week",
    "per week",
    "dit jaar",
    "volgend jaar",
    "komend jaar",
    "voor de zomer",
    "na de zomer",
    "voor de zomervakantie",
)
_WITHIN = re.compile(
    r"(?<!\w)binnen\s+(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)\s+"
    r"(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|werkdagen)(?!\w)",
    re.IGNORECASE,
)

_NUMBER_WORDS = _phrases(
    "één",
    "eén",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "vijftien",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
    "honderd",
    "duizend",
    "miljoen",
    "helft",
    "kwart",
    "procent",
    "alle",
    "allemaal",
    "geen",
    "niet één",
    "elke woning",
    "iedere woning",
    "elk huis",
    "ieder huis",
    "nul",
    # Benchmarks that make a rent demand measurable ("maximaal inflatie").
    "inflatie",
    "cao",
)
# Compound number words ("honderdtwintig", "tweehonderd") inside longer words.
_NUMBER_PARTS = re.compile(r"(honderd|duizend|twintig|dertig|veertig|vijftig|tachtig)", re.I)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Units after which a four-digit number is a quantity, not a year.
_UNIT_AFTER = re.compile(
    r"\s*(?:%|euro|woning|woningen|huizen|huis|eenheden|adressen|huishoudens|m2|m²|"
    r"huurders|leden|plekken|kamers|appartementen|procent)",
    re.IGNORECASE,
)

_PARTIES = _phrases(
    "corporatie",
    "corporaties",
    "woningcorporatie",
    "wooncorporatie",
    "woningstichting",
    "woonstichting",
    "verhuurder",
    "de ti",
    "gemeente",
    "gemeenten",
    "college",
    "wethouder",
    "b&w",
    "huurdersvereniging",
    "huurdersorganisatie",
    "huurderskoepel",
    "huurdersraad",
    "bewonerscommissie",
    "de ho",
    "zorgaanbieder",
    "zorgkantoor",
    "provincie",
    "rijk",
    "minister",
)
_VAGUE_WHO = _phrases(
    "iedereen",
    "samen",
    "alle partijen",
    "de partijen",
    "partijen",
    "we allemaal",
    "wij allemaal",
    "men",
    "iemand",
    "nvt",
    "n.v.t.",
    "nog onbekend",
    "onbekend",
    "weet niet",
    "?",
)


def _years(text: str) -> list[int]:
    """Four-digit years (19xx/20xx) that are not quantities like '2000 woningen'."""
    found = []
    for match in _YEAR.finditer(text):
        if _UNIT_AFTER.match(text, match.end()):
            continue
        found.append(int(match.group()))
    return found


def _has_quantity(text: str) -> bool:
    """True when ``text`` names a number, percentage, 'all' or 'none' (years do not count)."""
    without_dates = _DATE.sub(" ", _DAY_MONTH.sub(" ", text))
    for match in _DIGITS.finditer(without_dates):
        token = match.group()
        is_year = _YEAR.fullmatch(token) and not _UNIT_AFTER.match(without_dates, match.end())
        if not is_year:
            return True
    return bool("%" in text or _NUMBER_WORDS.search(text) or _NUMBER_PARTS.search(text))


def _has_moment(text: str) -> bool:
    return bool(
        _years(text)
        or _SHORT_YEAR.search(text)
        or _DATE.search(text)
        or _DAY_MONTH.search(text)
        or _RHYTHM.search(text)
        or _WITHIN.search(text)
    )


def check_demand(
    what: str,
    amount: str = "",
    deadline: str = "",
    responsible: str = "",
    *,
    known_parties: Iterable[str] = (),
    round_year: int | None = None,
) -> list[SmartHint]:
    """Hints for everything that is still vague in a demand; empty when it is SMART.

    The four fields may be used together or the whole demand may be typed in
    ``what``: each criterion looks at all fields. ``known_parties`` are the
    names of the round's municipalities and housing associations (e.g.
    "Woonstichting Het Anker"), which count as a responsible party when
    mentioned. With ``round_year`` a deadline before that year is flagged.
    Hints come in a fixed order (what, vague words, number, time, who) so the
    first hint is the most basic one.
    """
    hints: list[SmartHint] = []
    all_text = " ".join(part for part in (what, amount, deadline, responsible) if part)
    if not what.strip():
        hints.append(SmartHint("what", N_("Write down what you want to achieve.")))
    elif len(re.findall(r"\w+", what)) < 3:
        hints.append(
            SmartHint("short", N_("This is still very short. Describe what exactly must happen."))
        )

    seen: set[str] = set()
    for match in _VAGUE.finditer(all_text):
        word = match.group().lower()
        if word not in seen:
            seen.add(word)
            hints.append(
                SmartHint(
                    "vague",
                    N_('"{word}" is vague. Write down what exactly must happen.'),
                    {"word": match.group()},
                )
            )
    for match in _VAGUE_TIME.finditer(all_text):
        word = match.group().lower()
        if word not in seen:
            seen.add(word)
            hints.append(
                SmartHint(
                    "vague",
                    N_('"{word}" is not a date. Name a year or a date.'),
                    {"word": match.group()},
                )
            )

    if all_text.strip() and not _has_quantity(" ".join((what, amount))):
        hints.append(
            SmartHint(
                "measurable",
                N_("There is no number in it. How many, how much or what percentage?"),
            )
        )
    if all_text.strip() and not _has_moment(all_text):
        hints.append(SmartHint("time", N_("There is no year in it. By when must this be done?")))
    elif round_year is not None:
        past = [y for y in _years(deadline) if y < round_year]
        if past:
            hints.append(
                SmartHint(
                    "past",
                    N_("The year {year} is before this round ({round_year}). Is that right?"),
                    {"year": past[0], "round_year": round_year},
                )
            )

    hints.extend(_check_who(what, amount, deadline, responsible, known_parties))
    return hints


def _check_who(
    what: str, amount: str, deadline: str, responsible: str, known_parties: Iterable[str]
) -> list[SmartHint]:
    """The responsible-party hint; the named field wins over the demand text."""
    if not any(part.strip() for part in (what, amount, deadline, responsible)):
        return []
    if responsible.strip():
        vague = _VAGUE_WHO.search(responsible)
        if vague and not _PARTIES.search(responsible) and not _mentions(responsible, known_parties):
            return [
                SmartHint(
                    "who_vague",
                    N_('"{word}" is not clear. Name one party that is responsible.'),
                    {"word": vague.group()},
                )
            ]
        return []
    text = " ".join((what, amount, deadline))
    if _PARTIES.search(text) or _mentions(text, known_parties):
        return []
    return [
        SmartHint(
            "who",
            N_(
                "Who is going to do this? Name the housing association, "
                "the municipality or the tenant organisation."
            ),
        )
    ]


_GENERIC_PREFIX = re.compile(
    r"^(?:woonstichting|woningstichting|stichting|woningcorporatie|wooncorporatie|"
    r"corporatie|huurdersvereniging|huurdersorganisatie|vereniging)\s+",
    re.IGNORECASE,
)


def _mentions(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` names one of ``names``, also without a generic prefix.

    "Woonstichting Het Anker" is also found as "Het Anker"; the short form
    must be at least 3 characters so "De" never matches by accident.
    "Gemeente Noorderveen" is not shortened: the bare place name says where,
    not who.
    """
    folded = text.casefold()
    for name in names:
        full = name.strip().casefold()
        short = _GENERIC_PREFIX.sub("", full)
        for candidate in {full, short}:
            if len(candidate) >= 3 and candidate in folded:
                return True
    return False


# --- field validation -----------------------------------------------------

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
