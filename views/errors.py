"""No tracebacks for volunteers: unexpected UI errors become a calm message.

Flet sends a handler's exception, with its traceback, to the client as a
"session crashed" screen. We replace that per session: the traceback goes to
the log (and to ``RECORDED_ERRORS``, which the view-test harness checks, so
tests still fail on any handler error), and the user sees a short message that
their work is safe. Saves themselves never raise into handlers (run_save).
"""

from __future__ import annotations

import logging

import flet as ft

from app.i18n import _

log = logging.getLogger(__name__)

#: Every unexpected UI error of this process (tests assert it stays empty).
RECORDED_ERRORS: list[str] = []


def install_friendly_errors(page: ft.Page) -> None:
    session = page.session

    def friendly(message: str) -> None:
        log.error("unexpected UI error: %s", message)
        RECORDED_ERRORS.append(message)
        page.show_dialog(
            ft.SnackBar(
                ft.Text(_("Something went wrong. Your earlier work is safe. Please try again.")),
                duration=ft.Duration(seconds=8),
                show_close_icon=True,
            )
        )
        page.update()

    session.error = friendly  # type: ignore[method-assign]
