"""Checklist in a real browser: answer a group, turn a shortfall into an action
with a date, see it on Overzicht, restart, and everything is still there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services.demo import add_demo
from app.services.rounds import create_round
from tests.e2e.conftest import field_value, fill, open_app, saved_status, screenshot, started_server

pytestmark = pytest.mark.e2e

#: Group A answered as a board might: 4 yes, 1 partly, 1 no, 1 not applicable.
GROUP_A = ["Ja", "Nee", "Deels", "Ja", "Ja", "Ja", "Niet van toepassing"]
EXPECTED_A = "75%"  # (4 + ½) / 6 applicable items


def test_answer_group_add_action_survives_restart(browser: Any, tmp_path: Path) -> None:
    server = started_server(
        tmp_path / "data",
        tmp_path,
        lambda repo: create_round(repo, 2027, ["Noorderveen"], ["Het Anker"]),
    )
    try:
        page = open_app(browser, server)
        page.get_by_text("Checklist").first.click()
        page.get_by_text("A. Formele positie en middelen").first.wait_for()
        page.get_by_text("nog geen score").first.wait_for()
        screenshot(page, "checklist-01-empty")

        for index, answer in enumerate(GROUP_A):
            page.get_by_role("radio", name=answer).nth(index).click()
            page.wait_for_timeout(300)
        page.get_by_text("7 van 7 beantwoord").wait_for()
        page.get_by_text(EXPECTED_A).first.wait_for()

        add = page.get_by_role("button", name="Actie toevoegen").first
        add.scroll_into_view_if_needed()
        add.click()
        fill(page, "Wat moet er gebeuren?", "Samenwerkingsovereenkomst voorstellen aan Het Anker")
        fill(page, "Wie doet het?", "Anneke de Vries")
        fill(page, "Klaar op (datum)", "31-2-2027")
        page.get_by_text("Deze datum bestaat niet. Kijk de dag en de maand na.").wait_for()
        assert field_value(page, "Klaar op (datum)") == "31-2-2027"  # typed text stays
        fill(page, "Klaar op (datum)", "14 maart 2027")
        page.get_by_text("14 maart 2027", exact=True).wait_for()  # confirmation under the field
        saved_status(page).wait_for()
        screenshot(page, "checklist-02-group-a-with-action")

        page.get_by_text("Overzicht").first.click()
        page.get_by_text("Open acties (1)").wait_for()
        page.get_by_text("Samenwerkingsovereenkomst voorstellen aan Het Anker").wait_for()
        page.get_by_text("Uiterlijk 14 maart 2027", exact=False).wait_for()
        screenshot(page, "checklist-03-overview-actions")
        page.close()

        server.restart()
        page = open_app(browser, server)
        page.get_by_text("Samenwerkingsovereenkomst voorstellen aan Het Anker").wait_for()
        page.get_by_text("Uiterlijk 14 maart 2027", exact=False).wait_for()
        page.get_by_text("Checklist").first.click()
        page.get_by_text("7 van 7 beantwoord").wait_for()
        page.get_by_text(EXPECTED_A).first.wait_for()
        assert field_value(page, "Klaar op (datum)") == "14-3-2027"
        assert field_value(page, "Wie doet het?") == "Anneke de Vries"
        screenshot(page, "checklist-04-after-restart")
        page.close()
    finally:
        server.stop()


def test_demo_checklist_compares_with_previous_round(browser: Any, tmp_path: Path) -> None:
    server = started_server(tmp_path / "data", tmp_path, add_demo)
    try:
        page = open_app(browser, server)
        page.get_by_text("Open acties (").first.wait_for()
        screenshot(page, "checklist-05-demo-overview")
        page.get_by_text("Checklist").first.click()
        page.get_by_text("sinds 2026").first.wait_for()
        screenshot(page, "checklist-06-demo-scores")
        page.get_by_role("button", name="Open acties (").click()
        page.get_by_text("Open acties, vroegste datum eerst").wait_for()
        screenshot(page, "checklist-07-demo-actions")
        page.close()
    finally:
        server.stop()
