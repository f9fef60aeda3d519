"""Content models for the theme catalogue (shipped in ``assets/content/themes.json``).

A theme explains to volunteers why a subject matters to tenants, which
questions to ask, which indicators make it measurable, an example of a SMART
demand and the legal or advisory hooks to lean on. Texts carry both languages
side by side so a translation cannot drift from its item. These are read-only
content models; what the organisation *writes* per theme lives in
:mod:`models.position`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.law import Regime, names_article

#: Identifier used for a theme the organisation adds itself.
CUSTOM_THEME_ID = "eigen"

Basis = Literal["wet", "advies"]


class Localized(BaseModel):
    """A text in Dutch and English; Dutch is required, English falls back to it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: str = Field(min_length=1)
    en: str = ""

    def get(self, language: str) -> str:
        """The text in ``language``; the Dutch text when no translation exists."""
        if language == "en" and self.en:
            return self.en
        return self.nl


class LegalHook(BaseModel):
    """A hook to lean on in talks, and whether it is law (``wet``) or advice.

    Facts that ``domain.md`` marks as unverified are not shipped as ``wet``;
    ``source`` names where the fact comes from so a volunteer can look it up.
    A ``wet`` hook must name its article and the date it was last checked
    (``checked``). ``regime`` limits a hook to one legal regime (texts that
    differ between the current Woningwet and the Wvrv); ``None`` = both.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: Localized
    basis: Basis
    source: str = ""
    checked: dt.date | None = None
    regime: Regime | None = None

    @model_validator(mode="after")
    def _law_names_article(self) -> LegalHook:
        if self.basis == "wet" and not names_article(self.source):
            raise ValueError(f"a law hook must name its article: {self.source!r}")
        if self.basis == "wet" and self.checked is None:
            raise ValueError(f"a law hook needs the date it was checked: {self.source!r}")
        return self

    def applies(self, regime: Regime) -> bool:
        return self.regime is None or self.regime is regime


class Theme(BaseModel):
    """One theme of the catalogue."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    title: Localized
    why: Localized
    questions: list[Localized] = Field(min_length=3, max_length=6)
    indicators: list[Localized] = Field(min_length=1)
    example_demand: Localized
    legal_hooks: list[LegalHook] = Field(min_length=1)

    def hooks_for(self, regime: Regime) -> list[LegalHook]:
        """The hooks that hold under ``regime``, in catalogue order."""
        return [hook for hook in self.legal_hooks if hook.applies(regime)]


class ThemeCatalogue(BaseModel):
    """All shipped themes, in the order the catalogue presents them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    themes: list[Theme] = Field(min_length=1)

    def by_id(self, theme_id: str) -> Theme | None:
        """The theme with ``theme_id``, or ``None`` (e.g. for an own theme)."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        return None
