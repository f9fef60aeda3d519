"""Loader for the shipped equal-partnership checklist (``assets/content/checklist.json``).

The file is validated on first use (both languages, law items name their
article, unique ids); a broken content file is a programming error and fails
loudly in tests rather than showing half a list to a user.
"""

from __future__ import annotations

from functools import cache

from app.content import load_json, pick
from models.checklist import ChecklistContent, ChecklistGroupDef, ChecklistItemDef

CONTENT_NAME = "checklist"


@cache
def checklist_content() -> ChecklistContent:
    """The validated checklist content, parsed once per process."""
    return ChecklistContent.model_validate(load_json(CONTENT_NAME))


def group_title(group: ChecklistGroupDef, language: str | None = None) -> str:
    """'A. Formele positie en middelen' in the current (or given) language."""
    return f"{group.id}. {pick(group.title, language)}"


def item_text(item: ChecklistItemDef, language: str | None = None) -> str:
    return pick(item.text, language)


def item_rationale(item: ChecklistItemDef, language: str | None = None) -> str:
    return pick(item.rationale, language)


def item_article(item: ChecklistItemDef, language: str | None = None) -> str:
    """The law article for law items; empty for advice and own suggestions."""
    return pick(item.article, language) if item.article else ""
