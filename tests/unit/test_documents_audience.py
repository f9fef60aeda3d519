"""Documents must not work against the tenants (issue 12): internal papers are marked
confidential on every page, papers for the other side carry no red line, speaker or
coaching text, the process letter reads as a letter, and print details are right."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.content.checklist import checklist_content
from app.documents.brief import build_brief
from app.documents.checklist_report import build_checklist_report
from app.documents.data import ChecklistDoc
from app.documents.position_paper import build_position_paper
from app.documents.process_letter import _short, build_process_letter, build_rvc_letter
from models.base import InvalidInput
from models.checklist import Answer, ChecklistAnswers, ItemAnswer
from models.checklist_scoring import all_actions, compare, score_by_group
from models.meeting import Meeting
from models.organisation import BoardMember
from tests.unit.test_documents_checklist import _doc
from tests.unit.test_documents_data import INFO, meeting_for, position_doc, read

CONFIDENTIAL = "Vertrouwelijk – alleen voor de eigen delegatie"
#: App instructions and coaching text that must never reach paper for the other side.
COACHING = [
    "Kies ze bij",
    "Van elk tekort maak je een actie",
    "controleer de stand van zaken",
    "in de sectie",
    "Waar we op kunnen leunen",
    "nog niet ingevuld",
    "nog niet bepaald",
]

FULL_INFO = dataclasses.replace(
    INFO, member_count=1240, contact="Zoë Brontë, secretaris · 06-12345678"
)


def pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in read(data).pages]


def test_brief_is_confidential_on_every_page() -> None:
    doc = position_doc()
    data = build_brief(INFO, doc, meeting_for(doc))
    for page in pages(data):
        assert CONFIDENTIAL in page


def test_internal_position_paper_is_confidential_the_partner_version_is_not() -> None:
    internal = pages(build_position_paper(FULL_INFO, position_doc()))
    partner = pages(build_position_paper(FULL_INFO, position_doc(), partner=True))
    assert all(CONFIDENTIAL in page for page in internal)
    assert not any(CONFIDENTIAL in page for page in partner)


def test_partner_version_has_no_red_line_speaker_or_coaching() -> None:
    doc = position_doc()
    text = " ".join(pages(build_position_paper(FULL_INFO, doc, partner=True)))
    assert "Versie voor de gemeente en de woningcorporatie" in text
    assert "Huur stijgt niet meer dan de CAO" in text  # the demands are there
    for theme in doc.themes:
        if theme.theme.red_line.strip():
            assert theme.theme.red_line not in text
    assert "Ondergrens" not in text and "Wie spreekt" not in text
    assert "Łucja Wiśniewska" not in text  # the speaker of the demo brief
    for coaching in COACHING:
        assert coaching not in text, coaching


def test_summary_page_with_demands_members_and_contact() -> None:
    first = pages(build_position_paper(FULL_INFO, position_doc(), partner=True))[1]
    assert first.startswith("Huurdersvereniging") and "Samenvatting" in first
    assert "Namens 1.240 leden van" in first
    assert "Hoeveel: 120 woningen" in first and "Wanneer: 31-12-2027" in first
    assert "Contact: Zoë Brontë, secretaris" in first


def test_draft_on_every_page_until_adopted() -> None:
    doc = position_doc()
    draft = dataclasses.replace(doc, position=doc.position.model_copy(update={"adopted_on": None}))
    for page in pages(build_position_paper(INFO, draft)):
        assert "Concept" in page
    for page in pages(build_position_paper(INFO, doc)):
        assert "Concept" not in page


def test_brief_prints_no_placeholders_or_app_instructions() -> None:
    doc = position_doc()
    empty_meeting = Meeting(round_id="2027")
    text = " ".join(pages(build_brief(INFO, doc, empty_meeting)))
    for coaching in COACHING:
        assert coaching not in text, coaching
    assert "Wie spreekt" not in text  # no speaker chosen: no line at all
    assert "Waar:" not in text and "Deelnemers" not in text  # not filled in: no lines


def test_brief_prints_a_red_line_for_every_priority() -> None:
    doc = position_doc()
    wish = doc.themes[2]  # the 'could' theme
    themes = list(doc.themes)
    themes[2] = dataclasses.replace(
        wish, theme=wish.theme.model_copy(update={"red_line": "Niet minder dan nu."})
    )
    doc = dataclasses.replace(doc, themes=themes)
    text = " ".join(pages(build_brief(INFO, doc, meeting_for(doc))))
    assert "Niet minder dan nu." in text


def _letters(doc: ChecklistDoc) -> tuple[str, str]:
    return (
        " ".join(pages(build_process_letter(FULL_INFO, doc))),
        " ".join(pages(build_rvc_letter(FULL_INFO, doc))),
    )


def test_process_letter_reads_as_a_letter() -> None:
    letter, _rvc = _letters(_doc())
    for expected in [
        "Zoë Brontë, secretaris · 06-12345678",  # sender with contact
        "Het college van burgemeester en wethouders van de gemeente Noorderveen",
        "Het bestuur van Woonstichting Het Anker",
        "Datum: 14 maart 2027",
        "Ons kenmerk:",
        "Onderwerp:",
        "Bijlagen: Checklistrapport",
        "Geachte heer, mevrouw,",
        "Met vriendelijke groet,",
        "Łucja Wiśniewska, Voorzitter",
    ]:
        assert expected in letter, expected
    assert "raad van commissarissen" not in letter.lower()  # the RvC gets its own letter


def test_process_letter_asks_each_party_only_its_own_items() -> None:
    content = checklist_content()
    ids = {"B8": Answer.NO, "C20": Answer.NO, "C19": Answer.PARTLY, "A5": Answer.NO}
    answers = ChecklistAnswers(
        round_id="2027",
        answers={i: ItemAnswer(item_id=i, answer=a) for i, a in ids.items()},
    )
    scores = score_by_group(content, answers)
    doc = ChecklistDoc(
        content=content,
        answers=answers,
        scores=scores,
        comparison=compare(scores, None),
        actions=all_actions(content, answers),
        board=[BoardMember(name="Zoë Brontë", role="voorzitter")],
    )
    letter, _rvc = _letters(doc)
    municipality = letter.index("Wat wij van de gemeente vragen")
    association = letter.index("Wat wij van de woningcorporatie vragen")
    together = letter.index("Wat wij samen regelen")
    ourselves = letter.index("Wat wij zelf doen")
    assert municipality < association < together < ourselves
    assert municipality < letter.index("in elk geval de wethouder") < association  # C20
    assert association < letter.index("vóór 1 juli (uiterlijk 30 juni)") < together  # B8
    assert together < letter.index("vergadertijden passen") < ourselves  # C19
    assert ourselves < letter.index("scholing of training")  # A5: our own improvement


def test_letters_carry_no_red_line_speaker_or_coaching() -> None:
    letter, rvc = _letters(_doc())
    for text in (letter, rvc):
        for coaching in [*COACHING, "Ondergrens", "Wie spreekt", CONFIDENTIAL]:
            assert coaching not in text, coaching


def test_rvc_letter_has_its_own_request() -> None:
    _letter, rvc = _letters(_doc())
    assert "De raad van commissarissen (RvC) van Woonstichting Het Anker" in rvc
    assert "Weet u of alle partijen echt achter de afspraken staan" in rvc
    assert "Bijlagen: Procesbrief aan de gemeente en het bestuur" in rvc
    assert len(read(build_rvc_letter(FULL_INFO, _doc())).pages) == 1


def test_empty_checklist_gives_no_letter_but_a_message() -> None:
    content = checklist_content()
    answers = ChecklistAnswers(round_id="2027")
    scores = score_by_group(content, answers)
    doc = ChecklistDoc(content, answers, scores, compare(scores, None))
    with pytest.raises(InvalidInput, match="no answers yet"):
        build_process_letter(INFO, doc)
    with pytest.raises(InvalidInput):
        build_rvc_letter(INFO, doc)


def test_notes_are_never_cut_mid_word() -> None:
    note = "Eerste zin is kort. " + "woord " * 80
    short = _short(note)
    assert short == "Eerste zin is kort." or short.endswith(" …")
    assert _short("x" * 10 + " " + "lang" * 100).endswith(" …")


def test_checklist_report_table_has_units_na_column_and_action_table() -> None:
    text = " ".join(pages(build_checklist_report(INFO, _doc())))
    for expected in ["N.v.t.", "Score (%)", "Verschil (procentpunt)", "Actie", "Status", "Punt"]:
        assert expected in text, expected
    assert "Wie is aan zet:" in text
    assert "Van elk tekort maak je een actie" not in text


def test_checklist_report_survives_a_huge_action_text() -> None:
    doc = _doc()
    item = doc.content.items()[1]
    long = ItemAnswer(
        item_id=item.id,
        answer=Answer.NO,
        actions=[
            a.model_copy(update={"what": "lang " * 3000}) for a in doc.answers.get(item.id).actions
        ],
    )
    answers = doc.answers.model_copy(update={"answers": {**doc.answers.answers, item.id: long}})
    doc = dataclasses.replace(doc, answers=answers, actions=all_actions(doc.content, answers))
    assert len(read(build_checklist_report(INFO, doc)).pages) >= 3


def test_today_in_letters_is_the_given_date() -> None:
    info = dataclasses.replace(FULL_INFO, today=dt.date(2026, 12, 2))
    assert "Datum: 2 december 2026" in " ".join(pages(build_process_letter(info, _doc())))


def test_every_kind_says_who_it_is_for() -> None:
    from app.services.documents import KIND_CHOICES, spec

    for kind in KIND_CHOICES:
        assert spec(kind).audience, kind
    assert "vertrouwelijk" in _t(spec("brief").audience).lower()
    assert "gemeente" in _t(spec("position-partners").audience).lower()


def _t(msgid: str) -> str:
    from app.i18n import _

    return _(msgid)


def test_service_refuses_a_letter_without_answers_and_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services import documents
    from app.services.context import Services
    from app.services.rounds import create_round

    services = Services.open(tmp_path / "data")
    try:
        round_ = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
        lines = documents.contents(services.repo, "process", round_.id)
        assert lines and "nog geen antwoorden" in lines[0]
        with pytest.raises(InvalidInput):
            documents.build_document(services.repo, "process-rvc", round_.id)
        assert "Procesbrief 2027.pdf" not in documents.round_pdfs(services.repo, round_.id)
    finally:
        services.close()


def test_documenten_names_missing_meeting_details(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services import documents, meeting
    from app.services.context import Services
    from app.services.demo import add_demo

    services = Services.open(tmp_path / "data")
    try:
        add_demo(services.repo)
        meeting.update_meeting(services.repo, "2027", place="", date=None)
        lines = " ".join(documents.contents(services.repo, "brief", "2027"))
        assert "Nog niet ingevuld: datum, plaats" in lines
        assert "Nog geen spreker gekozen voor:" in lines  # the demo leaves 'Leefbaarheid' open
    finally:
        services.close()


def test_survey_boxes_and_writing_lines_are_easy_to_see() -> None:
    from reportlab.lib.units import mm

    from app.documents.blocks import LINE_GREY, TickBoxes

    def luminance(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * luminance(LINE_GREY.red)
        + 0.7152 * luminance(LINE_GREY.green)
        + 0.0722 * luminance(LINE_GREY.blue)
    )
    assert 1.05 / (lum + 0.05) >= 3.0  # contrast with white paper
    assert 6 * mm <= TickBoxes.BOX
