"""A new user fills in the organisation and starts a round; after a restart
everything is still there."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import AppServer, field_value, fill, open_app, screenshot

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
    page.get_by_text("Opgeslagen om").wait_for()
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
