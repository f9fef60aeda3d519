"""The checklist report and the process letter, on hand-made answers."""

from __future__ import annotations

import datetime as dt

from app.content.checklist import checklist_content
from app.documents.checklist_report import build_checklist_report
from app.documents.data import ChecklistDoc
from app.documents.process_letter import build_process_letter, signatories
from models.checklist import Action, Answer, ChecklistAnswers, ItemAnswer
from models.checklist_scoring import all_actions, compare, score_by_group
from models.organisation import BoardMember
from tests.unit.test_documents_data import INFO, ORG, read, text_of


def _doc(with_previous: bool = True) -> ChecklistDoc:
    content = checklist_content()
    items = content.items()
    now = ChecklistAnswers(
        round_id="2027",
        answers={
            items[0].id: ItemAnswer(item_id=items[0].id, answer=Answer.YES),
            items[1].id: ItemAnswer(
                item_id=items[1].id,
                answer=Answer.NO,
                note='Geen overeenkomst <img src="/etc/passwd">',
                actions=[
                    Action(
                        id="a1",
                        what="Overeenkomst voorstellen",
                        who="Şükrü Yılmaz",
                        due=dt.date(2027, 5, 1),
                    ),
                    Action(id="a2", what="Budget vragen", done=True, done_on=dt.date(2027, 2, 1)),
                ],
            ),
            items[2].id: ItemAnswer(item_id=items[2].id, answer=Answer.PARTLY, to_confirm=True),
        },
    )
    before = ChecklistAnswers(
        round_id="2026",
        answers={items[1].id: ItemAnswer(item_id=items[1].id, answer=Answer.YES)},
    )
    scores = score_by_group(content, now)
    previous = score_by_group(content, before) if with_previous else None
    return ChecklistDoc(
        content=content,
        answers=now,
        scores=scores,
        comparison=compare(scores, previous),
        actions=all_actions(content, now),
        previous_title="Prestatieafspraken 2026" if with_previous else "",
        previous_answers=before if with_previous else None,
        board=[
            BoardMember(name="Zoë Brontë", role="penningmeester"),
            BoardMember(name="Łucja Wiśniewska", role="Voorzitter"),
            BoardMember(name="İpek Güneş", role="secretaris"),
        ],
    )


def test_report_scores_changes_items_and_actions() -> None:
    data = build_checklist_report(INFO, _doc())
    text = text_of(data)
    items = checklist_content().items()
    for expected in [
        "Gelijkwaardigheidscheck",
        "Totaalscore deze ronde: 50% (vorige ronde, Prestatieafspraken 2026: 100%).",
        "Veranderd sinds de vorige ronde",
        "Ja → Nee",
        "Overeenkomst voorstellen Şükrü Yılmaz 1 mei 2027 open 2",  # one row of the table
        "Budget vragen",
        "klaar op 1 februari 2027",
        'Geen overeenkomst <img src="/etc/passwd">',
        "nog bevestigen",
        "Nog niet beantwoord",
        f"{items[-1].number}.",
    ]:
        assert expected in text, expected
    reader = read(data)
    assert 3 <= len(reader.pages) <= 10
    assert reader.metadata.author == ORG
    assert reader.metadata.title == "Checklistrapport – Prestatieafspraken 2027"


def test_report_without_previous_round() -> None:
    text = text_of(build_checklist_report(INFO, _doc(with_previous=False)))
    assert "Totaalscore deze ronde: 50%." in text
    assert "Veranderd sinds" not in text


def test_process_letter_is_short_and_addresses_the_partners() -> None:
    data = build_process_letter(INFO, _doc())
    text = text_of(data)
    for expected in [
        "Procesbrief",
        "Het college van burgemeester en wethouders van de gemeente Noorderveen",
        "Het bestuur van Woonstichting Het Anker",
        "Onze score voor het proces deze ronde: 50%. In de vorige ronde was dat 100%.",
        "Wat goed ging",
        "Wat wij samen regelen",
        'Geen overeenkomst <img src="/etc/passwd">',
        "Wat wij van de woningcorporatie vragen",
        "Met vriendelijke groet,",
        "Łucja Wiśniewska, Voorzitter",
        "İpek Güneş, secretaris",
    ]:
        assert expected in text, expected
    assert "Zoë Brontë" not in text
    assert len(read(data).pages) <= 2


def test_signatories_fall_back_to_first_members() -> None:
    board = [
        BoardMember(name="A"),
        BoardMember(name=""),
        BoardMember(name="B"),
        BoardMember(name="C"),
    ]
    assert [m.name for m in signatories(board)] == ["A", "B"]
    assert signatories([]) == []
