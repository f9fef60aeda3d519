"""Starting the UI: a desktop window when one can open, else the browser.

The Flet desktop client is downloaded on first use, which fails on machines
without internet, and no window can open without a display. In both cases we
say so in one line and serve the same app on 127.0.0.1 in the browser.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Callable

import flet as ft

from app.i18n import _
from app.paths import assets_dir

log = logging.getLogger(__name__)

DEFAULT_PORT = 8550
HOST = "127.0.0.1"


def can_open_window() -> bool:
    """False on Linux without a display (servers, SSH, CI)."""
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def choose_port(requested: int | None) -> int:
    """The requested port, else 8550 when free, else any free port."""
    if requested:
        return requested
    if _port_is_free(DEFAULT_PORT):
        return DEFAULT_PORT
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def serve_web(main: Callable[[ft.Page], None], port: int | None, open_browser: bool) -> None:
    """Serve the UI in the browser, on the loopback address only, fully offline."""
    chosen = choose_port(port)
    # Flet lets these environment variables override its arguments; make sure
    # nothing in the environment can widen the binding beyond this computer.
    os.environ["FLET_SERVER_IP"] = HOST
    os.environ["FLET_SERVER_PORT"] = str(chosen)
    os.environ["FLET_WEB_NO_CDN"] = "1"
    if not open_browser:
        # Without this, Flet 1.0.5 treats "no view" on a machine with a screen
        # (Windows, macOS, Linux with DISPLAY) as "serve a desktop client" and
        # answers no HTTP at all; forcing the web server also keeps it from
        # opening a browser tab.
        os.environ["FLET_FORCE_WEB_SERVER"] = "true"
    print(
        _(
            "Aan Tafel is running at http://{host}:{port}/ — open this address in your "
            "browser. Stop with Ctrl+C.",
            host=HOST,
            port=chosen,
        ),
        flush=True,
    )
    ft.run(
        main,
        view=ft.AppView.WEB_BROWSER,
        host=HOST,
        port=chosen,
        no_cdn=True,
        assets_dir=str(assets_dir()),
    )


def open_window_or_browser(main: Callable[[ft.Page], None]) -> None:
    """Try a desktop window; fall back to the browser with a one-line reason."""
    if not can_open_window():
        print(
            _(
                "No window can open here (no screen found). Aan Tafel opens in your "
                "browser instead."
            ),
            file=sys.stderr,
            flush=True,
        )
        serve_web(main, None, open_browser=True)
        return
    try:
        ft.run(main, view=ft.AppView.FLET_APP, assets_dir=str(assets_dir()))
    except Exception:
        log.debug("desktop client failed", exc_info=True)
        print(
            _(
                "The app window could not open (the window program could not be loaded). "
                "Aan Tafel opens in your browser instead."
            ),
            file=sys.stderr,
            flush=True,
        )
        serve_web(main, None, open_browser=True)
