"""Small story-building blocks shared by the documents.

Every block takes plain text and passes it through :mod:`app.documents.markup`;
none of them puts user text in a Table cell, because a cell cannot break
across pages and a very long text would stop the whole document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from app.documents.fonts import REGULAR
from app.documents.markup import escape, paragraphs, rich
from app.documents.styles import GREY, INK, TEAL, styles

#: From this many characters on, a field's label is not kept with its whole text
#: (ReportLab would move label and text to a new page and leave a page half empty).
LONG_FIELD = 1200


def field(label: str, text: str, style_name: str = "body", compact: bool = False) -> list[Flowable]:
    """A small teal label above free text; nothing at all when the text is empty.

    A long text starts where it is, as long as at least a few lines fit under
    its label; only then is the label kept with the text that follows.
    """
    if not text.strip():
        return []
    style = getattr(styles(compact), style_name)
    label_style = styles(compact).label
    if len(text) < LONG_FIELD:
        return [Paragraph(escape(label), label_style), *paragraphs(text, style)]
    loose = ParagraphStyle("label_loose", parent=label_style, keepWithNext=False)
    return [CondPageBreak(30 * mm), Paragraph(escape(label), loose), *paragraphs(text, style)]


def inline(label: str, value: str, compact: bool = False) -> Paragraph:
    """'Label: value' on one line (the label bold), for short facts."""
    return Paragraph(
        rich("<b>{label}:</b> {value}", label=label, value=value), styles(compact).body
    )


def bullets(
    items: Iterable[str], style_name: str = "bullet", compact: bool = False
) -> list[Flowable]:
    """One bulleted paragraph per non-empty item (line breaks kept)."""
    style = getattr(styles(compact), style_name)
    return [Paragraph(escape(item), style, bulletText="•") for item in items if item.strip()]


def numbered(items: Sequence[str], compact: bool = False) -> list[Flowable]:
    """A numbered list (1., 2., ...) of non-empty items."""
    kept = [item for item in items if item.strip()]
    return [
        Paragraph(escape(item), styles(compact).bullet, bulletText=f"{n}.")
        for n, item in enumerate(kept, start=1)
    ]


def lines_of_text(text: str) -> list[str]:
    """Non-empty lines of a free text field (e.g. one question per line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


#: Writing lines: dark enough to see on paper (contrast with white about 3.5:1, WCAG
#: asks at least 3:1 for such graphics); the pale rule colour was about 1.6:1.
LINE_GREY = colors.HexColor("#8A8A8A")


class WritingLines(Flowable):
    """Ruled lines to write on by hand (paper survey, notes)."""

    def __init__(self, count: int, gap: float = 9 * mm) -> None:
        super().__init__()
        self.count = count
        self.gap = gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setStrokeColor(LINE_GREY)
        canvas.setLineWidth(0.8)
        for i in range(self.count):
            y = i * self.gap
            canvas.line(0, y, self.width, y)


class TickBoxes(Flowable):
    """Empty squares with a label each, laid out left to right, wrapping rows.

    Labels are short fixed texts of our own (translated), drawn as plain
    strings, so no markup is involved.
    """

    BOX = 6 * mm  # big enough to tick with a shaky hand
    ROW = 10 * mm

    def __init__(self, labels: Sequence[str], font_size: float = 10.5) -> None:
        super().__init__()
        self.labels = list(labels)
        self.font_size = font_size
        self._rows: list[list[tuple[float, str]]] = []

    def _layout(self, width: float) -> list[list[tuple[float, str]]]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        rows: list[list[tuple[float, str]]] = [[]]
        x = 0.0
        for label in self.labels:
            w = self.BOX + 2 * mm + stringWidth(label, REGULAR, self.font_size) + 8 * mm
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append((x, label))
            x += w
        return rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._rows = self._layout(avail_width)
        self.width = avail_width
        return avail_width, len(self._rows) * self.ROW

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setLineWidth(0.9)
        canvas.setStrokeColor(TEAL)
        canvas.setFillColor(INK)
        canvas.setFont(REGULAR, self.font_size)
        top = len(self._rows) * self.ROW
        for r, row in enumerate(self._rows):
            y = top - (r + 1) * self.ROW + 2 * mm
            for x, label in row:
                canvas.rect(x, y, self.BOX, self.BOX, stroke=1, fill=0)
                canvas.drawString(x + self.BOX + 2 * mm, y + 1.6 * mm, label)


def title_block(title: str, subtitle: str, compact: bool = False) -> list[Flowable]:
    """The document's name in large type and a grey line under it."""
    return [
        Paragraph(escape(title), styles(compact).title),
        Paragraph(escape(subtitle), styles(compact).subtitle),
    ]


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def muted(text: str, compact: bool = False) -> Paragraph:
    return Paragraph(escape(text), styles(compact).small)


__all__ = [
    "GREY",
    "TickBoxes",
    "WritingLines",
    "bullets",
    "field",
    "gap",
    "inline",
    "lines_of_text",
    "muted",
    "numbered",
    "title_block",
]
