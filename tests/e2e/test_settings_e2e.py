"""Instellingen in a real browser: first-run welcome, every text size (with
screenshots to look at), English, high contrast, the glossary; after a
restart the language and the text size are kept."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image

from tests.e2e.conftest import AppServer, fill, open_app, screenshot
from tests.packaging.test_bundle import bundle, bundled_server  # noqa: F401

pytestmark = pytest.mark.e2e


def _radio(page: Any, name: str) -> Any:
    return page.get_by_role("radio", name=name, exact=True)


def _nav(page: Any, section: str) -> None:
    """Go to a section through the navigation rail (its name ends in "Tab n of m")."""
    page.get_by_role("button", name=re.compile(rf"^{section}\b")).first.click()


def _checked(page: Any, name: str) -> bool:
    return _radio(page, name).get_attribute("aria-checked") == "true"


def _height(page: Any, text: str) -> float:
    """The text's height on screen; 0 while Flutter rebuilds it (no box yet)."""
    box = page.get_by_text(text).bounding_box()
    return float(box["height"]) if box else 0.0


def _scrolled_and_clicked(locator: Any) -> bool:
    """Scroll to and click; False while Flutter is rebuilding the element
    (after a text size change the old one is detached for a moment)."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        locator.scroll_into_view_if_needed(timeout=2_000)
        locator.click(timeout=2_000)
    except PlaywrightError:
        return False
    return True


def _choose(page: Any, name: str) -> None:
    """Click the radio ``name`` until it is checked: right after a text size
    change Flutter rebuilds the screen, and a click can land on the old radio
    while it is being replaced (the click is then lost)."""

    def chosen() -> bool:
        if not _checked(page, name):
            _scrolled_and_clicked(_radio(page, name))
        return _checked(page, name)

    _eventually(page, chosen, f"{name} is chosen")


def _eventually(page: Any, check: Callable[[], bool], what: str, timeout: float = 30) -> None:
    """Wait until ``check()`` holds (state, not a fixed time): a busy CI machine
    is slow, and a fixed wait was either too short there or wasted here."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        page.wait_for_timeout(100)  # poll; the state decides when to go on


def test_welcome_text_sizes_language_and_restart(browser: Any, app_server: AppServer) -> None:
    page = open_app(browser, app_server)
    page.get_by_text("Welkom bij Aan Tafel").wait_for()
    page.get_by_role("button", name="Het voorbeeld bekijken").wait_for()
    screenshot(page, "settings-01-welcome")
    page.get_by_role("button", name="Het voorbeeld bekijken").click()
    page.get_by_text("Welkom bij Aan Tafel").wait_for(state="detached")
    page.get_by_text("Huurdersvereniging De Eendracht").first.wait_for()
    screenshot(page, "settings-02-example-loaded")

    _nav(page, "Instellingen")
    page.get_by_text("Tekstgrootte").wait_for()
    screenshot(page, "settings-03-size-normaal")
    for step, name in [("groot", "Groot"), ("groter", "Groter"), ("grootst", "Grootst")]:
        box_before = page.get_by_text("Tekstgrootte").bounding_box()
        _choose(page, name)
        height = box_before["height"]
        _eventually(
            page,
            lambda h=height: _height(page, "Tekstgrootte") > h,
            f"the text grows at {name}",
        )
        screenshot(page, f"settings-04-size-{step}")
    _nav(page, "Overzicht")
    page.get_by_text("Tekstgrootte").wait_for(state="detached")
    screenshot(page, "settings-05-overview-grootst")
    _nav(page, "Instellingen")
    page.get_by_text("Tekstgrootte").wait_for()

    _radio(page, "English").click()
    page.get_by_text("Text size").wait_for()
    assert page.get_by_text("Tekstgrootte").count() == 0
    _radio(page, "Large").click()
    _eventually(page, lambda: _checked(page, "Large"), "Large is chosen")
    screenshot(page, "settings-06-english-large")
    page.close()

    app_server.restart()
    page = open_app(browser, app_server)
    page.get_by_role("button", name=re.compile(r"^Overview\b")).first.wait_for()
    _nav(page, "Settings")
    page.get_by_text("Text size").wait_for()
    assert _checked(page, "Large")
    assert _checked(page, "English")
    screenshot(page, "settings-07-after-restart")

    # the glossary from the top bar, and back
    page.get_by_role("button", name="Glossary").click()
    page.get_by_text("performance agreements").first.wait_for()
    # Typing right after the click lost every key when the machine was busy:
    # the field had no focus yet. fill() waits until it has (issue 11 item 11).
    fill(page, "Search a word", "zienswijze")
    page.get_by_text("In English: members / rank and file").wait_for(state="detached")
    page.get_by_text("A written response to a plan").wait_for()
    screenshot(page, "settings-08-glossary")
    page.get_by_role("button", name="Back").click()
    page.get_by_text("Text size").wait_for()
    page.close()


def _screen_colours(page: Any) -> tuple[float, float]:
    """(share of tinted pixels, share of pure white pixels) of the screen now."""
    image = Image.open(io.BytesIO(page.screenshot())).convert("RGB").reduce(4)
    raw = image.tobytes()  # RGB bytes (Image.getdata goes away in Pillow 14)
    pixels = list(zip(raw[0::3], raw[1::3], raw[2::3], strict=True))
    tinted = sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 4)
    white = sum(1 for pixel in pixels if pixel == (255, 255, 255))
    return tinted / len(pixels), white / len(pixels)


def test_high_contrast(browser: Any, app_server: AppServer) -> None:
    page = open_app(browser, app_server)
    _nav(page, "Instellingen")
    switch = page.get_by_role("switch", name="Hoog contrast (zwarte tekst op wit)")
    switch.wait_for()
    tinted, white = _screen_colours(page)
    assert tinted > 0.5 and white < 0.1, (tinted, white)  # the calm teal theme tints surfaces
    switch.click()
    # wait on the screen itself: black text on pure white, (almost) nothing tinted
    deadline = time.monotonic() + 15
    while (tinted > 0.05 or white < 0.8) and time.monotonic() < deadline:
        tinted, white = _screen_colours(page)
    assert tinted <= 0.05 and white >= 0.8, (tinted, white)
    screenshot(page, "settings-09-high-contrast")

    make = page.get_by_role("button", name="Nu een reservekopie maken")
    make.scroll_into_view_if_needed()
    make.click()
    page.get_by_text("Er is een reservekopie gemaakt.").wait_for()
    restore = page.get_by_role("button", name="Terugzetten").first
    restore.scroll_into_view_if_needed()
    screenshot(page, "settings-10-backups")

    # a dialog at a large text size grows too (dialogs are outside the zoomed area)
    _radio(page, "Groter").click()
    _eventually(page, lambda: _checked(page, "Groter"), "Groter is chosen")
    _eventually(page, lambda: _scrolled_and_clicked(restore), "the rebuilt button is clicked")
    page.get_by_text("Aan Tafel maakt eerst een reservekopie").wait_for()
    screenshot(page, "settings-11-restore-dialog-groter")
    page.get_by_role("button", name="Annuleren").click()
    page.close()


@pytest.mark.slow
def test_bundled_app_first_screen_in_the_browser(browser: Any, bundled_server: Any) -> None:  # noqa: F811
    """The PyInstaller bundle (tests/packaging) serves the UI: the first screen loads."""
    page = open_app(browser, bundled_server)
    page.get_by_text("Welkom bij Aan Tafel").wait_for()
    page.get_by_role("button", name="Het voorbeeld bekijken").wait_for()
    page.wait_for_timeout(1000)
    screenshot(page, "bundle-01-first-screen")
    page.close()
