"""Keyboard only: the focus stays where the user is after opening a theme
and after making a document; Escape closes a dialog. (How visible the focus
indicator is, pixel by pixel, is measured by benchmarks/a11y_focus.py.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.a11y import (
    demo_with,
    open_section,
    rail_entries,
    tab_to,
)
from tests.e2e.conftest import open_app, screenshot, started_server

pytestmark = pytest.mark.e2e

FOCUSED_NAME = (
    "(() => { const a = document.activeElement; if (!a) return '';"
    " return (a.getAttribute('aria-label') || a.innerText || '').trim(); })()"
)

#: Flutter announces a live region's new text through a hidden aria-live
#: element and clears it again soon after: record every text it shows.
_RECORD_ANNOUNCEMENTS = """() => {
  window.__announced = [];
  const host = document.querySelector('flt-announcement-host');
  new MutationObserver(() => window.__announced.push(host.innerText))
    .observe(host, {subtree: true, childList: true, characterData: true});
}"""


def test_focus_stays_with_the_user_and_escape_closes_dialogs(browser: Any, tmp_path: Path) -> None:
    server = started_server(tmp_path / "data", tmp_path, demo_with({}))
    try:
        page = open_app(browser, server, width=1280, height=800)
        names = rail_entries(page)

        # open a theme with the keyboard: the focus moves into the form
        open_section(page, names.index("Inzet"))
        page.locator("h1", has_text="Inzet").wait_for(state="attached")
        # Tab to the theme's button and press Enter, as a keyboard user does
        # (each Tab waits until the focus has visibly moved: see press_tab)
        tab_to(page, page.get_by_role("button", name="Betaalbaarheid invullen"))
        page.keyboard.press("Enter")
        page.get_by_role("heading", name="Betaalbaarheid").wait_for()
        page.wait_for_function(f"{FOCUSED_NAME} === 'Terug naar het overzicht'")
        screenshot(page, "keyboard-01-theme-opened")

        # make a document with Tab and Enter: the result is announced and the
        # focus moves to what comes next ("Openen om te printen")
        open_section(page, names.index("Documenten"))
        tab_to(page, page.get_by_role("button", name="Document maken"))
        page.evaluate(_RECORD_ANNOUNCEMENTS)
        page.keyboard.press("Enter")
        page.get_by_role("button", name="Openen om te printen").wait_for()
        page.wait_for_function("window.__announced.some(t => t.includes('Klaar:'))")
        page.wait_for_function(f"{FOCUSED_NAME} === 'Openen om te printen'")
        screenshot(page, "keyboard-02-document-made")

        # Escape closes a dialog
        open_section(page, names.index("Rondes"))
        remove = page.get_by_role("button", name=re.compile(r"^Ronde .* verwijderen")).first
        remove.scroll_into_view_if_needed()
        remove.click()
        cancel = page.get_by_role("button", name="Annuleren")
        cancel.wait_for()
        page.keyboard.press("Escape")
        cancel.wait_for(state="detached")
        page.close()
    finally:
        server.stop()
