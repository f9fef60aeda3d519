"""Scoring, round comparison and action ordering (models.checklist_scoring)."""

import datetime as dt

import pytest
from pydantic import ValidationError

from models.checklist import (
    Action,
    Answer,
    ChecklistAnswers,
    ChecklistContent,
    ItemAnswer,
)
from models.checklist_scoring import (
    GroupScore,
    all_actions,
    changed_items,
    compare,
    open_actions,
    score_by_group,
)

L = {"nl": "x", "en": "x"}


def item(item_id: str, number: int) -> dict:
    return {"id": item_id, "number": number, "text": L, "rationale": L, "basis": "advies"}


CONTENT = ChecklistContent.model_validate(
    {
        "title": L,
        "intro": L,
        "groups": [
            {"id": "A", "title": L, "items": [item("A1", 1), item("A2", 2), item("A3", 3)]},
            {"id": "B", "title": L, "items": [item("B4", 4)]},
        ],
    }
)


def answers(**given: Answer | ItemAnswer) -> ChecklistAnswers:
    result = {}
    for key, value in given.items():
        result[key] = (
            value if isinstance(value, ItemAnswer) else ItemAnswer(item_id=key, answer=value)
        )
    return ChecklistAnswers(round_id="2027", answers=result)


def test_empty_round_has_no_scores() -> None:
    scores = score_by_group(CONTENT, answers())
    assert [g.score for g in scores.groups] == [None, None]
    assert scores.overall.score is None
    assert scores.overall.unanswered == 4


def test_points_yes_partly_no() -> None:
    scores = score_by_group(CONTENT, answers(A1=Answer.YES, A2=Answer.PARTLY, A3=Answer.NO))
    a = scores.group("A")
    assert (a.yes, a.partly, a.no) == (1, 1, 1)
    assert a.score == pytest.approx(0.5)
    assert a.percent == 50
    assert scores.group("B").score is None  # unanswered group has no score, not 0


def test_not_applicable_is_excluded() -> None:
    scores = score_by_group(CONTENT, answers(A1=Answer.YES, A2=Answer.NOT_APPLICABLE, A3=Answer.NO))
    a = scores.group("A")
    assert a.applicable == 2
    assert a.not_applicable == 1
    assert a.percent == 50


def test_all_not_applicable_gives_no_score() -> None:
    given = {k: Answer.NOT_APPLICABLE for k in ("A1", "A2", "A3", "B4")}
    scores = score_by_group(CONTENT, answers(**given))
    assert scores.overall.score is None
    assert scores.overall.percent is None
    assert scores.overall.answered == 4


def test_overall_weighs_items_not_groups() -> None:
    # A: 3 yes (100 %), B: 1 no (0 %) -> overall 3/4, not the mean 50 %.
    scores = score_by_group(
        CONTENT, answers(A1=Answer.YES, A2=Answer.YES, A3=Answer.YES, B4=Answer.NO)
    )
    assert scores.overall.percent == 75


def test_percent_rounds_half_up() -> None:
    assert GroupScore("A", yes=1, partly=0, no=7).percent == 13  # 12.5 -> 13
    assert GroupScore("A", yes=2, no=1).percent == 67


def test_group_without_items_is_refused_by_content() -> None:
    with pytest.raises(ValidationError):
        ChecklistContent.model_validate(
            {"title": L, "intro": L, "groups": [{"id": "A", "title": L, "items": []}]}
        )


def test_empty_group_score_object() -> None:
    empty = GroupScore("X")
    assert empty.total == 0 and empty.score is None and empty.percent is None


def test_unknown_item_ids_are_ignored() -> None:
    scores = score_by_group(CONTENT, answers(Z9=Answer.NO, A1=Answer.YES))
    assert scores.overall.percent == 100
    assert scores.overall.total == 4


def test_copied_answers_counted_and_flagged() -> None:
    copied = ItemAnswer(item_id="A1", answer=Answer.NO, to_confirm=True)
    scores = score_by_group(CONTENT, answers(A1=copied))
    assert scores.group("A").to_confirm == 1
    assert scores.group("A").percent == 0


def test_compare_with_previous_round() -> None:
    now = score_by_group(
        CONTENT, answers(A1=Answer.YES, A2=Answer.YES, A3=Answer.NO, B4=Answer.YES)
    )
    before = score_by_group(CONTENT, answers(A1=Answer.NO, A2=Answer.YES, A3=Answer.NO))
    result = compare(now, before)
    assert result.group("A").current == 67
    assert result.group("A").previous == 33
    assert result.group("A").delta == 34
    assert result.group("B").previous is None
    assert result.group("B").delta is None  # no score then: no misleading change
    assert result.overall.delta == 75 - 33


def test_a_group_that_is_not_in_the_list_is_a_key_error() -> None:
    scores = score_by_group(CONTENT, answers(A1=Answer.YES))
    with pytest.raises(KeyError):
        scores.group("Z")
    with pytest.raises(KeyError):
        compare(scores, None).group("Z")
    assert scores.group("B").group_id == "B"


def test_compare_without_previous_round() -> None:
    now = score_by_group(CONTENT, answers(A1=Answer.YES))
    result = compare(now, None)
    assert all(c.delta is None and c.previous is None for c in result.groups)
    assert result.overall.current == 100


def test_changed_items() -> None:
    now = answers(A1=Answer.YES, A2=Answer.NO)
    before = answers(A1=Answer.NO, A2=Answer.NO, B4=Answer.YES)
    changes = changed_items(CONTENT, now, before)
    assert [(c.item_id, c.previous, c.current) for c in changes] == [
        ("A1", Answer.NO, Answer.YES),
        ("B4", Answer.YES, None),
    ]


def act(action_id: str, due: dt.date | None, done: bool = False) -> Action:
    return Action(id=action_id, what=f"do {action_id}", due=due, done=done)


def test_open_actions_sorted_by_date_undated_last() -> None:
    given = answers(
        A1=ItemAnswer(
            item_id="A1",
            answer=Answer.NO,
            actions=[act("late", dt.date(2027, 9, 1)), act("nodate", None)],
        ),
        A3=ItemAnswer(
            item_id="A3",
            answer=Answer.PARTLY,
            actions=[
                act("early", dt.date(2027, 3, 1)),
                act("done", dt.date(2027, 1, 1), done=True),
            ],
        ),
        B4=ItemAnswer(
            item_id="B4",
            answer=Answer.NO,
            actions=[act("same", dt.date(2027, 9, 1)), act("nodate2", None)],
        ),
    )
    result = open_actions(CONTENT, given)
    assert [e.action.id for e in result] == ["early", "late", "same", "nodate", "nodate2"]
    assert result[0].item_id == "A3" and result[0].item_number == 3 and result[0].group_id == "A"
    assert [e.action.id for e in all_actions(CONTENT, given)][-1] == "done"


def test_action_stays_open_when_item_becomes_yes() -> None:
    given = answers(A1=ItemAnswer(item_id="A1", answer=Answer.YES, actions=[act("x", None)]))
    assert [e.action.id for e in open_actions(CONTENT, given)] == ["x"]


def test_overdue() -> None:
    given = answers(
        A1=ItemAnswer(item_id="A1", answer=Answer.NO, actions=[act("x", dt.date(2027, 3, 1))])
    )
    entry = open_actions(CONTENT, given)[0]
    assert entry.is_overdue(dt.date(2027, 3, 2))
    assert not entry.is_overdue(dt.date(2027, 3, 1))


def test_answers_round_trip_json() -> None:
    given = answers(
        A1=ItemAnswer(
            item_id="A1",
            answer=Answer.NO,
            note="Zoë's notitie",
            actions=[act("x", dt.date(2027, 3, 1))],
        )
    )
    again = ChecklistAnswers.model_validate(given.model_dump(mode="json"))
    assert again == given


def test_answers_refuse_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        ChecklistAnswers.model_validate({"round_id": "2027", "answers": {}, "hack": 1})
