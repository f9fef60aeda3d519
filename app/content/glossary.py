"""Loader for the glossary (``assets/content/glossary.json``, domain.md §6).

Each term has its Dutch word, the English equivalent and a short plain
explanation in both languages. The glossary is shown in both languages at
once (Dutch word and English word), because volunteers meet the Dutch words
in every document, whichever language the app is in.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.content import current_regime, load_json
from app.i18n import get_language
from models.law import Regime
from models.themes import Localized

CONTENT_NAME = "glossary"


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
