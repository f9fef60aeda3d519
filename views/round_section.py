"""The frame of a section: its header, then its blocks in one scrolling column.

Most sections work on the current round. Without one they all said the
same thing ("Start a round first", with a button to Rondes), each in its own
copy; :func:`round_section` says it once. With a round, the section's own
component gets the round id and is keyed by it and by the data version, so
switching rounds or importing data starts it afresh.
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.i18n import _
from views.context import use_app_state, use_services
from views.flet_typing import with_key
from views.widgets import GAP, SectionHeader, empty_state


def section_page(*blocks: ft.Control, stretch: bool = False) -> ft.Column:
    """The scrolling column of a section (``stretch``: cards take the full width)."""
    return ft.Column(
        list(blocks),
        spacing=GAP,
        scroll=ft.ScrollMode.AUTO,
        expand=True,
        horizontal_alignment=(
            ft.CrossAxisAlignment.STRETCH if stretch else ft.CrossAxisAlignment.START
        ),
    )


def start_round_first(why: str, key: str, button: str = "", title: str = "") -> ft.Control:
    """The empty state of a section that needs a round: why, and the way to Rondes."""
    page = ft.context.page
    return empty_state(
        ft.Icons.EVENT_NOTE_OUTLINED,
        title or _("Start a round first"),
        why,
        button or _("Start a round"),
        lambda: page.navigate("/rondes"),
        key=key,
    )


def round_section(
    key: str,
    header: tuple[str, str],
    needs_round: str,
    round_view: Callable[[str], ft.Control],
    *,
    stretch: bool = False,
    start_key: str = "",
    start_button: str = "",
) -> ft.Control:
    """A section about the current round; call it from the section's component.

    ``key`` names the section (its header's keys start with it); ``header`` is
    the (translated) title and the 'Waarom?' text; ``needs_round`` says why a
    round is needed; ``round_view(round_id)`` is the section's own component.
    """
    services = use_services()
    state = use_app_state()
    current = services.rounds.get_round(state.round_id) if state.round_id else None
    title, why = header
    if current is None:
        body = start_round_first(needs_round, start_key or f"{key}-start-round", start_button)
    else:
        body = with_key(round_view, f"{key}-{current.id}-{state.data_version}")(current.id)
    return section_page(SectionHeader(title, why, key), body, stretch=stretch)
