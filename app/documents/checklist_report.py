"""Checklistrapport: the equal-partnership checklist with scores and actions.

A summary (overall score, the change since the previous round, a table of
scores per group with bars), the items whose answer changed, every item
with its answer and note per group, and the action list (open actions by
date, then done ones). Unanswered items are shown as such: "we do not know
yet" must not look like "no".
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.content import pick
from app.content.checklist import group_title, item_article, item_text
from app.documents.blocks import gap, muted, title_block
from app.documents.common import subtitle
from app.documents.data import ChecklistDoc, RoundInfo
from app.documents.markup import escape, paragraphs, rich
from app.documents.styles import GREY, RED, RULE, TEAL, TEAL_LIGHT, styles
from app.documents.template import CONTENT_WIDTH, DocMeta, heading, render
from app.i18n import _, format_date
from models.checklist import Answer, Basis
from models.checklist_scoring import ActionEntry, ScoreChange, changed_items

_ANSWER_COLOURS = {
    Answer.YES: colors.HexColor("#1E7B4F"),
    Answer.PARTLY: colors.HexColor("#B26A00"),
    Answer.NO: RED,
    Answer.NOT_APPLICABLE: GREY,
}


class ScoreBar(Flowable):
    """A horizontal bar filled to ``percent`` (empty outline when unknown)."""

    def __init__(self, percent: int | None, width: float = 21 * mm, height: float = 3.2 * mm):
        super().__init__()
        self.percent = percent
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setFillColor(TEAL_LIGHT)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        if self.percent:
            c.setFillColor(TEAL)
            c.rect(0, 0, self.width * min(self.percent, 100) / 100, self.height, stroke=0, fill=1)


def percent_text(value: int | None) -> str:
    return "—" if value is None else f"{value}%"


def delta_text(change: ScoreChange) -> str:
    if change.delta is None:
        return "—"
    return f"{change.delta:+d}"


def answer_label(answer: Answer | None) -> str:
    return _(answer.label) if answer is not None else _("Not answered yet")


def escape_head(text: str, column: int) -> Paragraph:
    """A header cell; number columns are right-aligned like their figures."""
    style = ParagraphStyle("head", parent=styles().cell_bold, fontSize=8, leading=10.5)
    if column not in (0, 6):
        style = ParagraphStyle("head_right", parent=style, alignment=TA_RIGHT)
    return Paragraph(escape(text), style)


def _score_table(doc: ChecklistDoc) -> Table:
    """Counts per group, the score (%) with a bar, the previous score and the change.

    The headings carry the units: scores in percent, the change in
    percentage points (procentpunt), so "+12" cannot be read as 12%.
    """
    s = styles()
    head = [
        _("Group"),
        _("Yes"),
        _("Partly"),
        _("No"),
        _("N/a"),
        _("Open"),
        "",
        _("Score (%)"),
        _("Before (%)"),
        _("Change (percentage points)"),
    ]
    rows: list[list[object]] = [[escape_head(h, i) for i, h in enumerate(head)]]

    def row(label: Paragraph, score: Any, change: ScoreChange) -> list[object]:
        return [
            label,
            str(score.yes),
            str(score.partly),
            str(score.no),
            str(score.not_applicable),
            str(score.unanswered),
            ScoreBar(score.percent, width=12 * mm),
            percent_text(score.percent).rstrip("%"),
            percent_text(change.previous).rstrip("%"),
            delta_text(change),
        ]

    for group in doc.content.groups:
        rows.append(
            row(
                Paragraph(escape(group_title(group)), s.cell),
                doc.scores.group(group.id),
                doc.comparison.group(group.id),
            )
        )
    rows.append(
        row(Paragraph(escape(_("Total")), s.cell_bold), doc.scores.overall, doc.comparison.overall)
    )
    n = 12 * mm
    fixed = [n, n, n, n, n, 14 * mm, 13 * mm, 17 * mm, 25 * mm]
    table = Table(rows, colWidths=[CONTENT_WIDTH - sum(fixed), *fixed], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9.5),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("ALIGN", (6, 1), (6, -1), "LEFT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, TEAL),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F4F8F8")]),
                ("FONT", (1, -1), (-1, -1), "DejaVuSans-Bold", 9.5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _summary(doc: ChecklistDoc) -> list[Flowable]:
    s = styles()
    overall = doc.scores.overall
    if overall.percent is None:
        line = _("No items answered yet.")
    elif doc.comparison.overall.previous is None:
        line = _("Overall score this round: {score}.", score=percent_text(overall.percent))
    else:
        line = _(
            "Overall score this round: {score} (previous round, {previous_round}: {previous}).",
            score=percent_text(overall.percent),
            previous_round=doc.previous_title,
            previous=percent_text(doc.comparison.overall.previous),
        )
    return [
        heading(_("Summary")),
        Paragraph(escape(line), s.callout),
        _score_table(doc),
        gap(2),
        muted(
            _(
                "Yes counts as 1 point, partly as ½, no as 0. Items that do not apply or "
                "are not answered yet do not count."
            )
        ),
    ]


def _changes(doc: ChecklistDoc) -> list[Flowable]:
    if doc.previous_answers is None:
        return []
    changes = changed_items(doc.content, doc.answers, doc.previous_answers)
    if not changes:
        return []
    s = styles()
    story: list[Flowable] = [heading(_("Changed since the previous round"))]
    for change in changes:
        item = doc.content.item(change.item_id)
        text = rich(
            "{number}. {text}<br/><b>{before} → {now}</b>",
            number=str(item.number),
            text=item_text(item),
            before=answer_label(change.previous),
            now=answer_label(change.current),
        )
        story.append(Paragraph(text, s.bullet, bulletText="•"))
    return story


def _items(doc: ChecklistDoc) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading(_("All items"))]
    for group in doc.content.groups:
        score = doc.scores.group(group.id)
        story.append(heading(f"{group_title(group)} · {percent_text(score.percent)}", level=1))
        for item in group.items:
            answer = doc.answers.get(item.id)
            colour = _ANSWER_COLOURS.get(answer.answer, GREY) if answer.answer else GREY
            label = answer_label(answer.answer)
            if answer.to_confirm:
                label += " · " + _("still to confirm")
            basis = item_article(item) if item.basis is Basis.LAW else ""
            text = rich("<b>{n}.</b> {text}", n=str(item.number), text=item_text(item))
            text += "<br/>" + rich(
                f'<font color="#{colour.hexval()[2:]}"><b>{{label}}</b></font>',
                label=label,
            )
            if basis:
                text += rich(' <font size="8.5" color="#5A5A5A">· {basis}</font>', basis=basis)
            text += rich(' <font size="8.5" color="#5A5A5A">· {who}</font>', who=_(item.who.label))
            block: list[Flowable] = [Paragraph(text, s.body)]
            if answer.note.strip():
                block += paragraphs(answer.note, s.small)
            # An item, its answer and its note stay on one page (a long note may still split).
            story.append(KeepTogether(block))
    return story


def _status(entry: ActionEntry, info: RoundInfo) -> str:
    action = entry.action
    if action.done:
        return (
            _("done on {date}", date=format_date(action.done_on)) if action.done_on else _("done")
        )
    return _("overdue") if entry.is_overdue(info.today) else _("open")


def _action_table(entries: list[ActionEntry], info: RoundInfo) -> Table:
    """Actions as a table: what, who, by when, status, item. Rows may split over pages,
    so a long description never stops the document."""
    s = styles()
    head = [_("Action"), _("Who"), _("By"), _("Status"), _("Item")]
    rows: list[list[object]] = [[escape_head(h, 0) for h in head]]
    for entry in entries:
        action = entry.action
        rows.append(
            [
                Paragraph(escape(action.what.strip() or _("(no description)")), s.cell),
                Paragraph(escape(action.who.strip()), s.cell),
                Paragraph(escape(format_date(action.due, "medium") if action.due else ""), s.cell),
                Paragraph(escape(_status(entry, info)), s.cell),
                Paragraph(escape(str(entry.item_number)), s.cell),
            ]
        )
    fixed = [38 * mm, 22 * mm, 26 * mm, 12 * mm]
    table = Table(rows, colWidths=[CONTENT_WIDTH - sum(fixed), *fixed], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _actions(info: RoundInfo, doc: ChecklistDoc) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Action list"))]
    open_ = [e for e in doc.actions if not e.action.done]
    done = [e for e in doc.actions if e.action.done]
    if not doc.actions:
        story.append(muted(_("No actions yet.")))
    if open_:
        story += [Paragraph(escape(_("Still to do")), styles().label), _action_table(open_, info)]
    if done:
        story += [Paragraph(escape(_("Done")), styles().label), _action_table(done, info)]
    return story


def build_checklist_report(info: RoundInfo, doc: ChecklistDoc) -> bytes:
    """The checklist report as PDF bytes."""
    title = pick(doc.content.title)
    story: list[Flowable] = [
        *title_block(title, subtitle(info)),
        *paragraphs(pick(doc.content.intro), styles().body),
        *_summary(doc),
        *_changes(doc),
        *_actions(info, doc),
        *_items(doc),
    ]
    meta = DocMeta.for_round(
        info,
        _("Checklist report"),
        title,
    )
    return render(meta, story)
