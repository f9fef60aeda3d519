"""Law in a real browser (issue 12): choosing the Wvrv in Instellingen changes the
checklist wording (volkshuisvestingsprogramma instead of woonvisie), each item says
who acts, and the choice survives a restart."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from app.services.demo import add_demo
from tests.e2e.conftest import open_app, screenshot, started_server

pytestmark = pytest.mark.e2e


def _nav(page: Any, section: str) -> None:
    page.get_by_role("button", name=re.compile(rf"^{section}\b")).first.click()


def _group(page: Any, title: str) -> None:
    page.get_by_role("button", name=re.compile(rf"^{re.escape(title)}")).first.click()


def test_regime_choice_changes_checklist_and_persists(browser: Any, tmp_path: Path) -> None:
    server = started_server(tmp_path / "data", tmp_path, add_demo)
    try:
        page = open_app(browser, server)
        _nav(page, "Checklist")
        page.get_by_text("A. Formele positie en middelen").first.wait_for()
        page.get_by_text("Wie is aan zet: wijzelf").first.wait_for()
        _group(page, "B. Informatiepositie")
        page.get_by_text("Wij hebben de woonvisie van de gemeente").first.wait_for()

        _nav(page, "Instellingen")
        choice = page.get_by_role("radio", name=re.compile(r"^Wet versterking regie"))
        choice.click()
        page.wait_for_function(
            "() => [...document.querySelectorAll('[role=radio]')].some("
            "r => r.getAttribute('aria-checked') === 'true' && "
            "(r.getAttribute('aria-label') || r.textContent).startsWith('Wet versterking'))"
        )
        screenshot(page, "law-01-regime-wvrv")

        _nav(page, "Checklist")
        _group(page, "B. Informatiepositie")
        page.get_by_text(
            "Wij hebben het volkshuisvestingsprogramma van de gemeente"
        ).first.wait_for()
        assert page.get_by_text("Wij hebben de woonvisie van de gemeente").count() == 0
        screenshot(page, "law-02-checklist-wvrv")
        page.close()

        server.restart()
        page = open_app(browser, server)
        _nav(page, "Checklist")
        _group(page, "B. Informatiepositie")
        page.get_by_text(
            "Wij hebben het volkshuisvestingsprogramma van de gemeente"
        ).first.wait_for()
        page.close()
    finally:
        server.stop()
