"""Checklist ("Gelijkwaardigheidscheck"): is the board treated as an equal partner?

Shows the score per group as bars (with the change since the previous
round), lets the board answer one group at a time, and turns every
shortfall into an action. All open actions are one click away, and are also
shown on Overzicht (``views.actions_panel``). Item cards: ``views.checklist_item``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

import flet as ft

from app.content import pick
from app.content.checklist import checklist_content, group_title
from app.i18n import _
from app.services import checklist as svc
from models.checklist import Answer, ChecklistAnswers
from models.checklist_scoring import ActionEntry, GroupScore, ScoreChange
from views.a11y import heading, selectable
from views.actions_panel import actions_list
from views.checklist_item import ItemCard
from views.checklist_report import ChecklistReport
from views.context import use_app_state, use_services
from views.flet_typing import UseState, with_key
from views.round_section import start_round_first
from views.scrolling import scroll_after_layout, use_column_ref
from views.widgets import GAP, SectionHeader, card, run_save

ACTIONS_VIEW = "actions"


def _percent(value: int | None) -> str:
    return _("no score yet") if value is None else f"{value}%"


def _change_text(change: ScoreChange, previous_year: int | None) -> tuple[str, str | None]:
    """'+17 since 2026' with a colour, or nothing when there is no comparison."""
    if change.delta is None or previous_year is None:
        return "", None
    if change.delta > 0:
        return _("+{n}% since {year}", n=change.delta, year=previous_year), ft.Colors.GREEN_800
    if change.delta < 0:
        return _("−{n}% since {year}", n=-change.delta, year=previous_year), ft.Colors.ERROR
    return _("same as {year}", year=previous_year), ft.Colors.ON_SURFACE_VARIANT


def _score_row(
    title: str, score: GroupScore, change: ScoreChange, previous_year: int | None, key: str
) -> ft.Control:
    change_text, change_colour = _change_text(change, previous_year)
    answered = _("{answered} of {total} answered", answered=score.answered, total=score.total)
    return ft.Row(
        [
            ft.Text(title, size=16, width=330),
            ft.ProgressBar(
                value=score.score or 0.0,
                width=220,
                bar_height=14,
                border_radius=7,
                bgcolor=ft.Colors.SURFACE_CONTAINER_HIGHEST,
                semantics_label=title,
                key=f"{key}-bar",
            ),
            ft.Text(
                _percent(score.percent),
                size=16,
                weight=ft.FontWeight.BOLD,
                width=140,
                key=f"{key}-percent",
            ),
            ft.Text(change_text, size=15, color=change_colour, width=130, key=f"{key}-change"),
            ft.Text(answered, size=14, color=ft.Colors.ON_SURFACE_VARIANT),
        ],
        spacing=12,
        wrap=True,
        vertical_alignment=ft.CrossAxisAlignment.CENTER,
        key=key,
    )


def _summary(result: svc.RoundComparison) -> ft.Control:
    content = checklist_content()
    year = result.previous_round.year if result.previous_round else None
    rows: list[ft.Control] = [
        _score_row(
            _("All items"), result.scores.overall, result.comparison.overall, year, "score-overall"
        ),
        ft.Divider(height=1),
    ]
    for group, score in zip(content.groups, result.scores.groups, strict=True):
        rows.append(
            _score_row(
                group_title(group),
                score,
                result.comparison.group(group.id),
                year,
                f"score-{group.id}",
            )
        )
    rows.append(
        ft.Text(
            _(
                "Yes counts 1, partly counts half, no counts 0. "
                "Not applicable and open items do not count."
            ),
            size=14,
            color=ft.Colors.ON_SURFACE_VARIANT,
        )
    )
    return card(*rows, title=_("Score"), key="checklist-scores")


def _selector(selected: str, open_count: int, on_select: Callable[[str], None]) -> ft.Control:
    buttons: list[ft.Control] = []
    for group in checklist_content().groups:
        label = group_title(group)
        kind = ft.FilledButton if group.id == selected else ft.OutlinedButton
        button = kind(label, on_click=partial(on_select, group.id), key=f"group-{group.id}")
        buttons.append(selectable(button, group.id == selected))
    kind = ft.FilledButton if selected == ACTIONS_VIEW else ft.OutlinedButton
    buttons.append(
        selectable(
            kind(
                _("Open actions ({n})", n=open_count),
                icon=ft.Icons.CHECKLIST,
                on_click=lambda: on_select(ACTIONS_VIEW),
                key="group-actions",
            ),
            selected == ACTIONS_VIEW,
        )
    )
    return ft.Row(buttons, wrap=True, spacing=8, run_spacing=8, key="checklist-groups")


@ft.component
def ChecklistRound(round_id: str, header: ft.Control) -> ft.Control:
    """The checklist of one round (keyed by round id, so switching rounds resets it).

    It scrolls itself, below ``header``: a new group starts at the top (the
    scroll view is keyed by the group), so after "Volgende groep" the user
    does not scroll back up past seven cards.
    """
    services = use_services()
    state = use_app_state()
    checklist = services.checklist
    read_only = services.read_only
    answers_state: UseState[ChecklistAnswers] = ft.use_state(
        lambda: checklist.load_checklist(round_id)
    )
    answers, set_answers = answers_state
    selected, set_selected = ft.use_state("A")
    content = checklist_content()

    def save(change: Callable[[], ChecklistAnswers]) -> None:
        result: list[ChecklistAnswers] = []
        if run_save(state, lambda: result.append(change())):
            set_answers(result[0])

    column = use_column_ref()

    def group_done(given: ChecklistAnswers) -> bool:
        group = next((g for g in content.groups if g.id == selected), None)
        return group is not None and all(given.answer_of(i.id) for i in group.items)

    async def on_answer(item_id: str, value: Answer) -> None:
        was_done = group_done(answers)
        result: list[ChecklistAnswers] = []

        def change() -> ChecklistAnswers:
            result.append(checklist.set_answer(round_id, item_id, value))
            return result[0]

        save(change)
        # the group's last answer: bring "Volgende groep" and the report into
        # view, so going on needs no scrolling
        if result and not was_done and group_done(result[0]):
            await scroll_to_end()

    async def scroll_to_end() -> None:
        await scroll_after_layout(column, -1)

    def save_quietly(change: Callable[[], object]) -> None:
        # Typed text (notes, action fields) is saved without re-rendering the
        # whole round: the fields keep their own text, and a re-render while the
        # user moves to the next field could disturb their typing.
        run_save(state, change)

    def on_note(item_id: str, note: str) -> None:
        save_quietly(lambda: checklist.set_note(round_id, item_id, note))

    def on_confirm(item_id: str) -> None:
        save(lambda: checklist.confirm_item(round_id, item_id))

    def on_add_action(item_id: str) -> None:
        save(lambda: checklist.add_action(round_id, item_id)[0])

    def on_action_change(item_id: str, action_id: str, **changes: Any) -> None:
        save_quietly(lambda: checklist.update_action(round_id, item_id, action_id, **changes))

    def on_action_done(item_id: str, action_id: str, done: bool) -> None:
        save(lambda: checklist.set_action_done(round_id, item_id, action_id, done))

    def on_action_remove(item_id: str, action_id: str) -> None:
        save(lambda: checklist.remove_action(round_id, item_id, action_id))

    # Callbacks are bound with functools.partial, never with ``lambda x=...``:
    # Flet passes the click event to any handler that declares a parameter,
    # defaults included, which would silently replace the bound value.

    def copy_previous(from_round_id: str) -> None:
        def run() -> ChecklistAnswers:
            checklist.copy_from_previous(from_round_id, round_id)
            return checklist.load_checklist(round_id)

        save(run)

    result = checklist.round_comparison(round_id)
    blocks: list[ft.Control] = [_summary(result)]

    if not answers.answers and result.previous_round is not None:
        previous = result.previous_round
        blocks.append(
            card(
                ft.Text(
                    _(
                        "You filled in this checklist in {year}. Start from those answers: "
                        "they are marked 'to be confirmed' until you have checked them.",
                        year=previous.year,
                    ),
                    size=16,
                ),
                ft.Row(
                    [
                        ft.FilledButton(
                            _("Copy the answers of {year}", year=previous.year),
                            icon=ft.Icons.CONTENT_COPY,
                            on_click=lambda: copy_previous(previous.id),
                            key="checklist-copy-previous",
                            disabled=read_only,
                        )
                    ]
                ),
                key="checklist-copy-card",
            )
        )
    to_confirm = result.scores.overall.to_confirm
    if to_confirm:
        blocks.append(
            ft.Container(
                ft.Text(
                    _(
                        "1 answer still comes from the previous round. Check it and "
                        "confirm it, or choose another answer."
                    )
                    if to_confirm == 1
                    else _(
                        "{n} answers still come from the previous round. Check them and "
                        "confirm them, or choose another answer.",
                        n=to_confirm,
                    ),
                    size=15,
                    color=ft.Colors.ON_TERTIARY_CONTAINER,
                ),
                bgcolor=ft.Colors.TERTIARY_CONTAINER,
                padding=ft.Padding.all(12),
                border_radius=8,
                key="checklist-to-confirm",
            )
        )

    open_entries = checklist.open_actions_for_round(round_id)
    blocks.append(_selector(selected, len(open_entries), set_selected))

    if selected == ACTIONS_VIEW:

        def entry_done(entry: ActionEntry, done: bool) -> None:
            on_action_done(entry.item_id, entry.action.id, done)

        rows = actions_list(
            open_entries,
            entry_done,
            dt.date.today(),
            "checklist-action",
            read_only,
            on_open=lambda entry: set_selected(entry.group_id),
        )
        if not rows:
            rows = [
                ft.Text(
                    _(
                        "No open actions. When an item falls short, answer 'partly' or 'no' "
                        "and add an action."
                    ),
                    size=16,
                    key="checklist-actions-empty",
                )
            ]
        blocks.append(card(*rows, title=_("Open actions, earliest date first")))
    else:
        group = next(g for g in content.groups if g.id == selected)
        blocks.append(heading(group_title(group), 2, 22, key="checklist-group-title"))
        for item in group.items:
            iid = item.id
            blocks.append(
                with_key(ItemCard, f"item-card-{round_id}-{iid}")(
                    item,
                    answers.get(iid),
                    partial(on_answer, iid),
                    partial(on_note, iid),
                    partial(on_confirm, iid),
                    partial(on_add_action, iid),
                    partial(on_action_change, iid),
                    partial(on_action_done, iid),
                    partial(on_action_remove, iid),
                    read_only,
                )
            )
        blocks.append(_next_group(selected, set_selected))
    blocks.append(ChecklistReport(round_id, scroll_to_end))
    return ft.Column(
        [header, *blocks],
        spacing=GAP,
        scroll=ft.ScrollMode.AUTO,
        expand=True,
        key=f"checklist-scroll-{selected}",
        ref=column,
    )


def _next_group(selected: str, on_select: Callable[[str], None]) -> ft.Control:
    """The next step at the end of a group: the next group, or the open actions."""
    ids = [g.id for g in checklist_content().groups]
    position = ids.index(selected)
    if position + 1 < len(ids):
        following = checklist_content().groups[position + 1]
        label = _("Next group: {title}", title=group_title(following))
        target = following.id
    else:
        label = _("Done with the last group: see the open actions")
        target = ACTIONS_VIEW
    return ft.Row(
        [
            ft.FilledButton(
                label,
                icon=ft.Icons.ARROW_FORWARD,
                on_click=lambda: on_select(target),
                key="checklist-next-group",
            )
        ],
        wrap=True,
    )


@ft.component
def ChecklistSection() -> ft.Control:
    state = use_app_state()
    content = checklist_content()
    header = SectionHeader(
        _("Checklist"),
        pick(content.intro)
        + " "
        + _(
            "Answer each item with yes, partly, no or not applicable. Items marked 'Law' "
            "are rights or duties from the law; the others are advice."
        ),
        "checklist",
    )
    if not state.round_id:
        body: ft.Control = start_round_first(
            _("The checklist is filled in per round, so you can compare years."),
            "checklist-start-round",
        )
    else:
        return with_key(ChecklistRound, f"checklist-{state.round_id}")(state.round_id, header)
    return ft.Column([header, body], spacing=GAP, scroll=ft.ScrollMode.AUTO, expand=True)
