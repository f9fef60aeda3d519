"""The shared page template: header, footer, metadata, bookmarks, TOC."""

from __future__ import annotations

import datetime as dt
import io

import pypdf

from app.documents.blocks import TickBoxes, WritingLines, bullets, field
from app.documents.markup import para
from app.documents.styles import styles
from app.documents.template import DocMeta, fit, heading, render, table_of_contents
from app.i18n import set_language

META = DocMeta(
    "Vergaderbrief",
    "Huurdersvereniging Çağrı & Łódź",
    "Prestatieafspraken 2027",
    dt.date(2027, 3, 14),
    subject="Onderwerp",
)


def _story(n: int) -> list:
    story = []
    for i in range(n):
        story += [
            heading(f"Thema {i}"),
            para("Tekst " * 200, styles().body),
            heading(f"Onderdeel {i}", 1),
            *field("Rode lijn", "Niet onder de 100 woningen."),
            *bullets(["een", "twee"]),
            TickBoxes(["Ja", "Nee"]),
            WritingLines(2),
        ]
    return story


def _read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def test_header_footer_and_metadata() -> None:
    reader = _read(render(META, _story(3)))
    assert len(reader.pages) >= 2
    text = reader.pages[1].extract_text()
    assert "Huurdersvereniging Çağrı & Łódź" in text
    assert "Prestatieafspraken 2027" in text
    assert f"Pagina 2 van {len(reader.pages)}" in " ".join(text.split())
    assert "14 maart 2027" in text
    meta = reader.metadata
    assert meta is not None
    assert meta.author == "Huurdersvereniging Çağrı & Łódź"
    assert meta.title == "Vergaderbrief – Prestatieafspraken 2027"
    assert meta.subject == "Onderwerp"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]


def test_english_language_tag_and_footer() -> None:
    set_language("en")
    try:
        reader = _read(render(META, _story(1)))
        assert reader.trailer["/Root"]["/Lang"] == "en-GB"
        assert "Page 1 of" in reader.pages[0].extract_text()
        assert "14 March 2027" in reader.pages[0].extract_text()
    finally:
        set_language("nl")


def test_bookmarks_follow_headings() -> None:
    reader = _read(render(META, _story(3)))
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == ["Thema 0", "Thema 1", "Thema 2"]
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert nested[0][0].title == "Onderdeel 0"


def test_cover_has_no_header_and_toc_lists_headings() -> None:
    data = render(
        META, [table_of_contents(), *_story(4)], cover=[para("Inzetnotitie", styles().title)]
    )
    reader = _read(data)
    cover = reader.pages[0].extract_text()
    assert "Inzetnotitie" in cover
    assert "Prestatieafspraken 2027" not in cover  # no header on the cover
    toc = reader.pages[1].extract_text()
    assert "Thema 3" in toc


def test_outline_never_skips_a_level() -> None:
    # A document starting with a level-1 heading must still build.
    reader = _read(render(META, [heading("Alleen sub", 1)]))
    assert reader.outline[0].title == "Alleen sub"


def test_empty_story_and_fit() -> None:
    assert len(_read(render(META, [])).pages) == 1
    assert fit("x" * 500, "DejaVuSans", 9, 100).endswith("…")
    assert fit("kort", "DejaVuSans", 9, 100) == "kort"
