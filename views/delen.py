"""Delen: export the chosen round to a .zip to share, and import one safely.

Export: the file goes to the user as a download (browser) or through a save
dialog (window); a "save to this place" field works everywhere, also where
no file dialog can open (Linux without zenity). Import: a file is picked (or
its path typed), read and validated off the event loop, and a preview says
what would change; nothing changes until the user presses "Import".
"""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from pathlib import Path
from typing import Any

import flet as ft

from app.i18n import _
from app.services import exchange
from app.services.errors import user_message
from models.text import N_
from views.context import use_app_state, use_services
from views.file_inputs import (
    Outcome,
    path_entry,
    pick_file,
    status_message,
    typed_path,
    with_spinner,
)
from views.files import no_file_dialog, save_bytes
from views.flet_typing import UseState, with_key
from views.form_parts import action_button, muted, tick_box
from views.round_section import section_page
from views.widgets import GAP, SectionHeader, card

log = logging.getLogger(__name__)

WHY = N_(
    "Board members often work on the same round, and the Woonbond likes to see how "
    "tenant organisations prepare. A file is the simplest way to share your work. "
    "Importing never overwrites your newer work without asking."
)


@ft.component
def ExportCard() -> ft.Control:
    """Make a file of the chosen round to share: through a file window or a typed place."""
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    personal, set_personal = ft.use_state(False)
    place, set_place = ft.use_state("")
    status, set_status = ft.use_state(("", False))
    busy, set_busy = ft.use_state(False)
    round_ = services.rounds.get_round(state.round_id) if state.round_id else None
    if round_ is None:
        return card(
            ft.Text(_("There is no round yet to share. Start a round first."), size=16),
            title=_("Share a round"),
            key="export-card",
        )
    round_id = round_.id
    file_name = services.exchange.export_file_name(round_id)

    async def through_dialog() -> Outcome | None:
        payload = await asyncio.to_thread(services.exchange.export_round, round_id, personal)
        result = await save_bytes(page, payload, file_name, "zip", exchange.save_bundle, "")
        return None if result is None else (result.text, result.error)

    async def to_place() -> Outcome:
        target = Path(place.strip())
        out = await asyncio.to_thread(services.exchange.write_export, round_id, target, personal)
        return _("Saved as {file}.", file=str(out)), False

    async def export_with_dialog() -> None:
        if no_file_dialog(page):
            set_status(
                (
                    _(
                        "A file window cannot open on this computer (the program zenity is "
                        "missing). Type below where the file should go."
                    ),
                    True,
                )
            )
            return
        await with_spinner(through_dialog, set_busy, set_status)

    async def export_to_place() -> None:
        if not place.strip():
            set_status((_("Type the folder or file name where the file should go."), True))
            return
        await with_spinner(to_place, set_busy, set_status)

    return card(
        ft.Text(
            _(
                "Make a file of {round} to send to fellow board members or the Woonbond. "
                "Anyone can open it: it holds the data, tables for Excel and a description.",
                round=round_.display_title(),
            ),
            size=16,
        ),
        tick_box(
            _("Personal data may go along (names and contact details of people)"),
            personal,
            set_personal,
            "export-personal",
        ),
        muted(
            _(
                "Without this tick, these stay out of the file, its tables and its PDFs: {items}.",
                items="; ".join(_(item) for item in exchange.LEFT_OUT_OF_DEFAULT_EXPORT),
            ),
            key="export-left-out",
        ),
        action_button(
            _("Make export file"),
            ft.Icons.IOS_SHARE,
            export_with_dialog,
            "export-dialog",
            main=True,
            disabled=busy,
        ),
        path_entry(
            (_("Or save in this folder or file"), _("For example: C:\\Users\\Anneke\\Documents")),
            (place, set_place, "export-path"),
            (_("Save here"), export_to_place, "export-path-save"),
            busy,
        ),
        ft.ProgressRing(visible=busy, width=24, height=24),
        status_message(status[0], status[1], "export-status"),
        title=_("Share a round"),
        key="export-card",
    )


@ft.component
def ImportPreviewPanel(
    preview: Any, on_confirm: Any, on_cancel: Any, read_only: bool
) -> ft.Control:
    prefer_file, set_prefer_file = ft.use_state(False)
    lines = exchange.summary_lines(preview, prefer_file=prefer_file)
    controls: list[ft.Control] = [
        ft.Text(_("What this file contains"), size=18, weight=ft.FontWeight.BOLD),
        *[ft.Text(line, size=16, key=f"import-line-{i}") for i, line in enumerate(lines)],
    ]
    if preview.has_conflicts:
        controls.append(
            tick_box(
                _("Take the file's version also where yours is newer"),
                prefer_file,
                set_prefer_file,
                "import-prefer-file",
            )
        )
    buttons: list[ft.Control] = []
    if preview.changes_anything:
        buttons.append(
            action_button(
                _("Import"),
                ft.Icons.DOWNLOAD_DONE,
                lambda: on_confirm(prefer_file),
                "import-confirm",
                main=True,
                disabled=read_only,
            )
        )
    buttons.append(
        ft.TextButton(
            _("Cancel") if preview.changes_anything else _("Close"),
            on_click=on_cancel,
            key="import-cancel",
        )
    )
    controls.append(ft.Row(buttons, spacing=GAP))
    return ft.Container(
        ft.Column(controls, spacing=8),
        padding=ft.Padding.all(16),
        border_radius=8,
        bgcolor=ft.Colors.SECONDARY_CONTAINER,
        key="import-preview",
    )


@ft.component
def ImportCard() -> ft.Control:
    """Open a shared file: first see what it holds and would change, then import it."""
    path_text, set_path_text = ft.use_state("")
    services = use_services()
    state = use_app_state()
    page = ft.context.page
    preview_state: UseState[exchange.ImportPreview | None] = ft.use_state(None)
    preview, set_preview = preview_state
    status, set_status = ft.use_state(("", False))
    busy, set_busy = ft.use_state(False)
    read_only = services.read_only

    async def read_preview(source: Path | bytes) -> Outcome:
        bundle = await asyncio.to_thread(exchange.read_import_file, source)
        set_preview(services.exchange.preview_import(bundle))
        return "", False

    async def look_at(source: Path | bytes) -> None:
        set_preview(None)
        await with_spinner(partial(read_preview, source), set_busy, set_status)

    async def pick() -> None:
        if no_file_dialog(page):
            set_status(
                (
                    _(
                        "A file window cannot open on this computer (the program zenity is "
                        "missing). Type the path to the file below."
                    ),
                    True,
                )
            )
            return
        source = await pick_file(page, _("Choose an Aan Tafel export file"), ["zip"])
        if source is not None:
            await look_at(source)

    async def open_path() -> None:
        if not path_text.strip():
            set_status((_("Type the path to the file first."), True))
            return
        await look_at(typed_path(path_text))

    def confirm(prefer_file: bool) -> None:
        if preview is None:
            return
        try:
            stored = services.exchange.apply_import(preview, prefer_file=prefer_file)
        except Exception as exc:
            log.warning("import failed", exc_info=True)
            set_status((user_message(exc), True))
            return
        set_preview(None)
        set_status((_("Done: {round} is imported.", round=stored.display_title()), False))
        state.mark_saved()
        state.round_id = stored.id
        state.data_changed()

    def cancel() -> None:
        set_preview(None)
        set_status((_("Nothing was imported."), False))

    controls: list[ft.Control] = [
        ft.Text(
            _(
                "Open a file that someone shared with you. First you see what is in it and "
                "what would change. Nothing changes until you press Import."
            ),
            size=16,
        ),
    ]
    if read_only:
        controls.append(
            ft.Text(
                _("This window is read-only, so importing is not possible here."),
                color=ft.Colors.ERROR,
            )
        )
    controls += [
        action_button(
            _("Choose file"),
            ft.Icons.FILE_OPEN_OUTLINED,
            pick,
            "import-pick",
            tonal=True,
            disabled=busy,
        ),
        path_entry(
            (
                _("Or type the path to the file"),
                _("For example: C:\\Users\\Anneke\\Downloads\\export.zip"),
            ),
            (path_text, set_path_text, "import-path"),
            (_("View file"), open_path, "import-path-open"),
            busy,
        ),
        ft.ProgressRing(visible=busy, width=24, height=24),
        status_message(status[0], status[1], "import-status"),
    ]
    if preview is not None:
        controls.append(ImportPreviewPanel(preview, confirm, cancel, read_only))
    return card(*controls, title=_("Import a shared file"), key="import-card")


@ft.component
def DelenSection() -> ft.Control:
    state = use_app_state()
    header = SectionHeader(_("Share"), _(WHY), "delen")
    export = with_key(ExportCard, f"export-{state.round_id}")()
    return section_page(header, export, ImportCard(), stretch=True)
