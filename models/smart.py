"""The SMART check: tells a volunteer in plain Dutch what is still vague in a demand.

A demand at the table must be *specific* (what exactly), *measurable* (a number,
a percentage, "all" or "none"), *time-bound* (a year, a date or a rhythm such
as "every year") and have a *responsible party*. Visitation committees find
most agreements fail exactly there (domain.md section 3). The check is pure
text logic on Dutch phrasings: it never blocks saving, it only gives hints.

The hints are English msgids marked with ``N_``; the app translates them.
Field validation (a year that cannot be right, an unreadable number) lives
in :mod:`models.smart_fields`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from models import smart_phrases as words
from models.text import N_

HintCode = Literal["what", "short", "vague", "measurable", "time", "past", "who", "who_vague"]

#: Years we accept in a deadline; anything else is a typo.
MIN_YEAR = 2000
MAX_YEAR = 2100
#: Vague words and their hint, in the order the hints come (a word is named once).
_VAGUE_HINTS = (
    (words.VAGUE, N_('"{word}" is vague. Write down what exactly must happen.')),
    (words.VAGUE_TIME, N_('"{word}" is not a date. Name a year or a date.')),
)


@dataclass(frozen=True)
class SmartHint:
    """One thing that is still vague; ``message`` is a msgid, ``params`` fill it."""

    code: HintCode
    message: str
    params: dict[str, object] = field(default_factory=dict)


def _years(text: str) -> list[int]:
    """Four-digit years (19xx/20xx) that are not quantities like '2000 woningen'."""
    found = []
    for match in words.YEAR.finditer(text):
        if words.UNIT_AFTER.match(text, match.end()):
            continue
        found.append(int(match.group()))
    return found


def _has_quantity(text: str) -> bool:
    """True when ``text`` names a number, percentage, 'all' or 'none' (years do not count)."""
    without_dates = words.DATE.sub(" ", words.DAY_MONTH.sub(" ", text))
    for match in words.DIGITS.finditer(without_dates):
        token = match.group()
        is_year = words.YEAR.fullmatch(token) and not words.UNIT_AFTER.match(
            without_dates, match.end()
        )
        if not is_year:
            return True
    return bool("%" in text or words.NUMBER_WORDS.search(text) or words.NUMBER_PARTS.search(text))


def _has_moment(text: str) -> bool:
    return bool(
        _years(text)
        or words.SHORT_YEAR.search(text)
        or words.DATE.search(text)
        or words.DAY_MONTH.search(text)
        or words.RHYTHM.search(text)
        or words.WITHIN.search(text)
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
    for pattern, message in _VAGUE_HINTS:
        for match in pattern.finditer(all_text):
            word = match.group().lower()
            if word not in seen:
                seen.add(word)
                hints.append(SmartHint("vague", message, {"word": match.group()}))

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
        vague = words.VAGUE_WHO.search(responsible)
        if (
            vague
            and not words.PARTIES.search(responsible)
            and not _mentions(responsible, known_parties)
        ):
            return [
                SmartHint(
                    "who_vague",
                    N_('"{word}" is not clear. Name one party that is responsible.'),
                    {"word": vague.group()},
                )
            ]
        return []
    text = " ".join((what, amount, deadline))
    if words.PARTIES.search(text) or _mentions(text, known_parties):
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


def _name_forms(name: str) -> set[str]:
    """A party's name as it may appear in a text, casefolded: in full, and
    without a generic prefix ("Woonstichting Het Anker" is also "Het Anker").
    The short form must be at least 3 characters so "De" never matches by
    accident; "Gemeente Noorderveen" is not shortened: the bare place name
    says where, not who."""
    full = name.strip().casefold()
    return {form for form in (full, _GENERIC_PREFIX.sub("", full)) if len(form) >= 3}


def _mentions(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` names one of ``names`` (see :func:`_name_forms`)."""
    return first_mentioned(text, names) is not None


def first_mentioned(text: str, names: Iterable[str]) -> str | None:
    """The one of ``names`` that ``text`` names first (in full or short), or None."""
    folded = text.casefold()
    found: list[tuple[int, int, str]] = []
    for order, name in enumerate(names):
        places = [folded.find(form) for form in _name_forms(name)]
        places = [p for p in places if p >= 0]
        if places:
            found.append((min(places), order, name))
    return min(found)[2] if found else None
