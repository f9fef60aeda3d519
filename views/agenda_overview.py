"""The year calendar on Overzicht: missed steps, the next three dates, the round's timeline.

Answers "what should we do next?" for dates: a passed date whose step is not
done is shown first, as a warning with what to do; then the next three
dates with their reason; then a timeline of the round's working year (the
preparation year, up to the end of the dispute window) with today marked.
"""

from __future__ import annotations

import datetime as dt

import flet as ft

from app.i18n import _, format_date
from app.services import agenda
from models.calendar import CalendarDate
from models.calendar_checks import MissedStep
from views.a11y import side_by_side, use_narrow
from views.context import use_app_state, use_services
from views.form_parts import action_button
from views.widgets import card

ROUTE = "/kalender"
#: The monitoring page (views.monitoring; named here to avoid an import cycle).
MONITORING_ROUTE = "/monitoring"


def today() -> dt.date:
    """Today's date (a function, so view tests can set the day)."""
    return dt.date.today()


def next_calendar_date(dates: list[CalendarDate]) -> CalendarDate | None:
    """The next single date of the round (moved dates respected; a running period
    such as the dispute window is not "next"), for the round card on Overzicht."""
    on = today()
    return next((d for d in dates if d.date >= on), None)


def missed_warning(item: MissedStep, index: int) -> ft.Control:
    return ft.Container(
        ft.Row(
            [
                ft.Icon(ft.Icons.WARNING_AMBER_ROUNDED, color=ft.Colors.ON_ERROR_CONTAINER),
                ft.Column(
                    [
                        ft.Text(
                            _(item.message),
                            size=16,
                            weight=ft.FontWeight.BOLD,
                            color=ft.Colors.ON_ERROR_CONTAINER,
                        ),
                        ft.Text(_(item.action), size=15, color=ft.Colors.ON_ERROR_CONTAINER),
                    ],
                    spacing=4,
                    expand=True,
                ),
            ],
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        bgcolor=ft.Colors.ERROR_CONTAINER,
        padding=ft.Padding.all(12),
        border_radius=8,
        key=f"calendar-missed-{index}",
    )


def date_row(item: CalendarDate, key: str, narrow: bool = False) -> ft.Control:
    """The date, then what happens on it: side by side, or (``narrow``) one
    under the other so large text is not squeezed into a column one word wide."""
    when = ft.Text(agenda.when_of(item), size=15, weight=ft.FontWeight.BOLD)
    return side_by_side(
        when,
        ft.Column(
            [
                ft.Text(agenda.title_of(item), size=16),
                ft.Text(
                    f"{agenda.basis_of(item)} · {agenda.explanation_of(item)}"
                    if agenda.explanation_of(item)
                    else agenda.basis_of(item),
                    size=14,
                    color=ft.Colors.ON_SURFACE_VARIANT,
                ),
            ],
            spacing=2,
        ),
        230,
        fits=not narrow,
        key=key,
    )


def _months(round_year: int) -> list[tuple[int, int]]:
    """January of the preparation year to January of the round year (the window's end)."""
    prep = round_year - 1
    return [(prep, m) for m in range(1, 13)] + [(round_year, 1)]


def timeline(
    round_year: int, dates: list[CalendarDate], on: dt.date, narrow: bool = False
) -> ft.Control:
    """Thirteen month cells; a dot per date (its name read out), today marked.

    ``narrow``: the cells keep a readable width and run on over several
    lines, instead of month names broken into single letters."""
    cells: list[ft.Control] = []
    for year, month in _months(round_year):
        in_month = [d for d in dates if (d.date.year, d.date.month) == (year, month)]
        is_now = (on.year, on.month) == (year, month)
        passed = (year, month) < (on.year, on.month)
        dots: list[ft.Control] = [
            ft.Semantics(
                label=f"{format_date(d.date)}: {agenda.title_of(d)}",
                content=ft.Container(
                    width=10,
                    height=10,
                    border_radius=5,
                    bgcolor=ft.Colors.PRIMARY,
                    # for mice; a screen reader has the label above (a tooltip in the
                    # semantics tree left a dangling aria-owns behind in Flutter web)
                    tooltip=ft.Tooltip(
                        message=f"{format_date(d.date)}: {agenda.title_of(d)}",
                        exclude_from_semantics=True,
                    ),
                ),
            )
            for d in in_month
        ]
        # "mrt" in Dutch, "Mar" in English: the month's short stand-alone name
        label = format_date(dt.date(year, month, 1), "LLL") + (f" {year}" if month == 1 else "")
        cells.append(
            ft.Container(
                ft.Column(
                    [
                        ft.Text(label, size=12, weight=ft.FontWeight.BOLD if is_now else None),
                        ft.Container(
                            height=8,
                            bgcolor=ft.Colors.PRIMARY if passed else ft.Colors.PRIMARY_CONTAINER,
                            border_radius=4,
                        ),
                        ft.Row(dots, spacing=3, wrap=True, run_spacing=3),
                        ft.Text(
                            _("today"),
                            size=12,
                            color=ft.Colors.ERROR,
                            weight=ft.FontWeight.BOLD,
                            visible=is_now,
                            key="timeline-today" if is_now else None,
                        ),
                    ],
                    spacing=4,
                ),
                expand=None if narrow else 1,
                width=64 if narrow else None,
                border=ft.Border.only(left=ft.BorderSide(3, ft.Colors.ERROR) if is_now else None),
                padding=ft.Padding.only(left=4),
            )
        )
    return ft.Row(
        cells,
        spacing=2,
        key="timeline",
        vertical_alignment=ft.CrossAxisAlignment.START,
        # narrow: the months run on over several lines (a strip that scrolls
        # sideways could not be scrolled with the keyboard: axe, WCAG 2.1.1)
        wrap=narrow,
        run_spacing=8,
    )


@ft.component
def CalendarOverviewPanel() -> ft.Control:
    """The calendar card of Overzicht (nothing when there is no round)."""
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    narrow = use_narrow()
    round_id = state.round_id
    if not round_id:
        return ft.Container(visible=False)
    current = services.rounds.get_round(round_id)
    if current is None:
        return ft.Container(visible=False)
    on = today()
    dates = services.agenda.round_dates(round_id)
    missed = services.agenda.missed(round_id, on)
    upcoming = services.agenda.next_dates(round_id, on)
    rows: list[ft.Control] = [missed_warning(m, i) for i, m in enumerate(missed)]
    if upcoming:
        rows.append(ft.Text(_("Next dates"), size=16, weight=ft.FontWeight.BOLD))
        rows += [date_row(d, f"calendar-next-{i}", narrow) for i, d in enumerate(upcoming)]
    else:
        rows.append(ft.Text(_("All dates of this round have passed."), size=16))
    rows.append(timeline(current.year, dates, on, narrow))
    if not dt.date(current.year - 1, 1, 1) <= on <= dt.date(current.year, 1, 31):
        rows.append(
            ft.Text(
                _("Today ({date}) falls outside this round's year.", date=format_date(on)),
                size=14,
                color=ft.Colors.ON_SURFACE_VARIANT,
            )
        )
    rows.append(
        ft.Row(
            [
                action_button(
                    _("Open the year calendar"),
                    ft.Icons.CALENDAR_MONTH_OUTLINED,
                    lambda: page.navigate(ROUTE),
                    "overview-open-calendar",
                ),
                action_button(
                    _("Follow the agreements"),
                    ft.Icons.FACT_CHECK_OUTLINED,
                    lambda: page.navigate(MONITORING_ROUTE),
                    "overview-open-monitoring",
                ),
            ],
            wrap=True,
            spacing=16,
        )
    )
    return card(*rows, title=_("Year calendar"), key="overview-calendar")
