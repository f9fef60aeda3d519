"""Paragraph styles and colours shared by all documents (A4, DejaVu Sans).

Decisions: body text 11 pt with generous leading, because the readers are
often older volunteers reading a print-out; one accent colour (deep teal,
the app's seed colour) for headings and rules, red only for red lines.
Callouts use the paragraph's own border and background rather than a Table,
so any amount of text can still break across pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from app.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts

TEAL = colors.HexColor("#0B5D5B")
TEAL_LIGHT = colors.HexColor("#E4F0EF")
INK = colors.HexColor("#1F1F1F")
GREY = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#B8CFCD")
RED = colors.HexColor("#A32020")
RED_LIGHT = colors.HexColor("#FBEDEC")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    bullet: ParagraphStyle
    callout: ParagraphStyle
    red_line: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


@cache
def styles() -> Styles:
    """The style set (fonts are registered on first use)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=11,
        leading=15.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=22,
            leading=28,
            textColor=TEAL,
            spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=13, leading=18, textColor=GREY, spaceAfter=12
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=21,
            textColor=TEAL,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=True,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=TEAL,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=15,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=GREY),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=BOLD,
            fontSize=9.5,
            leading=13,
            textColor=TEAL,
            spaceBefore=4,
            spaceAfter=1,
            keepWithNext=True,
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=14,
            bulletIndent=2,
            spaceAfter=3,
            bulletFontName=REGULAR,
        ),
        callout=ParagraphStyle(
            "callout",
            parent=body,
            backColor=TEAL_LIGHT,
            borderColor=TEAL_LIGHT,
            borderWidth=0.5,
            borderPadding=(6, 8, 6, 8),
            leftIndent=8,
            rightIndent=8,
            spaceBefore=8,
            spaceAfter=10,
        ),
        red_line=ParagraphStyle(
            "red_line",
            parent=body,
            backColor=RED_LIGHT,
            borderColor=RED,
            borderWidth=0.8,
            borderPadding=(5, 8, 5, 8),
            leftIndent=8,
            rightIndent=8,
            spaceBefore=6,
            spaceAfter=10,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=9.5, leading=12.5, spaceAfter=0
        ),
        toc1=ParagraphStyle(
            "toc1",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=16,
            leftIndent=0,
            firstLineIndent=0,
        ),
        toc2=ParagraphStyle(
            "toc2",
            parent=body,
            fontName=ITALIC,
            fontSize=10,
            leading=14,
            leftIndent=16,
            firstLineIndent=0,
        ),
    )
