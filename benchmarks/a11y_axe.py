"""Serious and critical axe-core violations per section and display setting.

Serves the demo data (welcome seen) once per setting (normal, high contrast,
largest text at 1024x768), opens every entry of the navigation rail and runs
axe-core 4 in Chromium on it, screen by screen down the section, as
``tests/e2e/test_axe_e2e.py`` does; prints a table of counts (violating
nodes of serious/critical rules) and the rules.
Needs Chromium and axe-core (``bash tests/e2e/vendor/install_axe.sh``). Run:
``python benchmarks/a11y_axe.py [--settle MS] [--no-heading]``.
"""

from __future__ import annotations

import argparse
from collections import Counter

from _common import app_in_chromium

from tests.e2e.a11y import (
    DISPLAY_SETTINGS,
    VIEWPORTS,
    demo_with,
    open_section,
    rail_entries,
    scan_section,
)
from tests.e2e.conftest import open_app


def measure(setting: str, settle_ms: int, heading: bool) -> dict[str, Counter[str]]:
    """Per section: serious/critical rule id -> number of violating nodes."""
    counts: dict[str, Counter[str]] = {}
    with app_in_chromium(demo_with(DISPLAY_SETTINGS[setting])) as (server, browser):
        width, height = VIEWPORTS[setting]
        page = open_app(browser, server, width=width, height=height)
        names = rail_entries(page)
        for i, name in enumerate(names):
            open_section(page, i, heading=heading)
            page.wait_for_timeout(settle_ms)
            found: Counter[str] = Counter()
            for v in scan_section(page):
                if v.blocking:
                    found[f"{v.impact}:{v.rule}"] += len(v.nodes)
            counts[name] = found
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--settle", type=int, default=800, help="ms to wait after opening")
    parser.add_argument("--no-heading", action="store_true", help="do not wait for a heading")
    args = parser.parse_args()
    total = 0
    for setting in DISPLAY_SETTINGS:
        counts = measure(setting, args.settle, not args.no_heading)
        print(f"== {setting} ({VIEWPORTS[setting][0]}x{VIEWPORTS[setting][1]})")
        for section, found in counts.items():
            n = sum(found.values())
            total += n
            rules = ", ".join(f"{rule} x{k}" for rule, k in sorted(found.items()))
            print(f"  {section:<14} {n:>3}  {rules}")
    print(f"serious/critical violating nodes in total: {total}")


if __name__ == "__main__":
    main()
