"""A volunteer opens the year calendar from Overzicht, adds the members' meeting as
an own date and downloads the .ics; the file holds that date and the legal dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from tests.e2e.conftest import fill, screenshot
from tests.e2e.test_inzet_e2e import reveal

pytestmark = pytest.mark.e2e


def test_add_own_date_and_download_the_calendar(demo_page: Any, tmp_path: Path) -> None:
    page = demo_page
    page.get_by_text("Jaarkalender").first.wait_for()
    reveal(page, page.get_by_role("button", name="Open de jaarkalender")).click()
    page.get_by_text("In je eigen agenda").first.wait_for()
    screenshot(page, "agenda-01-page")

    reveal(page, page.get_by_role("textbox", name="Naam (bijvoorbeeld: ledenvergadering)"))
    fill(page, "Naam (bijvoorbeeld: ledenvergadering)", "Ledenvergadering over de inzet")
    fill(page, "Welke dag", "20-5-2026")
    reveal(page, page.get_by_role("button", name="Datum toevoegen")).click()
    reveal(page, page.get_by_text("Ledenvergadering over de inzet").first)
    screenshot(page, "agenda-02-own-date")

    button = reveal(page, page.get_by_role("button", name="Zet in mijn agenda (.ics)"))
    with page.expect_download() as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename == "Jaarkalender-2027.ics"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    page.get_by_text("wordt gedownload").wait_for()
    screenshot(page, "agenda-03-downloaded")

    events = {str(e["summary"]): e for e in Calendar.from_ical(saved.read_bytes()).walk("VEVENT")}
    own = events["Ledenvergadering over de inzet"]
    assert str(own.decoded("dtstart")) == "2026-05-20"
    assert "Bod van de corporatie moet binnen zijn" in events
    assert "vóór 1 juli" in str(events["Bod van de corporatie moet binnen zijn"]["description"])
