"""Property: any text in any field never makes a builder fail, and never becomes markup."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.content.checklist import checklist_content
from app.documents.brief import build_brief
from app.documents.checklist_report import build_checklist_report
from app.documents.data import ChecklistDoc, PositionDoc, RoundInfo, SurveyTheme, ThemeDoc
from app.documents.position_paper import build_position_paper
from app.documents.process_letter import build_process_letter
from app.documents.survey import build_survey
from models.checklist import Action, Answer, ChecklistAnswers, ItemAnswer
from models.checklist_scoring import all_actions, compare, score_by_group
from models.meeting import Meeting
from models.organisation import BoardMember
from models.position import Demand, Position, Priority, ThemePosition
from tests.unit.test_documents_data import read, text_of

line = st.text(max_size=120)
long = st.text(max_size=1500)
MARKUP = '<b>vet</b> <img src="/etc/passwd"/> <a href="file:///x">link</a> &amp; &#65;'


def _theme(texts: list[str], priority: Priority | None) -> ThemeDoc:
    t = (texts * 12)[:12]
    item = ThemePosition(
        theme_id="eigen",
        title=t[0],
        situation=t[1],
        situation_source=t[2],
        wishes=t[3],
        arguments=t[4],
        red_line=t[5],
        member_input=t[6],
        priority=priority,
        demands=[Demand(what=t[7], amount=t[8], deadline=t[9], responsible=t[10])],
    )
    return ThemeDoc(item, t[0] or "x", why=t[11], questions=[t[2]])


def _info(name: str) -> RoundInfo:
    return RoundInfo(name, name, 2027, dt.date(2027, 1, 1), [name], [name])


def _checklist(texts: list[str]) -> ChecklistDoc:
    t = (texts * 4)[:4]
    content = checklist_content()
    items = content.items()
    answers = ChecklistAnswers(
        round_id="2027",
        answers={
            items[0].id: ItemAnswer(
                item_id=items[0].id,
                answer=Answer.NO,
                note=t[0],
                actions=[Action(id="a", what=t[1], who=t[2][:300], due=dt.date(2027, 2, 1))],
            ),
            items[1].id: ItemAnswer(item_id=items[1].id, answer=Answer.YES, note=t[3]),
        },
    )
    scores = score_by_group(content, answers)
    return ChecklistDoc(
        content,
        answers,
        scores,
        compare(scores, scores),
        all_actions(content, answers),
        previous_title=t[2][:300],
        previous_answers=answers,
        board=[BoardMember(name=t[2][:300] or "x", role="voorzitter")],
    )


def _build_all(name: str, texts: list[str], only: tuple[int, ...] = (0, 1, 2, 3, 4)) -> list[bytes]:
    info = _info(name)
    # Four themes: the position paper then has a table of contents too.
    themes = [_theme(texts, p) for p in (Priority.MUST, Priority.COULD, None, Priority.SHOULD)]
    doc = PositionDoc(
        Position(round_id="2027", themes=[t.theme for t in themes]), themes, themes[:1]
    )
    first = themes[0].theme.id
    meeting = Meeting(
        round_id="2027",
        time=name,
        place=name,
        participants=texts[0],
        goal=texts[-1],
        speakers={first: name},
        questions={first: texts[0]},
        survey_return=texts[-1],
    )
    checklist = _checklist(texts)
    builders = [
        lambda: build_brief(info, doc, meeting),
        lambda: build_position_paper(info, doc),
        lambda: build_checklist_report(info, checklist),
        lambda: build_process_letter(info, checklist),
        lambda: build_survey(info, [SurveyTheme(t.title, t.why) for t in themes], texts[0]),
    ]
    return [build() for i, build in enumerate(builders) if i in only]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=line, texts=st.lists(long, min_size=1, max_size=6))
def test_any_text_builds_every_document(name: str, texts: list[str]) -> None:
    word = next(iter(re.findall(r"[A-Za-z0-9]{4,12}", name)), "")
    for data in _build_all(name, texts):
        assert data.startswith(b"%PDF")
        if word:  # the organisation's name heads every document
            assert word in _squeezed(text_of(data))


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_entered_text_reaches_every_document() -> None:
    """What the user typed is printed as typed: Dutch, Turkish and Polish letters too."""
    name = "Huurdersvereniging Łódź-Ğüneş"
    texts = ["Zoë wil 120 woningen in Çarşı-Noord", "Grażyna spreekt namens de leden"]
    for data in _build_all(name, texts):
        text = _squeezed(text_of(data))
        assert _squeezed(name) in text
    brief, paper = _build_all(name, texts, only=(0, 1))
    assert _squeezed(texts[0]) in _squeezed(text_of(paper))
    assert _squeezed(texts[-1]) in _squeezed(text_of(brief))


def test_markup_in_every_field_stays_text() -> None:
    for data in _build_all(MARKUP, [MARKUP]):
        text = text_of(data)
        assert "<b>vet</b>" in text and 'href="file:///x"' in text
        assert b"/URI" not in data and b"/Launch" not in data and b"/EmbeddedFile" not in data
        assert b"/Subtype /Image" not in data
        for page in read(data).pages:
            for annot in page.get("/Annots", []):  # only the contents' jumps inside the PDF
                link = annot.get_object()
                assert link["/Subtype"] == "/Link" and "/Dest" in link and "/A" not in link
            xobjects = page["/Resources"].get("/XObject", {})
            assert all(xobjects[n]["/Subtype"] == "/Form" for n in xobjects)  # only our page total


@pytest.mark.slow
@pytest.mark.parametrize(
    ("huge", "field", "only"),
    [
        ("x" * 100_000, 0, (1,)),
        ("Şükrü Łódź " * 9_000, 5, (0,)),
        ("\n" * 5_000 + "y", 0, (2, 4)),
    ],
    ids=["long-word-as-theme-title", "long-prose-in-red-line", "many-newlines-in-notes"],
)
def test_maximal_text_still_builds(huge: str, field: int, only: tuple[int, ...]) -> None:
    """The longest text a field accepts, where it is most likely to break layout:
    a title becomes a heading, bookmark and TOC entry; the red line is a
    bordered box; notes and survey themes hold line breaks."""
    texts = ["kort"] * 12
    texts[field] = huge
    pdfs = _build_all("Çağrı & Łódź", texts, only)
    assert all(p.startswith(b"%PDF") for p in pdfs)


def test_dataclasses_are_frozen() -> None:
    info = _info("x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.organisation = "y"  # type: ignore[misc]
