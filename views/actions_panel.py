"""Open actions from the checklist: a list that can be ticked off.

``ActionsList`` is shared by the checklist section and ``OpenActionsPanel``,
the card on Overzicht ("what should we do next?"). Both read the actions
from ``app.services.checklist`` on every render, so they are never stale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import flet as ft

from app.i18n import _, format_date
from models.checklist_scoring import ActionEntry
from views.context import use_app_state, use_services
from views.widgets import card, run_save

#: How many actions the overview shows before pointing to the checklist.
OVERVIEW_LIMIT = 8


def _details(entry: ActionEntry) -> str:
    parts = [_("Item {number}", number=entry.item_number)]
    if entry.action.who:
        parts.append(_("Who: {who}", who=entry.action.who))
    if entry.action.due:
        parts.append(_("By {date}", date=format_date(entry.action.due)))
    else:
        parts.append(_("no date"))
    return " · ".join(parts)


def actions_list(
    entries: list[ActionEntry],
    on_done: Callable[[ActionEntry, bool], None],
    today: dt.date,
    key_prefix: str,
    read_only: bool = False,
    on_open: Callable[[ActionEntry], None] | None = None,
) -> list[ft.Control]:
    """One row per action: a 'done' box, what, and item/who/date (late in red).

    With ``on_open`` each row also gets a button that leads to its item.
    """
    rows: list[ft.Control] = []
    for entry in entries:
        late = entry.is_overdue(today)
        what = entry.action.what.strip() or _("(no description yet)")
        texts: list[ft.Control] = [
            ft.Text(what, size=16, weight=ft.FontWeight.W_500),
            ft.Text(
                _details(entry),
                size=14,
                color=ft.Colors.ERROR if late else ft.Colors.ON_SURFACE_VARIANT,
            ),
        ]
        if late:
            texts.append(
                ft.Text(_("Overdue"), size=14, color=ft.Colors.ERROR, weight=ft.FontWeight.BOLD)
            )
        rows.append(
            ft.Row(
                [
                    ft.Checkbox(
                        value=entry.action.done,
                        tooltip=ft.Tooltip(message=_("Mark as done"), exclude_from_semantics=True),
                        semantics_label=_("Done: {what}", what=what),
                        on_change=lambda e, en=entry: on_done(en, bool(e.control.value)),
                        key=f"{key_prefix}-done-{entry.action.id}",
                        disabled=read_only,
                    ),
                    ft.Column(texts, spacing=2, expand=True),
                    *(
                        [
                            ft.TextButton(
                                _("Go to item {number}", number=entry.item_number),
                                on_click=partial(on_open, entry),
                                key=f"{key_prefix}-open-{entry.action.id}",
                            )
                        ]
                        if on_open
                        else []
                    ),
                ],
                vertical_alignment=ft.CrossAxisAlignment.START,
                key=f"{key_prefix}-row-{entry.action.id}",
            )
        )
    return rows


@ft.component
def OpenActionsPanel() -> ft.Control:
    """Card on Overzicht: the earliest open actions of the chosen round."""
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    _version, set_version = ft.use_state(0)
    if not state.round_id:
        return ft.Container()
    round_id = state.round_id
    entries = services.checklist.open_actions_for_round(round_id)

    def done(entry: ActionEntry, value: bool) -> None:
        run_save(
            state,
            lambda: services.checklist.set_action_done(
                round_id, entry.item_id, entry.action.id, value
            ),
        )
        set_version(_version + 1)

    go = ft.TextButton(
        _("Go to the checklist"),
        icon=ft.Icons.ARROW_FORWARD,
        on_click=lambda: page.navigate("/checklist"),
        key="overview-actions-go",
    )
    if not entries:
        return card(
            ft.Text(
                _(
                    "No open actions. When an item of the checklist falls short, "
                    "you make it an action: what, who and by when."
                ),
                size=15,
                key="overview-actions-empty",
            ),
            go,
            title=_("Open actions"),
            key="overview-actions",
        )
    shown = entries[:OVERVIEW_LIMIT]
    controls = actions_list(
        shown, done, dt.date.today(), "overview-action", read_only=services.read_only
    )
    if len(entries) > len(shown):
        controls.append(
            ft.Text(
                _("And {n} more in the checklist.", n=len(entries) - len(shown)),
                size=15,
                key="overview-actions-more",
            )
        )
    controls.append(go)
    return card(
        *controls,
        title=_("Open actions ({n})", n=len(entries)),
        key="overview-actions",
    )
