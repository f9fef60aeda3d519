"""Inzet: the guided form for one theme, with live SMART hints per demand.

Fields save themselves on every change (through ``save``, which the section
passes in and which refreshes the position). Every field has a label (that is
how screen readers and the end-to-end tests find it) and a ``key``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from app.content.themes import get_theme
from app.i18n import _
from app.services.context import BoundService
from models.position import (
    MISSING_MESSAGES,
    PRIORITY_ORDER,
    ThemePosition,
    is_ready,
    parse_own_title,
)
from models.themes import CUSTOM_THEME_ID
from views.a11y import heading as a11y_heading
from views.a11y import next_step, use_focus_on_mount
from views.explain import explain
from views.flet_typing import with_key
from views.form_parts import action_button, keep_text
from views.inzet_demand import DemandCard, Save
from views.inzet_help import ThemeHelp
from views.widgets import GAP, ValidatedField


def wide_card(
    *controls: ft.Control, title: str | None = None, key: str | None = None
) -> ft.Control:
    """Like ``views.widgets.card`` but fields use the full width (long texts need room)."""
    items: list[ft.Control] = []
    if title:
        items.append(ft.Text(title, size=20, weight=ft.FontWeight.BOLD))
    items.extend(controls)
    return ft.Card(
        ft.Container(
            ft.Column(items, spacing=12, horizontal_alignment=ft.CrossAxisAlignment.STRETCH),
            padding=ft.Padding.all(20),
        ),
        key=key,
        # Not one merged node: screen readers (and tests) must reach each field,
        # text and icon button inside the card on its own.
        semantic_container=False,
    )


def _step(number: int, title: str, *controls: ft.Control, key: str) -> ft.Control:
    return wide_card(*controls, title=f"{number}. {title}", key=key)


def status_line(missing: list[str], key: str) -> ft.Control:
    """'Complete' or 'Still needed: ...' for a theme."""
    if not missing:
        return ft.Row(
            [
                ft.Icon(ft.Icons.CHECK_CIRCLE, color=ft.Colors.GREEN_800, size=20),
                ft.Text(_("Complete"), size=15, color=ft.Colors.GREEN_900, key=key),
            ],
            spacing=6,
        )
    parts = ", ".join(_(MISSING_MESSAGES[m]) for m in missing)
    text = (
        _("Ready to take along. These make your case stronger: {parts}", parts=parts)
        if is_ready(missing)
        else _("Still needed: {parts}", parts=parts)
    )
    return ft.Row(
        [
            ft.Icon(ft.Icons.EDIT_NOTE, color=ft.Colors.ON_SURFACE_VARIANT, size=20),
            ft.Text(text, size=15, expand=True, key=key),
        ],
        spacing=6,
    )


@ft.component
def ThemeForm(
    item: ThemePosition,
    title: str,
    missing: list[str],
    save: Save,
    on_back: Callable[[], None],
    on_remove: Callable[[], None],
    parties: list[str],
    year: int | None,
    read_only: bool,
    round_id: str,
    service: BoundService,
    following: tuple[str, Callable[[], None]] | None = None,
) -> ft.Control:
    """The guided form for one theme, in the order a board thinks it through.

    ``following`` is the next theme that still needs work (its title, and
    what opens it): its button ends the form, so going on is one click.
    """
    t = item.id
    # the "Open" button that was pressed is gone: the keyboard focus moves
    # to "Back to the overview" instead of jumping elsewhere
    back_ref = use_focus_on_mount()

    def update(**changes: Any) -> None:
        save(lambda: service.update_theme(round_id, t, **changes))

    def field(label: str, name: str, hint: str = "", multiline: bool = True) -> ft.Control:
        return ValidatedField(
            label,
            getattr(item, name),
            keep_text,
            lambda v: update(**{name: v}),
            field_key=f"theme-{name}",
            hint=hint,
            multiline=multiline,
            read_only=read_only,
        )

    def priority_changed(e: ft.Event[ft.RadioGroup]) -> None:
        update(priority=e.control.value or None)

    theme = get_theme(item.theme_id)
    heading: list[ft.Control] = [
        ft.Row(
            [
                ft.TextButton(
                    _("Back to the overview"),
                    icon=ft.Icons.ARROW_BACK,
                    on_click=on_back,
                    key="back-to-overview",
                    ref=back_ref,
                ),
            ]
        ),
        a11y_heading(title, 2, 24, key="theme-form-title"),
        status_line(missing, key="theme-status"),
    ]
    if item.theme_id == CUSTOM_THEME_ID:
        heading.append(
            ValidatedField(
                _("Name of your own theme"),
                item.title,
                parse_own_title,
                lambda v: update(title=v),
                field_key="theme-title",
                read_only=read_only,
            )
        )
    if theme is not None:
        heading.append(ThemeHelp(theme))

    demands = [
        with_key(DemandCard, d.id)(
            item, d, i + 1, save, parties, year, read_only, round_id, service
        )
        for i, d in enumerate(item.demands)
    ]
    add_demand = ft.OutlinedButton(
        _("Add another demand"),
        icon=ft.Icons.ADD,
        on_click=lambda: save(lambda: service.add_demand(round_id, t)),
        disabled=read_only,
        key="add-demand",
    )
    priority = ft.RadioGroup(
        value=item.priority.value if item.priority else None,
        on_change=priority_changed,
        key="theme-priority",
        content=ft.Row(
            [
                ft.Radio(value=p.value, label=_(p.label), disabled=read_only, key=f"prio-{p}")
                for p in PRIORITY_ORDER
            ],
            spacing=24,
            wrap=True,
        ),
    )
    steps = [
        _step(
            1,
            _("How are things now?"),
            field(_("Current situation (facts)"), "situation", _("Figures, complaints, events")),
            field(
                _("Source of the facts"),
                "situation_source",
                _("For example: annual report 2026, page 14"),
                multiline=False,
            ),
            key="step-situation",
        ),
        _step(
            2,
            _("What do tenants want?"),
            field(_("What tenants want"), "wishes"),
            key="step-wishes",
        ),
        _step(
            3,
            _("Your concrete demand"),
            ft.Text(
                _(
                    "Write it in one sentence: what, how much, by when and who. The fields "
                    "below then fill themselves; check whether they are right."
                ),
                size=15,
            ),
            explain("smart"),
            *demands,
            add_demand,
            key="step-demands",
        ),
        _step(4, _("Why?"), field(_("Arguments"), "arguments"), key="step-arguments"),
        _step(
            5,
            _("Red line"),
            field(_("Red line: what will you not accept?"), "red_line"),
            explain("ondergrens"),
            key="step-red-line",
        ),
        _step(
            6,
            _("Priority"),
            ft.Text(_("How important is this theme for your members?"), size=15),
            priority,
            key="step-priority",
        ),
        _step(
            7,
            _("What it rests on"),
            field(
                _("Member input"),
                "member_input",
                _("For example: general meeting of 12 March, survey with 300 answers"),
            ),
            key="step-members",
        ),
    ]
    footer = ft.Row(
        [
            ft.TextButton(
                _("Back to the overview"),
                icon=ft.Icons.ARROW_BACK,
                on_click=on_back,
                key="back-to-overview-bottom",
            ),
            (
                action_button(
                    _("Next theme: {theme}", theme=following[0]),
                    ft.Icons.ARROW_FORWARD,
                    following[1],
                    "next-theme",
                    main=True,
                )
                if following
                # every other theme is ready: going on is the checklist
                else next_step(_("Next step: the checklist"), "/checklist", key="theme-next-step")
            ),
            action_button(
                _("Remove theme"),
                ft.Icons.DELETE_OUTLINE,
                on_remove,
                "remove-theme",
                quiet=True,
                disabled=read_only,
            ),
        ],
        spacing=GAP,
        run_spacing=8,
        wrap=True,  # the largest text size: the buttons go under each other
    )
    return ft.Column(
        [*heading, *steps, footer],
        spacing=GAP,
        horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
    )
