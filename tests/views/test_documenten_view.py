"""In-process view tests of the Documenten section."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from pathlib import Path

import flet as ft
import pytest

from app.services import documents
from app.services import meeting as meeting_service
from app.services import position as position_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.rounds import create_round
from tests.views.conftest import mount, run
from tests.views.harness import Harness


async def wait_for_status(h: Harness, timeout: float = 20.0) -> str:
    """The build runs in a worker thread: poll until the status line is filled."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while loop.time() < end:
        found = h.all(ft.Text, key="doc-status")
        if found and found[0].value:
            return str(found[0].value)
        await asyncio.sleep(0.05)
    raise AssertionError("no status after building")


def status_of(h: Harness) -> str:
    return str(h.one(ft.Text, key="doc-status").value)


def test_without_round_explains_first_step(services: Services) -> None:
    h = mount(services, "/documenten")
    assert "Er is nog geen ronde" in h.one(ft.Text, key="doc-no-round").value
    assert h.errors() == []


def test_make_brief_then_open_it(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    add_demo(services.repo)
    opened: list[Path] = []
    monkeypatch.setattr(documents, "open_in_viewer", lambda path: opened.append(path) or True)
    h = mount(services, "/documenten")
    lines = [t.value for t in h.all(ft.Text) if str(t.key or "").startswith("doc-contents-")]
    assert any("thema's in je inzet" in line for line in lines)
    assert not h.all(key="doc-open")  # nothing made yet
    run(h.click(h.one(key="doc-make")))
    status = run(wait_for_status(h))
    assert status.startswith("Klaar: Vergaderbrief 2027.pdf"), status
    assert "2 pagina's" in status
    made = services.repo.paths.documents_dir / "Vergaderbrief 2027.pdf"
    assert made.read_bytes().startswith(b"%PDF")
    run(h.click(h.one(key="doc-open")))
    run(h.settle())
    assert opened == [made]
    assert "pdf-lezer" in status_of(h)
    assert h.errors() == []


def test_choose_survey_and_set_hand_in_place(services: Services) -> None:
    r = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    h = mount(services, "/documenten")
    group = h.one(ft.RadioGroup, key="doc-kind")
    h.session.apply_patch(group._i, {"value": "survey"})
    run(h.event(group, "change", "survey"))
    assert "vragenlijst" in h.one(ft.Text, key="doc-description").value
    field = h.one(ft.TextField, key="meeting-survey_return")
    run(h.type_into(field, "Bij Zoë, Dorpsstraat 4"))
    assert (
        meeting_service.load_meeting(services.repo, r.id).survey_return == "Bij Zoë, Dorpsstraat 4"
    )
    run(h.click(h.one(key="doc-make")))
    assert run(wait_for_status(h)).startswith("Klaar: Enquete 2027.pdf")
    assert h.errors() == []


def test_meeting_details_save_and_bad_date_is_refused(services: Services) -> None:
    add_demo(services.repo)
    h = mount(services, "/documenten")
    run(h.type_into(h.one(ft.TextField, key="meeting-date"), "32-13-2027"))
    assert h.one(ft.TextField, key="meeting-date").error
    assert meeting_service.load_meeting(services.repo, "2027").date == dt.date(2026, 9, 14)
    run(h.type_into(h.one(ft.TextField, key="meeting-date"), "1 oktober 2027"))
    assert meeting_service.load_meeting(services.repo, "2027").date == dt.date(2027, 10, 1)
    run(h.type_into(h.one(ft.TextField, key="meeting-place"), "Buurthuis <b>De Kern</b>"))
    theme = position_service.load_position(services.repo, "2027").themes[0]
    run(h.type_into(h.one(ft.TextField, key=f"speaker-{theme.id}"), "Şükrü Yılmaz"))
    meeting = meeting_service.load_meeting(services.repo, "2027")
    assert meeting.place == "Buurthuis <b>De Kern</b>"
    assert meeting.speaker_for(theme.id) == "Şükrü Yılmaz"
    assert h.errors() == []


def test_save_as_without_file_dialog_says_where_the_file_is(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)  # no zenity on this "computer"
    create_round(services.repo, 2027, [], [])
    h = mount(services, "/documenten")
    run(h.click(h.one(key="doc-make")))
    run(wait_for_status(h))
    run(h.click(h.one(key="doc-save")))
    status = status_of(h)
    assert "zenity" in status and "Vergaderbrief 2027.pdf" in status
    assert h.errors() == []
