"""Vergelijken: make the Vergelijkingsrapport (PDF) or the table (CSV) of the
current selection, anonymous unless the user ticks "name the organisations".

In the browser the file is downloaded; in a window a save dialog asks where
it goes. Building runs off the event loop.
"""

from __future__ import annotations

import asyncio
import logging

import flet as ft

from app.i18n import _
from app.services import vergelijken
from app.services.errors import user_message
from models.comparison import Filters
from views.files import save_bytes
from views.form_parts import action_button
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
            build = vergelijken.report_pdf if kind == "pdf" else vergelijken.report_csv
            payload = await asyncio.to_thread(build, result, filters, with_names=names)
            name = "vergelijkingsrapport.pdf" if kind == "pdf" else "vergelijking.csv"
            no_dialog = _(
                "A file window cannot open on this computer (the program zenity is missing). "
                "Make the report with: aantafel vergelijk FOLDER --out FILE.pdf"
            )
            handed = await save_bytes(page, payload, name, kind, vergelijken.write_file, no_dialog)
            if handed is not None:
                set_status((handed.text, handed.error))
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
                action_button(
                    _("Make comparison report"),
                    ft.Icons.PICTURE_AS_PDF_OUTLINED,
                    make_pdf,
                    "compare-report",
                    main=True,
                    disabled=busy,
                ),
                action_button(
                    _("Make table (CSV)"),
                    ft.Icons.TABLE_VIEW_OUTLINED,
                    make_csv,
                    "compare-csv",
                    disabled=busy,
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
