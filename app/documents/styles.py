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
def styles(compact: bool = False) -> Styles:
    """The style set (fonts are registered on first use).

    ``compact`` is for documents that must fit on one or two pages (the
    meeting brief, the process letter): 10 pt body, tighter spacing.
    """
    register_fonts()
    k = 10 / 11 if compact else 1.0
    sp = 0.7 * k if compact else 1.0  # spacing shrinks more than type
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=11 * k,
        leading=15.5 * k * (0.93 if compact else 1.0),
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=22 * k * k,
            leading=28 * k * k,
            textColor=TEAL,
            spaceAfter=4 * sp,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=body,
            fontSize=13 * k,
            leading=18 * k,
            textColor=GREY,
            spaceAfter=12 * sp,
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=16 * k,
            leading=21 * k,
            textColor=TEAL,
            spaceBefore=14 * sp,
            spaceAfter=6 * sp,
            keepWithNext=True,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=13 * k,
            leading=17 * k,
            textColor=TEAL,
            spaceBefore=10 * sp,
            spaceAfter=4 * sp,
            keepWithNext=True,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=11 * k,
            leading=15 * k,
            textColor=INK,
            spaceBefore=6 * sp,
            spaceAfter=2 * sp,
            keepWithNext=True,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=9 * k, leading=12 * k, textColor=GREY),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=BOLD,
            fontSize=9.5 * k,
            leading=13 * k,
            textColor=TEAL,
            spaceBefore=4 * sp,
            spaceAfter=1 * sp,
            keepWithNext=True,
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=14,
            bulletIndent=2,
            spaceAfter=3 * sp,
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
            spaceBefore=8 * sp,
            spaceAfter=10 * sp,
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
            spaceBefore=6 * sp,
            spaceAfter=10 * sp,
        ),
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=9.5 * k, leading=12.5 * k, spaceAfter=0 * sp
        ),
        cell_bold=ParagraphStyle(
            "cell_bold",
            parent=body,
            fontName=BOLD,
            fontSize=9.5 * k,
            leading=12.5 * k,
            spaceAfter=0 * sp,
        ),
        toc1=ParagraphStyle(
            "toc1",
            parent=body,
            fontName=BOLD,
            fontSize=11 * k,
            leading=16 * k,
            leftIndent=0,
            firstLineIndent=0,
        ),
        toc2=ParagraphStyle(
            "toc2",
            parent=body,
            fontName=ITALIC,
            fontSize=10 * k,
            leading=14 * k,
            leftIndent=16,
            firstLineIndent=0,
        ),
    )
