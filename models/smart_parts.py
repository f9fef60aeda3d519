"""The SMART parts of a demand, read from the one sentence a volunteer types.

A first-time volunteer writes "Het Anker bouwt eind 2028 120 nieuwe sociale
huurwoningen" and should not have to type "120", "eind 2028" and "Het Anker"
again in three more fields. :func:`parts_from_sentence` reads *how much*,
*by when* and *who* from the sentence; :func:`fill_parts` puts them in the
fields, but only in a field that is empty or still holds what the app read
from the previous version of the sentence. A field the volunteer typed in
themselves is never overwritten. The form shows the filled fields, so the
volunteer checks and corrects them (the SMART check in :mod:`models.smart`
stays the judge).

Pure text logic on Dutch phrasings; the vocabulary lives in
:mod:`models.smart_phrases`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from models import smart_phrases as words
from models.smart import MAX_YEAR, MIN_YEAR, first_mentioned


@dataclass(frozen=True)
class DemandParts:
    """How much, by when and who, as they would stand in the demand's fields."""

    amount: str = ""
    deadline: str = ""
    responsible: str = ""


# --- by when ---------------------------------------------------------------

_BEFORE_MOMENT = (
    r"(?:(?:uiterlijk|voor|vóór|per|vanaf|na|op|in|tot|eind|einde|begin|medio|half|"
    r"midden|het|van)\s+)*"
)
_QUARTER = r"(?:(?:het\s+)?(?:eerste|tweede|derde|vierde)\s+kwartaal\s+(?:van\s+)?|q[1-4]\s+)"
_YEAR = r"(?:19|20)\d\d"
_MOMENT = re.compile(
    rf"(?<![\w]){_BEFORE_MOMENT}(?:"
    rf"\d{{1,2}}\s+(?:{words.MONTHS})\s+{_YEAR}"  # 1 juli 2028
    rf"|(?<![\d.,])\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:{_YEAR}|\d\d)"  # 1-7-2028
    rf"|{_QUARTER}{_YEAR}"  # derde kwartaal 2028
    rf"|(?:(?:{words.MONTHS})\s+)?{_YEAR}"  # juli 2028, 2028
    rf"|\d{{1,2}}\s+(?:{words.MONTHS})"  # 1 juli
    r")(?![\d\w])",
    re.IGNORECASE,
)
# Words that say nothing about the moment itself ("in 2028" is "2028").
_DROP_BEFORE = re.compile(r"^(?:(?:in|op|het|van)\s+)+", re.IGNORECASE)


def _moment_year(text: str) -> int:
    """The year a moment names (0 for "1 juli": some day, but no year)."""
    full = re.findall(r"(?:19|20)\d\d", text)
    if full:
        return int(full[-1])
    short = re.search(r"[-/.](\d\d)$", text)
    return 2000 + int(short.group(1)) if short else 0


def _deadline(sentence: str) -> tuple[str, list[tuple[int, int]]]:
    """The latest moment in ``sentence`` (a deadline is when it must be done),
    or a rhythm ("elk jaar", "binnen twee jaar"); with the spans of all moments."""
    moments = []
    for match in _MOMENT.finditer(sentence):
        digits = re.findall(r"\d+", match.group())
        if words.UNIT_AFTER.match(sentence, match.end()) and len(digits) == 1:
            continue  # "2000 woningen" is an amount, not a year
        year = _moment_year(match.group())
        if year and not MIN_YEAR <= year <= MAX_YEAR:
            continue
        moments.append((year, match))
    spans = [m.span() for _year, m in moments]
    spans += [m.span() for m in words.WITHIN.finditer(sentence)]
    if moments:
        latest = max(year for year, _m in moments)
        chosen = next(m for year, m in moments if year == latest)
        return _DROP_BEFORE.sub("", chosen.group().strip()), spans
    for pattern in (words.WITHIN, words.RHYTHM):
        found = pattern.search(sentence)
        if found:
            return found.group(), [found.span()]
    return "", spans


# --- how much --------------------------------------------------------------

_NUMBER_WORD = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
    r"veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|"
    r"vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|en|ën)+|miljoen)"
)
_QUALIFIER = (
    r"(?:(?:maximaal|max\.?|minimaal|min\.?|minstens|ten minste|tenminste|hooguit|"
    r"ten hoogste|ruim|bijna|circa|ca\.|ongeveer|zeker|niet meer dan|niet minder dan|"
    r"minder dan|meer dan|nog)\s+)?"
)
_NUMBER = re.compile(
    rf"(?<![\w.,€]){_QUALIFIER}(?:€\s*)?(?:\d+(?:[.,]\d+)*|{_NUMBER_WORD})"
    r"(?:\s*(?:%|procent|euro)(?!\w))?(?![\w.,]\w)",
    re.IGNORECASE,
)
# "een", "en" and "één" alone are an article, a conjunction or too ambiguous.
_NOT_A_NUMBER = re.compile(r"^(?:een|en|ën|één)$", re.IGNORECASE)
_BENCHMARK = re.compile(
    r"(?<!\w)(?:maximaal|max\.?|hooguit|ten hoogste|niet meer dan|niet hoger dan|"
    r"minimaal|min\.?|minstens|ten minste|tenminste|gelijk aan|onder|boven)\s+"
    r"(?:met\s+)?(?:de\s+|het\s+)?(?:inflatie|cao(?:-\w+)?|loonstijging|"
    r"huurverhoging|huurstijging|liberalisatiegrens|aftoppingsgrens)(?!\w)",
    re.IGNORECASE,
)
_ALL_OR_NONE = re.compile(r"(?<!\w)(?:alle|elke|iedere|geen)\s+\w+", re.IGNORECASE)
_WORD = re.compile(r"\s*([^\W\d][\w²-]*)")
_STOP = frozenset(
    {
        "in",
        "voor",
        "vóór",
        "na",
        "op",
        "uiterlijk",
        "eind",
        "begin",
        "medio",
        "van",
        "met",
        "en",
        "of",
        "die",
        "dat",
        "door",
        "bij",
        "aan",
        "tot",
        "om",
        "te",
        "de",
        "het",
        "een",
        "is",
        "zijn",
        "wordt",
        "worden",
        "per",
        "binnen",
        "vanaf",
        "als",
        "dan",
        "niet",
        "ook",
        "nog",
        "waar",
        "wat",
        "wie",
        "hoe",
        "deze",
        "dit",
        "zo",
    }
)
_UNIT = re.compile(
    r".*(?:woning|woningen|huis|huizen|eenheid|eenheden|adres|adressen|huishouden|"
    r"huishoudens|huurder|huurders|leden|plek|plekken|plaats|plaatsen|kamer|kamers|"
    r"appartement|appartementen|flat|flats|euro|procent|bomen|meter|m2|m²|uur|uren|"
    r"dagen|weken|maanden|keer|gesprekken|bijeenkomsten|panelen|labels?)$",
    re.IGNORECASE,
)
_TIME_UNIT = frozenset(["jaar", "maand", "week", "kwartaal", "dag"])
_TAIL_WORDS = 3
_HAS_UNIT = re.compile(r"(?:%|procent|euro)$|^€", re.IGNORECASE)
_PER = re.compile(r"\s+per\s+(\w+)", re.IGNORECASE)


def _tail(sentence: str, end: int, has_unit: bool) -> int:
    """Where the amount's words end: through the first unit within three
    words ("120 nieuwe sociale huurwoningen"), else one plain word
    ("50 bankjes"); plus "per woning" (not "per jaar": that is a moment)."""
    position = end
    first_word_end = end
    for count in range(0 if has_unit else _TAIL_WORDS):
        match = _WORD.match(sentence, position)
        if not match or match.group(1).casefold() in _STOP:
            break
        position = match.end()
        if count == 0:
            first_word_end = position
        if _UNIT.match(match.group(1)):
            first_word_end = position
            break
    per = _PER.match(sentence, first_word_end)
    if per and per.group(1).casefold() not in _TIME_UNIT:
        return per.end()
    return first_word_end


#: What a moment is blanked with: no word, no space, so no amount reaches across it.
_MASK = "\x00"


def _masked(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    """``sentence`` with the moments blanked, so a year or a date's day is no amount."""
    chars = list(sentence)
    for start, stop in spans:
        chars[start:stop] = _MASK * (stop - start)
    return "".join(chars)


def _amount(sentence: str, moment_spans: list[tuple[int, int]]) -> str:
    text = _masked(sentence, moment_spans)
    for match in _NUMBER.finditer(text):
        core = match.group().strip()
        bare = re.sub(_QUALIFIER, "", core, flags=re.IGNORECASE).strip()
        if _NOT_A_NUMBER.match(bare):
            continue
        has_unit = bool(_HAS_UNIT.search(core))
        return " ".join(text[match.start() : _tail(text, match.end(), has_unit)].split())
    for pattern in (_BENCHMARK, _ALL_OR_NONE):
        found = pattern.search(text)
        if found:
            return " ".join(found.group().split())
    return ""


# --- who -------------------------------------------------------------------

_MUNICIPALITY = re.compile(r"(?<!\w)(?:de\s+)?gemeente(?!\w)", re.IGNORECASE)


def _responsible(sentence: str, parties: list[str], default_party: str) -> str:
    named = first_mentioned(sentence, parties)
    if named:
        return named
    if _MUNICIPALITY.search(sentence):
        municipalities = [p for p in parties if p.casefold().startswith("gemeente ")]
        return municipalities[0] if len(municipalities) == 1 else "de gemeente"
    return default_party


# --- together ----------------------------------------------------------------


def parts_from_sentence(
    sentence: str, parties: Iterable[str] = (), default_party: str = ""
) -> DemandParts:
    """How much, by when and who, as far as ``sentence`` says them.

    ``parties`` are the round's housing associations and municipalities
    ("Woonstichting Het Anker", "gemeente Dalfsen"): the first one the
    sentence names (also as "Het Anker") is the responsible party. A
    sentence that names no party gets ``default_party`` (the profile's
    housing association) as a suggestion; an empty sentence gets nothing.
    """
    if not sentence.strip():
        return DemandParts()
    deadline, spans = _deadline(sentence)
    return DemandParts(
        amount=_amount(sentence, spans),
        deadline=deadline,
        responsible=_responsible(sentence, list(parties), default_party),
    )


def fill_parts(
    previous_sentence: str,
    sentence: str,
    current: DemandParts,
    parties: Iterable[str] = (),
    default_party: str = "",
) -> DemandParts:
    """The fields after the sentence changed from ``previous_sentence`` to ``sentence``.

    A field follows the sentence while it is empty or still holds exactly
    what the previous sentence gave (the app's own suggestion); anything
    else was typed by the volunteer and stays. Because the rule looks only
    at the stored texts, it needs no extra bookkeeping, and a sentence typed
    letter by letter lets the fields follow letter by letter.
    """
    names = list(parties)
    before = parts_from_sentence(previous_sentence, names, default_party)
    after = parts_from_sentence(sentence, names, default_party)

    def pick(field: str) -> str:
        mine = getattr(current, field)
        if not mine.strip() or mine == getattr(before, field):
            return str(getattr(after, field))
        return str(mine)

    return DemandParts(pick("amount"), pick("deadline"), pick("responsible"))


def suggested_fields(
    sentence: str, current: DemandParts, parties: Iterable[str] = (), default_party: str = ""
) -> frozenset[str]:
    """Which non-empty fields still hold the app's suggestion (the form says so)."""
    read = parts_from_sentence(sentence, parties, default_party)
    return frozenset(
        name
        for name in ("amount", "deadline", "responsible")
        if getattr(current, name).strip() and getattr(current, name) == getattr(read, name)
    )
