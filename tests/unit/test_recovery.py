"""A damaged data file at start is moved aside and restored from the newest
sound backup, and the user is told; without a backup the user is told too."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.i18n import _
from app.paths import DataPaths
from app.storage.backups import list_backups, read_backup
from app.storage.repository import Repository


def _make_data(root: Path) -> None:
    repo = Repository.open(root)
    repo.put_single("organisation", {"name": "De Eendracht"})
    repo.save_round_doc("2027", "position", {"demand": "120 woningen"})
    repo.close()
    Repository.open(root).close()  # start-up makes a backup of this state


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b'{"organisation": {"1": {"name": "De Ee',
        b"\x00\xff\xfe garbage",
        b"[1, 2, 3]",
        b'{"organisation": 5}',
    ],
    ids=["empty", "truncated", "garbage", "not-an-object", "wrong-shape"],
)
def test_damaged_main_file_is_restored_from_backup(tmp_path: Path, damage: bytes) -> None:
    _make_data(tmp_path)
    paths = DataPaths(tmp_path)
    paths.main_db.write_bytes(damage)
    repo = Repository.open(tmp_path)
    assert repo.get_single("organisation") == {"name": "De Eendracht"}
    assert len(repo.notices) == 1
    text = _(repo.notices[0].message, **repo.notices[0].params)
    assert "beschadigd" in text and "reservekopie" in text
    repo.close()
    moved = list(paths.damaged_dir.iterdir())
    assert len(moved) == 1 and moved[0].read_bytes() == damage


def test_damaged_round_file_is_restored(tmp_path: Path) -> None:
    _make_data(tmp_path)
    paths = DataPaths(tmp_path)
    paths.round_db("2027").write_bytes(b'{"position": {"1": {"demand": "12')
    repo = Repository.open(tmp_path)
    assert repo.load_round_doc("2027", "position") == {"demand": "120 woningen"}
    assert len(repo.notices) == 1
    repo.close()


def test_no_backup_is_said_not_hidden(tmp_path: Path) -> None:
    _make_data(tmp_path)
    paths = DataPaths(tmp_path)
    for info in list_backups(paths):
        info.path.unlink()
    paths.main_db.write_bytes(b"garbage")
    repo = Repository.open(tmp_path)
    assert len(repo.notices) == 1
    assert "no backup" in repo.notices[0].message
    repo.close()
    assert list(paths.damaged_dir.iterdir())


def test_backups_rotate_and_skip_when_nothing_changed(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path)
    paths = repo.paths
    for i in range(14):
        repo.put_single("organisation", {"name": f"v{i}"})
        repo.make_backup()
    kept = list_backups(paths)
    assert len(kept) == 10
    # the ten newest are kept, newest first: the organisation as saved last
    names = []
    for info in kept:
        _manifest, members = read_backup(info.path)
        names.append(members["aantafel.json"]["organisation"]["1"]["name"])
    assert names == [f"v{i}" for i in range(13, 3, -1)]
    assert [b.sequence for b in kept] == sorted((b.sequence for b in kept), reverse=True)
    assert repo.make_backup() is None  # unchanged data: no new backup
    assert list_backups(paths) == kept
    repo.close()
