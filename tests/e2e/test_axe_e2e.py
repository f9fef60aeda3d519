"""axe-core in Chromium on every section, at normal size, in high contrast
and at the largest text size on a 1024x768 screen: no serious or critical
violation anywhere (WCAG 2.2 AA as axe checks it). Also: the page speaks the
chosen language, and every section has a title a screen reader lists as a
heading.

The sections are read from the navigation rail, so a new section is checked
without changing this test. Counts per section: ``benchmarks/a11y_axe.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.e2e.a11y import (
    DISPLAY_SETTINGS,
    VIEWPORTS,
    beyond_right_edge,
    demo_with,
    describe,
    open_section,
    rail_entries,
    scan_section,
)
from tests.e2e.conftest import open_app, screenshot, started_server

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("setting", list(DISPLAY_SETTINGS))
def test_no_serious_axe_violation_in_any_section(
    browser: Any, tmp_path: Path, setting: str
) -> None:
    server = started_server(tmp_path / "data", tmp_path, demo_with(DISPLAY_SETTINGS[setting]))
    try:
        width, height = VIEWPORTS[setting]
        page = open_app(browser, server, width=width, height=height)
        # Flutter sets <html lang> once the app's locale is applied
        page.wait_for_function("document.documentElement.lang === 'nl-NL'")
        names = rail_entries(page)
        assert "Overzicht" in names and "Instellingen" in names, names
        # Flutter's own words follow the app's language too
        assert "Tabblad 1 van" in page.locator("flt-semantics[aria-current]").first.inner_text()
        problems: list[str] = []
        for index, name in enumerate(names):
            open_section(page, index)  # waits for the section's heading
            blocking = [v for v in scan_section(page) if v.blocking]
            cut = beyond_right_edge(page)
            if cut:
                problems.append(f"{name}: runs off the screen: {cut}")
            if blocking:
                screenshot(page, f"axe-{setting}-{name}")
                problems.append(f"{name}:\n{describe(blocking)}")
        assert not problems, f"axe ({setting}):\n" + "\n".join(problems)
        page.close()
    finally:
        server.stop()
