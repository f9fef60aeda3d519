"""In-process tests of Instellingen: language and text size apply everywhere
and persist; contrast; backups made and put back from the UI; data folder."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import flet as ft
import pytest

from app.i18n import get_language, set_language
from app.services import settings as settings_service
from app.services.context import Services
from app.services.organisation import load_organisation, save_organisation
from models.organisation import Organisation
from tests.views.harness import Harness
from views.main import make_main


@pytest.fixture(autouse=True)
def dutch_afterwards() -> Iterator[None]:
    yield
    set_language("nl")


async def _mount(services: Services, route: str) -> Harness:
    h = Harness()
    await h.mount(make_main(services), route=route)
    return h


async def _choose(h: Harness, key: str, value: str) -> None:
    group = h.one(ft.RadioGroup, key=key)
    h.session.apply_patch(group._i, {"value": value})
    await h.event(group, "change", value)


def _texts(h: Harness) -> set[str]:
    return {c.value for c in h.all(ft.Text) if isinstance(c.value, str)}


def _nav_labels(h: Harness) -> list[str]:
    rail = h.one(ft.NavigationRail, key="nav")
    return [str(d.label) for d in rail.destinations]


def _zoom(h: Harness) -> ft.Control:
    column = h.one(ft.Row, key="zoom")
    return column.controls[0]


def test_language_changes_every_screen_and_persists(services: Services) -> None:
    save_organisation(services.repo, Organisation(name="De Eendracht"))

    async def run() -> None:
        h = await _mount(services, "/instellingen")
        assert "Instellingen" in _nav_labels(h)
        assert h.one(ft.Text, key="settings-title").value == "Instellingen"
        await _choose(h, "settings-language", "en")
        assert get_language() == "en"
        # the whole UI is rebuilt: navigation, top bar and this section
        assert _nav_labels(h)[:3] == ["Overview", "Organisation", "Rounds"]
        assert "Settings" in _nav_labels(h)
        assert h.one(ft.Text, key="settings-title").value == "Settings"
        assert h.one(ft.TextButton, key="settings-why").content == "Why?"
        assert h.one(ft.TextButton, key="glossary-open").content == "Glossary"
        assert settings_service.load_settings(services.repo).language == "en"
        # another section, after navigating, is in English too
        h.page.navigate("/organisatie")
        await h.settle()
        assert "Naam van de organisatie" not in {f.label for f in h.all(ft.TextField)}
        assert h.all(ft.TextButton, key="organisation-why")[-1].content == "Why?"
        assert h.errors() == []

    asyncio.run(run())

    # a new session (restart) starts in English; the CLI sets the language
    set_language(settings_service.load_settings(services.repo).language)

    async def again() -> None:
        h = await _mount(services, "/instellingen")
        assert h.one(ft.Text, key="settings-title").value == "Settings"
        assert h.one(ft.RadioGroup, key="settings-language").value == "en"
        await _choose(h, "settings-language", "nl")
        assert h.one(ft.Text, key="settings-title").value == "Instellingen"
        assert h.errors() == []

    asyncio.run(again())


def test_text_size_zooms_the_whole_ui_and_persists(services: Services) -> None:
    async def run() -> None:
        h = await _mount(services, "/instellingen")
        assert _zoom(h).scale is None  # normal size: no transform at all
        await _choose(h, "settings-text-size", "1.5")
        zoomed = _zoom(h)
        assert isinstance(zoomed.scale, ft.Scale) and zoomed.scale.scale == 1.5
        # laid out in a smaller area, then scaled up to fill the window (1280x800)
        assert zoomed.width == pytest.approx(1280 / 1.5)
        assert zoomed.height == pytest.approx(800 / 1.5)
        # the navigation and the section are inside the zoomed area
        assert h.all(ft.NavigationRail, key="nav")
        assert settings_service.load_settings(services.repo).text_scale == 1.5
        # dialogs and menus live outside the zoom: the page theme enlarges them,
        # the zoomed area keeps the normal type scale (nothing grows twice)
        assert h.page.theme.text_theme.body_medium.size == pytest.approx(14 * 1.5)
        assert zoomed.theme.text_theme.body_medium.size == 14
        # the window changes size: the zoomed area follows
        column = h.one(ft.Row, key="zoom")
        await h.event(column, "size_change", {"w": 1000.0, "h": 600.0})
        assert _zoom(h).width == pytest.approx(1000 / 1.5)
        assert h.errors() == []

    asyncio.run(run())

    async def restart() -> None:
        h = await _mount(services, "/")
        zoomed = _zoom(h)
        assert isinstance(zoomed.scale, ft.Scale) and zoomed.scale.scale == 1.5
        assert h.errors() == []

    asyncio.run(restart())


def test_every_text_size_step_is_offered(services: Services) -> None:
    async def run() -> None:
        h = await _mount(services, "/instellingen")
        radios = [r for r in h.all(ft.Radio) if str(r.key).startswith("text-size-")]
        assert len(radios) >= 3
        assert [r.label for r in radios][:3] == ["Normaal", "Groot", "Groter"]
        for step in ("2.0", "1.25", "1.0"):
            await _choose(h, "settings-text-size", step)
            scale = _zoom(h).scale
            assert (scale is None) if step == "1.0" else scale.scale == float(step)
        assert h.errors() == []

    asyncio.run(run())


def test_high_contrast_switches_the_theme_and_persists(services: Services) -> None:
    async def run() -> None:
        h = await _mount(services, "/instellingen")
        assert h.page.theme is not None and h.page.theme.color_scheme_seed
        switch = h.one(ft.Switch, key="settings-contrast")
        h.session.apply_patch(switch._i, {"value": True})
        await h.event(switch, "change")
        assert h.page.theme.color_scheme is not None
        assert h.page.theme.color_scheme.on_surface == "#000000"
        assert settings_service.load_settings(services.repo).high_contrast is True
        assert h.errors() == []

    asyncio.run(run())


def test_backup_now_and_restore_while_open(services: Services) -> None:
    save_organisation(services.repo, Organisation(name="Voor de back-up"))

    async def run() -> None:
        h = await _mount(services, "/instellingen")
        await h.click(h.one(ft.FilledButton, key="settings-backup-now"))
        assert "reservekopie" in (h.one(ft.Text, key="backup-note").value or "")
        save_organisation(services.repo, Organisation(name="Later veranderd"))
        # the newest backup (first row) holds "Voor de back-up"
        newest = settings_service.backups(services.repo)[0]
        assert h.one(ft.Text, key="backup-0-when").value.endswith(
            newest.created.strftime("%H:%M:%S")
        )
        await h.click(h.one(ft.OutlinedButton, key="restore-0"))
        # a confirmation first; cancelling changes nothing
        await h.click(h.one(ft.TextButton, key="restore-cancel"))
        assert load_organisation(services.repo).name == "Later veranderd"
        await h.click(h.one(ft.OutlinedButton, key="restore-0"))
        # (the cancelled dialog may linger in the session index: take the newest)
        await h.click(h.all(ft.FilledButton, key="restore-confirm")[-1])
        organisation = load_organisation(services.repo)
        assert organisation is not None and organisation.name == "Voor de back-up"
        assert "teruggezet" in (h.one(ft.Text, key="backup-note").value or "")
        # the data from before the restore is itself kept as a backup
        assert len(settings_service.backups(services.repo)) >= 3
        # the repository still writes after the restore
        save_organisation(services.repo, Organisation(name="Daarna verder"))
        assert h.errors() == []

    asyncio.run(run())


def test_open_data_folder_without_file_manager_shows_the_path(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_service, "folder_opener", lambda: None)

    async def run() -> None:
        h = await _mount(services, "/instellingen")
        assert h.one(ft.Text, key="data-folder").value == str(services.repo.paths.root)
        await h.click(h.one(ft.OutlinedButton, key="settings-open-folder"))
        note = h.one(ft.Text, key="data-folder-note")
        assert note.visible and str(services.repo.paths.root) in note.value
        assert "bestandsbeheer" in note.value
        assert h.errors() == []

    asyncio.run(run())


def test_open_data_folder_runs_the_opener(
    services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[list[str]] = []

    class FakePopen:
        def __init__(self, args: list[str], **kwargs: object) -> None:
            calls.append(args)

    monkeypatch.setattr(settings_service, "folder_opener", lambda: ["xdg-open"])
    monkeypatch.setattr(settings_service.subprocess, "Popen", FakePopen)
    assert settings_service.open_folder(services.repo.paths.root)
    assert calls == [["xdg-open", str(services.repo.paths.root)]]
    assert not settings_service.open_folder(tmp_path / "missing")
