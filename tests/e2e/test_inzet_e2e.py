"""A volunteer fills in one theme completely, marks it "Moet", moves it to the
top, restarts the app and finds it all back (real browser, screenshots saved)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import AppServer, field_value, fill, open_app, saved_status, screenshot

pytestmark = pytest.mark.e2e

HOSTILE = "Huur +5,8% <b>&amp;</b> 🏠 — Ayşe Yılmaz, Łódź, Grażyna"
RED_LINE = "Wij tekenen niet als de huur meer stijgt dan de CAO-lonen."


def reveal(page: Any, locator: Any, tries: int = 25) -> Any:
    """Scroll the Flutter view with the mouse wheel until ``locator`` is on screen.

    Flutter draws on a canvas: the browser cannot scroll an element into view,
    so we scroll like a person does, over the content area.
    """
    height = page.viewport_size["height"]
    for attempt in range(tries):
        target = locator.first
        box = target.bounding_box() if target.count() else None
        if box and box["y"] >= 90 and box["y"] + box["height"] <= height - 10:
            return target
        # not rendered yet: search downwards first, then upwards
        search = 500 if attempt < tries // 3 else -500
        delta = (-350 if box["y"] < 90 else 350) if box else search
        page.mouse.move(700, height // 2)
        page.mouse.wheel(0, delta)
        page.wait_for_timeout(350)
    screenshot(page, "inzet-failed-reveal")
    raise AssertionError(f"could not scroll to {locator}")


def see(page: Any, text: str) -> None:
    """Wait until ``text`` is on screen; keep a screenshot when it never comes."""
    try:
        page.get_by_text(text).first.wait_for()
    except Exception:
        screenshot(page, "inzet-failed-see")
        raise


def fill_field(page: Any, label: str, text: str) -> None:
    reveal(page, page.get_by_role("textbox", name=label))
    fill(page, label, text)


def click_button(page: Any, name: str) -> None:
    reveal(page, page.get_by_role("button", name=name)).click()


def set_priority(page: Any, label: str) -> None:
    reveal(page, page.get_by_role("radio", name=label)).click()


def test_volunteer_fills_a_theme_and_finds_it_after_restart(
    browser: Any, app_server: AppServer
) -> None:
    page = open_app(browser, app_server)
    page.get_by_text("Rondes").first.click()
    fill(page, "Jaar", "2027")
    page.get_by_role("button", name="Ronde beginnen").click()
    page.get_by_role("button", name="Nieuwe ronde beginnen").wait_for()

    page.get_by_text("Inzet").first.click()
    page.get_by_text("Nog geen thema's").wait_for()
    screenshot(page, "inzet-01-empty")
    page.get_by_role("button", name="Begin met de standaardthema's").click()
    page.get_by_text("Alle thema's").wait_for()

    # Another theme is "Moet" first, so Betaalbaarheid must be moved up later.
    click_button(page, "Beschikbaarheid invullen")
    fill_field(page, "Wat moet er gebeuren?", "Het Anker bouwt in 2027 120 sociale huurwoningen.")
    set_priority(page, "Moet")
    saved_status(page).wait_for()
    click_button(page, "Terug naar het overzicht")

    click_button(page, "Betaalbaarheid invullen")
    page.get_by_text("Hulp bij dit thema").click()
    page.get_by_text("Vragen die je kunt stellen", exact=True).wait_for()
    screenshot(page, "inzet-02-theme-help")
    page.get_by_text("Hulp bij dit thema").click()  # fold the help away again
    page.wait_for_timeout(500)

    fill_field(page, "Wat moet er gebeuren?", "Meer betaalbare woningen")
    reveal(page, page.get_by_text("Er staat geen jaartal in. Wanneer moet het klaar zijn?"))
    page.get_by_text("Wie gaat dit doen?", exact=False).first.wait_for()
    screenshot(page, "inzet-03-smart-hints")

    fill_field(page, "Wat moet er gebeuren?", "De huursomstijging blijft onder de CAO-lonen.")
    fill_field(page, "Hoeveel?", "maximaal CAO min 0,5 procentpunt")
    fill_field(page, "Wanneer klaar?", "1-7-20277")
    reveal(page, page.get_by_text("20277 is geen goed jaartal", exact=False))
    fill_field(page, "Wanneer klaar?", "1-7-2027")
    fill_field(page, "Wie is verantwoordelijk?", "Woonstichting Het Anker")
    reveal(page, page.get_by_text("Deze eis is SMART", exact=False))
    screenshot(page, "inzet-04-smart-demand")

    fill_field(page, "Huidige situatie (feiten)", HOSTILE)
    fill_field(page, "Bron van de feiten", "Jaarverslag 2026, blz. 14")
    fill_field(page, "Wat huurders willen", "Huur die past bij het inkomen.")
    fill_field(page, "Argumenten", "Nationale prestatieafspraken 2022.")
    fill_field(page, "Ondergrens: wat accepteren jullie niet?", RED_LINE)
    set_priority(page, "Moet")
    fill_field(page, "Inbreng van de leden", "ALV 12 maart 2027, 64 leden.")
    saved_status(page).wait_for()
    screenshot(page, "inzet-05-theme-filled")

    click_button(page, "Terug naar het overzicht")
    see(page, "1 van de 9 thema's compleet")
    see(page, "1. Beschikbaarheid")
    see(page, "2. Betaalbaarheid")
    screenshot(page, "inzet-06-before-reorder")
    click_button(page, "Betaalbaarheid hoger zetten")
    see(page, "1. Betaalbaarheid")
    see(page, "2. Beschikbaarheid")
    screenshot(page, "inzet-07-reordered")
    page.close()

    app_server.restart()
    page = open_app(browser, app_server)
    page.get_by_text("Inzet").first.click()
    see(page, "1. Betaalbaarheid")
    see(page, "1 van de 9 thema's compleet")
    screenshot(page, "inzet-08-after-restart")
    click_button(page, "Betaalbaarheid invullen")
    reveal(page, page.get_by_role("textbox", name="Huidige situatie (feiten)"))
    assert field_value(page, "Huidige situatie (feiten)") == HOSTILE
    reveal(page, page.get_by_role("textbox", name="Wanneer klaar?"))
    assert field_value(page, "Wanneer klaar?") == "1-7-2027"
    reveal(page, page.get_by_role("textbox", name="Ondergrens: wat accepteren jullie niet?"))
    assert field_value(page, "Ondergrens: wat accepteren jullie niet?") == RED_LINE
    assert reveal(page, page.get_by_role("radio", name="Moet")).is_checked()
    page.close()
