"""The Achterbanrapport: figures, charts, remarks, and never contact details."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents.data import RoundInfo
from app.documents.survey_report import SurveyReportDoc, build_survey_report
from app.services import survey as survey_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.demo_survey import demo_survey
from models.survey import Remark, Survey, SurveyResponse, add_responses, design_from_themes
from models.survey_results import count_survey

INFO = RoundInfo("HV Test", "Prestatieafspraken 2027", 2027, dt.date(2027, 3, 1))


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Survey]]:
    services = Services.open(tmp_path_factory.mktemp("demo") / "data")
    current = add_demo(services.repo)
    survey_service.save_survey(services.repo, demo_survey(services.repo, current.id))
    survey = survey_service.load_survey(services.repo, current.id)
    pdf = survey_service.report_pdf(services.repo, current.id, dt.date(2027, 3, 20))
    services.close()
    yield text_of(pdf), survey


def test_demo_report_says_who_took_part_and_the_ranking(demo_report: tuple[str, Survey]) -> None:
    text, survey = demo_report
    assert "Achterbanrapport" in text
    assert "312 van de 1.240 leden deden mee (25%)" in text
    assert "Bloemenbuurt" in text and "130 van 410 (32%)" in text
    first = count_survey(survey, 1240).themes[0]
    assert first.title == "Betaalbaarheid"
    assert f"1. Betaalbaarheid: {first.points} punten" in text
    assert "Heel belangrijk" in text  # the per-theme chart's labels
    assert "Schimmel in de badkamer, al drie keer gemeld." in text
    assert "komt overeen met de prioriteiten" in text


def test_demo_report_has_no_contact_details(demo_report: tuple[str, Survey]) -> None:
    text, survey = demo_report
    assert survey.contacts  # the demo has some, so this test can fail
    for contact in survey.contacts:
        for value in (contact.name, contact.phone, contact.email):
            assert not value or value not in text


def test_empty_survey_report() -> None:
    survey = Survey(round_id="2027", design=design_from_themes([("a", "Wonen")]))
    pdf = build_survey_report(INFO, SurveyReportDoc(count_survey(survey), ""))
    assert "Er zijn nog geen antwoorden ingevoerd." in text_of(pdf)


texts = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=80)


@settings(max_examples=20, deadline=None)
@given(titles=st.lists(texts, min_size=1, max_size=5), remark=texts)
def test_any_text_builds(titles: list[str], remark: str) -> None:
    themes = [(f"k{i}", title) for i, title in enumerate(titles)]
    survey = Survey(round_id="2027", design=design_from_themes(themes))
    top = ["k0"] if len(titles) > 1 else []
    answer = SurveyResponse(top=top, remarks=[Remark(theme="k0", text=remark)])
    count = count_survey(add_responses(survey, [answer]))
    assert build_survey_report(INFO, SurveyReportDoc(count, "1 lid")).startswith(b"%PDF")


def test_report_writes_to_a_file(tmp_path: Path) -> None:
    survey = Survey(round_id="2027", design=design_from_themes([("a", "Wonen"), ("b", "Zorg")]))
    count = count_survey(add_responses(survey, [SurveyResponse(top=["b"])]))
    out = tmp_path / "rapport.pdf"
    out.write_bytes(build_survey_report(INFO, SurveyReportDoc(count, "1 lid")))
    assert "1. Zorg" in text_of(out.read_bytes())


def test_paper_form_follows_the_design(demo_report: tuple[str, Survey]) -> None:
    from app.documents.data import SurveyTheme
    from app.documents.survey import build_survey

    _text, survey = demo_report
    themes = [SurveyTheme(t.title) for t in survey.design.themes]
    je = text_of(build_survey(INFO, themes, "kantoor", survey.design))
    assert "In welke buurt of welk complex woon je?" in je
    assert "1. Bloemenbuurt" in je and "3. Centrum" in je
    assert "Jouw top 3" in je and "1. Betaalbaarheid, 2. Kwaliteit" in je
    assert "we wissen ze na de enquête" in je
    formal = survey.design.model_copy(update={"address": "u", "ask_contact": False})
    u = text_of(build_survey(INFO, themes, "kantoor", formal))
    assert "Hoe belangrijk vindt u dit?" in u and "Uw top 3" in u
    assert "jij" not in u and "Wil je" not in u
    assert "meedenken" not in u


def test_brief_and_position_paper_say_on_whose_behalf(tmp_path: Path) -> None:
    from app.services.documents import build_document

    services = Services.open(tmp_path / "data")
    try:
        add_demo(services.repo)
        brief = text_of(build_document(services.repo, "brief", "2027"))
        paper = text_of(build_document(services.repo, "position", "2027"))
        form = text_of(build_document(services.repo, "survey", "2027"))
    finally:
        services.close()
    assert "Het overleg · namens 312 van de 1.240 leden" in brief
    assert "312 van de 1.240 leden deden mee (25%). Hun top drie: Betaalbaarheid" in paper
    assert "Ledenenquête: plaats 1 van 7." in paper  # the figures per theme
    assert "In welke buurt of welk complex woon je?" in form and "2. De Horst" in form
