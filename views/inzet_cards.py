"""Inzet: the cards around the theme list (the top priorities, a theme's
priority badge, adding a theme, the position as a whole)."""

from __future__ import annotations

from typing import Any

import flet as ft

from app.content.themes import text, theme_catalogue
from app.i18n import _
from app.services.context import BoundService
from models.position import Position, Priority, top_priorities
from models.themes import CUSTOM_THEME_ID
from views.form_parts import action_button, date_field, free_text
from views.inzet_demand import Save
from views.inzet_form import wide_card


@ft.component
def AddThemeCard(
    position: Position, save: Save, read_only: bool, round_id: str, service: BoundService
) -> ft.Control:
    """Add a standard theme that is not there yet, or a theme of your own."""
    own, set_own = ft.use_state("")
    error, set_error = ft.use_state("")
    present = {t.theme_id for t in position.themes}
    missing = [th for th in theme_catalogue().themes if th.id not in present]

    def add_own() -> None:
        if not own.strip():
            set_error(_("Give your own theme a name."))
            return
        if save(lambda: service.add_theme(round_id, CUSTOM_THEME_ID, own)):
            set_own("")
            set_error("")

    controls: list[ft.Control] = []
    if missing:
        controls.append(
            ft.Row(
                [
                    ft.OutlinedButton(
                        text(th.title),
                        icon=ft.Icons.ADD,
                        on_click=lambda _e=None, tid=th.id: save(
                            lambda: service.add_theme(round_id, tid)
                        ),
                        disabled=read_only,
                        key=f"add-theme-{th.id}",
                    )
                    for th in missing
                ],
                wrap=True,
                spacing=8,
                run_spacing=8,
            )
        )
    # the field on a line of its own, as wide as the card, the button below it:
    # beside the button its label was squeezed into four lines at the largest
    # text size on a small screen
    controls.append(
        ft.Row(
            [
                ft.TextField(
                    label=_("Name of your own theme"),
                    value=own,
                    error=error or None,
                    on_change=lambda e: set_own(e.control.value or ""),
                    key="own-theme-name",
                    text_size=16,
                    expand=True,
                    hint_text=_("For example: Service costs"),
                    read_only=read_only,
                )
            ]
        )
    )
    controls.append(
        action_button(
            _("Add your own theme"), ft.Icons.ADD, add_own, "add-own-theme", disabled=read_only
        )
    )
    return wide_card(*controls, title=_("Add a theme"), key="add-theme-card")


def position_info_card(
    position: Position, save: Save, read_only: bool, round_id: str, service: BoundService
) -> ft.Control:
    """What the whole position rests on, and when the board adopted it."""

    def save_info(**changes: Any) -> None:
        save(lambda: service.update_position_info(round_id, **changes))

    return wide_card(
        free_text(
            position,
            "member_summary",
            _("Summary of what your members said"),
            save_info,
            "position-member-summary",
            read_only,
            hint=_("For example: survey with 312 answers, general meeting with 64 members"),
        ),
        ft.Container(
            date_field(
                _("Adopted by the board on"),
                position.adopted_on,
                lambda day: save_info(adopted_on=day),
                "position-adopted-on",
                read_only,
                hint=_("For example: 19-3-2027. Leave empty while it is a draft."),
            ),
            width=420,
        ),
        title=_("About this position"),
        key="position-info",
    )


_PRIORITY_COLOURS = {
    Priority.MUST: (ft.Colors.PRIMARY, ft.Colors.ON_PRIMARY),
    Priority.SHOULD: (ft.Colors.SECONDARY_CONTAINER, ft.Colors.ON_SECONDARY_CONTAINER),
    Priority.COULD: (ft.Colors.SURFACE_CONTAINER_HIGHEST, ft.Colors.ON_SURFACE),
}


def priority_badge(priority: Priority | None, key: str) -> ft.Control:
    """'Moet' / 'Belangrijk' / 'Wens', or 'no priority yet'."""
    if priority is None:
        label, (bg, fg) = _("No priority yet"), (ft.Colors.SURFACE, ft.Colors.ON_SURFACE_VARIANT)
    else:
        label, (bg, fg) = _(priority.label), _PRIORITY_COLOURS[priority]
    return ft.Container(
        ft.Text(label, size=14, color=fg, weight=ft.FontWeight.BOLD, key=key),
        bgcolor=bg,
        border=ft.Border.all(1, ft.Colors.OUTLINE_VARIANT),
        border_radius=16,
        padding=ft.Padding.symmetric(horizontal=12, vertical=4),
    )


def _first_demand(item: Any) -> str:
    for demand in item.demands:
        if demand.what.strip():
            return str(demand.what)
    return ""


def top_card(position: Position, titles: dict[str, str]) -> ft.Control:
    """The themes the meeting brief leads with."""
    tops = top_priorities(position)
    if not tops:
        body: list[ft.Control] = [
            ft.Text(
                _("Give themes a priority and a demand; the most important ones appear here."),
                size=15,
            )
        ]
    else:
        body = [
            ft.Text(
                _("The meeting brief opens with these themes, in this order."),
                size=15,
                color=ft.Colors.ON_SURFACE_VARIANT,
            )
        ]
        for i, item in enumerate(tops, start=1):
            body.append(
                ft.Column(
                    [
                        ft.Text(
                            f"{i}. {titles[item.id]}",
                            size=17,
                            weight=ft.FontWeight.BOLD,
                            key=f"top-{i}",
                        ),
                        ft.Text(_first_demand(item), size=15, max_lines=2),
                    ],
                    spacing=2,
                )
            )
    return wide_card(*body, title=_("Your top priorities"), key="top-priorities")
