"""In-process tests of Delen: export to a place, the import preview, confirm,
cancel, a refused file, and the conflict choice."""

from __future__ import annotations

import asyncio
from pathlib import Path

import flet as ft
import pytest

from app.services import checklist as checklist_service
from app.services import rounds as rounds_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.exchange import write_export
from models.checklist import Answer
from tests.views.conftest import mounted
from tests.views.harness import Harness
from views import files

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"


@pytest.fixture
def shared_file(tmp_path: Path) -> Path:
    source = Services.open(tmp_path / "bron")
    try:
        add_demo(source.repo)
        return write_export(source.repo, "2027", tmp_path / "gedeeld.zip")
    finally:
        source.close()


async def _open_path(h: Harness, path: Path) -> None:
    await h.type_into(h.one(ft.TextField, key="import-path"), str(path))
    await h.click(h.one(ft.OutlinedButton, key="import-path-open"))


def test_preview_then_confirm(services: Services, shared_file: Path) -> None:
    async def run() -> None:
        h = await mounted(services, "/delen")
        assert h.all(key="delen-title")
        await _open_path(h, shared_file)
        await h.until(lambda: h.all(key="import-preview"))
        shown = h.texts()
        assert "Deze ronde heb je nog niet" in shown
        assert "Inzet: nieuw, wordt toegevoegd" in shown
        assert rounds_service.list_rounds(services.repo) == []  # nothing changed yet
        await h.click(h.one(ft.FilledButton, key="import-confirm"))
        assert [r.id for r in rounds_service.list_rounds(services.repo)] == ["2027"]
        assert not h.all(key="import-preview")
        assert "Klaar: Prestatieafspraken 2027 is geïmporteerd." in h.texts()
        assert h.one(ft.DropdownM2, key="round-picker").value == "2027"
        assert h.errors() == []

    asyncio.run(run())


def test_cancel_changes_nothing(services: Services, shared_file: Path) -> None:
    async def run() -> None:
        h = await mounted(services, "/delen")
        await _open_path(h, shared_file)
        await h.until(lambda: h.all(key="import-preview"))
        await h.click(h.one(ft.TextButton, key="import-cancel"))
        assert not h.all(key="import-preview")
        assert rounds_service.list_rounds(services.repo) == []
        assert "Er is niets geïmporteerd." in h.texts()
        assert h.errors() == []

    asyncio.run(run())


def test_refused_file_shows_a_clear_message(services: Services) -> None:
    async def run() -> None:
        h = await mounted(services, "/delen")
        await _open_path(h, BAD / "zip_bomb.zip")
        await h.until(lambda: h.one(ft.Text, key="import-status").value)
        assert "uitgepakt veel te groot" in h.one(ft.Text, key="import-status").value
        assert not h.all(key="import-preview")
        await _open_path(h, BAD / "does-not-exist.zip")
        await h.until(lambda: "geopend" in h.one(ft.Text, key="import-status").value)
        assert h.errors() == []

    asyncio.run(run())


def test_conflict_keeps_local_unless_chosen(demo: Services, tmp_path: Path) -> None:
    exported = write_export(demo.repo, "2027", tmp_path / "x.zip")
    checklist_service.set_answer(demo.repo, "2027", "A1", Answer.NO)  # newer local edit

    async def run() -> None:
        h = await mounted(demo, "/delen")
        await _open_path(h, exported)
        await h.until(lambda: h.all(key="import-preview"))
        assert "Checklist: die van jou is nieuwer, die van jou blijft" in h.texts()
        box = h.one(ft.Checkbox, key="import-prefer-file")
        h.session.apply_patch(box._i, {"value": True})
        await h.event(box, "change", True)
        assert "de versie uit het bestand vervangt hem" in h.texts()
        await h.click(h.one(ft.FilledButton, key="import-confirm"))
        assert checklist_service.load_checklist(demo.repo, "2027").answer_of("A1") != Answer.NO
        assert h.errors() == []

    asyncio.run(run())


def test_export_to_a_typed_folder(demo: Services, tmp_path: Path) -> None:
    async def run() -> None:
        h = await mounted(demo, "/delen")
        await h.type_into(h.one(ft.TextField, key="export-path"), str(tmp_path))
        await h.click(h.one(ft.OutlinedButton, key="export-path-save"))
        target = tmp_path / "aantafel-de-eendracht-2027.zip"
        await h.until(target.exists)
        await h.until(lambda: "Opgeslagen als" in (h.one(ft.Text, key="export-status").value))
        assert h.errors() == []

    asyncio.run(run())


def test_export_and_import_through_file_dialogs(
    demo: Services, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files.shutil, "which", lambda name: "/usr/bin/" + name)
    target = tmp_path / "gekozen.zip"

    async def run() -> None:
        h = await mounted(demo, "/delen")
        h.page.platform = ft.PagePlatform.LINUX  # a desktop window (the fake client has none)
        h.conn.method_results["save_file"] = str(target)
        await h.click(h.one(ft.FilledButton, key="export-dialog"))
        await h.until(target.exists)
        await h.until(lambda: "Opgeslagen als" in (h.one(ft.Text, key="export-status").value))
        assert h.errors() == []

        h2 = await mounted(services, "/delen")
        h2.conn.method_results["pick_files"] = [
            {"id": 0, "name": target.name, "size": target.stat().st_size, "path": str(target)}
        ]
        await h2.click(h2.one(ft.FilledTonalButton, key="import-pick"))
        await h2.until(lambda: h2.all(key="import-preview"))
        await h2.click(h2.one(ft.FilledButton, key="import-confirm"))
        assert [r.id for r in rounds_service.list_rounds(services.repo)] == ["2027"]
        assert h2.errors() == []

    asyncio.run(run())


def test_without_zenity_the_user_is_told_to_type_a_path(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files.shutil, "which", lambda name: None)

    async def run() -> None:
        h = await mounted(services, "/delen")
        await h.click(h.one(ft.FilledTonalButton, key="import-pick"))
        assert "zenity" in h.one(ft.Text, key="import-status").value
        assert h.errors() == []

    asyncio.run(run())
