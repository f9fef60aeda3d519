"""Storage: atomic writes, per-round files, locking, read-only, permissions."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from app.paths import DataPaths
from app.storage.atomic import atomic_write_bytes, remove_stale_temp_files
from app.storage.errors import DataFolderInUse, ReadOnlyError
from app.storage.repository import Repository
from tests.folders import held_open


def test_round_trip_and_reopen(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path)
    repo.put_single("organisation", {"name": "Zoë & Çiğdem <b>"})
    repo.save_round_doc("2027", "position", {"text": "€ 1.234,50 — 🏠"})
    repo.close()
    repo = Repository.open(tmp_path)
    assert repo.get_single("organisation") == {"name": "Zoë & Çiğdem <b>"}
    assert repo.load_round_doc("2027", "position") == {"text": "€ 1.234,50 — 🏠"}
    assert repo.load_round_doc("2030", "position") is None
    repo.close()


def test_saving_one_round_does_not_rewrite_another(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path)
    repo.save_round_doc("2026", "position", {"a": 1})
    repo.save_round_doc("2027", "position", {"a": 1})
    paths = DataPaths(tmp_path)
    before = paths.round_db("2026").stat().st_mtime_ns, paths.main_db.stat().st_mtime_ns
    time.sleep(0.01)
    repo.save_round_doc("2027", "position", {"a": 2})
    after = paths.round_db("2026").stat().st_mtime_ns, paths.main_db.stat().st_mtime_ns
    assert before == after
    repo.close()


def test_atomic_write_leaves_old_file_when_serialising_fails(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path)
    repo.put_single("organisation", {"name": "voor"})
    with pytest.raises(TypeError):
        repo.put_single("organisation", {"name": object()})
    repo.close()
    data = json.loads(DataPaths(tmp_path).main_db.read_text(encoding="utf-8"))
    assert data["organisation"]["1"]["name"] == "voor"


def test_stale_temp_files_are_removed_at_start(tmp_path: Path) -> None:
    Repository.open(tmp_path).close()
    stale = tmp_path / "aantafel.json.abc123.tmp"
    stale.write_text("half")
    Repository.open(tmp_path).close()
    assert not stale.exists()
    assert remove_stale_temp_files(tmp_path / "does-not-exist") == 0


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_data_files_are_readable_by_owner_only(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path / "data")
    repo.put_single("organisation", {"name": "x"})
    repo.save_round_doc("2027", "position", {"a": 1})
    repo.close()
    Repository.open(tmp_path / "data").close()
    paths = DataPaths(tmp_path / "data")
    for file in [*paths.data_files(), paths.lock_file]:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert stat.S_IMODE(paths.root.stat().st_mode) == 0o700


def test_second_instance_cannot_write(tmp_path: Path) -> None:
    Repository.open(tmp_path).close()
    before = DataPaths(tmp_path).main_db.read_bytes()
    with held_open(tmp_path):
        second = Repository.open(tmp_path)
        assert second.read_only
        assert any("already open" in n.message for n in second.notices)
        with pytest.raises(ReadOnlyError):
            second.put_single("organisation", {"name": "x"})
        with pytest.raises(ReadOnlyError):
            second.save_round_doc("2027", "position", {})
        second.close()
        with pytest.raises(DataFolderInUse):
            Repository.open(tmp_path, allow_read_only=False)
    assert DataPaths(tmp_path).main_db.read_bytes() == before
    # the OS releases the lock of a killed process: we can write again
    repo = Repository.open(tmp_path, allow_read_only=False)
    assert not repo.read_only
    repo.close()


def test_atomic_write_bytes_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    atomic_write_bytes(target, b"1" * 1000)
    atomic_write_bytes(target, b"2")
    assert target.read_bytes() == b"2"
    assert list(tmp_path.iterdir()) == [target]
