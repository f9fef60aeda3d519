"""Starting the UI: a desktop window when one can open, else the browser.

The Flet desktop client is downloaded on first use, which fails on machines
without internet, and no window can open without a display. In both cases we
say so in one line and serve the same app on 127.0.0.1 in the browser.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import sys
import webbrowser
from collections.abc import Callable

import flet as ft
import uvicorn

from app.i18n import _
from app.paths import assets_dir
from app.web_guard import ASGIApp, LoopbackOnly

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
    """Serve the UI in the browser, on the loopback address only, fully offline.

    We run uvicorn ourselves around Flet's own ASGI app (``export_asgi_app``)
    instead of ``ft.run(view=WEB_BROWSER)``: only then can the Host/Origin
    guard (app.web_guard) stand in front of every request, including the
    WebSocket that carries all data. The host is passed to uvicorn directly,
    so no FLET_* environment variable can widen the binding.
    """
    chosen = choose_port(port)
    os.environ["FLET_WEB_NO_CDN"] = "1"
    flet_app = ft.run(main, export_asgi_app=True, assets_dir=str(assets_dir()), no_cdn=True)
    url = f"http://{HOST}:{chosen}/"
    print(
        _(
            "Aan Tafel is running at http://{host}:{port}/ — open this address in your "
            "browser. Stop with Ctrl+C.",
            host=HOST,
            port=chosen,
        ),
        flush=True,
    )
    asyncio.run(_serve(LoopbackOnly(flet_app, chosen), chosen, url if open_browser else None))


async def _serve(app: ASGIApp, port: int, open_url: str | None) -> None:
    """Run uvicorn until Ctrl+C; open ``open_url`` in the browser once it listens."""
    config = uvicorn.Config(app, host=HOST, port=port, log_level="warning", ws="websockets-sansio")
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    if open_url:
        while not server.started and not serving.done():
            await asyncio.sleep(0.05)
        if server.started:
            webbrowser.open(open_url)
    await serving


def _browser_instead(main: Callable[[ft.Page], None], why: str) -> None:
    """Say in one line why no window opened, then serve the app in the browser."""
    print(why + " " + _("Aan Tafel opens in your browser instead."), file=sys.stderr, flush=True)
    serve_web(main, None, open_browser=True)


def open_window_or_browser(main: Callable[[ft.Page], None]) -> None:
    """Try a desktop window; fall back to the browser with a one-line reason."""
    if not can_open_window():
        _browser_instead(main, _("No window can open here (no screen found)."))
        return
    try:
        ft.run(main, view=ft.AppView.FLET_APP, assets_dir=str(assets_dir()))
    except Exception:
        log.debug("desktop client failed", exc_info=True)
        _browser_instead(
            main, _("The app window could not open (the window program could not be loaded).")
        )
