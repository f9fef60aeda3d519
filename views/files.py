"""Handing a file to the user: one way for every section (Documenten, Delen, Agenda).

- :func:`save_bytes`: in the browser a download; in a window the save dialog,
  then the section's own atomic writer.
- :func:`open_to_print`: in a window the system's PDF viewer
  (``app.services.files.open_path``); in the browser the app runs on the
  server side, so opening a viewer there would show nothing to the user:
  the file is offered as a download instead, and the message says so.

Both return a :class:`HandOff` (the line to show, and whether it is an
error) or ``None`` when the user cancelled the dialog.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import flet as ft

from app.i18n import _


@dataclass(frozen=True)
class HandOff:
    text: str
    error: bool = False


def no_file_dialog(page: ft.Page) -> bool:
    """A desktop window on Linux needs zenity for file dialogs (design §3)."""
    return not page.web and sys.platform.startswith("linux") and shutil.which("zenity") is None


def _downloading(name: str) -> HandOff:
    return HandOff(
        _("The file {name} is being downloaded. You find it in your Downloads folder.", name=name)
    )


async def save_bytes(
    page: ft.Page,
    data: bytes,
    file_name: str,
    extension: str,
    write: Callable[[bytes, Path], Path],
    no_dialog: str,
) -> HandOff | None:
    """Let the user keep ``data`` as ``file_name``: download or save dialog.

    ``write(data, chosen_path) -> written path`` is the section's own atomic
    writer (it adds the suffix and says what went wrong); ``no_dialog`` is
    the (translated) line shown when no file window can open.
    """
    picker = ft.FilePicker()
    if page.web:
        await picker.save_file(file_name=file_name, src_bytes=data)
        return _downloading(file_name)
    if no_file_dialog(page):
        return HandOff(no_dialog, error=True)
    chosen = await picker.save_file(
        dialog_title=_("Where should the file go?"),
        file_name=file_name,
        file_type=ft.FilePickerFileType.CUSTOM,
        allowed_extensions=[extension],
    )
    if not chosen:
        return None
    out = await asyncio.to_thread(write, data, Path(chosen))
    return HandOff(_("Saved as {file}.", file=str(out)))


async def open_to_print(
    page: ft.Page, path: Path, data: bytes, opener: Callable[[Path], bool]
) -> HandOff:
    """Show a made PDF so it can be printed: the system viewer, or a download in the browser."""
    if page.web:
        await ft.FilePicker().save_file(file_name=path.name, src_bytes=data)
        return HandOff(
            _(
                "Your browser downloads {name}. Open it from your Downloads folder to print it.",
                name=path.name,
            )
        )
    if await asyncio.to_thread(opener, path):
        return HandOff(_("The document opens in your PDF viewer. Print it from there."))
    return HandOff(
        _("The PDF viewer could not be opened. The file is here: {file}", file=str(path)),
        error=True,
    )
