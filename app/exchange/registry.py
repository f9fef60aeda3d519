"""Which round documents travel in a bundle, and how.

Every round document kind (the ``kind`` of ``repo.save_round_doc``) that may
be exported is registered here with:

- ``model``: the pydantic model that validates it on import (unknown fields
  and over-long text are refused by the models themselves);
- ``strip_personal``: returns the document without personal data, used
  unless the user allowed personal data to go along;
- ``tables``: the CSV tables for readers without the app;
- ``timestamp``: the record's own last-change time, if it has one (used by
  the import to say which version is newer).

Kinds that are not registered are not exported, and a bundle that contains
one is refused on import (we cannot validate what we do not know).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from app.content.checklist import checklist_content, item_text
from app.content.themes import theme_title
from app.i18n import _
from models.checklist import ANSWER_LABELS, ChecklistAnswers
from models.meeting import Meeting
from models.position import PRIORITY_LABELS, Position, ordered_themes
from models.text import N_

#: One CSV table: file name (without folder), header row, data rows.
Table = tuple[str, list[str], list[list[str]]]


def _no_personal_data(data: dict[str, Any]) -> dict[str, Any]:
    return data


def _no_tables(_model: Any) -> list[Table]:
    return []


def _no_timestamp(_model: Any) -> dt.datetime | None:
    return None


@dataclass(frozen=True)
class DocKind:
    kind: str
    model: type[BaseModel]
    strip_personal: Callable[[dict[str, Any]], dict[str, Any]] = _no_personal_data
    tables: Callable[[Any], list[Table]] = _no_tables
    timestamp: Callable[[Any], dt.datetime | None] = _no_timestamp
    #: English msgid naming the kind for people ("Position", "Checklist").
    label: str = field(default="")


# ------------------------------------------------------------------ position
def _position_tables(position: Position) -> list[Table]:
    header = [
        _("Theme"),
        _("Priority"),
        _("Demand"),
        _("How much"),
        _("By when"),
        _("Who"),
        _("Red line"),
    ]
    rows: list[list[str]] = []
    for theme in ordered_themes(position):
        priority = _(PRIORITY_LABELS[theme.priority]) if theme.priority else ""
        demands = theme.demands or []
        if not demands:
            rows.append([theme_title(theme), priority, "", "", "", "", theme.red_line])
        for demand in demands:
            rows.append(
                [
                    theme_title(theme),
                    priority,
                    demand.what,
                    demand.amount,
                    demand.deadline,
                    demand.responsible,
                    theme.red_line,
                ]
            )
    return [("inzet.csv", header, rows)]


# ----------------------------------------------------------------- checklist
def _checklist_tables(answers: ChecklistAnswers) -> list[Table]:
    content = checklist_content()
    items = [
        [
            str(item.number),
            item_text(item),
            _(ANSWER_LABELS[a.answer]) if (a := answers.get(item.id)).answer else "",
            a.note,
        ]
        for item in content.items()
    ]
    actions = [
        [
            str(content.item(item_id).number) if _known(item_id) else item_id,
            action.what,
            action.who,
            action.due.isoformat() if action.due else "",
            _("Yes") if action.done else _("No"),
        ]
        for item_id, answer in answers.answers.items()
        for action in answer.actions
    ]
    return [
        ("checklist.csv", [_("Number"), _("Question"), _("Answer"), _("Note")], items),
        ("acties.csv", [_("Number"), _("Action"), _("Who"), _("By when"), _("Done")], actions),
    ]


def _known(item_id: str) -> bool:
    try:
        checklist_content().item(item_id)
    except KeyError:
        return False
    return True


def _checklist_timestamp(answers: ChecklistAnswers) -> dt.datetime | None:
    return answers.updated


# ------------------------------------------------------------------- meeting
def _meeting_without_personal(data: dict[str, Any]) -> dict[str, Any]:
    """Participants are names of people, often from outside the organisation
    (officials of the municipality and the housing association): personal data."""
    return {**data, "participants": ""}


REGISTRY: dict[str, DocKind] = {}


def register(kind: DocKind) -> None:
    REGISTRY[kind.kind] = kind


def _position_timestamp(position: Position) -> dt.datetime | None:
    return position.updated


register(
    DocKind(
        "position",
        Position,
        tables=_position_tables,
        timestamp=_position_timestamp,
        label=N_("Position"),
    )
)
register(
    DocKind(
        "checklist",
        ChecklistAnswers,
        tables=_checklist_tables,
        timestamp=_checklist_timestamp,
        label=N_("Checklist"),
    )
)
register(
    DocKind(
        "meeting",
        Meeting,
        strip_personal=_meeting_without_personal,
        label=N_("Meeting details"),
    )
)


def exportable_kinds(kinds: list[str]) -> list[str]:
    """The registered kinds among ``kinds``, in registry order."""
    return [k for k in REGISTRY if k in kinds]
