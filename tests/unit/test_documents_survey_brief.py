"""The paper survey and the meeting brief, checked on their PDF text."""

from __future__ import annotations

import dataclasses

from app.documents.brief import build_brief
from app.documents.data import PositionDoc
from app.documents.survey import build_survey
from models.meeting import Meeting
from models.position import Position
from tests.unit.test_documents_data import (
    INFO,
    ORG,
    SURVEY_THEMES,
    meeting_for,
    position_doc,
    read,
    text_of,
)


def test_survey_lists_themes_and_tick_boxes() -> None:
    data = build_survey(INFO, SURVEY_THEMES, return_note="Bij Zoë, Dorpsstraat 4")
    text = text_of(data)
    assert "Enquête voor leden" in text
    assert "1. Beschikbaarheid" in text and "2. Eigen: Ğüzel" in text
    assert "Heel belangrijk" in text and "Weet ik niet" in text
    assert "Lever het formulier in: Bij Zoë, Dorpsstraat 4" in text
    assert ORG in text
    reader = read(data)
    assert 1 <= len(reader.pages) <= 3
    assert reader.metadata.author == ORG


def test_survey_without_themes_still_asks_open_questions() -> None:
    text = text_of(build_survey(INFO, []))
    assert "Jouw top 3" in text and "vóór:" in text


def test_brief_contains_meeting_priorities_and_themes() -> None:
    doc = position_doc()
    data = build_brief(INFO, doc, meeting_for(doc))
    text = text_of(data)
    for expected in [
        "Vergaderbrief",
        "14 september 2027, 19:30",
        "Buurthuis De Kern",
        "Łucja Wiśniewska; Zoë Brontë",
        "gemeente Noorderveen",
        "Huur stijgt niet meer dan de CAO",
        "Şükrü Yılmaz zegt: S&P <b>",
        'Nooit <img src="/etc/passwd">',
        "Waarom stijgt de huur?",
        "Wie spreekt: Łucja Wiśniewska",
        '<a href="file:///x">klik</a>',
        "Ook op tafel (wens)",
    ]:
        assert expected in text, expected
    # the top priorities come before the per-theme part
    assert text.index("Onze belangrijkste punten") < text.index("Per thema")
    reader = read(data)
    assert len(reader.pages) <= 2
    assert reader.metadata.title == "Vergaderbrief – Prestatieafspraken 2027"
    assert [o.title for o in reader.outline if not isinstance(o, list)][:2] == [
        "Het overleg",
        "Onze belangrijkste punten",
    ]
    assert "/Annots" not in reader.pages[0]


def test_brief_uses_catalogue_questions_when_none_written() -> None:
    doc = position_doc()
    text = text_of(build_brief(INFO, doc, Meeting(round_id="2027")))
    assert "Vragen die je kunt stellen" in text
    # no placeholders to the table: missing details are left out (issue 12)
    assert "nog niet ingevuld" not in text and "nog niet bepaald" not in text
    assert "Wie spreekt" not in text


def test_brief_of_empty_position() -> None:
    empty = PositionDoc(Position(round_id="2027"), [], [])
    text = text_of(build_brief(INFO, empty, Meeting(round_id="2027")))
    assert "Vergaderbrief" in text
    assert "Kies ze bij" not in text and "Onze belangrijkste punten" not in text


def test_brief_in_english() -> None:
    from app.i18n import set_language

    set_language("en")
    try:
        doc = position_doc()
        text = text_of(build_brief(dataclasses.replace(INFO), doc, meeting_for(doc)))
        assert "Meeting brief" in text and "Who speaks" in text
        assert read(build_brief(INFO, doc, meeting_for(doc))).trailer["/Root"]["/Lang"] == "en-GB"
    finally:
        set_language("nl")
