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


@cache
def load_json(name: str) -> Any:
    """Parse ``assets/content/<name>.json`` once per process."""
    with (content_dir() / f"{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def pick(texts: dict[str, str], language: str | None = None) -> str:
    """The text in the current language, falling back to Dutch."""
    lang = language or get_language()
    return texts.get(lang) or texts.get("nl", "")
