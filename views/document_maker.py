"""Making one document and handing it over: the one code path behind
Documenten's "Document maken" and the checklist's "Checklistrapport maken".

Building runs off the event loop (``asyncio.to_thread``); the PDF is kept in
the data folder's ``documenten`` folder; "Open to print" and "Save as" go
through ``views.files``. The status line is a live region, so a screen
reader hears "Klaar: Checklistrapport 2027.pdf".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import flet as ft

from app.i18n import _, ngettext
from app.services.errors import user_message
from views.a11y import announced, use_focus_on_mount
from views.context import use_services
from views.files import HandOff, open_to_print, save_bytes
from views.flet_typing import UseState, with_key
from views.form_parts import action_button
from views.widgets import GAP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentMaker:
    """What a screen needs to offer one document: make it, then open or save it."""

    busy: bool
    #: (text, is an error) of the last attempt; "" before the first
    status: tuple[str, bool]
    #: whether the document of this kind was made and can be opened or saved
    ready: bool
    make: Callable[[], Awaitable[None]]
    open_it: Callable[[], Awaitable[None]]
    save_it: Callable[[], Awaitable[None]]


def use_document_maker(round_id: str, kind: str) -> DocumentMaker:
    """A hook: the state and actions of making document ``kind`` of a round."""
    services = use_services()
    page = ft.context.page
    busy, set_busy = ft.use_state(False)
    # (kind, path, bytes) of the last made document
    made_state: UseState[tuple[str, Path, bytes] | None] = ft.use_state(None)
    made, set_made = made_state
    status, set_status = ft.use_state(("", False))
    documents = services.documents
    current = made if made is not None and made[0] == kind else None

    async def make() -> None:
        if busy:  # the button stays enabled (a disabled button drops the keyboard focus)
            return
        set_busy(True)
        set_status(("", False))
        try:
            data = await asyncio.to_thread(documents.build_document, kind, round_id)
            path = await asyncio.to_thread(documents.save_in_documents_dir, kind, round_id, data)
            set_made((kind, path, data))
            pages = documents.page_count(data)
            message = _("Ready: {file}.", file=path.name)
            if pages:
                message += " " + ngettext("{n} page.", "{n} pages.", pages)
            set_status((message, False))
        except Exception as exc:
            log.warning("document failed", exc_info=True)
            set_status((user_message(exc), True))
        finally:
            set_busy(False)

    def show(result: HandOff | None) -> None:
        if result is not None:
            set_status((result.text, result.error))

    async def open_it() -> None:
        if current is None:
            return
        show(await open_to_print(page, current[1], current[2], documents.open_in_viewer))

    async def save_it() -> None:
        if current is None:
            return
        try:
            no_dialog = _(
                "A file window cannot open on this computer (the program zenity "
                "is missing). The file is here: {file}",
                file=str(current[1]),
            )
            show(
                await save_bytes(
                    page, current[2], current[1].name, "pdf", documents.write_pdf, no_dialog
                )
            )
        except Exception as exc:
            log.warning("saving the document failed", exc_info=True)
            set_status((user_message(exc), True))

    return DocumentMaker(busy, status, current is not None, make, open_it, save_it)


def document_status(text: str, error: bool) -> ft.Control:
    """The result line; a live region: "Klaar: Vergaderbrief 2027.pdf" is read
    out when it appears."""
    return announced(_status_row(text, error), text)


def _status_row(text: str, error: bool) -> ft.Control:
    return ft.Row(
        [
            ft.Icon(
                ft.Icons.ERROR_OUTLINE if error else ft.Icons.CHECK_CIRCLE_OUTLINE,
                color=ft.Colors.ERROR if error else ft.Colors.PRIMARY,
            ),
            ft.Text(
                text,
                size=16,
                key="doc-status",
                color=ft.Colors.ERROR if error else None,
                expand=True,
            ),
        ],
        visible=bool(text),
    )


def maker_controls(maker: DocumentMaker, button: ft.Control, result_key: str) -> list[ft.Control]:
    """The make ``button`` with its progress ring, the result line, and (once
    made) "Open to print" and "Save as"."""
    return [
        ft.Row(
            [
                button,
                ft.ProgressRing(visible=maker.busy, width=24, height=24, key="doc-progress"),
                ft.Text(_("The document is being made…"), visible=maker.busy, size=16),
            ],
            spacing=GAP,
            wrap=True,
        ),
        document_status(*maker.status),
        *(
            [with_key(ResultActions, result_key)(maker.open_it, maker.save_it)]
            if maker.ready and not maker.busy
            else []
        ),
    ]


@ft.component
def ResultActions(open_it: Callable[[], Any], save_it: Callable[[], Any]) -> ft.Control:
    """What to do with the document just made. It appears when the document
    is ready and takes the keyboard focus, so a keyboard user is not left
    somewhere else on the screen (and hears the next step)."""
    open_ref = use_focus_on_mount()
    return ft.Row(
        [
            action_button(
                _("Open to print"), ft.Icons.PRINT_OUTLINED, open_it, "doc-open", ref=open_ref
            ),
            action_button(_("Save as…"), ft.Icons.SAVE_ALT, save_it, "doc-save"),
        ],
        spacing=GAP,
        wrap=True,
    )
