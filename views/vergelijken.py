"""Vergelijken: compare the export files of many tenant organisations.

For a Woonbond consultant or a koepel: choose a folder (or several files;
in the browser they are uploaded), and the files are read read-only in a
worker thread with a progress bar and a Stop button. Nothing goes into the
user's own data, so the section works without an organisation or a round of
one's own. After reading: what was read and what was skipped (with the
reason), the filters, the overview, the organisations (click one for its
summary) and the report. The overview and report parts live in
``views.vergelijken_overview``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from pathlib import Path

import flet as ft

from app.exchange.bulk import Source
from app.i18n import _
from app.services import vergelijken
from app.services.errors import InvalidInput, user_message
from models.comparison import Filters
from views.file_inputs import path_entry
from views.files import no_file_dialog
from views.flet_typing import UseState
from views.form_parts import action_button
from views.vergelijken_overview import (
    FilterCard,
    OrganisationsCard,
    OverviewCard,
    SkippedList,
)
from views.vergelijken_report import ReportCard
from views.widgets import GAP, SectionHeader, card

log = logging.getLogger(__name__)
ROUTE = "/vergelijken"
LABEL = "Compare"  # msgid; Dutch "Vergelijken"


@ft.component
def ReadCard(on_result: Callable[[vergelijken.Comparison], None]) -> ft.Control:
    page = ft.context.page
    folder_text, set_folder_text = ft.use_state("")
    progress, set_progress = ft.use_state((0, 0))
    busy, set_busy = ft.use_state(False)
    status, set_status = ft.use_state(("", False))
    stop_ref = ft.use_ref(threading.Event())

    async def read(make_sources: Callable[[], list[Source]]) -> None:
        stop = threading.Event()
        stop_ref.current = stop
        loop = asyncio.get_running_loop()

        def report(done: int, total: int) -> None:
            # at most ~100 screen updates, however many files
            if done == total or done % max(total // 100, 1) == 0:
                loop.call_soon_threadsafe(set_progress, (done, total))

        set_busy(True)
        set_progress((0, 0))
        set_status(("", False))
        try:
            result = await asyncio.to_thread(
                lambda: vergelijken.compare(make_sources(), progress=report, cancelled=stop.is_set)
            )
        except InvalidInput as exc:
            set_status((_(exc.message, **exc.params), True))
            return
        except Exception as exc:
            log.warning("comparison failed", exc_info=True)
            set_status((user_message(exc), True))
            return
        finally:
            set_busy(False)
        if result.cancelled:
            set_status((_("Stopped. The files read so far are shown."), False))
        elif not result.items:
            set_status((_("None of these files is a readable Aan Tafel export."), True))
        on_result(result)

    async def read_folder() -> None:
        text = folder_text.strip().strip('"')
        if not text:
            set_status((_("Type the folder with the export files first."), True))
            return
        folder = Path(text).expanduser()
        if not folder.is_dir():
            set_status((_("The folder {folder} does not exist.", folder=str(folder)), True))
            return
        await read(lambda: list(vergelijken.bundle_files(folder)))

    def no_dialog() -> bool:
        """True (and says so) when no file window can open: type the folder instead."""
        if no_file_dialog(page):
            set_status(
                (_("A file window cannot open on this computer. Type the folder below."), True)
            )
            return True
        return False

    async def pick_folder() -> None:
        if no_dialog():
            return
        chosen = await ft.FilePicker().get_directory_path(
            dialog_title=_("Choose the folder with the export files")
        )
        if chosen:
            set_folder_text(chosen)
            await read(lambda: list(vergelijken.bundle_files(Path(chosen))))

    async def pick_files() -> None:
        if no_dialog():
            return
        files = await ft.FilePicker().pick_files(
            dialog_title=_("Choose export files"),
            file_type=ft.FilePickerFileType.CUSTOM,
            allowed_extensions=["zip"],
            allow_multiple=True,
            with_data=page.web,
        )
        if not files:
            return
        sources: list[Source] = []
        for f in files:
            if f.bytes is not None:
                sources.append((f.name, f.bytes))
            elif f.path:
                sources.append(Path(f.path))
        await read(lambda: sources)

    def stop() -> None:
        if stop_ref.current is not None:
            stop_ref.current.set()

    done, total = progress
    buttons: list[ft.Control] = [
        action_button(
            _("Choose files"),
            ft.Icons.FILE_OPEN_OUTLINED,
            pick_files,
            "compare-pick-files",
            main=True,
            disabled=busy,
        )
    ]
    if not page.web:
        buttons.append(
            action_button(
                _("Choose folder"),
                ft.Icons.FOLDER_OPEN_OUTLINED,
                pick_folder,
                "compare-pick-folder",
                disabled=busy,
            )
        )
    folder_field = (
        _("Or type the folder with the export files"),
        _("For example: C:\\Users\\Anneke\\Documents\\Exports"),
    )
    typed_folder = (folder_text, set_folder_text, "compare-folder")
    read_button = (_("Read folder"), read_folder, "compare-read")
    controls: list[ft.Control] = [
        ft.Text(
            _(
                "Choose the export files that tenant organisations shared with you, or the "
                "folder they are in. They are only read: nothing is added to your own data."
            ),
            size=16,
        ),
        ft.Row(buttons, spacing=GAP, wrap=True),
        path_entry(folder_field, typed_folder, read_button, busy),
    ]
    if busy:
        controls.append(
            ft.Row(
                [
                    ft.ProgressBar(
                        value=done / total if total else None,
                        expand=True,
                        semantics_label=_("Reading files"),
                        key="compare-progress",
                    ),
                    ft.Text(
                        _("{done} of {total} files read", done=done, total=total),
                        key="compare-progress-text",
                    ),
                    ft.OutlinedButton(_("Stop"), on_click=stop, key="compare-stop"),
                ],
                spacing=GAP,
            )
        )
    if status[0]:
        controls.append(
            ft.Text(
                status[0],
                size=16,
                color=ft.Colors.ERROR if status[1] else None,
                key="compare-status",
            )
        )
    return card(*controls, title=_("Choose files"), key="compare-read-card")


@ft.component
def VergelijkenSection() -> ft.Control:
    result_state: UseState[vergelijken.Comparison | None] = ft.use_state(None)
    result, set_result = result_state
    filters, set_filters = ft.use_state(Filters())

    def take(new: vergelijken.Comparison) -> None:
        set_filters(Filters())
        set_result(new)

    header = SectionHeader(
        _("Compare"),
        _(
            "The Woonbond or a koepel receives export files from many tenant organisations. "
            "Here you see the whole picture: how equal the partnership is, which themes come "
            "back everywhere and how the talks end. The report names no organisation, and "
            "groups of fewer than five organisations are not shown on their own."
        ),
        "vergelijken",
    )
    controls: list[ft.Control] = [header, ReadCard(take)]
    if result is not None:
        controls.append(
            card(
                ft.Text(
                    _(
                        "{read} files read, {skipped} skipped.",
                        read=len(result.items),
                        skipped=len(result.skipped),
                    ),
                    size=16,
                    weight=ft.FontWeight.BOLD,
                    key="compare-counts",
                ),
                SkippedList(result.skipped),
                title=_("Files"),
                key="compare-files-card",
            )
        )
        if result.items:
            controls += [
                FilterCard(result, filters, set_filters),
                OverviewCard(result, filters),
                OrganisationsCard(result, filters),
                ReportCard(result, filters),
            ]
    return ft.Column(
        controls,
        spacing=GAP,
        scroll=ft.ScrollMode.AUTO,
        expand=True,
        horizontal_alignment=ft.CrossAxisAlignment.STRETCH,
    )
