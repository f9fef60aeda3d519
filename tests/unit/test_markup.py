"""The markup gateway: user text reaches ReportLab only as literal text."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents.markup import escape, one_line, para, plain, rich
from app.documents.styles import styles
from app.documents.template import DocMeta, render

HOSTILE = [
    "S&P <b>",
    '<img src="/etc/passwd">',
    '<a href="file:///x">klik</a>',
    "<font color=red>rood</font>",
    "&amp; &#65; &lt;",
    "<para><bullet>x</bullet></para>",
    "]]><!-- -->",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_leaves_no_tag(text: str) -> None:
    out = escape(text)
    assert "<" not in out.replace("<br/>", "")
    assert ">" not in out.replace("<br/>", "")


def test_newlines_and_controls() -> None:
    assert escape("a\r\nb\rc\nd") == "a<br/>b<br/>c<br/>d"
    assert escape("a\x00b\x07c\x1bd\ttab") == "abcd tab"
    assert plain("x\ud800y") == "xy"
    assert one_line("  a \n b\t") == "a b"


def test_rich_escapes_parts_not_template() -> None:
    out = rich("<b>{label}</b> {value}", label="A&B", value="<i>x</i> {value}")
    assert out == "<b>A&amp;B</b> &lt;i&gt;x&lt;/i&gt; {value}"


def _pdf_of(text: str) -> pypdf.PdfReader:
    meta = DocMeta("Test", "Org", "Ronde", dt.date(2027, 1, 2))
    data = render(meta, [para(text, styles().body)])
    return pypdf.PdfReader(io.BytesIO(data))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_prints_literally(text: str) -> None:
    reader = _pdf_of(text)
    extracted = reader.pages[0].extract_text()
    assert " ".join(text.split()) in " ".join(extracted.split())
    page = reader.pages[0]
    assert "/Annots" not in page  # no link became an annotation
    resources = page["/Resources"]
    xobjects = resources.get("/XObject", {})
    # Only our own page-total form may be there; no image was embedded.
    assert all(xobjects[name]["/Subtype"] == "/Form" for name in xobjects)


def test_diacritics_print() -> None:
    names = "Şükrü Yılmaz, İpek Güneş, Łucja Wiśniewska, Zoë Brontë, Dvořák"
    extracted = _pdf_of(names).pages[0].extract_text()
    assert names in " ".join(extracted.split())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_never_becomes_markup(text: str) -> None:
    out = escape(text)
    without_breaks = out.replace("<br/>", "")
    assert "<" not in without_breaks and ">" not in without_breaks
    # Every '&' starts one of our own entities.
    for chunk in without_breaks.split("&")[1:]:
        assert chunk.startswith(("amp;", "lt;", "gt;", "quot;"))
    para(text, styles().body)  # ReportLab parses it without error
