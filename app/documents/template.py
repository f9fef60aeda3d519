"""The page layout every document shares, and the one function that renders.

* A4 portrait; header with organisation and round on every page but a cover;
  footer "Pagina x van y" and the document's date.
* "van y" is a PDF form XObject filled in when the canvas is saved, so the
  document is laid out once (no second pass just to count pages) and
  bookmarks keep pointing at the right pages.
* Headings made with :func:`heading` become PDF bookmarks (outline) and, when
  asked, entries of a table of contents (then ReportLab lays out twice).
* Metadata: title, author (the organisation), subject, creator, language
  (nl-NL / en-GB) and "display the title, not the file name".
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.documents.data import RoundInfo
from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.documents.markup import escape, one_line
from app.documents.styles import GREY, RED, RULE, TEAL, styles
from app.i18n import _, format_date, get_language

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
_TOTAL_FORM = "aantafelPageTotal"
_LANG_TAGS = {"nl": "nl-NL", "en": "en-GB"}
_keys = itertools.count(1)
#: Longest title printed as a heading.
MAX_TITLE = 300


@dataclass(frozen=True)
class DocMeta:
    """What every document says about itself (header, footer, PDF metadata).

    ``title`` is the document's name ("Vergaderbrief"), ``organisation`` and
    ``round_title`` go in the header; ``on`` is the date printed in the
    footer (the day it was made, passed in so builders stay pure).
    """

    title: str
    organisation: str
    round_title: str
    on: dt.date
    subject: str = ""
    keywords: Sequence[str] = field(default_factory=tuple)
    #: For the own delegation only (red lines, who speaks): marked on every page.
    confidential: bool = False
    #: Not yet adopted by the board: "Concept" on every page.
    draft: bool = False

    @classmethod
    def for_round(
        cls,
        info: RoundInfo,
        title: str,
        subject: str,
        *,
        keywords: Sequence[str] = (),
        confidential: bool = False,
        draft: bool = False,
    ) -> DocMeta:
        """A round's document: the organisation and round from ``info``, dated its day."""
        return cls(
            title=title,
            organisation=info.organisation,
            round_title=info.round_title,
            on=info.today,
            subject=subject,
            keywords=keywords,
            confidential=confidential,
            draft=draft,
        )


def confidential_mark() -> str:
    """The line printed on every page of a document for the own delegation."""
    return _("Confidential – for our own delegation only")


def draft_mark() -> str:
    return _("Draft")


class Heading(Paragraph):
    """A heading that becomes a bookmark (and a TOC entry) when it is placed.

    ReportLab re-creates a paragraph of the same class when it splits it
    over pages (``__class__(None, style, frags=...)``); such pieces carry no
    bookmark of their own, except the first piece, which takes over the
    heading's bookmark.
    """

    def __init__(
        self,
        text: str | None,
        style: Any,
        level: int = 0,
        toc: bool = True,
        **kwargs: Any,
    ) -> None:
        if text is None:  # a piece made by split()
            super().__init__(text, style, **kwargs)
            self.outline_key = ""
            return
        super().__init__(escape(text), style)
        self.outline_text = one_line(text)[:200] or "—"
        self.outline_level = level
        self.in_toc = toc
        self.outline_key = f"h{next(_keys)}"

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        pieces = super().split(avail_width, avail_height)
        for piece in pieces:
            if isinstance(piece, Heading):
                piece.outline_key = ""
        if pieces and isinstance(pieces[0], Heading) and self.outline_key:
            first = pieces[0]
            first.outline_key = self.outline_key
            first.outline_text = self.outline_text
            first.outline_level = self.outline_level
            first.in_toc = self.in_toc
        return pieces


def title_text(text: str) -> str:
    """A title as printed: one line, at most ``MAX_TITLE`` characters.

    Own theme names are free text; a pasted paragraph must not become a page
    of heading (nor a bookmark or contents entry of that size).
    """
    text = one_line(text)
    return text if len(text) <= MAX_TITLE else text[:MAX_TITLE].rstrip() + "…"


def heading(text: str, level: int = 0, toc: bool = True, compact: bool = False) -> Heading:
    """A level-0 (h1) or level-1 (h2) heading with a bookmark (see :func:`title_text`)."""
    text = title_text(text)
    style = styles(compact).h1 if level == 0 else styles(compact).h2
    return Heading(text, style, level, toc)


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, shortened with '…' to fit ``width`` points."""
    text = one_line(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(len(text) - max(len(text) // 10, 1), 0)]
    return text + "…"


class _Canvas(Canvas):
    """Defines the page-total form just before the file is written."""

    def save(self) -> None:
        total = max(self.getPageNumber() - 1, 1)
        self.beginForm(_TOTAL_FORM)
        self.setFont(REGULAR, 8.5)
        self.setFillColor(GREY)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class _Doc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, meta: DocMeta, cover: bool) -> None:
        language = get_language()
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=one_line(f"{meta.title} – {meta.round_title}")[:300],
            author=one_line(meta.organisation)[:300],
            subject=one_line(meta.subject or meta.title)[:300],
            creator="Aan Tafel",
            keywords=[one_line(k)[:100] for k in meta.keywords],
            lang=_LANG_TAGS.get(language, "nl-NL"),
            displayDocTitle=True,
            initialFontName=REGULAR,
        )
        self.meta = meta
        self._outline_level = -1
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [PageTemplate("normal", [frame], onPage=self._decorate)]
        if cover:
            templates.insert(0, PageTemplate("cover", [frame], onPage=self._decorate_cover))
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.outline_key:
            # An outline may not skip a level (0 -> 2 is an error in ReportLab).
            level = min(flowable.outline_level, self._outline_level + 1)
            self._outline_level = level
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_text, flowable.outline_key, level=level)
            if flowable.in_toc:
                self.notify(
                    "TOCEntry",
                    (  # the TOC parses entry text as Paragraph markup: escape it
                        flowable.outline_level,
                        escape(flowable.outline_text),
                        self.page,
                        flowable.outline_key,
                    ),
                )

    def beforeDocument(self) -> None:
        self._outline_level = -1  # each multiBuild pass starts a new outline

    def _decorate_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(TEAL)
        canvas.rect(0, PAGE_HEIGHT - 18 * mm, PAGE_WIDTH, 18 * mm, stroke=0, fill=1)
        canvas.restoreState()
        self._marks(canvas, PAGE_HEIGHT - 24 * mm)
        self._footer(canvas)

    def _marks(self, canvas: Canvas, y: float) -> None:
        """'Vertrouwelijk – …' and 'Concept' in red, at ``y`` on every page that needs them."""
        parts = []
        if self.meta.confidential:
            parts.append(confidential_mark())
        if self.meta.draft:
            parts.append(draft_mark())
        if not parts:
            return
        canvas.saveState()
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(RED)
        canvas.drawCentredString(PAGE_WIDTH / 2, y, "  ·  ".join(parts))
        canvas.restoreState()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 14 * mm
        half = CONTENT_WIDTH / 2 - 6
        canvas.setFont(BOLD, 8.5)
        canvas.setFillColor(TEAL)
        canvas.drawString(MARGIN_X, top, fit(self.meta.organisation, BOLD, 8.5, half))
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X, top, fit(self.meta.round_title, REGULAR, 8.5, half)
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
        canvas.restoreState()
        self._marks(canvas, PAGE_HEIGHT - 8 * mm)
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        y = 11 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(GREY)
        raw = _("Page {page} of {total}")
        before, _sep, after = raw.partition("{total}")
        left = before.replace("{page}", str(canvas.getPageNumber()))
        canvas.drawString(MARGIN_X, y, left)
        if _sep:
            x = MARGIN_X + stringWidth(left, REGULAR, 8.5)
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(_TOTAL_FORM)
            canvas.restoreState()
            if after.strip():
                canvas.drawString(x + stringWidth("999", REGULAR, 8.5), y, after)
        right = f"{one_line(self.meta.title)} · {format_date(self.meta.on)}"
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X, y, fit(right, REGULAR, 8.5, CONTENT_WIDTH / 2)
        )
        canvas.restoreState()


def table_of_contents() -> TableOfContents:
    """A TOC filled from the headings (two layout passes; used for long papers)."""
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [styles().toc1, styles().toc2]
    return toc


def render(meta: DocMeta, story: Sequence[Flowable], cover: Sequence[Flowable] = ()) -> bytes:
    """Lay out ``story`` (after an optional ``cover`` page) and return the PDF bytes.

    A story holding a :class:`TableOfContents` is laid out with multiBuild
    (until page numbers settle); every other document in one pass.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = _Doc(buffer, meta, cover=bool(cover))
    flowables: list[Flowable] = []
    if cover:
        flowables += [*cover, NextPageTemplate("normal"), PageBreak()]
    flowables += list(story)
    if not flowables:
        flowables.append(Paragraph("", styles().body))
    if any(isinstance(f, TableOfContents) for f in flowables):
        doc.multiBuild(flowables, canvasmaker=_Canvas)
    else:
        doc.build(flowables, canvasmaker=_Canvas)
    return buffer.getvalue()
