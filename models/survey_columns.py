"""Which column of an online export is which question, and what its cells mean.

The column-matching step: :func:`guess_columns` proposes a target per column
from the column names (a theme's title, "buurt", "top 3", "e-mail", ...), the
volunteer corrects it, and :func:`build_answers` turns the rows into
responses and (separately) contacts, counting the cells it did not understand
so the preview can say so.

Targets are strings: ``""`` (ignore), ``"neighbourhood"``, ``"top:N"`` (the
member's N-th choice, a theme title or number), ``"rank:KEY"`` (the rank the
member gave theme KEY, as in a Google Forms ranking grid),
``"importance:KEY"``, ``"remark"``, ``"remark:KEY"``, ``"contact:name"``,
``"contact:phone"``, ``"contact:email"``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from models.survey import (
    MAX_CONTACTS,
    Channel,
    Importance,
    Remark,
    SurveyContact,
    SurveyDesign,
    SurveyResponse,
)

CONTACT_FIELDS = ("name", "phone", "email")

#: Cell texts (lower case, without punctuation) that mean an importance answer.
_IMPORTANCE_WORDS: dict[str, Importance] = {
    "zeer belangrijk": Importance.VERY,
    "heel belangrijk": Importance.VERY,
    "erg belangrijk": Importance.VERY,
    "very important": Importance.VERY,
    "belangrijk": Importance.IMPORTANT,
    "important": Importance.IMPORTANT,
    "niet zo belangrijk": Importance.NOT_SO,
    "minder belangrijk": Importance.NOT_SO,
    "niet belangrijk": Importance.NOT_SO,
    "not so important": Importance.NOT_SO,
    "not important": Importance.NOT_SO,
    "weet niet": Importance.DONT_KNOW,
    "weet ik niet": Importance.DONT_KNOW,
    "geen mening": Importance.DONT_KNOW,
    "dont know": Importance.DONT_KNOW,
}


def _plain(text: str) -> str:
    return re.sub(r"[^\w ]+", "", text.casefold().replace("'", "")).strip()


def _words(text: str) -> set[str]:
    return {w for w in _plain(text).split() if len(w) > 3}


def _theme_for_header(design: SurveyDesign, header: str) -> str:
    """The theme whose title the column name contains (or shares most words with)."""
    plain = _plain(header)
    best, best_score = "", 0
    for theme in design.themes:
        title = _plain(theme.title)
        score = 100 if title and title in plain else len(_words(theme.title) & _words(header))
        if score > best_score:
            best, best_score = theme.key, score
    return best


def _choice_number(plain: str) -> int | None:
    """1, 2 or 3 for "Keuze 2", "2e keuze", "Top 3: 1st choice"; else None."""
    ordinal = re.search(r"\b([123])(?:e|ste|de|st|nd|rd)\b", plain)
    if ordinal:
        return int(ordinal.group(1))
    numbered = re.search(r"(?:keuze|choice|voorkeur|plaats)\s*([123])\b", plain)
    return int(numbered.group(1)) if numbered else None


def guess_column(design: SurveyDesign, header: str) -> str:
    """A proposed target for one column name ("" when nothing fits)."""
    plain = _plain(header)
    if re.search(r"e ?mail", plain):
        return "contact:email"
    if re.search(r"telefoon|phone|mobiel", plain):
        return "contact:phone"
    if re.fullmatch(r"(je |uw |your )?(naam|name|voornaam en achternaam)", plain):
        return "contact:name"
    if re.search(r"buurt|wijk|complex|neighbourhood|straat", plain):
        return "neighbourhood"
    number = _choice_number(plain)
    if number and number <= design.top_size:
        return f"top:{number}"
    key = _theme_for_header(design, header)
    if re.search(r"opmerking|toelichting|remark|comment|ervaring|experience|anders", plain):
        return f"remark:{key}" if key else "remark"
    if key:
        if re.search(r"rang|rank|volgorde|order", plain):
            return f"rank:{key}"
        return f"importance:{key}"
    return ""


def guess_columns(design: SurveyDesign, header: Sequence[str]) -> list[str]:
    """Targets for all columns; a target other than a remark is proposed once."""
    used: set[str] = set()
    result = []
    for name in header:
        target = guess_column(design, name)
        if target in used and not target.startswith("remark"):
            target = ""
        used.add(target)
        result.append(target)
    return result


def targets(design: SurveyDesign) -> list[str]:
    """Every target a column can have for ``design`` (for the drop-downs)."""
    items = [""]
    if design.ask_neighbourhood:
        items.append("neighbourhood")
    items += [f"top:{n}" for n in range(1, design.top_size + 1)]
    for theme in design.themes:
        items.append(f"importance:{theme.key}")
        if design.top_size:
            items.append(f"rank:{theme.key}")
    items.append("remark")
    items += [f"remark:{theme.key}" for theme in design.themes]
    items += [f"contact:{f}" for f in CONTACT_FIELDS]
    return items


def read_importance(cell: str) -> Importance | None:
    """An importance answer from a cell ("Zeer belangrijk", "1"), ``None`` if unclear."""
    plain = _plain(cell)
    if plain in _IMPORTANCE_WORDS:
        return _IMPORTANCE_WORDS[plain]
    if plain.isdigit() and 1 <= int(plain) <= 4:
        return Importance(int(plain))
    return None


def read_theme(design: SurveyDesign, cell: str) -> str | None:
    """A theme from a cell: its number on the form or its title."""
    plain = _plain(cell)
    if plain.isdigit() and 1 <= int(plain) <= len(design.themes):
        return design.themes[int(plain) - 1].key
    for theme in design.themes:
        if _plain(theme.title) == plain:
            return theme.key
    key = _theme_for_header(design, cell)
    return key or None


@dataclass
class ImportedAnswers:
    responses: list[SurveyResponse]
    contacts: list[SurveyContact]
    #: target -> number of non-empty cells that were not understood.
    unclear: Counter[str] = field(default_factory=Counter)


def build_answers(
    design: SurveyDesign, rows: Sequence[Sequence[str]], columns: Sequence[str]
) -> ImportedAnswers:
    """Responses (channel "online") and contacts from ``rows`` with ``columns`` as targets.

    Contacts are made from the contact columns only and are never linked to a
    response. A row with no answer at all is skipped.
    """
    known = {n.name.casefold(): n.name for n in design.neighbourhoods}
    result = ImportedAnswers([], [])
    # Online exports repeat the same few cell texts thousands of times: read each once.
    themes: dict[str, str | None] = {}
    levels: dict[str, Importance | None] = {}
    for row in rows:
        hood, top, ranks = "", {}, {}
        importance: dict[str, Importance] = {}
        remarks: list[Remark] = []
        contact: dict[str, str] = {}
        for cell, target in zip(row, columns, strict=False):
            value = cell.strip()
            if not value or not target:
                continue
            kind, _, arg = target.partition(":")
            if kind == "neighbourhood":
                hood = known.get(value.casefold(), value[:300])
            elif kind == "top":
                if value not in themes:
                    themes[value] = read_theme(design, value)
                key = themes[value]
                if key:
                    top[int(arg)] = key
                else:
                    result.unclear[target] += 1
            elif kind == "rank":
                plain = _plain(value)
                if plain.isdigit() and 1 <= int(plain) <= design.top_size:
                    ranks[int(plain)] = arg
                elif plain.isdigit():
                    pass  # ranked below the top: not a choice
                else:
                    result.unclear[target] += 1
            elif kind == "importance":
                if value not in levels:
                    levels[value] = read_importance(value)
                answer = levels[value]
                if answer is None:
                    result.unclear[target] += 1
                else:
                    importance[arg] = answer
            elif kind == "remark":
                remarks.append(Remark(theme=arg, text=value))
            elif kind == "contact":
                contact[arg] = value[:300]
        chosen = [top.get(n) or ranks.get(n) for n in range(1, design.top_size + 1)]
        ordered: list[str] = []
        for key in chosen:
            if key and key not in ordered:
                ordered.append(key)
        if contact and len(result.contacts) < MAX_CONTACTS:
            result.contacts.append(SurveyContact(**contact))
        if not (hood or ordered or importance or remarks):
            continue
        result.responses.append(
            SurveyResponse(
                channel=Channel.ONLINE,
                neighbourhood=hood,
                top=ordered,
                importance={k: importance[k] for k in design.theme_keys() if k in importance},
                remarks=remarks[: len(design.themes) + 1],
            )
        )
    return result
