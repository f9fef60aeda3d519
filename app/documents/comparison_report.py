"""Vergelijkingsrapport: how equal the partnership is across many organisations.

Built from the Vergelijken overview (``models.comparison_stats``): the
distribution of the checklist scores (a histogram of the total score and
lowest / median / highest per group), the items most often answered "nee",
the change since the previous round, the themes most often chosen, the
breakdowns per province, corporation and gemeente, and — where bundles hold
them — the outcome of the demands and the tenants' signing.

Anonymous by default: no organisation name and no file name is printed
(file names usually contain the organisation's name); breakdowns show only
groups of at least five organisations. ``with_names`` adds a table with one
row per organisation and the list of skipped files by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.content.checklist import checklist_content, group_title, item_text
from app.documents.blocks import bullets, gap, muted, title_block
from app.documents.charts import bar_chart
from app.documents.comparison_charts import (
    cell,
    histogram,
    number_table,
    percent,
    signed,
    theme_name,
)
from app.documents.comparison_text import change_line, outcome_lines
from app.documents.markup import escape
from app.documents.styles import styles
from app.documents.template import CONTENT_WIDTH, DocMeta, heading, render
from app.exchange.bulk import SKIP_LABELS, Skipped, SkipReason
from app.i18n import _, format_date, ngettext
from models.agreements import SignStatus
from models.comparison import Filters, OrgRound
from models.comparison_stats import MIN_GROUP, OTHER, Distribution, GroupRow, Overview
from models.overleg import DemandStatus


@dataclass(frozen=True)
class ComparisonDoc:
    overview: Overview
    items: Sequence[OrgRound]
    skipped: Sequence[Skipped]
    filters: Filters
    made_on: dt.date
    with_names: bool = False
    read: int = 0


def _distribution_row(label: str, d: Distribution) -> list[object]:
    return [
        cell(label),
        str(d.count),
        percent(d.lowest),
        percent(d.median),
        percent(d.highest),
        str(d.below_half),
    ]


def _scores(doc: ComparisonDoc) -> list[Flowable]:
    o = doc.overview
    content = checklist_content()
    head = [_("Group"), _("Count"), _("Lowest"), _("Median"), _("Highest"), _("Below half")]
    rows: list[list[object]] = [[cell(h, bold=True) for h in head]]
    for group in content.groups:
        rows.append(_distribution_row(group_title(group), o.groups.get(group.id, Distribution())))
    rows.append(_distribution_row(_("Total"), o.overall))
    n = 22 * mm
    medians = [(group_title(g), o.groups[g.id].median) for g in content.groups if g.id in o.groups]
    return [
        heading(_("Equal partnership: checklist scores")),
        Paragraph(
            escape(
                _(
                    "Median total score {median}; {below} of {count} organisations score "
                    "below half.",
                    median=percent(o.overall.median),
                    below=o.overall.below_half,
                    count=o.overall.count,
                )
            ),
            styles().callout,
        ),
        KeepTogether([muted(_("Number of organisations per total score")), histogram_for(doc)]),
        gap(3),
        number_table(rows, [CONTENT_WIDTH - 5 * n, n, n, n, n, n]),
        gap(3),
        KeepTogether(
            [
                muted(_("Median score per group")),
                bar_chart(
                    [label for label, _m in medians],
                    [round(m or 0) for _l, m in medians],
                    [percent(m) for _l, m in medians],
                ),
            ]
        ),
        muted(
            _(
                "Yes counts as 1 point, partly as ½, no as 0; items that do not apply or were "
                "not answered do not count. Each organisation counts once, with its latest round."
            )
        ),
    ]


def histogram_for(doc: ComparisonDoc) -> Drawing:
    latest: dict[str, OrgRound] = {}
    for item in doc.items:
        key = item.key or item.file_name
        if key not in latest or item.year > latest[key].year:
            latest[key] = item
    return histogram([i.overall for i in latest.values()])


def _most_no(doc: ComparisonDoc) -> list[Flowable]:
    ranked = doc.overview.most_no
    if not ranked:
        return []
    content = checklist_content()
    labels = [
        f"{content.item(i.item_id).number}. {item_text(content.item(i.item_id))}" for i in ranked
    ]
    counts = [_("{no} of {answered}", no=i.no, answered=i.answered) for i in ranked]
    chart = bar_chart(labels, [i.no for i in ranked], counts)
    return [heading(_("Items most often answered 'no'")), chart, *bullets(labels)]


def _changes(doc: ComparisonDoc) -> list[Flowable]:
    c = doc.overview.changes
    story: list[Flowable] = [heading(_("Change since the previous round"))]
    if c.count == 0:
        story.append(
            muted(
                _(
                    "Too few organisations (fewer than {minimum}) sent files of two rounds to "
                    "show a change.",
                    minimum=MIN_GROUP,
                )
            )
        )
        return story
    story.append(Paragraph(escape(change_line(c)), styles().body))
    content = checklist_content()
    rows: list[list[object]] = [[cell(_("Group"), True), cell(_("Median change"), True)]]
    for group in content.groups:
        rows.append([cell(group_title(group)), signed(c.group_median_delta.get(group.id))])
    story.append(number_table(rows, [CONTENT_WIDTH - 35 * mm, 35 * mm]))
    return story


def _themes(doc: ComparisonDoc) -> list[Flowable]:
    themes = doc.overview.themes
    if not themes:
        return []
    return [
        heading(_("Themes most often chosen")),
        bar_chart(
            [theme_name(t.theme_id) for t in themes],
            [t.organisations for t in themes],
            [_("{count} ({must} must have)", count=t.organisations, must=t.must) for t in themes],
        ),
    ]


def _breakdown(title: str, rows: Sequence[GroupRow]) -> list[Flowable]:
    if not rows:
        return []
    head = [title, _("Count"), _("Lowest"), _("Median"), _("Highest"), _("Below half")]
    table_rows: list[list[object]] = [[cell(h, True) for h in head]]
    for row in rows:
        label = (
            row.name
            if row.name != OTHER
            else _("Other (groups smaller than {minimum})", minimum=MIN_GROUP)
        )
        d = row.overall
        table_rows.append(
            [
                cell(label),
                str(row.organisations),
                percent(d.lowest),
                percent(d.median),
                percent(d.highest),
                str(d.below_half) if d.count else "—",
            ]
        )
    n = 22 * mm
    return [gap(2), number_table(table_rows, [CONTENT_WIDTH - 5 * n, n, n, n, n, n]), gap(3)]


def _who(doc: ComparisonDoc) -> list[Flowable]:
    o = doc.overview
    return [
        heading(_("Provinces, corporations and gemeenten")),
        muted(
            _(
                "Total score per group. Groups of fewer than {minimum} organisations are taken "
                "together, so no organisation can be recognised.",
                minimum=MIN_GROUP,
            )
        ),
        *_breakdown(_("Province"), o.provinces),
        *_breakdown(_("Housing association"), o.corporations),
        *_breakdown(_("Gemeente"), o.gemeenten),
    ]


def _outcomes(doc: ComparisonDoc) -> list[Flowable]:
    o = doc.overview
    story: list[Flowable] = [heading(_("Bid, talks and agreements"))]
    if o.demands.organisations == 0 and o.signing.organisations == 0:
        story.append(
            muted(
                _(
                    "Fewer than {minimum} files hold the bid and the agreements, so there is "
                    "nothing to show yet.",
                    minimum=MIN_GROUP,
                )
            )
        )
        return story
    story += [Paragraph(escape(line), styles().body) for line in outcome_lines(o)]
    if o.demands.organisations:
        total = max(o.demands.demands, 1)
        statuses = list(DemandStatus)
        story.append(
            bar_chart(
                [_(s.label) for s in statuses],
                [o.demands.by_status.get(s.value, 0) for s in statuses],
                [percent(100 * o.demands.by_status.get(s.value, 0) / total) for s in statuses],
            )
        )
    if o.signing.organisations:
        signs = list(SignStatus)
        story.append(
            bar_chart(
                [_(s.label) for s in signs],
                [o.signing.by_status.get(s.value, 0) for s in signs],
            )
        )
    return story


def _skipped(doc: ComparisonDoc) -> list[Flowable]:
    if not doc.skipped:
        return []
    counts: dict[SkipReason, int] = {}
    for skip in doc.skipped:
        counts[skip.reason] = counts.get(skip.reason, 0) + 1
    lines = [f"{_(SKIP_LABELS[r])}: {n}" for r, n in counts.items()]
    if doc.with_names:
        lines = [
            f"{s.name}: {_(SKIP_LABELS[s.reason])}"
            + (f" — {_(s.message, **s.params)}" if s.message else "")
            for s in doc.skipped
        ]
    return [heading(_("Files not used")), *bullets(lines)]


def _per_organisation(doc: ComparisonDoc) -> list[Flowable]:
    if not doc.with_names:
        return []
    content = checklist_content()
    head = [_("Organisation"), _("Year"), *[g.id for g in content.groups], _("Total")]
    rows: list[list[object]] = [[cell(h, True) for h in head]]
    for item in sorted(doc.items, key=lambda i: (i.organisation.casefold(), i.year)):
        rows.append(
            [
                cell(item.organisation or item.file_name),
                str(item.year),
                *[percent(item.group_scores.get(g.id)) for g in content.groups],
                percent(item.overall),
            ]
        )
    n, total = 12 * mm, 17 * mm  # "Totaal" must fit on one line
    widths = [CONTENT_WIDTH - (len(head) - 2) * n - total, *[n] * (len(head) - 2), total]
    return [heading(_("Per organisation")), number_table(rows, widths)]


def _selection_text(doc: ComparisonDoc) -> str:
    f = doc.filters
    parts = [v for v in (f.province, f.gemeente, f.corporation, str(f.year or "")) if v]
    return _("Selection: {parts}", parts=", ".join(parts)) if parts else _("All files")


def build_comparison_report(doc: ComparisonDoc) -> bytes:
    o = doc.overview
    title = _("Comparison report")
    count_text = ngettext(
        "{count} organisation", "{count} organisations", o.organisations, count=o.organisations
    )
    meta = DocMeta(
        title=title,
        organisation=_("Comparison of tenant organisations"),
        round_title=count_text,
        on=doc.made_on,
        subject=_("How equal the partnership is across tenant organisations"),
    )
    story: list[Flowable] = [
        *title_block(title, f"{count_text} · {_selection_text(doc)} · {format_date(doc.made_on)}"),
        Paragraph(
            escape(
                _(
                    "Made from {read} export files of Aan Tafel. Nothing from these files was "
                    "added to anyone's data.",
                    read=doc.read,
                )
            ),
            styles().body,
        ),
        muted(
            _("This report names no organisation.")
            if not doc.with_names
            else _("This report names the organisations: share it with care.")
        ),
    ]
    if o.suppressed:
        story.append(
            Paragraph(
                escape(
                    _(
                        "Fewer than {minimum} organisations in this selection: no figures are "
                        "shown, so no one can be recognised.",
                        minimum=MIN_GROUP,
                    )
                ),
                styles().callout,
            )
        )
    else:
        story += _scores(doc) + _most_no(doc) + _changes(doc) + _themes(doc)
        story += _who(doc) + _outcomes(doc)
    story += _per_organisation(doc) + _skipped(doc)
    return render(meta, story)


__all__ = ["ComparisonDoc", "build_comparison_report"]
