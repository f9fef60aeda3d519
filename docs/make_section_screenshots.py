"""Screenshots of every section, in either language and any text size, from
the demo data: the top of each section and the screens below it.

Run from the repository root after ``bash .ci/run`` (Chromium installed):

    .venv/bin/python docs/make_section_screenshots.py --lang en
    .venv/bin/python docs/make_section_screenshots.py --lang en --scale 2 --size 1024x768

Saves ``<out>/<lang>-<scale>-<section>-<n>.png`` (default out: a temporary
folder, printed) so a person can look at every screen: untranslated words,
text that is cut off, controls that run off the window.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.i18n import set_language  # noqa: E402
from tests.e2e.a11y import demo_with, open_section, rail_entries  # noqa: E402
from tests.e2e.conftest import launch_chromium, open_app, started_server  # noqa: E402

def shoot(lang: str, scale: float, size: tuple[int, int], out: Path, screens: int) -> None:
    from playwright.sync_api import sync_playwright

    set_language(lang)  # the demo's round names are made in this language
    settings = {"language": lang, "text_scale": scale}
    with tempfile.TemporaryDirectory() as tmp:
        server = started_server(Path(tmp) / "data", Path(tmp), demo_with(settings))
        try:
            with sync_playwright() as p:
                browser = launch_chromium(p)
                page = open_app(browser, server, width=size[0], height=size[1])
                out.mkdir(parents=True, exist_ok=True)
                for index, name in enumerate(rail_entries(page)):
                    open_section(page, index)
                    page.wait_for_timeout(1000)  # let Flutter finish painting
                    page.mouse.move(size[0] * 0.6, size[1] * 0.6)
                    shot = page.screenshot()
                    for n in range(screens):
                        path = out / f"{lang}-{scale:g}-{name.lower()}-{n + 1}.png"
                        path.write_bytes(shot)
                        print(path)
                        page.mouse.wheel(0, size[1] * 0.8)
                        page.wait_for_timeout(700)
                        following = page.screenshot()
                        if following == shot:  # nothing moved: the end of the section
                            break
                        shot = following
                browser.close()
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="en", choices=("nl", "en"))
    parser.add_argument("--scale", type=float, default=1.0, help="text size, 1 to 2")
    parser.add_argument("--size", default="1280x800", help="window, e.g. 1024x768")
    parser.add_argument("--screens", type=int, default=6, help="screens per section at most")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = args.out or Path(tempfile.mkdtemp(prefix="screens-"))
    shoot(args.lang, args.scale, (width, height), out, args.screens)


if __name__ == "__main__":
    main()
