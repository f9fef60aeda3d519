"""Browser end-to-end fixtures: the real app served on loopback, driven in
Debian's Chromium through Playwright (design §4.3).

In CI (CI=true) a missing browser is an error, never a silent skip.
Screenshots go to test-artifacts/screenshots/ (kept by CI as artifacts).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.services.context import Services
from app.services.demo import add_demo
from app.storage.repository import Repository

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class AppServer:
    """``aantafel web --no-browser`` on a free port with its own data folder."""

    def __init__(self, data_dir: Path, log_dir: Path, lang: str | None = None) -> None:
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.lang = lang
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def command(self) -> list[str]:
        """What to run; the server must listen on ``self.port``."""
        cmd = [sys.executable, "-m", "app", "--data-dir", str(self.data_dir)]
        if self.lang:
            cmd += ["--lang", self.lang]
        return [*cmd, "web", "--no-browser", "--port", str(self.port)]

    def start(self) -> None:
        self.port = _free_port()
        self.starts += 1
        log = (self.log_dir / f"server-{self.starts}.log").open("wb")
        env = {**os.environ, "FLET_WEB_NO_CDN": "1"}
        env.pop("DISPLAY", None)
        self.proc = subprocess.Popen(
            self.command(), env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"app exited early, see {log.name}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("the app's web server did not start within 60 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium per test module.

    Not per session: sync Playwright keeps an asyncio loop running on this thread
    while it is open, and the in-process view tests that run after the browser
    tests call ``asyncio.run``, which refuses to start inside a running loop.
    """
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium is missing at {CHROMIUM}; .ci/run must install it")
        pytest.skip(f"Chromium not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


def launch_chromium(playwright: Any) -> Any:
    """Debian's headless Chromium, as every browser test, benchmark and
    screenshot script uses it."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def started_server(
    data_dir: Path, log_dir: Path, prepare: Callable[[Repository], object] | None = None
) -> AppServer:
    """A running server on ``data_dir``, after ``prepare`` (e.g. ``add_demo``)
    filled it. The caller stops it."""
    if prepare is not None:
        services = Services.open(data_dir)
        try:
            prepare(services.repo)
        finally:
            services.close()
    server = AppServer(data_dir, log_dir)
    server.start()
    return server


@pytest.fixture
def app_server(tmp_path: Path) -> Iterator[AppServer]:
    server = AppServer(tmp_path / "data", tmp_path)
    server.start()
    yield server
    server.stop()


def open_app(browser: Any, server: AppServer, width: int = 1280, height: int = 900) -> Any:
    """A new tab on the app with Flutter's semantics (ARIA) tree switched on."""
    page = browser.new_page(viewport={"width": width, "height": height}, locale="nl-NL")
    page.set_default_timeout(20_000)
    page.goto(server.url)
    page.locator("flt-semantics-placeholder").dispatch_event("click", timeout=45_000)
    page.wait_for_selector("flt-semantics", timeout=20_000)
    return page


@contextmanager
def app_page(
    browser: Any,
    data_dir: Path,
    log_dir: Path,
    prepare: Callable[[Repository], object] | None = None,
) -> Iterator[Any]:
    """A tab on the app served on ``data_dir`` (after ``prepare`` filled it);
    the tab is closed and the server stopped when the block ends."""
    server = started_server(data_dir, log_dir, prepare)
    try:
        page = open_app(browser, server)
        try:
            yield page
        finally:
            page.close()
    finally:
        server.stop()


@pytest.fixture
def demo_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """A tab on the app with the demo data (in tmp_path / "data")."""
    with app_page(browser, tmp_path / "data", tmp_path, add_demo) as page:
        yield page


@pytest.fixture
def ui(browser: Any, app_server: AppServer) -> Iterator[Any]:
    page = open_app(browser, app_server)
    yield page
    page.close()


def saved_status(page: Any) -> Any:
    """The save status on screen ("Opgeslagen om 16:50"), not Flutter's copy of
    it for screen readers: a live region's announcement (flt-announcement-*)
    holds the same words for a moment, which made a plain get_by_text match twice."""
    shown = page.locator(":not(flt-announcement-polite):not(flt-announcement-assertive)")
    return page.get_by_text("Opgeslagen om").and_(shown).first


def screenshot(page: Any, name: str) -> Path:
    """Save a screenshot as a test artifact (and return its path)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.wait_for_timeout(400)  # let Flutter finish painting
    page.screenshot(path=str(path))
    return path


FOCUSED_LABEL = "document.activeElement && document.activeElement.getAttribute('aria-label')"


def fill(page: Any, label: str, text: str) -> None:
    """Click the field with this label and type, replacing what was there.

    Flutter scrolls a focused field into view a moment after the click, so a
    click right after editing another field can land on the wrong spot (the
    semantics tree lags behind). Check which field got focus and try again;
    then type real keystrokes, which Flutter never drops (``fill()`` could).
    """
    from playwright.sync_api import Error as PlaywrightError

    box = page.get_by_role("textbox", name=label)
    focused = ""
    for _attempt in range(6):
        try:
            box.scroll_into_view_if_needed()
            page.wait_for_timeout(300)
            box.click()
        except PlaywrightError:  # the tree was rebuilt under us: look again
            page.wait_for_timeout(300)
            continue
        page.wait_for_timeout(200)
        focused = page.evaluate(FOCUSED_LABEL) or ""
        if focused == label or focused.startswith(label + "\n"):
            break
    else:
        raise AssertionError(f"could not focus the field {label!r} (focus: {focused!r})")
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.wait_for_timeout(300)


def field_value(page: Any, label: str) -> str:
    """The text in a field. Flutter only puts a real <input> behind a field
    while it has focus, so focus it first."""
    box = page.get_by_role("textbox", name=label)
    box.click()
    page.wait_for_timeout(200)
    return str(page.locator("input:focus, textarea:focus").input_value())
