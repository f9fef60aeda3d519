"""Screenshots of every section at the largest text size on a 1024x768
screen (issue 13: reflow, WCAG 1.4.4 / 1.4.10), from the demo data.

Run from the repository root after ``bash .ci/run``:

    .venv/bin/python docs/make_large_text_screenshots.py

Saves ``docs/screenshots/grootst-<section>.png`` (the top of each section)
and prints the paths. Look at them: no text may be cut off or run off screen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.a11y import demo_with, open_section, rail_entries  # noqa: E402
from tests.e2e.conftest import launch_chromium, open_app, started_server  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        server = started_server(Path(tmp) / "data", Path(tmp), demo_with({"text_scale": 2.0}))
        try:
            with sync_playwright() as p:
                browser = launch_chromium(p)
                page = open_app(browser, server, width=1024, height=768)
                OUT.mkdir(parents=True, exist_ok=True)
                for index, name in enumerate(rail_entries(page)):
                    open_section(page, index)
                    page.wait_for_timeout(1000)  # let Flutter finish painting
                    path = OUT / f"grootst-{name.lower()}.png"
                    page.screenshot(path=str(path))
                    print(path)
                browser.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
