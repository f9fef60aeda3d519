"""A new user fills in the organisation and starts a round; after a restart
everything is still there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services.demo import add_demo
from tests.e2e.conftest import (
    AppServer,
    field_value,
    fill,
    open_app,
    saved_status,
    screenshot,
    started_server,
)

pytestmark = pytest.mark.e2e


def test_new_user_profile_and_round_survive_restart(browser: Any, app_server: AppServer) -> None:
    page = open_app(browser, app_server)
    page.get_by_text("Begin met je organisatie").wait_for()
    screenshot(page, "foundation-01-empty-overview")

    page.get_by_role("button", name="Organisatie invullen").click()
    fill(page, "Naam van de organisatie", "Huurdersvereniging Zoë & Çiğdem")
    fill(page, "Aantal leden", "veel")
    page.get_by_text("Vul een heel getal in, bijvoorbeeld 250.").wait_for()
    fill(page, "Aantal leden", "1.250")
    fill(page, "Woningcorporatie(s) waarmee jullie werken", "Woonstichting Het Anker")
    fill(page, "Gemeente of gemeenten", "Noorderveen")
    fill(page, "Budget per jaar (€)", "2.500,50")
    saved_status(page).wait_for()
    screenshot(page, "foundation-02-organisation")

    page.get_by_text("Rondes").first.click()
    fill(page, "Jaar", "1999")
    page.get_by_text("Vul een jaartal in van 2015 tot en met 2100.").wait_for()
    fill(page, "Jaar", "2027")
    page.get_by_role("button", name="Ronde beginnen").click()
    page.get_by_role("button", name="Nieuwe ronde beginnen").wait_for()
    screenshot(page, "foundation-03-round")
    page.close()

    app_server.restart()
    page = open_app(browser, app_server)
    page.get_by_text("Huurdersvereniging Zoë & Çiğdem").wait_for()
    page.get_by_text("Fase: Voorbereiding").wait_for()
    screenshot(page, "foundation-04-after-restart")
    page.get_by_text("Organisatie").first.click()
    assert field_value(page, "Aantal leden") == "1.250"
    assert "2.500,50" in field_value(page, "Budget per jaar (€)")
    page.close()


def test_round_picker_has_a_name_and_switches_rounds(browser: Any, tmp_path: Path) -> None:
    """A screen reader hears which round is open; picking another round changes
    what every section shows."""
    server = started_server(tmp_path / "data", tmp_path, add_demo)
    try:
        page = open_app(browser, server)
        # the picker is one button named by its label and the chosen round
        picker = page.get_by_role("button", name="Ronde Prestatieafspraken 2027")
        picker.wait_for()
        page.get_by_text("Fase: Uitvoering volgen").wait_for()  # its agreements are signed
        page.get_by_text("In 2027: kijk of de afspraken worden uitgevoerd").wait_for()
        picker.click()
        page.get_by_role("menuitem", name="Prestatieafspraken 2026", exact=True).click()
        page.get_by_role("button", name="Ronde Prestatieafspraken 2026").wait_for()
        page.get_by_text("Huidige ronde").wait_for()
        page.get_by_text("In 2026: kijk of de afspraken worden uitgevoerd").wait_for()
        assert page.get_by_text("In 2027: kijk of de afspraken worden uitgevoerd").count() == 0
        screenshot(page, "foundation-05-other-round")
        page.close()
    finally:
        server.stop()
