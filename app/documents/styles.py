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
from typing import NamedTuple

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


class _Text(NamedTuple):
    """A text style derived from the body: type size and leading at an 11 pt
    body (scaled for compact documents), colour, and spacing before and after
    (``None``: the body's)."""

    font: str
    size: float
    leading: float
    colour: colors.Color = INK
    before: float = 0
    after: float | None = None
    keep_with_next: bool = False
    indent: float = 0


#: Headings and labels stay with what follows them.
_TEXTS: dict[str, _Text] = {
    "subtitle": _Text(REGULAR, 13, 18, GREY, after=12),
    "h1": _Text(BOLD, 16, 21, TEAL, 14, 6, keep_with_next=True),
    "h2": _Text(BOLD, 13, 17, TEAL, 10, 4, keep_with_next=True),
    "h3": _Text(BOLD, 11, 15, INK, 6, 2, keep_with_next=True),
    "small": _Text(REGULAR, 9, 12, GREY),
    "label": _Text(BOLD, 9.5, 13, TEAL, 4, 1, keep_with_next=True),
    "cell": _Text(REGULAR, 9.5, 12.5, after=0),
    "cell_bold": _Text(BOLD, 9.5, 12.5, after=0),
    "toc1": _Text(BOLD, 11, 16),
    "toc2": _Text(ITALIC, 10, 14, indent=16),
}

#: Boxed paragraphs: (background, border colour, border width, padding above
#: and below, space before).
_BOXES: dict[str, tuple[colors.Color, colors.Color, float, float, float]] = {
    "callout": (TEAL_LIGHT, TEAL_LIGHT, 0.5, 6, 8),
    "red_line": (RED_LIGHT, RED, 0.8, 5, 6),
}


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
    derived: dict[str, ParagraphStyle] = {}
    for name, text in _TEXTS.items():
        style = ParagraphStyle(
            name,
            parent=body,
            fontName=text.font,
            fontSize=text.size * k,
            leading=text.leading * k,
            textColor=text.colour,
            spaceBefore=text.before * sp,
            leftIndent=text.indent,
        )
        if text.after is not None:
            style.spaceAfter = text.after * sp
        if text.keep_with_next:
            style.keepWithNext = True
        derived[name] = style
    for name, (back, border, width, pad, before) in _BOXES.items():
        derived[name] = ParagraphStyle(
            name,
            parent=body,
            backColor=back,
            borderColor=border,
            borderWidth=width,
            borderPadding=(pad, 8, pad, 8),
            leftIndent=8,
            rightIndent=8,
            spaceBefore=before * sp,
            spaceAfter=10 * sp,
        )
    title = ParagraphStyle(
        "title",
        parent=body,
        fontName=BOLD,
        fontSize=22 * k * k,
        leading=28 * k * k,
        textColor=TEAL,
        spaceAfter=4 * sp,
    )
    bullet = ParagraphStyle(
        "bullet",
        parent=body,
        leftIndent=14,
        bulletIndent=2,
        spaceAfter=3 * sp,
        bulletFontName=REGULAR,
    )
    return Styles(title=title, body=body, bullet=bullet, **derived)
