"""Scrolling a section to what the volunteer just changed or made.

``Column.scroll_to`` runs on the client as soon as the call arrives, but
controls that the same update added are laid out on Flutter's next frame:
scrolling at once stops at the old end, or finds no control with the key.
:func:`scroll_after_layout` waits that frame out first.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import flet as ft

from views.flet_typing import UseState

log = logging.getLogger(__name__)

#: Seconds the client needs to lay out new controls before they can be scrolled to.
LAYOUT_WAIT = 0.25


def scroll_key(name: str) -> ft.ScrollKey:
    """A key ``Column.scroll_to`` can find (Flet's decorator hides its
    constructor from mypy)."""
    return ft.ScrollKey(name)  # type: ignore[call-arg]


def use_column_ref() -> ft.Ref[ft.Column]:
    """A ref to a section's scrolling column that stays the same object
    across renders: a scroll that waits for the layout must still find the
    column after the update re-rendered the section."""
    state: UseState[ft.Ref[ft.Column]] = ft.use_state(lambda: ft.Ref[ft.Column]())
    return state[0]


def use_control_ref() -> ft.Ref[Any]:
    """Like :func:`use_column_ref`, for any control (a button to focus)."""
    state: UseState[ft.Ref[Any]] = ft.use_state(lambda: ft.Ref[Any]())
    return state[0]


async def scroll_after_layout(
    column: ft.Ref[ft.Column], offset: float | None = None, key: str | None = None
) -> None:
    """Scroll ``column`` to the control with scroll key ``key``, else to
    ``offset`` (-1: the end), once the client has laid out the last update."""
    await asyncio.sleep(LAYOUT_WAIT)
    if column.current is None:
        return
    try:
        if key is not None:
            await column.current.scroll_to(scroll_key=scroll_key(key), duration=300)
        else:
            await column.current.scroll_to(offset=offset or 0, duration=300)
    except RuntimeError:  # the volunteer left the section meanwhile: nothing to scroll
        log.debug("scroll skipped: the column is no longer on the page")
