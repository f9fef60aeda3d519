"""Shipped content (themes, checklist, glossary) read from ``assets/content``.

Content files hold both languages side by side (``{"nl": ..., "en": ...}``) so
a translation can never drift out of step with its item. Loaders per kind of
content live in this package and validate with pydantic.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from app.i18n import get_language
from app.paths import content_dir
from models.law import Regime

_regime = Regime.WONINGWET


@cache
def load_json(name: str) -> Any:
    """Parse ``assets/content/<name>.json`` once per process."""
    with (content_dir() / f"{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def pick(texts: dict[str, str], language: str | None = None) -> str:
    """The text in the current language, falling back to Dutch."""
    lang = language or get_language()
    return texts.get(lang) or texts.get("nl", "")


def set_regime(regime: Regime | str) -> None:
    """The legal regime the user chose in Instellingen (like the language, per process)."""
    global _regime
    _regime = Regime(regime)


def current_regime() -> Regime:
    """The regime whose texts the content helpers return."""
    return _regime
