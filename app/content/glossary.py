"""Loader for the glossary (``assets/content/glossary.json``, domain.md §6).

Each term has its Dutch word, the English equivalent and a short plain
explanation in both languages. The glossary is shown in both languages at
once (Dutch word and English word), because volunteers meet the Dutch words
in every document, whichever language the app is in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.content import current_regime, load_json
from app.i18n import get_language
from models.law import Regime
from models.themes import Localized

CONTENT_NAME = "glossary"


class TermWords(BaseModel):
    """The words that stand for a term in running text, per language.

    A term without them is an everyday word of the app (gemeente,
    huurdersorganisatie): explaining it on every card would only be noise.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: list[str] = Field(min_length=1, max_length=8)
    en: list[str] = Field(default_factory=list, max_length=8)


class GlossaryTerm(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    term: Localized
    explanation: Localized
    #: Wording under the Wvrv regime, where it differs.
    explanation_wvrv: Localized | None = None
    #: Where a legal term is defined ('Woningwet art. 44'), with its check date.
    source: str = ""
    checked: dt.date | None = None
    #: Words that get a "tap to explain" button where a text uses them.
    words: TermWords | None = None

    @model_validator(mode="after")
    def _source_has_date(self) -> GlossaryTerm:
        if self.source and self.checked is None:
            raise ValueError(f"glossary term {self.id}: a source needs the date it was checked")
        return self

    def matches(self, query: str) -> bool:
        """Case-insensitive match on either word or the explanation."""
        q = query.strip().casefold()
        if not q:
            return True
        haystack = " ".join([self.term.nl, self.term.en, self.explanation.nl, self.explanation.en])
        return q in haystack.casefold()


class Glossary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: list[GlossaryTerm] = Field(min_length=1)


@cache
def glossary() -> Glossary:
    """The validated glossary, terms sorted by their Dutch word."""
    parsed = Glossary.model_validate(load_json(CONTENT_NAME))
    ids = [t.id for t in parsed.terms]
    if len(set(ids)) != len(ids):
        raise ValueError("glossary.json: term ids must be unique")
    return Glossary(terms=sorted(parsed.terms, key=lambda t: t.term.nl.casefold()))


def search(query: str) -> list[GlossaryTerm]:
    """Terms matching ``query`` (all terms for an empty query), alphabetical."""
    return [t for t in glossary().terms if t.matches(query)]


def explanation(term: GlossaryTerm, language: str | None = None) -> str:
    """The explanation in the chosen regime's wording and the current language."""
    chosen = term.explanation
    if current_regime() is Regime.WVRV and term.explanation_wvrv is not None:
        chosen = term.explanation_wvrv
    return chosen.get(language or get_language())


def _word_pattern(word: str) -> re.Pattern[str]:
    """A whole-word pattern; a plural ending is allowed ('visitaties', "VTW's").

    Abbreviations with capitals inside ('dVi', 'CAO', 'SMART') match only as
    written, so an ordinary word ('smart', 'bid') in lower case is not taken
    for the term.
    """
    flags = 0 if word not in (word.lower(), word.capitalize()) else re.IGNORECASE
    return re.compile(rf"(?<!\w){re.escape(word)}(?:s|en|'s)?(?!\w)", flags)


@cache
def _patterns(language: str) -> list[tuple[GlossaryTerm, re.Pattern[str]]]:
    found = []
    for term in glossary().terms:
        if term.words is None:
            continue
        words = term.words.en if language == "en" else term.words.nl
        found += [(term, _word_pattern(w)) for w in words or term.words.nl]
    return found


def terms_in(texts: Iterable[str], language: str | None = None) -> list[tuple[GlossaryTerm, str]]:
    """The glossary terms that ``texts`` use, each with the word as written there.

    In order of first appearance, each term once. Where two words overlap
    ('Adviescommissie geschilbeslechting' and 'geschilbeslechting') the longer
    one counts, so a volunteer gets the explanation of what the text says.
    """
    seen: dict[str, tuple[GlossaryTerm, str]] = {}
    for text in texts:
        hits = sorted(
            (
                (m.start(), -len(m.group(0)), m.group(0), term)
                for term, pattern in _patterns(language or get_language())
                for m in pattern.finditer(text)
            ),
            key=lambda hit: hit[:2],
        )
        end = 0
        for start, negative_length, word, term in hits:
            if start < end:
                continue
            end = start - negative_length
            seen.setdefault(term.id, (term, word))
    return list(seen.values())
