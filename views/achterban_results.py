"""Achterban: the results — response, ranking, answers per theme, into the position.

Bar charts are drawn with plain containers (a bar's width is its share of the
largest value) and carry their figures as text, so a screen reader and a
test read the same numbers the eye sees. Per theme one button takes the
figures over into "Inbreng van de leden" of the position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import flet as ft

from app.i18n import _, format_number
from models.survey import IMPORTANCE_LABELS
from models.survey_results import SurveyCount, ThemeCount
from views.context import use_app_state, use_services
from views.form_parts import action_button
from views.widgets import card, run_save

BAR_WIDTH = 320


def bar_rows(rows: Sequence[tuple[str, int, str]], key: str) -> ft.Control:
    """Label, bar, figure per row; ``rows`` is ``(label, value, figure text)``."""
    top = max((value for _label, value, _text in rows), default=0) or 1
    lines: list[ft.Control] = []
    for index, (label, value, text) in enumerate(rows):
        lines.append(
            ft.Row(
                [
                    ft.Text(label, width=240, size=14, max_lines=2),
                    ft.Container(
                        width=max(BAR_WIDTH * value / top, 2),
                        height=18,
                        bgcolor=ft.Colors.PRIMARY,
                        border_radius=3,
                    ),
                    ft.Text(text, size=14, key=f"{key}-{index}"),
                ],
                spacing=10,
            )
        )
    return ft.Column(lines, spacing=6, key=key)


def _percent(part: int, whole: int | None) -> str:
    return f"{round(100 * part / whole)}%" if whole else ""


def _who(count: SurveyCount, participation: str) -> ft.Control:
    hoods = [h for h in count.neighbourhoods if h.answers or h.members]
    rows = [
        (
            h.name or _("Not filled in"),
            h.answers,
            _(
                "{n} of {members} ({percent})",
                n=h.answers,
                members=h.members,
                percent=_percent(h.answers, h.members),
            )
            if h.members
            else str(h.answers),
        )
        for h in hoods
    ]
    controls: list[ft.Control] = [
        ft.Text(participation, size=20, weight=ft.FontWeight.BOLD, key="results-participation"),
        ft.Text(
            _(
                "Paper forms: {paper} · online: {online} · counted by hand: {hand}",
                paper=count.paper,
                online=count.online,
                hand=count.counted_by_hand,
            ),
            size=15,
        ),
    ]
    if rows:
        controls.append(bar_rows(rows, "results-hoods"))
    for warning in count.warnings:
        controls.append(
            ft.Container(
                ft.Row(
                    [
                        ft.Icon(ft.Icons.WARNING_AMBER_OUTLINED, color=ft.Colors.ERROR),
                        ft.Text(_(warning.message, **warning.params), size=15, expand=True),
                    ]
                ),
                padding=ft.Padding.all(10),
                bgcolor=ft.Colors.ERROR_CONTAINER,
                border_radius=8,
                key=f"results-warning-{warning.code}",
            )
        )
    return card(*controls, title=_("Who took part"), key="results-who")


def _ranking(count: SurveyCount, differences: list[tuple[str, str]]) -> ft.Control:
    rows = [
        (f"{t.rank}. {t.title}", t.points, _("{points} points", points=t.points))
        for t in count.themes
    ]
    controls: list[ft.Control] = [bar_rows(rows, "results-ranking")]
    controls.append(
        ft.Text(_("Your priorities and the members"), size=17, weight=ft.FontWeight.BOLD)
    )
    if differences:
        controls += [
            ft.Text(f"{title}: {text}", size=15, key=f"results-difference-{i}")
            for i, (title, text) in enumerate(differences)
        ]
    else:
        controls.append(
            ft.Text(
                _("The members' ranking agrees with the priorities of your position."),
                size=15,
                key="results-no-differences",
            )
        )
    return card(*controls, title=_("What matters most to the members"), key="results-ranking-card")


def _theme(theme: ThemeCount, on_take_over: Callable[[str], None], read_only: bool) -> ft.Control:
    answered = theme.answered
    rows = [
        (_(label), n, f"{n} ({_percent(n, answered)})")
        for label, n in zip(IMPORTANCE_LABELS.values(), theme.importance, strict=True)
    ]
    controls: list[ft.Control] = [bar_rows(rows, f"results-theme-{theme.key}")]
    if theme.choices:
        controls.append(
            ft.Text(_("In the top three of {n} members.", n=format_number(theme.mentions)), size=15)
        )
    for remark in theme.remarks[:5]:
        controls.append(ft.Text(f"“{remark}”", size=14, italic=True))
    if len(theme.remarks) > 5:
        controls.append(ft.Text(_("And {n} more remarks.", n=len(theme.remarks) - 5), size=14))
    controls.append(
        action_button(
            _("Take over into Member input"),
            ft.Icons.INPUT,
            lambda: on_take_over(theme.key),
            f"take-over-{theme.key}",
            disabled=read_only,
        )
    )
    return card(*controls, title=f"{theme.rank}. {theme.title}", key=f"results-{theme.key}")


@ft.component
def Results(round_id: str, version: int) -> ft.Control:
    """All results of the round's survey (``version`` changes when answers change)."""
    services = use_services()
    state = use_app_state()
    message, set_message = ft.use_state("")
    count = services.survey.results(round_id)
    if count.total == 0:
        return card(
            ft.Text(
                _("No answers yet. Enter paper forms or import an online export first."),
                size=16,
            ),
            title=_("Results"),
            key="results-empty",
        )
    total = len(count.themes)
    differences = [
        (d.title, _(d.message, rank=d.rank, n=total)) for d in services.survey.differences(round_id)
    ]

    def take_over(key: str) -> None:
        if run_save(state, lambda: services.survey.take_over(round_id, key)):
            title = count.theme(key).title
            set_message(_("Taken over into the position: {theme}.", theme=title))

    controls: list[ft.Control] = [
        _who(count, services.survey.participation(count)),
        _ranking(count, differences),
    ]
    if message:
        controls.append(ft.Text(message, color=ft.Colors.PRIMARY, key="take-over-done"))
    controls += [_theme(t, take_over, services.read_only) for t in count.themes]
    if count.general_remarks:
        controls.append(
            card(
                *[ft.Text(f"“{r}”", size=14, italic=True) for r in count.general_remarks[:10]],
                title=_("Other remarks"),
            )
        )
    return ft.Column(controls, spacing=16)
