"""Content models for the theme catalogue (shipped in ``assets/content/themes.json``).

A theme explains to volunteers why a subject matters to tenants, which
questions to ask, which indicators make it measurable, an example of a SMART
demand and the legal or advisory hooks to lean on. Texts carry both languages
side by side so a translation cannot drift from its item. These are read-only
content models; what the organisation *writes* per theme lives in
:mod:`models.position`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

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
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: Localized
    basis: Basis
    source: str = ""


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
