"""The parts of Vergelijken shown after reading: skipped files, filters, the
overview across organisations, the organisations (with one organisation's
summary on click) and the report (PDF and CSV).

The overview shows the same figures as the Vergelijkingsrapport and hides
them in the same way: fewer than five organisations in a selection show no
figures; small groups are taken together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import flet as ft

from app.content.checklist import checklist_content, group_title, item_text
from app.documents.comparison_text import change_line, organisation_outcome, outcome_lines
from app.exchange.bulk import Skipped
from app.i18n import _
from app.services import vergelijken
from models.comparison import Filters, OrgRound, choices
from models.comparison_stats import MIN_GROUP, OTHER, Distribution, Overview
from views.widgets import GAP, card

log = logging.getLogger(__name__)
ALL = "*"
#: Most organisations listed at once (a filter or the search narrows the list).
LIST_LIMIT = 40


_pct = vergelijken.percent_text
theme_name = vergelijken.theme_name


@ft.component
def SkippedList(skipped: list[Skipped]) -> ft.Control:
    if not skipped:
        return ft.Text(_("Every file could be read."), size=16)
    return ft.Column(
        [
            ft.Text(_("Skipped files and why:"), size=16),
            *[
                ft.Text(f"• {vergelijken.skipped_line(s)}", size=15, key=f"compare-skipped-{i}")
                for i, s in enumerate(skipped[:200])
            ],
        ],
        spacing=4,
    )


def _dropdown(
    label: str, key: str, values: list[str], current: str, on_pick: Callable[[str], None]
) -> ft.Control:
    picker = ft.Dropdown(
        label=label,
        value=current or ALL,
        options=[
            ft.DropdownOption(key=ALL, text=_("All")),
            *[ft.DropdownOption(key=v, text=v) for v in values],
        ],
        on_select=lambda e: on_pick("" if e.control.value in (None, ALL) else str(e.control.value)),
        key=key,
        width=260,
        dense=True,
    )
    shown = current or _("All")
    return ft.Semantics(label=f"{label}: {shown}", button=True, content=picker)


@ft.component
def FilterCard(
    result: vergelijken.Comparison, filters: Filters, set_filters: Callable[[Filters], None]
) -> ft.Control:
    options = choices(result.items)

    def change(
        corporation: str | None = None,
        gemeente: str | None = None,
        province: str | None = None,
        year: int | bool | None = False,
    ) -> None:
        """One filter changed; ``False`` for year means "keep the current year"."""
        set_filters(
            Filters(
                corporation=filters.corporation if corporation is None else corporation,
                gemeente=filters.gemeente if gemeente is None else gemeente,
                province=filters.province if province is None else province,
                year=filters.year if year is False else (None if year is True else year),
            )
        )

    pickers = [
        (_("Province"), "province", filters.province, lambda v: change(province=v)),
        (_("Gemeente"), "gemeente", filters.gemeente, lambda v: change(gemeente=v)),
        (
            _("Housing association"),
            "corporation",
            filters.corporation,
            lambda v: change(corporation=v),
        ),
        (
            _("Year"),
            "year",
            str(filters.year or ""),
            lambda v: change(year=int(v) if v else None),
        ),
    ]
    return card(
        ft.Row(
            [
                _dropdown(label, f"filter-{name}", [str(v) for v in options[name]], current, pick)
                for label, name, current, pick in pickers
            ],
            spacing=GAP,
            wrap=True,
        ),
        title=_("Filter"),
        key="compare-filter-card",
    )


def _histogram(values: list[int | None]) -> ft.Control:
    bins = [0] * 10
    for value in values:
        if value is not None:
            bins[min(value // 10, 9)] += 1
    top = max(max(bins), 1)
    columns: list[ft.Control] = []
    for i, count in enumerate(bins):
        label = f"{i * 10}–{i * 10 + 9}" if i < 9 else "90–100"
        columns.append(
            ft.Semantics(
                label=_("{range}%: {count} organisations", range=label, count=count),
                content=ft.Column(
                    [
                        ft.Text(str(count), size=13),
                        ft.Container(
                            width=36,
                            height=4 + 110 * count / top,
                            bgcolor=ft.Colors.PRIMARY,
                            border_radius=3,
                        ),
                        ft.Text(label, size=12),
                    ],
                    horizontal_alignment=ft.CrossAxisAlignment.CENTER,
                    alignment=ft.MainAxisAlignment.END,
                    spacing=2,
                ),
            )
        )
    return ft.Row(
        columns, spacing=6, vertical_alignment=ft.CrossAxisAlignment.END, key="compare-histogram"
    )


def _dist_row(label: str, d: Distribution) -> ft.DataRow:
    cells = [
        label,
        str(d.count),
        _pct(d.lowest),
        _pct(d.median),
        _pct(d.highest),
        str(d.below_half),
    ]
    return ft.DataRow([ft.DataCell(ft.Text(c)) for c in cells])


def _scores_table(o: Overview) -> ft.Control:
    content = checklist_content()
    heads = [_("Group"), _("Count"), _("Lowest"), _("Median"), _("Highest"), _("Below half")]
    rows = [_dist_row(group_title(g), o.groups.get(g.id, Distribution())) for g in content.groups]
    rows.append(_dist_row(_("Total"), o.overall))
    return ft.DataTable(
        columns=[ft.DataColumn(label=ft.Text(h)) for h in heads], rows=rows, key="compare-scores"
    )


def _lines(title: str, lines: list[str], key: str) -> list[ft.Control]:
    if not lines:
        return []
    return [
        ft.Text(title, size=17, weight=ft.FontWeight.BOLD),
        *[ft.Text(f"• {line}", size=15, key=f"{key}-{i}") for i, line in enumerate(lines)],
    ]


def _overview_parts(
    result: vergelijken.Comparison, filters: Filters, o: Overview
) -> list[ft.Control]:
    content = checklist_content()
    latest = {
        i.key or i.file_name: i for i in sorted(result.selection(filters), key=lambda i: i.year)
    }
    parts: list[ft.Control] = [
        ft.Text(
            _(
                "Median total score {median} (lowest {lowest}, highest {highest}). {below} of "
                "{count} organisations score below half.",
                median=_pct(o.overall.median),
                lowest=_pct(o.overall.lowest),
                highest=_pct(o.overall.highest),
                below=o.overall.below_half,
                count=o.overall.count,
            ),
            size=16,
            key="compare-median",
        ),
        ft.Text(_("Number of organisations per total score"), size=14),
        _histogram([i.overall for i in latest.values()]),
        _scores_table(o),
    ]
    parts += _lines(
        _("Items most often answered 'no'"),
        [
            f"{content.item(i.item_id).number}. {item_text(content.item(i.item_id))} "
            + _("({no} of {answered})", no=i.no, answered=i.answered)
            for i in o.most_no[:5]
        ],
        "compare-no",
    )
    c = o.changes
    parts += _lines(
        _("Change since the previous round"),
        [change_line(c)]
        if c.count
        else [_("Too few organisations with two rounds to show a change.")],
        "compare-change",
    )
    parts += _lines(
        _("Themes most often chosen"),
        [
            _(
                "{theme}: {count} ({must} must have)",
                theme=theme_name(t.theme_id),
                count=t.organisations,
                must=t.must,
            )
            for t in o.themes[:6]
        ],
        "compare-theme",
    )
    for title, rows, key in (
        (_("Provinces"), o.provinces, "compare-province"),
        (_("Housing associations"), o.corporations, "compare-corporation"),
        (_("Gemeenten"), o.gemeenten, "compare-gemeente"),
    ):
        parts += _lines(
            title,
            [
                (
                    r.name
                    if r.name != OTHER
                    else _("Other (groups smaller than {minimum})", minimum=MIN_GROUP)
                )
                + ": "
                + _(
                    "{count} organisations, median {median}",
                    count=r.organisations,
                    median=_pct(r.overall.median),
                )
                for r in rows
            ],
            key,
        )
    parts += _lines(_("Bid, talks and agreements"), outcome_lines(o), "compare-demands")
    return parts


@ft.component
def OverviewCard(result: vergelijken.Comparison, filters: Filters) -> ft.Control:
    o = result.overview(filters)
    if o.suppressed:
        body: list[ft.Control] = [
            ft.Text(
                _(
                    "This selection has {count} organisations. With fewer than {minimum}, no "
                    "figures are shown, so no one can be recognised.",
                    count=o.organisations,
                    minimum=MIN_GROUP,
                ),
                size=16,
                key="compare-suppressed",
            )
        ]
    else:
        body = _overview_parts(result, filters, o)
    return card(
        *body,
        title=_("Overview of {count} organisations", count=o.organisations),
        key="compare-overview",
    )


def _summary(item: OrgRound) -> list[ft.Control]:
    content = checklist_content()
    lines = [
        _("Round: {round} ({year})", round=item.round_title, year=item.year),
        _("Gemeente: {names}", names=", ".join(item.gemeenten) or "—"),
        _("Province: {names}", names=", ".join(item.provinces) or "—"),
        _("Housing association: {names}", names=", ".join(item.corporations) or "—"),
        _("Total score: {score}", score=_pct(item.overall)),
        *[f"{group_title(g)}: {_pct(item.group_scores.get(g.id))}" for g in content.groups],
        _("Answered no: {count}", count=sum(1 for a in item.answers.values() if a == "nee")),
        _(
            "Themes: {names}",
            names=", ".join(t.title or theme_name(t.theme_id) for t in item.themes) or "—",
        ),
        _("Demands: {count}", count=item.demand_count),
        *organisation_outcome(item),
    ]
    return [ft.Text(line, size=15, key=f"compare-detail-{i}") for i, line in enumerate(lines)]


@ft.component
def OrganisationsCard(result: vergelijken.Comparison, filters: Filters) -> ft.Control:
    search, set_search = ft.use_state("")
    chosen, set_chosen = ft.use_state("")
    items = sorted(result.selection(filters), key=lambda i: (i.organisation.casefold(), i.year))
    if search.strip():
        items = [i for i in items if search.strip().casefold() in i.organisation.casefold()]
    shown = items[:LIST_LIMIT]
    rows: list[ft.Control] = [
        ft.TextField(
            label=_("Search an organisation"),
            value=search,
            on_change=lambda e: set_search(e.control.value or ""),
            key="compare-search",
            text_size=16,
        ),
    ]
    for item in shown:
        rows.append(
            ft.TextButton(
                f"{item.organisation or item.file_name} ({item.year})",
                on_click=lambda _e, f=item.file_name: set_chosen("" if chosen == f else f),
                key=f"compare-org-{item.file_name}",
            )
        )
        if chosen == item.file_name:
            rows.append(
                ft.Container(
                    ft.Column(_summary(item), spacing=4),
                    padding=ft.Padding.all(12),
                    bgcolor=ft.Colors.SECONDARY_CONTAINER,
                    border_radius=8,
                    key="compare-detail",
                )
            )
    if len(items) > LIST_LIMIT:
        rows.append(
            ft.Text(
                _(
                    "And {count} more: search or filter to find them.",
                    count=len(items) - LIST_LIMIT,
                ),
                size=14,
            )
        )
    return card(*rows, title=_("Organisations"), key="compare-organisations")
