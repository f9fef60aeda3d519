"""Inzet: the tenant organisation's position per theme for the chosen round.

The overview orders the themes by priority (the volunteer moves them up and
down inside a priority), shows which are complete and which top priorities
the meeting brief leads with. Opening a theme shows the guided form
(``views.inzet_form``). Everything saves itself; nothing here touches storage
directly, only ``app.services.position``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import flet as ft

from app.i18n import _
from app.services import position as svc
from app.services.context import BoundService
from models.position import Position, can_move_theme, is_ready
from views.a11y import focus, title_row, use_narrow
from views.context import use_app_state, use_services
from views.flet_typing import UseState, with_key
from views.inzet_cards import AddThemeCard, position_info_card, priority_badge, top_card
from views.inzet_demand import Save
from views.inzet_form import ThemeForm, status_line
from views.round_section import start_round_first
from views.scrolling import scroll_after_layout, scroll_key, use_column_ref, use_control_ref
from views.widgets import GAP, SectionHeader, empty_state, icon_button, run_save

#: Scrolls the section: to ``offset``, or to the control with scroll key ``key``.
Scroller = Callable[[float | None, str | None], Awaitable[None]]


def row_key(theme_position_id: str) -> ft.ScrollKey:
    """The overview card of a theme: "Terug naar het overzicht" scrolls to it."""
    return scroll_key(f"row-{theme_position_id}")


def theme_row(
    summary: svc.ThemeSummary,
    number: int,
    position: Position,
    save: Save,
    on_open: Callable[[str], None],
    read_only: bool,
    round_id: str,
    service: BoundService,
    open_ref: ft.Ref[Any] | None = None,
    narrow: bool = False,
) -> ft.Control:
    """One theme in the overview: title, priority, completeness, order buttons.

    ``open_ref`` is set on the row of the theme the volunteer just came back
    from: its "invullen" button takes the keyboard focus again. ``narrow``:
    the open button goes under the title, which keeps the width."""
    t = summary.theme.id
    open_button = ft.FilledTonalButton(
        _("Open {theme}", theme=summary.title),
        icon=ft.Icons.EDIT_OUTLINED,
        on_click=lambda: on_open(t),
        key=f"open-{t}",
        ref=open_ref,
    )
    arrows = ft.Column(
        [
            icon_button(
                ft.Icons.ARROW_UPWARD,
                _("Move {theme} up", theme=summary.title),
                lambda: save(lambda: service.move_theme(round_id, t, -1)),
                read_only or not can_move_theme(position, t, -1),
                f"up-{t}",
            ),
            icon_button(
                ft.Icons.ARROW_DOWNWARD,
                _("Move {theme} down", theme=summary.title),
                lambda: save(lambda: service.move_theme(round_id, t, 1)),
                read_only or not can_move_theme(position, t, 1),
                f"down-{t}",
            ),
        ],
        spacing=0,
    )
    return ft.Card(
        ft.Container(
            ft.Row(
                [
                    ft.Text(f"{number}.", size=20, weight=ft.FontWeight.BOLD, width=36),
                    arrows,
                    ft.Column(
                        [
                            ft.Row(
                                [
                                    ft.Text(
                                        summary.title,
                                        size=18,
                                        weight=ft.FontWeight.BOLD,
                                        key=f"row-title-{t}",
                                    ),
                                    priority_badge(summary.priority, key=f"row-priority-{t}"),
                                ],
                                spacing=12,
                                wrap=True,
                            ),
                            status_line(summary.missing, key=f"row-status-{t}"),
                            *([open_button] if narrow else []),
                        ],
                        spacing=6,
                        expand=True,
                    ),
                    *([] if narrow else [open_button]),
                ],
                spacing=12,
                vertical_alignment=ft.CrossAxisAlignment.CENTER,
            ),
            padding=ft.Padding.symmetric(horizontal=20, vertical=8),
        ),
        key=row_key(t),  # "Terug naar het overzicht" scrolls back to it
        semantic_container=False,
    )


def next_theme(summaries: list[svc.ThemeSummary], current: str) -> svc.ThemeSummary | None:
    """The theme "Volgende thema" opens: the next one in the overview's order
    that is not ready yet (no demand or no priority), wrapping round to the
    top; None when every other theme is ready."""
    ids = [s.theme.id for s in summaries]
    start = ids.index(current) + 1 if current in ids else 0
    for summary in summaries[start:] + summaries[:start]:
        if summary.theme.id != current and not is_ready(summary.missing):
            return summary
    return None


@ft.component
def InzetRound(round_id: str, scroll: Scroller) -> ft.Control:
    """The position of one round: overview, or the form of the opened theme."""
    services = use_services()
    state = use_app_state()
    service = services.position
    read_only = services.read_only
    narrow = use_narrow()
    position_state: UseState[Position] = ft.use_state(lambda: service.load_position(round_id))
    position, set_position = position_state
    # a theme to open straight away (the first round was just started)
    open_id_state: UseState[str | None] = ft.use_state(lambda: state.open_theme)
    open_id, set_open_id = open_id_state
    last_open = ft.use_ref(open_id)
    # back from a theme: its row's button gets the focus (the pressed
    # "Terug naar het overzicht" is gone, so the focus would be lost)
    returning = last_open.current if open_id is None else None
    open_button = use_control_ref()

    def forget_request() -> None:
        state.open_theme = None

    ft.use_effect(forget_request, [])

    async def scroll_after_switch() -> None:
        """A theme opens at its top; back in the overview, the theme just
        changed is in view (its priority card may have moved)."""
        closed = last_open.current
        last_open.current = open_id
        if open_id is not None:
            await scroll(0, None)
        elif closed is not None:
            await scroll(None, f"row-{closed}")
            await focus(open_button)

    ft.use_effect(scroll_after_switch, [open_id])

    def save(action: Callable[[], Any]) -> bool:
        """Run a service call, show 'saved', and refresh from what it returns."""
        results: list[Any] = []
        if not run_save(state, lambda: results.append(action())):
            return False
        result = results[0]
        set_position(result[0] if isinstance(result, tuple) else result)
        return True

    parties = service.known_parties(round_id)
    year = service.round_year(round_id)
    summaries = svc.theme_summaries_for(position, parties, year)
    titles = {s.theme.id: s.title for s in summaries}

    if open_id is not None and open_id in titles:
        summary = next(s for s in summaries if s.theme.id == open_id)

        def remove() -> None:
            page = ft.context.page

            def really() -> None:
                page.pop_dialog()
                if save(lambda: service.remove_theme(round_id, open_id)):
                    set_open_id(None)

            page.show_dialog(
                ft.AlertDialog(
                    modal=True,
                    title=ft.Text(_("Remove theme {theme}?", theme=summary.title)),
                    content=ft.Text(_("Everything you wrote for this theme is removed.")),
                    actions=[
                        ft.TextButton(
                            _("Cancel"), on_click=lambda: page.pop_dialog(), key="remove-cancel"
                        ),
                        ft.FilledButton(_("Remove"), on_click=really, key="remove-confirm"),
                    ],
                )
            )

        following = next_theme(summaries, open_id)
        return with_key(ThemeForm, f"form-{open_id}")(
            summary.theme,
            summary.title,
            summary.missing,
            save,
            lambda: set_open_id(None),
            remove,
            parties,
            year,
            read_only,
            round_id,
            service,
            (following.title, lambda: set_open_id(following.theme.id)) if following else None,
        )

    if not position.themes:
        return _empty(save, read_only, round_id, service)

    complete = sum(1 for s in summaries if s.complete)
    rows = [
        theme_row(
            s,
            i,
            position,
            save,
            set_open_id,
            read_only,
            round_id,
            service,
            open_button if s.theme.id == returning else None,
            narrow,
        )
        for i, s in enumerate(summaries, start=1)
    ]
    ready = sum(1 for s in summaries if is_ready(s.missing))
    progress = ft.Column(
        [
            ft.Text(
                _(
                    "{ready} of {total} themes ready to take along (demand and priority)",
                    ready=ready,
                    total=len(summaries),
                ),
                size=16,
                weight=ft.FontWeight.BOLD,
                key="inzet-ready",
            ),
            ft.Text(
                _("{complete} of {total} themes complete", complete=complete, total=len(summaries)),
                size=16,
                key="inzet-progress",
            ),
        ],
        spacing=2,
        horizontal_alignment=ft.CrossAxisAlignment.END,
    )
    return ft.Column(
        [
            top_card(position, titles),
            title_row(
                ft.Text(_("All themes"), size=20, weight=ft.FontWeight.BOLD), [progress], narrow
            ),
            ft.Text(
                _(
                    "'Must have' themes come first. Use the arrows to change the order "
                    "within the same priority."
                ),
                size=15,
                color=ft.Colors.ON_SURFACE_VARIANT,
            ),
            *rows,
            AddThemeCard(position, save, read_only, round_id, service),
            position_info_card(position, save, read_only, round_id, service),
        ],
        spacing=12,
        horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
    )


def _empty(save: Save, read_only: bool, round_id: str, service: BoundService) -> ft.Control:
    """No themes yet: start with the standard themes, or copy last round's position."""
    previous = service.previous_round_with_position(round_id)
    controls: list[ft.Control] = [
        empty_state(
            ft.Icons.FORMAT_LIST_NUMBERED,
            _("No themes yet"),
            _(
                "Here you write down per theme what your members want, what you demand "
                "and what you will not accept. Start with the standard themes; you can "
                "remove themes or add your own later."
            ),
            _("Start with the standard themes"),
            lambda: save(lambda: service.add_standard_themes(round_id)),
            key="add-standard-themes",
        )
    ]
    if previous is not None:
        controls.append(
            ft.OutlinedButton(
                _("Copy the position of {round}", round=previous.display_title()),
                icon=ft.Icons.CONTENT_COPY,
                on_click=lambda: save(lambda: service.copy_previous_round(round_id)),
                disabled=read_only,
                key="copy-previous-position",
            )
        )
    return ft.Column(controls, spacing=GAP)


@ft.component
def InzetSection() -> ft.Control:
    """The Inzet section: header, and the chosen round's position."""
    state = use_app_state()
    column = use_column_ref()

    async def scroll(offset: float | None, key: str | None) -> None:
        await scroll_after_layout(column, offset, key)

    header = SectionHeader(
        _("Position per theme"),
        _(
            "Your position (inzet) is what you bring to the table: per theme the facts, what "
            "tenants want, a concrete demand and your red line. A clear, measurable demand is "
            "harder to push aside than a general wish."
        ),
        "inzet",
    )
    if state.round_id is None:
        body: ft.Control = start_round_first(
            _("Your position belongs to a round of prestatieafspraken. Start one first."),
            "inzet-go-rounds",
            button=_("Go to rounds"),
        )
    else:
        body = with_key(InzetRound, f"inzet-{state.round_id}-{state.data_version}")(
            state.round_id, scroll
        )
    return ft.Column(
        [header, body],
        spacing=GAP,
        scroll=ft.ScrollMode.AUTO,
        expand=True,
        horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
        ref=column,
    )
