"""The checklist report, made at the end of the checklist: where the board
finishes answering, the next step is one button, not a trip to Documenten
(issue 13). The same code path as Documenten (``views.document_maker``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from app.i18n import _
from views.document_maker import maker_controls, use_document_maker

#: The checklist report's document kind (app.services.documents.KINDS).
REPORT_KIND = "checklist"


@ft.component
def ChecklistReport(round_id: str, show_end: Callable[[], Awaitable[None]]) -> ft.Control:
    """'Checklistrapport maken', its progress and result, then open or save it.

    The result appears at the very end of the checklist; ``show_end``
    scrolls there, so "Openen om te printen" is in view."""
    maker = use_document_maker(round_id, REPORT_KIND)

    async def result_in_view() -> None:
        if maker.status[0]:
            await show_end()

    ft.use_effect(result_in_view, [maker.status, maker.ready])
    button = ft.OutlinedButton(
        _("Make the checklist report"),
        icon=ft.Icons.PICTURE_AS_PDF_OUTLINED,
        on_click=maker.make,
        key="checklist-make-report",
    )
    return ft.Column(maker_controls(maker, button, "checklist-report-result"), spacing=8)
