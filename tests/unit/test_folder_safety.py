"""Issue 11 item 10: the smaller data-safety holes.

- a ``demo`` killed halfway leaves nothing half, and can run again;
- a symbolic link inside the data folder is refused, its target untouched;
- every folder Aan Tafel makes is readable by the owner only;
- a full disk is named as such, in Dutch;
- a log file that cannot be written is dropped quietly (no tracebacks).
"""

from __future__ import annotations

import errno
import logging
import os
import random
import stat
from pathlib import Path

import pytest

from app import cli
from app.cli import main
from app.i18n import _
from app.paths import DataPaths
from app.services.context import Services
from app.services.errors import user_message
from app.services.organisation import load_organisation
from app.services.rounds import list_rounds
from app.storage import atomic
from app.storage.errors import StorageError
from tests.unit.test_all_or_nothing import _run_child


def _shape(root: Path) -> dict[str, dict[str, int]] | None:
    """Which files and tables hold how many records, after a normal start;
    None when the folder holds no organisation and no round (the old state)."""
    services = Services.open(root)
    try:
        if load_organisation(services.repo) is None and not list_rounds(services.repo):
            return None
    finally:
        services.close()
    import json

    return {
        f.relative_to(root).as_posix(): {
            table: len(docs)
            for table, docs in json.loads(f.read_text(encoding="utf-8")).items()
            if table != "meta"
        }
        for f in DataPaths(root).data_files()
    }


@pytest.mark.slow
def test_demo_killed_halfway_leaves_nothing_half(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    duration = _run_child(reference, ["demo"], None)
    complete = _shape(reference)
    assert complete is not None
    rng = random.Random(10)
    for run in range(8):
        folder = tmp_path / f"run-{run}"
        _run_child(folder, ["demo"], rng.uniform(0, duration))
        shape = _shape(folder)
        assert shape in (None, complete), f"run {run}: half an example"
        if shape is None:  # the demo can simply run again
            assert main(["--data-dir", str(folder), "demo"]) == 0
            assert _shape(folder) == complete


def test_symlink_in_the_data_folder_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    outside = tmp_path / "elsewhere.json"
    outside.write_text('{"secret": {"1": {"x": "niet van Aan Tafel"}}}')
    outside.chmod(0o644)
    (data / "rondes" / "2099.json").symlink_to(outside)
    with pytest.raises(StorageError) as refused:
        Services.open(data)
    assert "snelkoppeling" in _(refused.value.message, **refused.value.params)
    assert main(["--data-dir", str(data), "check"]) == 2
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # not chmod-ed through the link
    assert outside.read_text() == '{"secret": {"1": {"x": "niet van Aan Tafel"}}}'
    for backup in (data / "backups").iterdir():
        assert b"niet van Aan Tafel" not in backup.read_bytes()


def test_every_folder_is_owner_only(tmp_path: Path) -> None:
    os.umask(0o022)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    DataPaths(data).round_db("2027").write_text("{kapot")  # moved to beschadigd/ at start
    Services.open(data).close()
    folders = [p for p in [data, *data.rglob("*")] if p.is_dir()]
    assert {p.name for p in folders} >= {"data", "rondes", "backups", "beschadigd"}
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_full_disk_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "schijf is vol" in user_message(OSError(errno.ENOSPC, "No space left on device"))
    data = tmp_path / "data"
    Services.open(data).close()
    before = {p.name: p.read_bytes() for p in DataPaths(data).data_files()}
    real = atomic.atomic_write_bytes
    calls = {"n": 0}

    def full_disk(path: Path, payload: bytes) -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, payload)

    monkeypatch.setattr(atomic, "atomic_write_bytes", full_disk)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schijf is vol" in err, err
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in DataPaths(data).data_files()} == before


def test_unwritable_log_falls_back_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    cli._log_to_file(tmp_path / "aantafel.log")
    added = [h for h in root.handlers if h not in before]
    assert len(added) == 1
    handler = added[0]
    assert isinstance(handler, logging.FileHandler)
    handler.stream.close()  # as if the disk went away
    try:
        logging.getLogger("aantafel").warning("iets ging mis")
        logging.getLogger("aantafel").warning("nog een keer")
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err, err
