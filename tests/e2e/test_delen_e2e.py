"""Delen in a real browser: export a round from one data folder, import it
into another (preview first, then confirm), and the round appears there with
its position and checklist."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.services.context import Services
from app.services.demo import add_demo
from tests.e2e.conftest import app_page, fill, screenshot

pytestmark = pytest.mark.e2e


def test_export_from_one_folder_import_into_another(browser: Any, tmp_path: Path) -> None:
    source = tmp_path / "bron"
    outbox = tmp_path / "uit"
    outbox.mkdir()

    with app_page(browser, source, tmp_path, add_demo) as page:
        page.get_by_text("Delen").first.click()
        page.get_by_text("Een ronde delen").wait_for()
        screenshot(page, "delen-01-export")
        # the browser download (web mode)
        with page.expect_download(timeout=30_000) as download_info:
            page.get_by_role("button", name="Exportbestand maken").click()
        downloaded = tmp_path / "download.zip"
        download_info.value.save_as(downloaded)
        with zipfile.ZipFile(downloaded) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        assert manifest["round"]["id"] == "2027" and manifest["personal_data"] is False
        page.get_by_text("wordt gedownload").wait_for()
        # the typed place (works where no file window can open)
        fill(page, "Of opslaan in deze map of dit bestand", str(outbox))
        page.get_by_role("button", name="Hier opslaan").click()
        page.get_by_text("Opgeslagen als").wait_for()
        screenshot(page, "delen-02-exported")
    exported = outbox / "aantafel-de-eendracht-2027.zip"
    assert exported.exists()

    with app_page(browser, tmp_path / "doel", tmp_path) as page:
        page.get_by_text("Delen").first.click()
        page.get_by_text("Er is nog geen ronde om te delen.").wait_for()
        fill(page, "Of typ waar het bestand staat", str(exported))
        page.get_by_role("button", name="Bestand bekijken").click()
        page.get_by_text("Deze ronde heb je nog niet. Hij wordt toegevoegd.").wait_for()
        page.get_by_text("Inzet: nieuw, wordt toegevoegd").wait_for()
        screenshot(page, "delen-03-preview")
        page.get_by_role("button", name="Importeren").click()
        page.get_by_text("Klaar: Prestatieafspraken 2027 is geïmporteerd.").wait_for()
        screenshot(page, "delen-04-imported")

        page.get_by_text("Inzet").first.click()
        page.get_by_text("Betaalbaarheid").first.wait_for()
        screenshot(page, "delen-05-position")
        page.get_by_text("Checklist").first.click()
        page.get_by_text("A. Formele positie en middelen").first.wait_for()
        page.get_by_text("beantwoord").first.wait_for()
        screenshot(page, "delen-06-checklist")
    services = Services.open(tmp_path / "doel", read_only=True)
    try:
        from app.services.checklist import load_checklist
        from app.services.position import load_position

        assert load_position(services.repo, "2027").themes
        assert load_checklist(services.repo, "2027").answers
    finally:
        services.close()
