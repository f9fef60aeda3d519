"""Vergelijken: make the Vergelijkingsrapport (PDF) or the table (CSV) of the
current selection, anonymous unless the user ticks "name the organisations".

In the browser the file is downloaded; in a window a save dialog asks where
it goes. Building runs off the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import flet as ft

from app.i18n import _
from app.services import vergelijken
from app.services.errors import user_message
from models.comparison import Filters
from views.widgets import GAP, card

log = logging.getLogger(__name__)


@ft.component
def ReportCard(result: vergelijken.Comparison, filters: Filters) -> ft.Control:
    page = ft.context.page
    names, set_names = ft.use_state(False)
    busy, set_busy = ft.use_state(False)
    status, set_status = ft.use_state(("", False))

    async def make(kind: str) -> None:
        set_busy(True)
        try:
            if kind == "pdf":
                payload = await asyncio.to_thread(
                    vergelijken.report_pdf, result, filters, with_names=names
                )
                name, ext = "vergelijkingsrapport.pdf", "pdf"
            else:
                payload = await asyncio.to_thread(
                    vergelijken.report_csv, result, filters, with_names=names
                )
                name, ext = "vergelijking.csv", "csv"
            picker = ft.FilePicker()
            if page.web:
                await picker.save_file(file_name=name, src_bytes=payload)
                set_status(
                    (
                        _(
                            "The file {name} is being downloaded. You find it in your "
                            "Downloads folder.",
                            name=name,
                        ),
                        False,
                    )
                )
                return
            chosen = await picker.save_file(
                dialog_title=_("Where should the file go?"),
                file_name=name,
                file_type=ft.FilePickerFileType.CUSTOM,
                allowed_extensions=[ext],
            )
            if chosen:
                out = await asyncio.to_thread(vergelijken.write_file, payload, Path(chosen))
                set_status((_("Saved as {file}.", file=str(out)), False))
        except Exception as exc:
            log.warning("comparison report failed", exc_info=True)
            set_status((user_message(exc), True))
        finally:
            set_busy(False)

    async def make_pdf() -> None:
        await make("pdf")

    async def make_csv() -> None:
        await make("csv")

    return card(
        ft.Text(_("The report names no organisation, unless you tick the box below."), size=16),
        ft.Checkbox(
            label=_("Name the organisations in the report and the table"),
            value=names,
            on_change=lambda e: set_names(bool(e.control.value)),
            key="compare-with-names",
        ),
        ft.Row(
            [
                ft.FilledButton(
                    _("Make comparison report"),
                    icon=ft.Icons.PICTURE_AS_PDF_OUTLINED,
                    on_click=make_pdf,
                    disabled=busy,
                    key="compare-report",
                ),
                ft.OutlinedButton(
                    _("Make table (CSV)"),
                    icon=ft.Icons.TABLE_VIEW_OUTLINED,
                    on_click=make_csv,
                    disabled=busy,
                    key="compare-csv",
                ),
            ],
            spacing=GAP,
            wrap=True,
        ),
        ft.ProgressRing(visible=busy, width=24, height=24),
        ft.Text(
            status[0],
            size=16,
            color=ft.Colors.ERROR if status[1] else None,
            visible=bool(status[0]),
            key="compare-report-status",
        ),
        title=_("Report"),
        key="compare-report-card",
    )
