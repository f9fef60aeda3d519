"""Monitor: how far the agreements got, for the yearly evaluation meeting.

First what is behind (the reason to meet), then per theme every agreement
with its status, the figure reached against the target, the source and the
note, with its history per half year; it ends with the questions to raise
at the evaluation meeting. "Unknown" is printed as such: not knowing is
different from "not realised", and is itself a question to ask.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.documents.blocks import bullets, gap, muted, numbered, title_block
from app.documents.common import subtitle
from app.documents.data import RoundInfo
from app.documents.markup import escape, para, rich
from app.documents.styles import GREY, RED, RULE, TEAL_LIGHT, styles
from app.documents.template import CONTENT_WIDTH, DocMeta, heading, render
from app.i18n import _
from models.monitoring import Status

STATUS_COLOURS: dict[Status, colors.Color] = {
    Status.REALISED: colors.HexColor("#1E7B4F"),
    Status.ON_TRACK: colors.HexColor("#0B5D5B"),
    Status.DELAYED: colors.HexColor("#B26A00"),
    Status.NOT_REALISED: RED,
    Status.UNKNOWN: GREY,
}


@dataclass(frozen=True)
class MonitorRow:
    """One agreement as printed; texts are already translated or the user's own."""

    number: str  # "A3"
    what: str
    target: str
    years: str
    responsible: str
    status: Status
    reached: str = ""  # "40 van 80 (50%)" or ""
    source: str = ""
    note: str = ""
    history: Sequence[str] = ()  # "1e helft 2026: op schema"


@dataclass(frozen=True)
class MonitorTheme:
    title: str
    rows: Sequence[MonitorRow]


@dataclass(frozen=True)
class MonitorDoc:
    info: RoundInfo
    period: str  # the newest half year with checks, e.g. "2e helft 2026"; "" when none
    themes: Sequence[MonitorTheme]
    questions: Sequence[str] = field(default_factory=tuple)

    def rows(self) -> list[MonitorRow]:
        return [row for theme in self.themes for row in theme.rows]

    def behind(self) -> list[MonitorRow]:
        return [r for r in self.rows() if r.status in (Status.DELAYED, Status.NOT_REALISED)]


def status_label(status: Status) -> str:
    return _(status.label)


def _status_cell(status: Status) -> Paragraph:
    colour = STATUS_COLOURS[status].hexval()[2:]
    text = rich('<font color="#{c}"><b>{label}</b></font>', c=colour, label=status_label(status))
    return Paragraph(text, styles().cell)


def _summary(doc: MonitorDoc) -> list[Flowable]:
    s = styles()
    counts = {status: 0 for status in Status}
    for row in doc.rows():
        counts[row.status] += 1
    data: list[list[object]] = [
        [
            Paragraph(escape(_("Status")), s.cell_bold),
            Paragraph(escape(_("Agreements")), s.cell_bold),
        ]
    ]
    for status in Status:
        data.append([_status_cell(status), str(counts[status])])
    data.append([Paragraph(escape(_("Total")), s.cell_bold), str(len(doc.rows()))])
    table = Table(data, colWidths=[60 * mm, 30 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TEAL_LIGHT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [heading(_("Summary")), table, gap()]


def _behind(doc: MonitorDoc) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading(_("What is behind"))]
    behind = doc.behind()
    if not behind:
        story.append(para(_("No agreement is marked as delayed or not realised."), s.body))
        return story
    for row in behind:
        line = rich(
            "<b>{number}</b> {what} — {status}",
            number=row.number,
            what=row.what,
            status=status_label(row.status),
        )
        parts: list[Flowable] = [Paragraph(line, s.body)]
        if row.note.strip():
            parts.append(para(row.note, s.small))
        story.append(KeepTogether(parts))
    return story


def _agreement_block(row: MonitorRow) -> list[Flowable]:
    s = styles()
    facts = [
        (_("Target"), row.target),
        (_("Years"), row.years),
        (_("Responsible"), row.responsible),
        (_("Reached"), row.reached),
        (_("Source"), row.source),
    ]
    data: list[list[object]] = [
        [
            Paragraph(rich("<b>{n}</b>", n=row.number), s.cell),
            Paragraph(escape(row.what or "—"), s.cell_bold),
            _status_cell(row.status),
        ]
    ]
    for label, value in facts:
        if value.strip():
            data.append(["", Paragraph(rich("{l}: {v}", l=label, v=value), s.cell), ""])
    if row.note.strip():
        data.append(["", Paragraph(rich("{l}: {v}", l=_("Note"), v=row.note), s.cell), ""])
    if row.history:
        history = "; ".join(row.history)
        data.append(["", Paragraph(rich("{l}: {v}", l=_("History"), v=history), s.cell), ""])
    table = Table(data, colWidths=[12 * mm, CONTENT_WIDTH - 52 * mm, 40 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return [table]


def build_monitor(doc: MonitorDoc) -> bytes:
    """The Monitor as PDF bytes (pure: data in, bytes out)."""
    s = styles()
    info = doc.info
    title = _("Monitor of the agreements")
    meta = DocMeta.for_round(
        info,
        title,
        _("How far the agreements got"),
        keywords=("prestatieafspraken", "monitoring"),
    )
    story: list[Flowable] = [*title_block(title, subtitle(info))]
    intro = _(
        "This overview shows per agreement how far it got, as far as we know. Use it at the "
        "evaluation meeting with the municipality and the housing association."
    )
    story.append(para(intro, s.body))
    if doc.period:
        story.append(muted(_("Latest check: {period}.", period=doc.period)))
    if not doc.themes:
        story += [
            gap(),
            para(
                _("There are no agreements in the register yet. Enter them under Afspraken."),
                s.body,
            ),
        ]
        return render(meta, story)
    story += [gap(), *_summary(doc), *_behind(doc)]
    for theme in doc.themes:
        story.append(heading(theme.title))
        for row in theme.rows:
            story += _agreement_block(row)
    story.append(heading(_("Questions for the evaluation meeting")))
    if doc.questions:
        story += numbered(list(doc.questions))
    else:
        story += bullets([_("Which agreements do we take into the next round?")])
    return render(meta, story)
