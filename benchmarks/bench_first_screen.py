"""Median time to a usable first screen in the browser for the app (with the
demo data) and for a bare Flet "hello world" served the same way, and the
ratio (design §7 target: ratio <= 1.3).

Both are served by ``app.launcher.serve_web`` (127.0.0.1, ``no_cdn``,
``FLET_WEB_NO_CDN=1``, no display, the app's assets folder), the app through
``python -m app --data-dir D web --no-browser`` exactly as the browser tests
do, the hello world as a one-line ``page.add(ft.Text(...))`` script. Each
server is started once and warmed up with one unmeasured page load; the runs
then alternate between the two so drift hits both alike.

What one run measures: a fresh browser context (empty cache, like a first
visit), from the start of the navigation (``page.goto``) until the first
screen is usable: the page has loaded, Flutter's semantics placeholder has
been clicked (as ``open_app`` in the browser tests does, so the screen is
readable by assistive technology) and the screen's text is in the semantics
tree ("Hallo wereld" for the hello world, "Huidige ronde" on the app's
Overzicht). Both moments are taken inside the page, once per animation frame
(``performance.now()``): Playwright's own waiting polls at growing intervals
of up to half a second, which would favour whichever screen happens to be
ready on an early poll. The moment the semantics placeholder appears
(Flutter's engine is up) is printed too, to separate engine start-up from the
work that builds the first screen.
Needs Chromium (``/usr/bin/chromium``). Run:
``python benchmarks/bench_first_screen.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import ROOT

from app.services.demo import add_demo
from tests.e2e.conftest import CHROMIUM, AppServer, launch_chromium, started_server

HELLO_TEXT = "Hallo wereld"
APP_TEXT = "Huidige ronde"
HELLO_SCRIPT = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import flet as ft
from app.launcher import serve_web

def main(page: ft.Page) -> None:
    page.add(ft.Text({HELLO_TEXT!r}))

serve_web(main, int(sys.argv[1]), open_browser=False)
"""


@dataclass
class Timing:
    engine: float  # seconds from navigation start until the semantics placeholder is there
    usable: float  # seconds from navigation start until the marker text is in the tree


class HelloServer(AppServer):
    """The hello world, started and stopped like ``AppServer`` starts the app."""

    def __init__(self, script: Path, log_dir: Path) -> None:
        super().__init__(data_dir=log_dir, log_dir=log_dir)  # no data folder is used
        self.script = script

    def command(self) -> list[str]:
        return [sys.executable, str(self.script), str(self.port)]


# Runs in the page from its first moment, checking once per frame: records when
# Flutter's semantics placeholder appears (and clicks it right away, as
# ``open_app`` does) and when the marker text is in the semantics tree. Times
# are ``performance.now()``: milliseconds since the navigation started.
WATCH = """
(marker) => {
  const seen = (window.__firstScreen = {});
  const placeholder = () =>
    document.querySelector("flt-semantics-placeholder") ||
    [...document.querySelectorAll("flt-glass-pane")]
      .map((pane) => pane.shadowRoot && pane.shadowRoot.querySelector("flt-semantics-placeholder"))
      .find(Boolean);
  const tick = () => {
    if (seen.engine === undefined) {
      const target = placeholder();
      if (target) {
        seen.engine = performance.now();
        target.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      }
    } else {
      const tree = document.querySelector("flt-semantics-host");
      if (tree && tree.textContent.includes(marker)) {
        seen.usable = performance.now();
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
"""


def first_screen(browser: Any, url: str, marker: str) -> Timing:
    """One cold page load in a fresh context; the same steps for both servers."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    try:
        context.add_init_script(f"({WATCH})({json.dumps(marker)})")
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(url)
        page.wait_for_function("() => window.__firstScreen.usable !== undefined")
        seen = page.evaluate("() => window.__firstScreen")
        return Timing(seen["engine"] / 1000, seen["usable"] / 1000)
    finally:
        context.close()


def measure(runs: int) -> tuple[list[Timing], list[Timing]]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        script = tmp / "hello.py"
        script.write_text(HELLO_SCRIPT, encoding="utf-8")
        hello = HelloServer(script, tmp)
        hello_times: list[Timing] = []
        app_times: list[Timing] = []
        hello.start()
        try:
            app = started_server(tmp / "data", tmp, add_demo)
            try:
                with sync_playwright() as p:
                    browser = launch_chromium(p)
                    first_screen(browser, hello.url, HELLO_TEXT)  # warm-up, not counted
                    first_screen(browser, app.url, APP_TEXT)
                    for _ in range(runs):
                        hello_times.append(first_screen(browser, hello.url, HELLO_TEXT))
                        app_times.append(first_screen(browser, app.url, APP_TEXT))
                    browser.close()
            finally:
                app.stop()
        finally:
            hello.stop()
        return hello_times, app_times


def _median(times: list[Timing], field: str) -> float:
    return statistics.median(getattr(t, field) for t in times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="page loads per server (default 5)")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"Chromium not found at {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 0
    hello, app = measure(args.runs)
    for name, times in (("hello world", hello), ("app (demo data)", app)):
        print(
            f"{name:<16} median first screen {_median(times, 'usable'):.2f} s "
            f"(engine up after {_median(times, 'engine'):.2f} s; "
            f"all: {', '.join(f'{t.usable:.2f}' for t in times)})"
        )
    ratio = _median(app, "usable") / _median(hello, "usable")
    print(f"ratio app / hello world: {ratio:.2f} (target <= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
