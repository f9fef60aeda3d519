"""Checklist use cases on a real data folder: answers, actions, copying, demo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.services import checklist as svc
from app.services.context import Services
from app.services.demo import add_demo
from app.services.round_start import start_round
from app.services.rounds import create_round
from models.base import InvalidInput
from models.checklist import Answer


def test_empty_round(services: Services) -> None:
    r = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    answers = svc.load_checklist(services.repo, r.id)
    assert answers.answers == {}
    assert svc.round_scores(services.repo, r.id).overall.score is None


def test_answer_note_and_actions_persist(services: Services, tmp_path: Path) -> None:
    r = create_round(services.repo, 2027, [], [])
    svc.set_answer(services.repo, r.id, "B8", Answer.NO)
    svc.set_note(services.repo, r.id, "B8", "Bod kwam op 3 juli.")
    _, action = svc.add_action(services.repo, r.id, "B8", what="Bellen", who="Anneke")
    svc.update_action(services.repo, r.id, "B8", action.id, due=dt.date(2027, 3, 14))
    services.close()
    again = Services.open(tmp_path / "data")
    try:
        item = svc.load_checklist(again.repo, r.id).get("B8")
        assert item.answer is Answer.NO
        assert item.note == "Bod kwam op 3 juli."
        assert item.actions[0].due == dt.date(2027, 3, 14)
        assert item.actions[0].who == "Anneke"
        entries = svc.open_actions_for_round(again.repo, r.id)
        assert [e.action.id for e in entries] == [action.id]
        svc.set_action_done(again.repo, r.id, "B8", action.id, True, today=dt.date(2027, 3, 1))
        assert svc.open_actions_for_round(again.repo, r.id) == []
        done = svc.all_actions_for_round(again.repo, r.id)[0].action
        assert done.done and done.done_on == dt.date(2027, 3, 1)
        svc.remove_action(again.repo, r.id, "B8", action.id)
        assert svc.load_checklist(again.repo, r.id).get("B8").actions == []
    finally:
        again.close()


def test_unknown_item_and_action_refused(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    with pytest.raises(InvalidInput):
        svc.set_answer(services.repo, r.id, "Z99", Answer.YES)
    with pytest.raises(InvalidInput):
        svc.set_action_done(services.repo, r.id, "B8", "nope", True)


def test_copy_from_previous_marks_to_confirm(services: Services) -> None:
    old = create_round(services.repo, 2026, [], [])
    svc.set_answer(services.repo, old.id, "A1", Answer.YES)
    svc.set_answer(services.repo, old.id, "A2", Answer.NO)
    svc.set_note(services.repo, old.id, "A2", "mondeling")
    _, open_action = svc.add_action(services.repo, old.id, "A2", what="Open")
    _, done_action = svc.add_action(services.repo, old.id, "A2", what="Klaar")
    svc.set_action_done(services.repo, old.id, "A2", done_action.id, True)
    new = create_round(services.repo, 2027, [], [])
    svc.set_answer(services.repo, new.id, "A1", Answer.NO)  # already answered: keep

    assert svc.copy_from_previous(services.repo, old.id, new.id) == 1
    answers = svc.load_checklist(services.repo, new.id)
    assert answers.get("A1").answer is Answer.NO and not answers.get("A1").to_confirm
    a2 = answers.get("A2")
    assert a2.answer is Answer.NO and a2.to_confirm and a2.note == "mondeling"
    assert [a.what for a in a2.actions] == ["Open"]
    assert a2.actions[0].id != open_action.id
    # Twice changes nothing.
    assert svc.copy_from_previous(services.repo, old.id, new.id) == 0
    # Answering confirms.
    svc.set_answer(services.repo, new.id, "A2", Answer.PARTLY)
    assert not svc.load_checklist(services.repo, new.id).get("A2").to_confirm


def test_confirm_item(services: Services) -> None:
    old = create_round(services.repo, 2026, [], [])
    svc.set_answer(services.repo, old.id, "A1", Answer.YES)
    new = create_round(services.repo, 2027, [], [])
    svc.copy_from_previous(services.repo, old.id, new.id)
    assert svc.round_scores(services.repo, new.id).overall.to_confirm == 1
    svc.confirm_item(services.repo, new.id, "A1")
    assert svc.round_scores(services.repo, new.id).overall.to_confirm == 0


def test_new_round_with_copy_uses_round_copier(services: Services) -> None:
    old = create_round(services.repo, 2026, [], [])
    svc.set_answer(services.repo, old.id, "C15", Answer.PARTLY)
    new = start_round(services.repo, 2027, [], [], copy_from=old.id)
    item = svc.load_checklist(services.repo, new.id).get("C15")
    assert item.answer is Answer.PARTLY and item.to_confirm


def test_comparison_with_previous_round(services: Services) -> None:
    old = create_round(services.repo, 2026, [], [])
    new = create_round(services.repo, 2027, [], [])
    assert svc.round_comparison(services.repo, new.id).previous_round is None  # empty 2026
    svc.set_answer(services.repo, old.id, "A1", Answer.NO)
    svc.set_answer(services.repo, new.id, "A1", Answer.YES)
    result = svc.round_comparison(services.repo, new.id)
    assert result.previous_round is not None and result.previous_round.id == old.id
    assert result.comparison.group("A").delta == 100


def test_demo_has_realistic_checklist(services: Services) -> None:
    current = add_demo(services.repo)
    result = svc.round_comparison(services.repo, current.id)
    assert result.previous_round is not None and result.previous_round.year == 2026
    assert result.scores.overall.answered == 38
    assert result.previous_scores is not None
    assert result.comparison.overall.delta is not None and result.comparison.overall.delta > 0
    entries = svc.open_actions_for_round(services.repo, current.id)
    assert len(entries) >= 8
    dates = [e.action.due for e in entries if e.action.due]
    assert dates == sorted(dates)
