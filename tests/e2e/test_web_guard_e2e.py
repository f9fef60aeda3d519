"""Issue 11 item 1 in a real browser: a page on another origin cannot open the
app's WebSocket, while the app's own page still works."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.e2e.conftest import AppServer, open_app

pytestmark = pytest.mark.e2e

ATTACK = """<!doctype html><title>evil</title><script>
window.result = "pending";
const ws = new WebSocket("ws://127.0.0.1:%d/ws");
ws.onopen = () => { window.result = "open"; };
ws.onerror = () => { if (window.result === "pending") window.result = "refused"; };
ws.onclose = () => { if (window.result === "pending") window.result = "refused"; };
</script>"""


@pytest.fixture
def foreign_site(app_server: AppServer) -> Iterator[str]:
    """A web page on another origin (another port) that tries the app's WebSocket."""
    body = (ATTACK % app_server.port).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{httpd.server_address[1]}/"
    httpd.shutdown()


def test_foreign_page_cannot_open_the_websocket(
    browser: Any, app_server: AppServer, foreign_site: str
) -> None:
    page = browser.new_page()
    page.goto(foreign_site)
    page.wait_for_function("window.result !== 'pending'", timeout=20_000)
    assert page.evaluate("window.result") == "refused"
    page.close()

    own = open_app(browser, app_server)
    own.get_by_text("Begin met je organisatie").wait_for()
    own.close()
