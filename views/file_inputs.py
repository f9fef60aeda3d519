"""Choosing a file or folder by hand, and saying how it went.

Where a file window cannot open (the browser on a server, Linux without
zenity) or the user prefers typing, a section offers a path field with a
button under it (Delen, Achterban's CSV import). A picked file arrives as
bytes (browser) or as a path (window): :func:`picked_source` gives what there
is. :func:`status_message` is the one line under a file action, with an icon
that says whether it worked.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import flet as ft

from app.services.errors import UserError, user_message
from views.form_parts import text_input
from views.widgets import GAP

log = logging.getLogger(__name__)


def path_entry(
    field: tuple[str, str],
    typed: tuple[str, Callable[[str], object], str],
    button: tuple[str, Callable[..., Any], str],
    disabled: bool,
) -> ft.Column:
    """A path field as wide as its card, its button below; Enter in the field
    does the same (beside the button, the field's label was squeezed into
    several lines at the largest text size on a small screen).

    ``field``: the label and an example path (the hint); ``typed``: the text,
    its setter and the field's key; ``button``: its label, what it does and its key.
    """
    label, example = field
    value, on_text, key = typed
    button_label, on_go, button_key = button
    typed_field = text_input(
        label, value, on_text, key, hint_text=example, on_submit=on_go, text_size=16, expand=True
    )
    return ft.Column(
        [
            ft.Row([typed_field]),
            ft.OutlinedButton(button_label, on_click=on_go, disabled=disabled, key=button_key),
        ],
        spacing=GAP,
    )


def typed_path(text: str) -> Path:
    """A typed path; quotes from Windows' "copy as path" are taken off."""
    return Path(text.strip().strip('"'))


def picked_source(files: Sequence[ft.FilePickerFile] | None) -> Path | bytes | None:
    """The first picked file: its bytes in the browser, its path in a window."""
    if not files:
        return None
    chosen = files[0]
    if chosen.bytes is not None:
        return chosen.bytes
    return Path(chosen.path) if chosen.path else None


async def pick_file(page: ft.Page, title: str, extensions: list[str]) -> Path | bytes | None:
    """Let the user choose one file (``extensions`` without dots); ``None`` when cancelled."""
    files = await ft.FilePicker().pick_files(
        dialog_title=title,
        file_type=ft.FilePickerFileType.CUSTOM,
        allowed_extensions=extensions,
        with_data=page.web,
    )
    return picked_source(files)


#: A line to show and whether it reports a failure ("", False: nothing to say).
Outcome = tuple[str, bool]


async def with_spinner(
    work: Callable[[], Awaitable[Outcome | None]],
    set_busy: Callable[[bool], object],
    set_status: Callable[[Outcome], object],
) -> None:
    """Run a slow file action with the spinner on and show its outcome line.

    Any failure becomes one line for the user (the work is left as it was);
    one that is not the user's to fix is also logged.
    """
    set_busy(True)
    try:
        outcome = await work()
    except Exception as exc:
        if not isinstance(exc, UserError):
            log.warning("file action failed", exc_info=True)
        outcome = (user_message(exc), True)
    finally:
        set_busy(False)
    if outcome is not None:
        set_status(outcome)


def status_message(text: str, error: bool, key: str) -> ft.Control:
    """How a file action went: a tick or a warning sign, and the line (hidden when empty)."""
    return ft.Row(
        [
            ft.Icon(
                ft.Icons.ERROR_OUTLINE if error else ft.Icons.CHECK_CIRCLE_OUTLINE,
                color=ft.Colors.ERROR if error else ft.Colors.PRIMARY,
            ),
            ft.Text(text, size=16, color=ft.Colors.ERROR if error else None, key=key, expand=True),
        ],
        visible=bool(text),
    )
