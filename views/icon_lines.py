"""A line of text led by an icon, written once.

The SMART check ("This demand is SMART"), its hints and the checklist's
"To be confirmed" note each built the same row by hand: an icon, then text
that takes the rest of the width. :func:`icon_line` builds that row, so those
notes look alike and a change to them is made in one place.
"""

from __future__ import annotations

import flet as ft


def icon_line(
    icon: ft.IconData,
    text: str,
    *after: ft.Control,
    color: ft.ColorValue | None = None,
    icon_color: ft.ColorValue | None = None,
    icon_size: float | None = None,
    text_key: str | None = None,
    key: str | None = None,
    top: bool = False,
    wrap: bool = False,
) -> ft.Row:
    """``icon`` then ``text`` (size 15, taking the free width), then the controls ``after``.

    ``icon_color`` defaults to the text's ``color``; ``top`` aligns the icon with
    the first line of a text that wraps; ``wrap`` lets the controls ``after`` go
    to a next line when the window is narrow.
    """
    return ft.Row(
        [
            ft.Icon(icon, color=icon_color or color, size=icon_size),
            ft.Text(text, size=15, color=color, expand=True, key=text_key),
            *after,
        ],
        vertical_alignment=ft.CrossAxisAlignment.START if top else ft.CrossAxisAlignment.CENTER,
        wrap=wrap,
        key=key,
    )
