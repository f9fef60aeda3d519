"""Use cases of the equal-partnership checklist: answer, note, actions, scores.

Each round keeps its answers in the round document ``"checklist"`` (one
``ChecklistAnswers``). Every change loads, changes and saves that document at
once: edits save themselves, and only the round's own file is rewritten.

Public API for other features (e.g. the documents engineer's Checklistrapport
and Procesbrief): ``load_checklist``, ``round_scores``, ``round_comparison``,
``open_actions_for_round``, ``all_actions_for_round``, and the content via
``app.content.checklist.checklist_content``.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from app.content.checklist import checklist_content
from app.services import rounds as rounds_service
from app.services.record_store import RoundRecordStore, found
from app.storage.repository import Repository
from models.base import InvalidInput, with_changes
from models.checklist import Action, Answer, ChecklistAnswers, ItemAnswer
from models.checklist_scoring import (
    ActionEntry,
    ChecklistScores,
    Comparison,
    all_actions,
    compare,
    open_actions,
    score_by_group,
)
from models.round import Round
from models.text import N_

KIND = "checklist"
STORE = RoundRecordStore(KIND, ChecklistAnswers)

__all__ = [
    "KIND",
    "RoundComparison",
    "add_action",
    "all_actions_for_round",
    "confirm_item",
    "copy_from_previous",
    "load_checklist",
    "open_actions_for_round",
    "remove_action",
    "round_comparison",
    "round_scores",
    "save_checklist",
    "set_action_done",
    "set_answer",
    "set_note",
    "update_action",
]


#: The round's answers; an empty set when nothing was answered yet.
load_checklist = STORE.load
save_checklist = STORE.save


def _check_item(item_id: str) -> None:
    found(checklist_content().item, item_id, N_("This checklist item does not exist."))


def _change_item(
    repo: Repository, round_id: str, item_id: str, **changes: object
) -> ChecklistAnswers:
    _check_item(item_id)
    answers = load_checklist(repo, round_id)
    item = answers.get(item_id)
    updated_item = with_changes(item, changes)
    new = answers.model_copy(update={"answers": {**answers.answers, item_id: updated_item}})
    return save_checklist(repo, new)


def set_answer(
    repo: Repository, round_id: str, item_id: str, answer: Answer | None
) -> ChecklistAnswers:
    """Answer an item. Answering also confirms an answer copied from last round."""
    return _change_item(repo, round_id, item_id, answer=answer, to_confirm=False)


def set_note(repo: Repository, round_id: str, item_id: str, note: str) -> ChecklistAnswers:
    return _change_item(repo, round_id, item_id, note=note)


def confirm_item(repo: Repository, round_id: str, item_id: str) -> ChecklistAnswers:
    """The board reviewed a copied answer: it no longer says 'nog bevestigen'."""
    return _change_item(repo, round_id, item_id, to_confirm=False)


def _new_action_id() -> str:
    return secrets.token_hex(4)


def add_action(
    repo: Repository,
    round_id: str,
    item_id: str,
    what: str = "",
    who: str = "",
    due: dt.date | None = None,
) -> tuple[ChecklistAnswers, Action]:
    """Add an action to an item. An empty description is allowed at first: the
    form adds an empty row the user then fills in (it saves field by field)."""
    answers = load_checklist(repo, round_id)
    action = Action(id=_new_action_id(), what=what, who=who, due=due)
    item = answers.get(item_id)
    saved = _change_item(
        repo, round_id, item_id, actions=[a.model_dump() for a in item.actions] + [action]
    )
    return saved, action


def _change_action(
    repo: Repository,
    round_id: str,
    item_id: str,
    action_id: str,
    changes: dict[str, object] | None,
) -> ChecklistAnswers:
    """Apply ``changes`` to one action; ``None`` removes it."""
    answers = load_checklist(repo, round_id)
    item = answers.get(item_id)
    if not any(a.id == action_id for a in item.actions):
        raise InvalidInput(N_("This action no longer exists."))
    actions: list[Action] = []
    for action in item.actions:
        if action.id != action_id:
            actions.append(action)
        elif changes is not None:
            actions.append(with_changes(action, changes))
    return _change_item(repo, round_id, item_id, actions=actions)


def update_action(
    repo: Repository, round_id: str, item_id: str, action_id: str, **changes: object
) -> ChecklistAnswers:
    """Change ``what``, ``who`` and/or ``due`` of an action (validated)."""
    allowed = {"what", "who", "due"}
    if not set(changes) <= allowed:
        raise ValueError(f"cannot change {set(changes) - allowed}")
    return _change_action(repo, round_id, item_id, action_id, dict(changes))


def set_action_done(
    repo: Repository,
    round_id: str,
    item_id: str,
    action_id: str,
    done: bool,
    today: dt.date | None = None,
) -> ChecklistAnswers:
    """Mark an action done (remembering the day) or open again."""
    done_on = (today or dt.date.today()) if done else None
    return _change_action(repo, round_id, item_id, action_id, {"done": done, "done_on": done_on})


def remove_action(
    repo: Repository, round_id: str, item_id: str, action_id: str
) -> ChecklistAnswers:
    return _change_action(repo, round_id, item_id, action_id, None)


def round_scores(repo: Repository, round_id: str) -> ChecklistScores:
    return score_by_group(checklist_content(), load_checklist(repo, round_id))


@dataclass(frozen=True)
class RoundComparison:
    """This round's scores, the previous round (if any) and the change per group."""

    scores: ChecklistScores
    previous_round: Round | None
    previous_scores: ChecklistScores | None
    comparison: Comparison


def round_comparison(repo: Repository, round_id: str) -> RoundComparison:
    """Scores now and the change since the previous round (the newest earlier year).

    A previous round without any checklist answers counts as "no comparison",
    so an empty 2026 does not make 2027 look like a leap forward.
    """
    content = checklist_content()
    scores = score_by_group(content, load_checklist(repo, round_id))
    previous = rounds_service.previous_round(repo, round_id)
    previous_scores = None
    if previous is not None:
        before = load_checklist(repo, previous.id)
        if before.answers:
            previous_scores = score_by_group(content, before)
        else:
            previous = None
    return RoundComparison(scores, previous, previous_scores, compare(scores, previous_scores))


def open_actions_for_round(repo: Repository, round_id: str) -> list[ActionEntry]:
    """Open actions of the round, earliest date first, undated last."""
    return open_actions(checklist_content(), load_checklist(repo, round_id))


def all_actions_for_round(repo: Repository, round_id: str) -> list[ActionEntry]:
    """All actions: open ones by date, then done ones."""
    return all_actions(checklist_content(), load_checklist(repo, round_id))


def copy_from_previous(repo: Repository, from_round_id: str, to_round_id: str) -> int:
    """Copy last round's answers as a starting point; returns how many items were copied.

    Decisions: copied answers are marked ``to_confirm`` ("nog bevestigen");
    notes come along; open actions come along (with new ids, so they are
    not lost between rounds), done actions stay behind. Items already
    answered in the target round are never overwritten, so running this twice
    changes nothing. Also used as the ``ROUND_COPIERS`` entry.
    """
    source = load_checklist(repo, from_round_id)
    target = load_checklist(repo, to_round_id)
    merged = dict(target.answers)
    copied = 0
    for item_id, answer in source.answers.items():
        existing = target.answers.get(item_id)
        if existing is not None and (existing.answer is not None or existing.actions):
            continue
        if answer.answer is None and not answer.actions and not answer.note:
            continue
        merged[item_id] = ItemAnswer(
            item_id=item_id,
            answer=answer.answer,
            note=answer.note,
            actions=[
                a.model_copy(update={"id": _new_action_id()}) for a in answer.actions if not a.done
            ],
            to_confirm=answer.answer is not None,
        )
        copied += 1
    if copied:
        save_checklist(repo, target.model_copy(update={"answers": merged}))
    return copied
