"""Scores, round-to-round comparison and the action list of the checklist.

Decisions:

* Points: ja = 1, deels = ½, nee = 0. "Niet van toepassing" and unanswered
  items are left out of the score entirely (they neither help nor hurt).
* A group (or the whole list) with no applicable answered item has no score
  (``None``), not 0 %: "we do not know yet" must not look like "we fail".
* The overall score is taken over all items, not as the mean of the group
  scores, so a group with 2 items weighs less than one with 7.
* Answers copied from the previous round ("nog bevestigen") count: they are
  the best knowledge there is until someone reviews them.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from models.checklist import Action, Answer, ChecklistAnswers, ChecklistContent

_POINTS: dict[Answer, float] = {Answer.YES: 1.0, Answer.PARTLY: 0.5, Answer.NO: 0.0}
OVERALL = ""


@dataclass(frozen=True)
class GroupScore:
    """Counts and score of one group (``group_id`` is ``OVERALL`` for the whole list)."""

    group_id: str
    yes: int = 0
    partly: int = 0
    no: int = 0
    not_applicable: int = 0
    unanswered: int = 0
    to_confirm: int = 0

    @property
    def total(self) -> int:
        return self.yes + self.partly + self.no + self.not_applicable + self.unanswered

    @property
    def applicable(self) -> int:
        """Answered items that count towards the score."""
        return self.yes + self.partly + self.no

    @property
    def answered(self) -> int:
        return self.applicable + self.not_applicable

    @property
    def score(self) -> float | None:
        """Fraction 0..1, or ``None`` when nothing applicable is answered."""
        if self.applicable == 0:
            return None
        return (self.yes + 0.5 * self.partly) / self.applicable

    @property
    def percent(self) -> int | None:
        """The score in whole percent, rounded half up (½ of 1 item is 50 %)."""
        score = self.score
        return None if score is None else math.floor(score * 100 + 0.5)


class _OfGroup(Protocol):
    @property
    def group_id(self) -> str: ...


_Entry = TypeVar("_Entry", bound=_OfGroup)


@dataclass(frozen=True)
class PerGroup(Generic[_Entry]):
    """One entry per group in content order, and one over the whole list."""

    groups: list[_Entry]
    overall: _Entry

    def group(self, group_id: str) -> _Entry:
        """The entry of ``group_id``; KeyError when the list has no such group."""
        for entry in self.groups:
            if entry.group_id == group_id:
                return entry
        raise KeyError(group_id)


class ChecklistScores(PerGroup[GroupScore]):
    """Scores per group in content order, and over the whole list."""


def _tally(group_id: str, item_ids: list[str], answers: ChecklistAnswers) -> GroupScore:
    counts = {"yes": 0, "partly": 0, "no": 0, "not_applicable": 0, "unanswered": 0}
    to_confirm = 0
    key = {
        Answer.YES: "yes",
        Answer.PARTLY: "partly",
        Answer.NO: "no",
        Answer.NOT_APPLICABLE: "not_applicable",
    }
    for item_id in item_ids:
        found = answers.answers.get(item_id)
        if found is None or found.answer is None:
            counts["unanswered"] += 1
            continue
        counts[key[found.answer]] += 1
        if found.to_confirm:
            to_confirm += 1
    return GroupScore(group_id=group_id, to_confirm=to_confirm, **counts)


def score_by_group(content: ChecklistContent, answers: ChecklistAnswers) -> ChecklistScores:
    """Score every group and the whole list.

    Answers for item ids that are not (or no longer) in the content are
    ignored, so an old round never breaks after the list is revised.
    """
    groups = [_tally(g.id, [i.id for i in g.items], answers) for g in content.groups]
    overall = _tally(OVERALL, [i.id for i in content.items()], answers)
    return ChecklistScores(groups=groups, overall=overall)


@dataclass(frozen=True)
class ScoreChange:
    """A group's score now and in the previous round; ``delta`` in percentage points."""

    group_id: str
    current: int | None
    previous: int | None

    @property
    def delta(self) -> int | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


class Comparison(PerGroup[ScoreChange]):
    """Each group's score now and in the previous round, and the whole list's."""


def compare(current: ChecklistScores, previous: ChecklistScores | None) -> Comparison:
    """Pair each group's score with the previous round's.

    Without a previous round (or when a group had no score then) the change is
    ``None``: the UI shows nothing rather than a misleading "+0".
    """

    def change(now: GroupScore, before: GroupScore | None) -> ScoreChange:
        return ScoreChange(now.group_id, now.percent, before.percent if before else None)

    earlier = {g.group_id: g for g in previous.groups} if previous else {}
    return Comparison(
        groups=[change(g, earlier.get(g.group_id)) for g in current.groups],
        overall=change(current.overall, previous.overall if previous else None),
    )


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    previous: Answer | None
    current: Answer | None


def changed_items(
    content: ChecklistContent, current: ChecklistAnswers, previous: ChecklistAnswers
) -> list[ItemChange]:
    """Items whose answer differs from the previous round, in content order."""
    result = []
    for item in content.items():
        now, before = current.answer_of(item.id), previous.answer_of(item.id)
        if now != before:
            result.append(ItemChange(item.id, before, now))
    return result


@dataclass(frozen=True)
class ActionEntry:
    """An action together with the item it belongs to (for lists and documents)."""

    item_id: str
    item_number: int
    group_id: str
    action: Action

    def is_overdue(self, today: dt.date) -> bool:
        return not self.action.done and self.action.due is not None and self.action.due < today


def _entries(content: ChecklistContent, answers: ChecklistAnswers) -> list[ActionEntry]:
    entries = []
    for group in content.groups:
        for item in group.items:
            found = answers.answers.get(item.id)
            if found is None:
                continue
            for action in found.actions:
                entries.append(ActionEntry(item.id, item.number, group.id, action))
    return entries


def _order(entries: list[ActionEntry]) -> list[ActionEntry]:
    # Earliest date first; actions without a date after all dated ones; ties keep
    # checklist order (sorted() is stable and _entries yields content order).
    return sorted(entries, key=lambda e: (e.action.due is None, e.action.due or dt.date.min))


def open_actions(content: ChecklistContent, answers: ChecklistAnswers) -> list[ActionEntry]:
    """Actions not yet done, earliest due date first, undated last.

    An action stays open even when its item is later answered "ja": only the
    board decides that the work is done.
    """
    return _order([e for e in _entries(content, answers) if not e.action.done])


def all_actions(content: ChecklistContent, answers: ChecklistAnswers) -> list[ActionEntry]:
    """Every action, open ones first (by date), then done ones (by date)."""
    entries = _entries(content, answers)
    return _order([e for e in entries if not e.action.done]) + _order(
        [e for e in entries if e.action.done]
    )
