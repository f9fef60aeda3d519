"""Loader for the shipped equal-partnership checklist (``assets/content/checklist.json``).

The file is validated on first use (both languages, law items name their
article, unique ids); a broken content file is a programming error and fails
loudly in tests rather than showing half a list to a user.
"""

from __future__ import annotations

from functools import cache

from app.content import current_regime, load_json, pick
from models.checklist import ChecklistContent, ChecklistGroupDef, ChecklistItemDef
from models.law import Regime

CONTENT_NAME = "checklist"


@cache
def checklist_content() -> ChecklistContent:
    """The validated checklist content, parsed once per process."""
    return ChecklistContent.model_validate(load_json(CONTENT_NAME))


def group_title(group: ChecklistGroupDef, language: str | None = None) -> str:
    """'A. Formele positie en middelen' in the current (or given) language."""
    return f"{group.id}. {pick(group.title, language)}"


def _wvrv() -> bool:
    return current_regime() is Regime.WVRV


def item_text(item: ChecklistItemDef, language: str | None = None) -> str:
    """The item's text under the chosen regime (Wvrv wording where it differs)."""
    if _wvrv() and item.text_wvrv:
        return pick(item.text_wvrv, language)
    return pick(item.text, language)


def item_rationale(item: ChecklistItemDef, language: str | None = None) -> str:
    if _wvrv() and item.rationale_wvrv:
        return pick(item.rationale_wvrv, language)
    return pick(item.rationale, language)


def item_article(item: ChecklistItemDef, language: str | None = None) -> str:
    """The article the item rests on (law items always have one); empty when none."""
    if _wvrv() and item.article_wvrv:
        return pick(item.article_wvrv, language)
    return pick(item.article, language) if item.article else ""
