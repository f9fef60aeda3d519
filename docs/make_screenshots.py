"""Regenerate the README screenshots from the demo data.

Run from the repository root after ``bash .ci/run`` (which installs Chromium):

    .venv/bin/python docs/make_screenshots.py

It fills a temporary data folder with the demo data, serves the app on
loopback exactly as the browser tests do, and saves one PNG per section in
``docs/screenshots/``. Look at the pictures before committing them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services.demo import add_demo  # noqa: E402
from tests.e2e.conftest import launch_chromium, open_app, started_server  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
# (file name, navigation label, a text that shows the section has loaded)
SECTIONS = [
    ("overzicht", "Overzicht", "Huidige ronde"),
    ("inzet", "Inzet", "Betaalbaarheid"),
    ("checklist", "Checklist", "A. Formele positie en middelen"),
    ("bod", "Bod", "In één oogopslag"),
    ("afspraken", "Afspraken", "Afspraken in het overzicht"),
    ("documenten", "Documenten", "Document maken"),
    ("delen", "Delen", "Delen"),
]


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        server = started_server(Path(tmp) / "data", Path(tmp), add_demo)
        try:
            with sync_playwright() as p:
                browser = launch_chromium(p)
                page = open_app(browser, server, width=1280, height=860)
                OUT.mkdir(parents=True, exist_ok=True)
                for name, label, marker in SECTIONS:
                    page.get_by_text(label).first.click()
                    page.get_by_text(marker).first.wait_for()
                    page.wait_for_timeout(800)  # let Flutter finish painting
                    page.screenshot(path=str(OUT / f"{name}.png"))
                    print(OUT / f"{name}.png")
                browser.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
