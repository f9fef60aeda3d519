"""The position paper (Inzetnotitie): cover, contents, every theme part, sources."""

from __future__ import annotations

from app.documents.data import PositionDoc
from app.documents.position_paper import build_position_paper
from models.position import Position, Priority
from tests.unit.test_documents_data import INFO, ORG, position_doc, read, text_of, theme


def test_paper_contains_all_parts() -> None:
    data = build_position_paper(INFO, position_doc())
    text = text_of(data)
    for expected in [
        "Inzetnotitie",
        ORG,
        "Voor het overleg met gemeente Noorderveen, Woonstichting Het Anker",
        "Vastgesteld door het bestuur op 1 februari 2027",
        "Leden willen vooral betaalbare huur.",
        "1. Betaalbaarheid",
        "Huur steeg 5,8%.",
        "Bron: Jaarverslag 2026",
        "Betaalbare huur.",
        "Huur stijgt niet meer dan de CAO",
        "Hoeveel: 120 woningen",
        "Şükrü Yılmaz zegt: S&P <b>",
        'Nooit <img src="/etc/passwd">',
        "Leden (İpek Güneş) willen lagere huur.",
        "Woningwet art. 42 (wet)",
        "Bronnen",
    ]:
        assert expected in text, expected
    reader = read(data)
    assert 3 <= len(reader.pages) <= 8
    cover = reader.pages[0].extract_text()
    assert "Inzetnotitie" in cover and "Pagina 1 van" in cover
    assert reader.metadata.author == ORG
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:2] == ["Samenvatting", "Wat onze leden zeggen"]
    assert "1. Betaalbaarheid" in titles


def test_draft_cover_and_no_toc_for_short_paper() -> None:
    doc = position_doc()
    draft = PositionDoc(doc.position.model_copy(update={"adopted_on": None}), doc.themes[:1])
    text = text_of(build_position_paper(INFO, draft))
    assert "Concept: nog niet vastgesteld door het bestuur" in text
    assert "Inhoud" not in text


def test_long_paper_has_contents_with_page_numbers() -> None:
    themes = [theme(f"Thema {i}", Priority.SHOULD, situation="Woord " * 500) for i in range(10)]
    doc = PositionDoc(Position(round_id="2027", themes=[t.theme for t in themes]), themes)
    data = build_position_paper(INFO, doc)
    reader = read(data)
    contents = next(p.extract_text() for p in reader.pages if "Inhoud" in p.extract_text())
    assert "Thema 9" in contents
    assert len(reader.pages) >= 8


def test_markup_in_theme_titles_stays_text_in_contents() -> None:
    titles = ['<img src="/etc/passwd">', "S&P <b>", '<a href="file:///x">x</a>', "Łódź"]
    themes = [theme(t, Priority.MUST) for t in titles]
    doc = PositionDoc(Position(round_id="2027", themes=[t.theme for t in themes]), themes)
    data = build_position_paper(INFO, doc)
    reader = read(data)
    contents = next(
        " ".join(p.extract_text().split()) for p in reader.pages if "Inhoud" in p.extract_text()
    )
    for title in titles:
        assert title in contents, title
    assert b"/Subtype /Image" not in data and b"/URI" not in data
