"""Reactie op het bod: the tenants' reaction to the housing association's bod.

For the partners (corporation, municipality): per theme what we agree with,
what we miss and our questions, with a comparison table of the bod's
figures against our demand, the woonvisie and last year's agreement.

Never in this document (tests check it): our red lines (text, number or
"below red line" verdict), who speaks for us, internal notes. The builder
applies :func:`app.services.bod_compare.for_partners` itself, so a caller
cannot leak them by passing full rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.documents.blocks import field, gap, inline, lines_of_text, numbered, title_block
from app.documents.common import demand_flowables
from app.documents.data import RoundInfo
from app.documents.markup import escape
from app.documents.negotiation_tables import cell, grid
from app.documents.styles import styles
from app.documents.template import CONTENT_WIDTH, DocMeta, heading, render
from app.i18n import _, format_date, format_number
from app.services.bod_compare import ThemeComparison, for_partners, gap_words
from models.bod import FIGURES, BodFigure, ReactionStatus


@dataclass(frozen=True)
class ReactieData:
    """The bod's facts and the themes, in the order of our inzet."""

    corporation: str
    received_on: dt.date | None
    years: Sequence[int]
    rows: Sequence[ThemeComparison]


def _num(value: float | None) -> str:
    return "—" if value is None else format_number(value)


def _overview(rows: Sequence[ThemeComparison]) -> list[Flowable]:
    body = [
        [
            cell(row.title),
            _((row.bod.reaction if row.bod else ReactionStatus.OPEN).label),
            _(row.gap.verdict.label),
        ]
        for row in rows
    ]
    widths = [CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.28, CONTENT_WIDTH * 0.32]
    header = [_("Theme"), _("Our reaction"), _("Compared with our demand")]
    return [heading(_("Overview")), grid(header, body, widths), gap(3)]


def _figure_table(row: ThemeComparison, years: Sequence[int]) -> list[Flowable]:
    bod = row.bod
    if bod is None:
        return []
    story: list[Flowable] = []
    compared = bod.compared_figure()
    for figure in bod.figures_used():
        info = FIGURES[figure]
        values = bod.values(figure)
        is_compared = figure == compared
        header = [_("Year"), _("Bod")]
        if is_compared:
            header += [_("Our demand"), _("Woonvisie"), _("Last year's agreement")]
        body = []
        for year in years:
            if year not in values:
                continue
            line = [str(year), _num(values.get(year))]
            if is_compared:
                line += [
                    _num(bod.demand_value),
                    _num(bod.woonvisie_value),
                    _num(bod.last_agreement_value),
                ]
            body.append(line)
        n = len(header)
        widths = [18 * mm] + [(CONTENT_WIDTH - 18 * mm) / (n - 1)] * (n - 1)
        story += [
            Paragraph(
                escape(_("{figure} ({unit})", figure=_(info.label), unit=_(info.unit))),
                styles().label,
            ),
            grid(header, body, widths),
            gap(2),
        ]
    return story


def _theme(row: ThemeComparison, years: Sequence[int]) -> list[Flowable]:
    s = styles()
    bod = row.bod
    story: list[Flowable] = [heading(row.title, level=1)]
    if row.demands:
        story.append(Paragraph(escape(_("Our demand")), s.label))
        story += demand_flowables(row.demands)
    if bod is None or not (bod.text.strip() or bod.figures):
        story.append(Paragraph(escape(_("The bod says nothing about this theme.")), s.body))
    else:
        story += field(_("The bod"), bod.text)
        story += _figure_table(row, years)
        story.append(Paragraph(escape(gap_words(row.gap, partners=True)), s.callout))
    if bod is not None:
        story.append(inline(_("Our reaction"), _(bod.reaction.label)))
        story += field(_("What we agree with"), bod.agree)
        story += field(_("What we miss"), bod.miss)
        questions = lines_of_text(bod.questions)
        if questions:
            story.append(Paragraph(escape(_("Our questions")), s.label))
            story += numbered(questions)
    story.append(gap(2))
    return story


def build_reactie(info: RoundInfo, data: ReactieData) -> bytes:
    """The Reactie op het bod as PDF bytes (red lines and internal notes never included)."""
    s = styles()
    rows = [for_partners(row) for row in data.rows]
    title = _("Reaction to the bod")
    corporation = data.corporation or ", ".join(info.housing_associations) or _("the corporation")
    story: list[Flowable] = [
        *title_block(title, " · ".join(p for p in (info.organisation, info.round_title) if p)),
        inline(_("To"), "; ".join([corporation, *info.municipalities])),
        inline(_("Date"), format_date(info.today)),
    ]
    if data.received_on is not None:
        story.append(inline(_("Bod received on"), format_date(data.received_on)))
    if data.years:
        story.append(inline(_("Period of the bod"), f"{data.years[0]}–{data.years[-1]}"))
    story += [
        gap(2),
        Paragraph(
            escape(
                _(
                    "Thank you for your bod. As the tenant organisation we compared it with "
                    "what our members asked for. Per theme you read what we agree with, what "
                    "we miss and what we would like to ask. We look forward to the talks."
                )
            ),
            s.body,
        ),
    ]
    if not rows:
        story.append(
            Paragraph(escape(_("No themes yet: enter the bod and your position first.")), s.body)
        )
    else:
        story += _overview(rows)
        story.append(heading(_("Per theme")))
        for row in rows:
            story += _theme(row, data.years)
    meta = DocMeta.for_round(
        info,
        title,
        _("Reaction to the bod of {corporation}", corporation=corporation),
    )
    return render(meta, story)


__all__ = ["BodFigure", "ReactieData", "build_reactie"]
