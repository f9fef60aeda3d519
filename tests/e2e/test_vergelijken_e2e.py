"""Vergelijken in a real browser: a folder of 20 generated export bundles is
compared by someone without an organisation of their own; the distribution
appears, and the report downloads and names no organisation."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.services.vergelijken import compare_folder
from tests.bundle_factory import write_bundles
from tests.e2e.conftest import fill, open_app, screenshot, started_server
from tests.unit.test_bad_imports import BAD

pytestmark = pytest.mark.e2e


def expected_bars(folder: Path) -> list[tuple[str, int]]:
    """The histogram the screen must show, computed by the service itself."""
    from models.comparison import latest_per_organisation

    bins = [0] * 10
    for item in latest_per_organisation(compare_folder(folder).items):
        if item.overall is not None:
            bins[min(item.overall // 10, 9)] += 1
    labels = [f"{i * 10}–{i * 10 + 9}" for i in range(9)] + ["90–100"]
    return list(zip(labels, bins, strict=True))


def test_compare_a_folder_of_twenty_bundles(browser: Any, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    made = write_bundles(folder, 20)
    organisations = len({b.organisation for b in made})
    server = started_server(tmp_path / "data", tmp_path)
    try:
        page = open_app(browser, server)
        page.get_by_text("Vergelijken").first.click()
        page.get_by_text("Kies de exportbestanden").first.wait_for()
        fill(page, "Of typ de map met de exportbestanden", str(folder))
        page.get_by_role("button", name="Map inlezen").click()
        page.get_by_text("20 bestanden gelezen, 0 overgeslagen.").wait_for(timeout=30_000)
        page.get_by_text(f"Overzicht van {organisations} organisaties").wait_for()
        page.get_by_text("De mediaan van de totaalscore is").first.wait_for()
        page.get_by_text("A. Formele positie en middelen").first.wait_for()
        screenshot(page, "vergelijken-01-overview")
        # the distribution itself: one labelled bar per score range
        page.mouse.move(700, 600)
        page.mouse.wheel(0, 700)
        for label, count in expected_bars(folder):
            page.get_by_text(f"{label}%: {count} organisaties").first.wait_for()
        screenshot(page, "vergelijken-02-distribution")
        with page.expect_download(timeout=30_000) as download_info:
            page.get_by_role("button", name="Vergelijkingsrapport maken").click()
        pdf = tmp_path / "rapport.pdf"
        download_info.value.save_as(pdf)
        text = " ".join(
            p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages
        )
        assert "Vergelijkingsrapport" in text
        assert not any(b.organisation in text for b in made)
        page.close()
    finally:
        server.stop()
    assert not any((tmp_path / "data").rglob("rondes/*"))


def test_choose_several_files_in_the_browser(browser: Any, tmp_path: Path) -> None:
    """In the browser the files are uploaded: choose seven (one of them unsafe)
    in the browser's own file window; they are read, the unsafe one skipped."""
    folder = tmp_path / "exports"
    made = write_bundles(folder, 6)  # five organisations, one with two rounds
    chosen = [folder / b.file_name for b in made] + [BAD / "zip_slip.zip"]
    server = started_server(tmp_path / "data", tmp_path)
    try:
        page = open_app(browser, server)
        page.get_by_text("Vergelijken").first.click()
        page.get_by_text("Kies de exportbestanden").first.wait_for()
        with page.expect_file_chooser(timeout=30_000) as chooser_info:
            page.get_by_role("button", name="Bestanden kiezen").click()
        chooser = chooser_info.value
        assert chooser.is_multiple()
        chooser.set_files([str(p) for p in chosen])
        page.get_by_text("6 bestanden gelezen, 1 overgeslagen.").wait_for(timeout=30_000)
        page.get_by_text("zip_slip.zip: onveilig bestand").first.wait_for()
        organisations = len({b.organisation for b in made})
        page.get_by_text(f"Overzicht van {organisations} organisaties").wait_for()
        screenshot(page, "vergelijken-03-files")
        page.close()
    finally:
        server.stop()
    assert not any((tmp_path / "data").rglob("rondes/*"))
