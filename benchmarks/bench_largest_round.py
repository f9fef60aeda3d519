"""The largest round the caps allow (issue 11 item 7) stays usable: time to a
usable Inzet screen in Chromium and time to print the meeting brief.

Before the caps an 11 KB import file with 3,000 themes made Inzet not render
within 90 s and ``print brief`` take 12–17 s. Now a position has at most
``MAX_THEMES`` themes with at most ``MAX_DEMANDS_PER_THEME`` demands each;
this fills the demo's 2027 round to exactly that, every text field with a
realistic paragraph, and measures:

- **brief**: median of 3 builds of the meeting brief through the documents
  service (as ``aantafel print brief``), after one warm-up build;
- **inzet**: from ``page.goto(/inzet)`` in a fresh browser tab until the
  first theme's title is in Flutter's semantics tree (the screen is usable).

Run: ``python benchmarks/bench_largest_round.py`` (needs /usr/bin/chromium
for the Inzet figure; without it only the brief is measured).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from _common import app_in_chromium

from app.services import documents
from app.services import position as position_service
from app.services.demo import add_demo
from app.storage.repository import Repository
from models.position import (
    MAX_DEMANDS_PER_THEME,
    MAX_THEMES,
    Demand,
    Priority,
    ThemePosition,
)
from models.themes import CUSTOM_THEME_ID

PARAGRAPH = (
    "De huurders willen dat de corporatie de komende jaren meer betaalbare woningen bouwt, "
    "de bestaande woningen goed isoleert en de buurt schoon en veilig houdt. "
) * 2
ROUND = "2027"


def fill_largest_round(repo: Repository) -> None:
    """The demo, then the 2027 position at the caps."""
    add_demo(repo)
    position = position_service.load_position(repo, ROUND)
    priorities = list(Priority)
    themes = [
        ThemePosition(
            theme_id=CUSTOM_THEME_ID,
            title=f"Eigen thema {n + 1}",
            situation=PARAGRAPH,
            wishes=PARAGRAPH,
            arguments=PARAGRAPH,
            red_line=PARAGRAPH,
            priority=priorities[n % len(priorities)],
            demands=[
                Demand(
                    what=f"Eis {d + 1}: 120 woningen isoleren tot label B",
                    amount="120 woningen",
                    deadline="31 december 2028",
                    responsible="Woonstichting Het Anker",
                )
                for d in range(MAX_DEMANDS_PER_THEME)
            ],
        )
        for n in range(MAX_THEMES)
    ]
    position_service.save_position(repo, position.model_copy(update={"themes": themes}))


def time_brief(repo: Repository) -> float:
    documents.build_document(repo, "brief", ROUND)  # warm-up: fonts are registered once
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        documents.build_document(repo, "brief", ROUND)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def time_inzet(data_dir: Path) -> float | None:
    from tests.e2e.conftest import CHROMIUM

    if not Path(CHROMIUM).exists():
        return None
    with app_in_chromium(data_dir=data_dir) as (server, browser):
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        page.set_default_timeout(120_000)
        started = time.perf_counter()
        page.goto(server.url + "inzet")
        page.locator("flt-semantics-placeholder").dispatch_event("click")
        page.get_by_text("Eigen thema 1", exact=True).first.wait_for()
        return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        repo = Repository.open(tmp / "data")
        try:
            fill_largest_round(repo)
            brief = time_brief(repo)
        finally:
            repo.close()
        inzet = time_inzet(tmp / "data")
    print(f"largest allowed round: {MAX_THEMES} themes x {MAX_DEMANDS_PER_THEME} demands")
    print(f"print brief: {brief:.2f} s (median of 3)")
    if inzet is None:
        print("inzet: not measured (no Chromium)")
    else:
        print(f"inzet usable in the browser: {inzet:.2f} s")


if __name__ == "__main__":
    main()
