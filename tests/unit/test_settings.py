"""Settings service: defaults, damaged records, text-size steps, language,
first run, and restoring a backup while this process holds the folder lock."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.services import settings as settings_service
from app.services.context import Services
from app.services.errors import StorageError
from app.services.organisation import load_organisation, save_organisation
from app.services.rounds import create_round, list_rounds
from models.organisation import Organisation
from models.settings import TEXT_SCALES, TEXT_SIZES, Settings, nearest_text_scale


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = Services.open(tmp_path / "data")
    yield s
    s.close()
    i18n.set_language("nl")


def test_defaults_and_round_trip(services: Services) -> None:
    repo = services.repo
    assert settings_service.load_settings(repo) == Settings()
    settings_service.update_settings(repo, text_scale=1.5, high_contrast=True)
    loaded = settings_service.load_settings(repo)
    assert loaded.text_scale == 1.5 and loaded.high_contrast and loaded.language == "nl"


def test_damaged_settings_never_block_the_start(services: Services) -> None:
    services.repo.put_single("settings", {"language": "fr", "text_scale": "huge", "x": 1})
    assert settings_service.load_settings(services.repo) == Settings()


def test_an_old_scale_snaps_to_an_offered_step(services: Services) -> None:
    services.repo.put_single("settings", {"text_scale": 1.4})
    assert settings_service.load_settings(services.repo).text_scale == 1.5
    assert nearest_text_scale(0.9) == 1.0
    assert len(TEXT_SIZES) >= 3 and tuple(sorted(TEXT_SCALES)) == TEXT_SCALES


def test_invalid_update_is_refused_and_nothing_stored(services: Services) -> None:
    with pytest.raises(ValueError):
        settings_service.update_settings(services.repo, text_scale=5.0)
    assert settings_service.load_settings(services.repo).text_scale == 1.0


def test_change_language_switches_translations_and_persists(services: Services) -> None:
    settings_service.change_language(services.repo, "en")
    assert i18n.get_language() == "en" and i18n._("Why?") == "Why?"
    assert settings_service.load_settings(services.repo).language == "en"
    settings_service.change_language(services.repo, "xx")  # unknown: back to Dutch
    assert i18n.get_language() == "nl" and i18n._("Why?") == "Waarom?"


def test_first_run(services: Services) -> None:
    repo = services.repo
    assert settings_service.is_first_run(repo)
    save_organisation(repo, Organisation(name="Al bezig"))
    assert not settings_service.is_first_run(repo)


def test_first_run_ends_when_welcome_answered(services: Services) -> None:
    settings_service.finish_welcome(services.repo)
    assert not settings_service.is_first_run(services.repo)


def test_restore_while_the_lock_is_held(services: Services) -> None:
    repo = services.repo
    save_organisation(repo, Organisation(name="Eerst"))
    create_round(repo, 2026, ["Noorderveen"], ["Het Anker"])
    made = settings_service.backup_now(repo)
    assert made is not None
    assert settings_service.backup_now(repo) is None  # nothing changed since
    save_organisation(repo, Organisation(name="Daarna"))
    create_round(repo, 2027, ["Noorderveen"], ["Het Anker"])
    entry = next(b for b in settings_service.backups(repo) if b.path == made)

    safety = settings_service.restore(repo, entry.path)

    assert load_organisation(repo).name == "Eerst"  # type: ignore[union-attr]
    assert [r.year for r in list_rounds(repo)] == [2026]
    assert safety is not None and safety.exists()  # "Daarna" can be put back
    # still the writer of this folder, and writing works
    save_organisation(repo, Organisation(name="Verder"))
    other = Services.open(repo.paths.root)
    try:
        assert other.read_only
    finally:
        other.close()
    # and back again to the state before the restore
    settings_service.restore(repo, safety)
    assert load_organisation(repo).name == "Daarna"  # type: ignore[union-attr]
    assert [r.year for r in list_rounds(repo)] == [2027, 2026]


def test_restore_of_a_damaged_backup_changes_nothing(services: Services, tmp_path: Path) -> None:
    repo = services.repo
    save_organisation(repo, Organisation(name="Blijft"))
    bad = tmp_path / "backup-20260101-120000-000000.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", "{not json")
    with pytest.raises(StorageError):
        settings_service.restore(repo, bad)
    assert load_organisation(repo).name == "Blijft"  # type: ignore[union-attr]
    save_organisation(repo, Organisation(name="Nog steeds schrijfbaar"))


def test_read_only_window_cannot_restore(services: Services) -> None:
    save_organisation(services.repo, Organisation(name="X"))
    backup = services.repo.make_backup() or settings_service.backups(services.repo)[0].path
    second = Services.open(services.repo.paths.root)
    try:
        assert second.read_only
        with pytest.raises(StorageError):
            settings_service.restore(second.repo, backup)
    finally:
        second.close()


def test_folder_opener_per_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_service.sys, "platform", "darwin")
    assert settings_service.folder_opener() == ["open"]
    monkeypatch.setattr(settings_service.sys, "platform", "win32")
    assert settings_service.folder_opener() == []
    monkeypatch.setattr(settings_service.sys, "platform", "linux")
    monkeypatch.setattr(settings_service.shutil, "which", lambda name: None)
    assert settings_service.folder_opener() is None
    assert not settings_service.open_folder(Path("/"))
