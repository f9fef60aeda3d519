"""A volunteer makes the position paper of the demo round and saves it; in the
browser that is a download of a real PDF with their text in it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.e2e


def test_make_position_paper_and_download_it(demo_page: Any, tmp_path: Path) -> None:
    page = demo_page
    page.get_by_text("Documenten").first.click()
    page.get_by_role("radio", name="Inzetnotitie", exact=True).click()
    page.get_by_text("Wat erin komt").wait_for()
    screenshot(page, "documenten-01-choose")

    page.get_by_role("button", name="Document maken").click()
    page.get_by_text("Klaar: ").first.wait_for(timeout=60_000)
    screenshot(page, "documenten-02-ready")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Opslaan als…").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    page.get_by_text("wordt gedownload").first.wait_for()
    screenshot(page, "documenten-03-downloaded")

    # In the browser "open to print" cannot open a viewer on the user's
    # screen: it offers the download and says so, never "it opens".
    with page.expect_download() as opened_info:
        page.get_by_role("button", name="Openen om te printen").click()
    assert opened_info.value.suggested_filename == download.suggested_filename
    page.get_by_text("Open het bestand uit je map Downloads", exact=False).first.wait_for()
    assert page.get_by_text("opent in je pdf-lezer", exact=False).count() == 0

    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    text = "".join(p.extract_text() or "" for p in reader.pages)
    assert "Huurdersvereniging De Eendracht" in text
    assert "Betaalbaarheid" in text
    assert len(reader.pages) >= 3  # cover, contents, themes
