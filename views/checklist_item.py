"""One checklist item: the question, why it matters, its basis, the answer,
a note and the actions for a shortfall. Used by ``views.checklist``.

Every change is handed to callbacks that save at once (no save button). The
text fields keep what the user typed, also when it cannot be stored (a bad
date shows a Dutch message under the field and is not stored).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import flet as ft

from app.content.checklist import item_article, item_rationale, item_text
from app.i18n import _, format_date
from models.checklist import (
    SHORTFALL_ANSWERS,
    Action,
    Answer,
    Basis,
    ChecklistItemDef,
    ItemAnswer,
)
from models.dates import date_to_input, parse_date
from models.text import N_
from views.explain import explain_words
from views.flet_typing import with_key
from views.form_parts import action_button, keep_text, record_field
from views.icon_lines import icon_line
from views.widgets import ValidatedField, icon_button

_BASIS_COLOURS = {
    Basis.LAW: ft.Colors.PRIMARY_CONTAINER,
    Basis.ADVICE: ft.Colors.SECONDARY_CONTAINER,
    Basis.OWN: ft.Colors.SURFACE_CONTAINER_HIGHEST,
}
_BASIS_TOOLTIPS = {  # marked with N_, translated when shown
    Basis.LAW: N_("This is in the law. The article is shown."),
    Basis.ADVICE: N_("Recommended by organisations such as the Woonbond, Platform31 or the VTW."),
    Basis.OWN: N_("A suggestion from this app, based on experience of tenant organisations."),
}


#: Radios stretch to the full row in Flet unless they get a width.
_RADIO_WIDTHS = {
    Answer.YES: 90,
    Answer.PARTLY: 110,
    Answer.NO: 100,
    Answer.NOT_APPLICABLE: 230,
}


def basis_badge(item: ChecklistItemDef) -> ft.Control:
    """'Wet · Woningwet art. 42 · nagekeken op 1 december 2026', 'Advies' or 'Eigen suggestie'."""
    label = _(item.basis.label)
    article = item_article(item)
    text = f"{label} · {article}" if article else label
    if article and item.checked:
        text += " · " + _("checked on {date}", date=format_date(item.checked))
    explanation = _(_BASIS_TOOLTIPS[item.basis])
    # A screen reader hears the chip and what it means as one label; the tooltip
    # is for mice only (in the semantics tree a tooltip left a dangling aria-owns).
    return ft.Semantics(
        label=f"{text}. {explanation}",
        exclude_semantics=True,
        content=ft.Container(
            ft.Text(text, size=14, weight=ft.FontWeight.W_500),
            bgcolor=_BASIS_COLOURS[item.basis],
            padding=ft.Padding.symmetric(horizontal=10, vertical=4),
            border_radius=12,
            tooltip=ft.Tooltip(message=explanation, exclude_from_semantics=True),
            key=f"basis-{item.id}",
        ),
    )


def who_badge(item: ChecklistItemDef) -> ft.Control:
    """Who must act on this item: we, the housing association, the municipality, or together."""
    return ft.Container(
        ft.Text(_(item.who.label), size=14, weight=ft.FontWeight.W_500),
        bgcolor=ft.Colors.TERTIARY_CONTAINER,
        padding=ft.Padding.symmetric(horizontal=10, vertical=4),
        border_radius=12,
        key=f"who-{item.id}",
    )


@ft.component
def ActionRow(
    item_id: str,
    action: Action,
    on_change: Callable[..., None],
    on_done: Callable[[bool], None],
    on_remove: Callable[[], None],
    read_only: bool,
) -> ft.Control:
    """What, who, by when, done — one action of an item."""
    prefix = f"action-{item_id}-{action.id}"
    # The row remembers the last valid date itself, so the confirmation under the
    # field ("14 maart 2027") updates without re-rendering the whole checklist.
    due, set_due = ft.use_state(action.due)
    due_helper = format_date(due) if due else _("For example 14-3-2027")

    def due_changed(value: dt.date | None) -> None:
        set_due(value)
        on_change(due=value)

    def text_field(name: str, label: str, width: float) -> ft.Control:
        """The action's one-line text ``name`` (what, who), saved as typed."""
        field = (f"{prefix}-{name}", read_only)
        return with_key(record_field, f"{prefix}-{name}-c")(
            action, name, label, keep_text, on_change, field, width=width
        )

    what = text_field("what", _("What needs to be done?"), 620)
    details = ft.Row(
        [
            text_field("who", _("Who does it?"), 240),
            with_key(ValidatedField, f"{prefix}-due-c")(
                _("Done by (date)"),
                date_to_input(action.due),
                parse_date,
                due_changed,
                field_key=f"{prefix}-due",
                helper=due_helper,
                width=360,
                read_only=read_only,
            ),
            ft.Container(
                ft.Checkbox(
                    label=_("Done"),
                    # seven "Klaar" boxes: say which action each one closes
                    semantics_label=_("Done: {what}", what=action.what or _("new action")),
                    value=action.done,
                    on_change=lambda e: on_done(bool(e.control.value)),
                    key=f"{prefix}-done",
                    disabled=read_only,
                ),
                width=110,
                padding=ft.Padding.only(top=8),
            ),
            ft.Container(
                icon_button(
                    ft.Icons.DELETE_OUTLINE,
                    _("Remove action"),
                    on_remove,
                    disabled=read_only,
                    key=f"{prefix}-remove",
                ),
                width=48,
                padding=ft.Padding.only(top=4),
            ),
        ],
        wrap=True,
        spacing=12,
        run_spacing=8,
        vertical_alignment=ft.CrossAxisAlignment.START,
    )
    return ft.Container(
        ft.Column([what, details], spacing=12),
        padding=ft.Padding.only(left=12, top=8, bottom=4),
        border=ft.Border.only(left=ft.BorderSide(3, ft.Colors.PRIMARY)),
        key=f"{prefix}-row",
    )


@ft.component
def ItemCard(
    item: ChecklistItemDef,
    answer: ItemAnswer,
    on_answer: Callable[[Answer], Awaitable[None]],
    on_note: Callable[[str], None],
    on_confirm: Callable[[], None],
    on_add_action: Callable[[], None],
    on_action_change: Callable[..., None],
    on_action_done: Callable[[str, bool], None],
    on_action_remove: Callable[[str], None],
    read_only: bool,
) -> ft.Control:
    """The card for one item. Callbacks receive plain values and save at once."""

    async def answer_changed(e: ft.Event[ft.RadioGroup]) -> None:
        if e.control.value:
            await on_answer(Answer(e.control.value))

    rows: list[ft.Control] = [
        ft.Row(
            [
                ft.Text(
                    f"{item.number}.",
                    size=18,
                    weight=ft.FontWeight.BOLD,
                    color=ft.Colors.PRIMARY,
                    width=36,
                ),
                ft.Text(
                    item_text(item),
                    size=17,
                    weight=ft.FontWeight.W_500,
                    expand=True,
                    key=f"item-text-{item.id}",
                ),
            ],
            vertical_alignment=ft.CrossAxisAlignment.START,
        ),
        ft.Container(
            ft.Column(
                [
                    ft.Text(
                        _("Why: {reason}", reason=item_rationale(item)),
                        size=15,
                        color=ft.Colors.ON_SURFACE_VARIANT,
                    ),
                    ft.Row([basis_badge(item), who_badge(item)], wrap=True),
                    *explain_words([item_text(item), item_rationale(item)], f"item-{item.id}"),
                ],
                spacing=8,
            ),
            padding=ft.Padding.only(left=44),
        ),
        ft.Container(
            ft.RadioGroup(
                ft.Row(
                    [
                        ft.Radio(
                            value=a.value,
                            label=_(a.label),
                            disabled=read_only,
                            width=_RADIO_WIDTHS[a],
                        )
                        for a in Answer
                    ],
                    wrap=True,
                    spacing=8,
                ),
                value=answer.answer.value if answer.answer else None,
                on_change=answer_changed,
                key=f"answer-{item.id}",
            ),
            padding=ft.Padding.only(left=36),
        ),
    ]
    if answer.to_confirm:
        rows.append(
            ft.Container(
                icon_line(
                    ft.Icons.HISTORY,
                    _("To be confirmed: this answer comes from the previous round."),
                    action_button(
                        _("Still correct"),
                        ft.Icons.CHECK,
                        on_confirm,
                        f"confirm-{item.id}",
                        quiet=True,
                        disabled=read_only,
                    ),
                    color=ft.Colors.ON_TERTIARY_CONTAINER,
                    wrap=True,
                ),
                bgcolor=ft.Colors.TERTIARY_CONTAINER,
                border_radius=8,
                padding=ft.Padding.symmetric(horizontal=12, vertical=4),
                margin=ft.Margin.only(left=44),
                key=f"to-confirm-{item.id}",
            )
        )
    details: list[ft.Control] = [
        with_key(ValidatedField, f"note-{item.id}-c")(
            _("Note on item {number} (optional)", number=item.number),
            answer.note,
            keep_text,
            on_note,
            field_key=f"note-{item.id}",
            width=620,
            read_only=read_only,
        )
    ]
    shortfall = answer.answer in SHORTFALL_ANSWERS
    if shortfall and not answer.actions:
        details.append(
            ft.Text(
                _("This falls short. Make it an action: what, who and by when."),
                size=15,
                color=ft.Colors.ON_SURFACE_VARIANT,
                key=f"action-hint-{item.id}",
            )
        )
    for action in answer.actions:
        details.append(
            with_key(ActionRow, f"action-{action.id}")(
                item.id,
                action,
                _bind_change(on_action_change, action.id),
                partial(on_action_done, action.id),
                partial(on_action_remove, action.id),
                read_only,
            )
        )
    if shortfall or answer.actions:
        details.append(
            ft.Row(
                [
                    action_button(
                        _("Add action"),
                        ft.Icons.ADD_TASK,
                        on_add_action,
                        f"add-action-{item.id}",
                        disabled=read_only,
                    )
                ]
            )
        )
    rows.append(
        ft.Container(ft.Column(details, spacing=10), padding=ft.Padding.only(left=44, top=4))
    )
    return ft.Card(
        ft.Container(ft.Column(rows, spacing=10), padding=ft.Padding.all(20)),
        # Separate semantic nodes: otherwise a screen reader reads the whole
        # card's text as the label of the note field.
        semantic_container=False,
        key=f"item-{item.id}",
    )


def _bind_change(callback: Callable[..., None], action_id: str) -> Callable[..., None]:
    def changed(**changes: Any) -> None:
        callback(action_id, **changes)

    return changed
