"""Achterban in a real browser: three paper forms entered with the keyboard only
(8 keystrokes each for a top three and six themes), the count changes after each,
and the answers are stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services import survey as survey_service
from app.services.context import Services
from app.storage.repository import Repository
from models.survey import Neighbourhood
from tests.e2e.conftest import open_app, screenshot, started_server

pytestmark = pytest.mark.e2e

LABEL = "Antwoorden van dit formulier"
FOCUSED = (
    "label => document.activeElement && "
    "(document.activeElement.getAttribute('aria-label') || '').startsWith(label)"
)
_HOST_TEXT = "(document.querySelector('flt-semantics-host') || document.body).innerText"
_HINT_MOVED_ON = f"old => !{_HOST_TEXT}.includes(old)"


def _next_key_hint(page: Any) -> str:
    """The hint under the field right now ("Volgende toets: …")."""
    text: str = page.evaluate(
        f"() => {_HOST_TEXT}.split('\\n').find(l => l.startsWith('Volgende toets:')) || ''"
    )
    return text.strip()


#: Neighbourhood, top three, the importance of the three other themes; then Enter.
FORMS = ["2315124", "1123444", "3654123"]


def _prepare(repo: Repository) -> None:
    from app.services.organisation import save_organisation
    from app.services.rounds import create_round
    from models.organisation import Organisation

    save_organisation(repo, Organisation(name="HV De Toets", member_count=500))
    round_ = create_round(repo, 2027, ["Noorderveen"], ["Het Anker"])
    from app.content.themes import theme_catalogue
    from app.services.position import add_theme

    for theme in theme_catalogue().themes[:6]:  # a top three and six theme questions
        add_theme(repo, round_.id, theme.id)
    hoods = [Neighbourhood(name=n) for n in ("Noord", "Midden", "Zuid")]
    survey_service.update_design_fields(repo, round_.id, neighbourhoods=hoods)


def test_three_paper_forms_with_the_keyboard_only(browser: Any, tmp_path: Path) -> None:
    server = started_server(tmp_path / "data", tmp_path, _prepare)
    keystrokes: list[int] = []
    try:
        page = open_app(browser, server)
        page.get_by_text("Achterban").first.click()
        page.get_by_text("Ingevoerde formulieren: 0").wait_for()
        field = page.get_by_role("textbox", name="Antwoorden van dit formulier")
        field.click()  # the one mouse action: put the cursor in the field
        for number, code in enumerate(FORMS, start=1):
            # the cursor is (back) in the field before the first key of each form
            page.wait_for_function(FOCUSED, arg=LABEL)
            presses = 0
            for key in code:
                before = _next_key_hint(page)
                page.keyboard.press(key)
                presses += 1
                # Wait until the app has taken this key (its hint moves on), as a
                # volunteer reading the hint does: the field echoes its value from
                # the server, and a key typed into that echo was lost on CI.
                page.wait_for_function(_HINT_MOVED_ON, arg=before)
            page.get_by_text("Compleet. Druk op Enter om dit formulier op te slaan.").wait_for()
            page.keyboard.press("Enter")
            presses += 1
            keystrokes.append(presses)
            page.get_by_text(f"Ingevoerde formulieren: {number}").wait_for()
        screenshot(page, "achterban-01-paper-entry")
        page.close()
    finally:
        server.stop()
    assert keystrokes == [8, 8, 8]
    services = Services.open(tmp_path / "data", read_only=True)
    try:
        survey = survey_service.load_survey(services.repo, "2027")
        assert [r.neighbourhood for r in survey.responses] == ["Midden", "Noord", "Zuid"]
        keys = survey.design.theme_keys()
        assert survey.responses[0].top == [keys[2], keys[0], keys[4]]
    finally:
        services.close()
