"""Hand-made input for the document builders (no repository needed), shared by the
document tests, and tests of the meeting model those builders read."""

from __future__ import annotations

import datetime as dt
import io

import pypdf

from app.documents.data import LegalHookText, PositionDoc, RoundInfo, SurveyTheme, ThemeDoc
from models.meeting import Meeting
from models.position import Demand, Position, Priority, ThemePosition

ORG = "Huurdersvereniging Çağrı & Łódź"
INFO = RoundInfo(
    organisation=ORG,
    round_title="Prestatieafspraken 2027",
    year=2027,
    today=dt.date(2027, 3, 14),
    municipalities=["Noorderveen"],
    housing_associations=["Woonstichting Het Anker"],
)


def theme(title: str, priority: Priority | None, **texts: str) -> ThemeDoc:
    demand = Demand(
        what=texts.pop("what", f"Eis voor {title}"),
        amount="120 woningen",
        deadline="31-12-2027",
        responsible="Woonstichting Het Anker",
    )
    item = ThemePosition(
        theme_id="eigen", title=title, priority=priority, demands=[demand], **texts
    )
    return ThemeDoc(
        item,
        title,
        why="Waarom dit thema telt.",
        questions=["Hoeveel woningen komen erbij?", "Wie betaalt?"],
        hooks=[LegalHookText("Woningwet art. 42", True, "S3")],
    )


def position_doc() -> PositionDoc:
    themes = [
        theme(
            "Betaalbaarheid",
            Priority.MUST,
            what="Huur stijgt niet meer dan de CAO",
            arguments="Şükrü Yılmaz zegt: S&P <b>",
            red_line='Nooit <img src="/etc/passwd">',
            situation="Huur steeg 5,8%.",
            situation_source="Jaarverslag 2026",
            member_input="Leden (İpek Güneş) willen lagere huur.",
            wishes="Betaalbare huur.",
        ),
        theme("Leefbaarheid", Priority.COULD, what='<a href="file:///x">klik</a>'),
        theme("Wonen en zorg", Priority.SHOULD),
    ]
    position = Position(
        round_id="2027",
        themes=[t.theme for t in themes],
        member_summary="Leden willen vooral betaalbare huur.",
        adopted_on=dt.date(2027, 2, 1),
    )
    return PositionDoc(position, [themes[0], themes[2], themes[1]], [themes[0], themes[2]])


def meeting_for(doc: PositionDoc) -> Meeting:
    first = doc.themes[0].theme.id
    return Meeting(
        round_id="2027",
        date=dt.date(2027, 9, 14),
        time="19:30",
        place="Buurthuis De Kern",
        participants="Łucja Wiśniewska\nZoë Brontë",
        goal="Het bod bespreken",
        speakers={first: "Łucja Wiśniewska"},
        questions={first: "Waarom stijgt de huur?\nWat kost isolatie?"},
    )


SURVEY_THEMES = [
    SurveyTheme("Beschikbaarheid", "Veel mensen wachten."),
    SurveyTheme("Eigen: Ğüzel"),
]


def read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def text_of(data: bytes) -> str:
    """All text of a PDF with whitespace collapsed (lines joined)."""
    reader = read(data)
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_meeting_lists_and_lookups() -> None:
    doc = position_doc()
    meeting = meeting_for(doc)
    first = doc.themes[0].theme.id
    assert meeting.participant_list() == ["Łucja Wiśniewska", "Zoë Brontë"]
    assert meeting.questions_for(first) == ["Waarom stijgt de huur?", "Wat kost isolatie?"]
    assert meeting.speaker_for("unknown") == ""
    assert meeting.has_details()
    assert not Meeting(round_id="2027").has_details()


def test_meeting_round_trip_keeps_text_exactly() -> None:
    meeting = meeting_for(position_doc()).model_copy(update={"goal": "  S&P <b>\n  "})
    again = Meeting.model_validate(meeting.model_dump(mode="json"))
    assert again == meeting and again.goal == "  S&P <b>\n  "
