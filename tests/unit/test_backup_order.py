"""Issue 11 item 2: backups are ordered by a sequence that only grows, never by
the clock; the backup just made (and the safety copy a restore names) is never
rotated away, also after the clock fell back."""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.paths import DataPaths
from app.storage import backups
from app.storage.backups import list_backups, restore_backup, rotate_backup, write_backup
from app.storage.repository import Repository


class _Clock:
    """Stands in for the system clock; tests move it forwards and backwards."""

    now = dt.datetime(2030, 6, 1, 12, 0, 0)


class _FakeDatetime(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _FakeDatetime:  # type: ignore[override]
        value = _Clock.now
        _Clock.now = value + dt.timedelta(seconds=1)
        return cls.fromtimestamp(value.timestamp(), tz)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_Clock]]:
    monkeypatch.setattr(backups, "dt", types.SimpleNamespace(datetime=_FakeDatetime))
    _Clock.now = dt.datetime(2030, 6, 1, 12, 0, 0)
    yield _Clock


def _edit(root: Path, name: str) -> None:
    repo = Repository.open(root)
    repo.put_single("organisation", {"name": name})
    repo.close()


def test_backup_after_clock_fell_back_is_the_newest_and_kept(
    tmp_path: Path, clock: type[_Clock]
) -> None:
    paths = DataPaths(tmp_path)
    for i in range(12):
        _edit(tmp_path, f"Versie {i}")
        rotate_backup(paths)
    clock.now = dt.datetime(2001, 1, 1, 0, 0, 0)  # dead CMOS battery
    _edit(tmp_path, "Na de klokfout")
    made = rotate_backup(paths)
    assert made is not None and made.exists()
    newest = list_backups(paths)[0]
    assert newest.path == made
    _, contents = backups.read_backup(newest.path)
    assert contents["aantafel.json"]["organisation"]["1"]["name"] == "Na de klokfout"
    assert len(list_backups(paths)) == backups.KEEP_BACKUPS


def test_restore_safety_copy_survives_a_clock_that_fell_back(
    tmp_path: Path, clock: type[_Clock]
) -> None:
    paths = DataPaths(tmp_path)
    _edit(tmp_path, "Oud")
    source = write_backup(paths, tmp_path / "oud.zip")
    for i in range(12):
        _edit(tmp_path, f"Versie {i}")
        rotate_backup(paths)
    clock.now = dt.datetime(2001, 1, 1, 0, 0, 0)
    _edit(tmp_path, "Vlak voor het terugzetten")
    safety = restore_backup(paths, source)
    assert safety is not None and safety.exists(), "the safety copy named to the user is gone"
    _, contents = backups.read_backup(safety)
    assert contents["aantafel.json"]["organisation"]["1"]["name"] == "Vlak voor het terugzetten"


def test_old_dated_names_sort_below_sequenced_ones(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    _edit(tmp_path, "Eerst")
    paths.backups_dir.mkdir(exist_ok=True)
    legacy = write_backup(paths, paths.backups_dir / "backup-20991231-235959-000000.zip")
    _edit(tmp_path, "Daarna")
    made = rotate_backup(paths)
    order = [b.path for b in list_backups(paths)]
    assert order[0] == made and order[-1] == legacy
