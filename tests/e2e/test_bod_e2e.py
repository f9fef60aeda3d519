"""A volunteer enters the bod for one theme and sees the gap; then makes an
agreement from a demand in one step (real browser, screenshots saved)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import position as position_service
from app.services.organisation import save_organisation
from app.services.rounds import create_round
from app.storage.repository import Repository
from models.organisation import Organisation
from tests.e2e.conftest import AppServer, fill, open_app, screenshot, started_server

pytestmark = pytest.mark.e2e


def _prepare(repo: Repository) -> None:
    """An organisation, a 2027 round and one theme with one demand in the inzet."""
    save_organisation(repo, Organisation(name="Huurdersvereniging De Eendracht"))
    round_ = create_round(repo, 2027, ["Noorderveen"], ["Woonstichting Het Anker"])
    _, theme = position_service.add_theme(repo, round_.id, "beschikbaarheid")
    position_service.update_demand(
        repo,
        round_.id,
        theme.id,
        theme.demands[0].id,
        what="Nieuwe sociale huurwoningen opleveren",
        amount="120 woningen",
    )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[AppServer]:
    running = started_server(tmp_path / "data", tmp_path, _prepare)
    yield running
    running.stop()


def see(page: Any, text: str, name: str) -> None:
    try:
        page.get_by_text(text, exact=False).first.wait_for()
    except Exception:
        screenshot(page, f"bod-failed-{name}")
        raise


def test_enter_a_bod_for_one_theme_and_see_the_gap(browser: Any, server: AppServer) -> None:
    page = open_app(browser, server)
    page.get_by_text("Bod").first.click()
    see(page, "In één oogopslag", "section")
    see(page, "Voor dit thema is nog niets ingevuld.", "empty")
    fill(page, "Nieuwbouw sociaal 2027", "70")
    see(page, "Vul het getal in dat je vraagt", "ask-number")
    fill(page, "Ons getal (eis)", "120")
    see(page, "het bod voldoet niet aan je eis (minstens 120 woningen per jaar)", "gap")
    see(page, "Voldoet niet aan onze eis", "chip")
    fill(page, "Onze rode lijn (getal)", "80")
    see(page, "Dat gaat over je rode lijn (80) in 2027", "red-line")
    see(page, "Onder onze rode lijn", "red-chip")
    screenshot(page, "bod-01-gap")
    page.close()


def test_make_an_agreement_from_a_demand(browser: Any, server: AppServer) -> None:
    page = open_app(browser, server)
    page.get_by_text("Afspraken").first.click()
    see(page, "Nog geen afspraken", "empty")
    page.get_by_role("button", name="Maak afspraak").first.click()
    see(page, "Afspraken in het overzicht: 1", "count")
    see(page, "Eisen die al een afspraak hebben: 1", "made")
    box = page.get_by_role("textbox", name="Wat is afgesproken")
    box.first.wait_for()
    screenshot(page, "afspraken-01-from-demand")
    page.close()
