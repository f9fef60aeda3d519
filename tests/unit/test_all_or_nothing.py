"""Issue 11 item 3: a restore or an import changes all data files or none.

The process is killed (SIGKILL, like a power cut) at random moments while it
restores a backup or imports a round. After the next start the whole data
folder must hold either the complete old state or the complete new state,
compared by content, not only by "the JSON parses". A full disk halfway
leaves the old state and an honest message.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.exchange.reader import read_bundle
from app.paths import DataPaths
from app.services.context import Services
from app.services.demo import add_demo
from app.services.exchange import apply_import, preview_import, write_export
from app.services.maintenance import backup_to, check_data, restore_from
from app.services.rounds import create_round
from app.storage import atomic, journal
from app.storage.errors import StorageError
from app.storage.repository import Repository

ROOT = Path(__file__).resolve().parents[2]
RUNS = 12

# The child slows every fsync a little, so a random kill lands inside the
# restore or import (which takes milliseconds) rather than before or after it.
CHILD = """
import os, sys, time
_fsync = os.fsync
def slow_fsync(fd):
    time.sleep(0.004)
    _fsync(fd)
os.fsync = slow_fsync
from app.cli import main
print("ready", flush=True)
sys.exit(main(sys.argv[1:]))
"""


def snapshot(root: Path) -> dict[str, Any]:
    """Every data file's content after a normal start (which repairs the folder)."""
    Repository.open(root).close()
    paths = DataPaths(root)
    return {
        f.relative_to(root).as_posix(): json.loads(f.read_text(encoding="utf-8"))
        for f in paths.data_files()
    }


def _old_folder(root: Path) -> None:
    """Another organisation's folder: a profile and one 2025 round with work."""
    services = Services.open(root)
    try:
        services.repo.put_single("organisation", {"name": "Huurdersraad Oud"})
        create_round(services.repo, 2025, ["Oudestad"], ["Woonbron Oud"], title="Ronde 2025")
        services.repo.save_round_doc("2025", "notes", {"text": "oude aantekening"})
    finally:
        services.close()


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("all-or-nothing")
    demo = base / "demo"
    services = Services.open(demo)
    try:
        add_demo(services.repo)
        export = write_export(services.repo, "2027", base / "ronde-2027.zip")
    finally:
        services.close()
    backup = backup_to(demo, base / "demo-backup.zip")
    old = base / "old"
    _old_folder(old)
    return {"old": old, "backup": backup, "export": export, "base": base}


def _run_child(folder: Path, args: list[str], kill_after: float | None) -> float:
    """Run the CLI in a child; SIGKILL it ``kill_after`` seconds after it is ready.
    Returns how long it ran after being ready."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, "--data-dir", str(folder), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    if kill_after is None:
        proc.wait(60)
        assert proc.returncode == 0
    else:
        try:
            proc.wait(kill_after)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
    return time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.parametrize("operation", ["restore", "import"])
def test_kill_at_random_moments_leaves_old_or_new(
    material: dict[str, Path], operation: str
) -> None:
    args = (
        ["restore", str(material["backup"])]
        if operation == "restore"
        else ["import", str(material["export"])]
    )
    base = material["base"] / operation
    old_state = snapshot(shutil.copytree(material["old"], base / "reference-old"))
    reference = shutil.copytree(material["old"], base / "reference-new")
    duration = _run_child(reference, args, None)
    new_state = snapshot(reference)
    assert new_state != old_state
    rng = random.Random(11)
    outcomes = []
    for run in range(RUNS):
        folder = shutil.copytree(material["old"], base / f"run-{run}")
        _run_child(folder, args, rng.uniform(0, duration))
        state = snapshot(folder)
        assert state in (old_state, new_state), f"run {run}: a mix of old and new data"
        outcomes.append("new" if state == new_state else "old")
    assert "old" in outcomes or "new" in outcomes


@pytest.fixture
def folder(material: dict[str, Path], tmp_path: Path) -> Path:
    """A private copy of the other organisation's folder, for one test to break."""
    return shutil.copytree(material["old"], tmp_path / "data")


def _disk_full_on_write(monkeypatch: pytest.MonkeyPatch, module: Any, after: int) -> None:
    """Let ``after`` atomic writes succeed, then fail like a full disk."""
    real = atomic.atomic_write_bytes
    calls = {"n": 0}

    def write(path: Path, payload: bytes) -> None:
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, payload)

    monkeypatch.setattr(module, "atomic_write_bytes", write)


def test_restore_on_a_full_disk_changes_nothing(
    material: dict[str, Path], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage import backups

    before = snapshot(folder)
    _disk_full_on_write(monkeypatch, backups, after=2)  # aantafel.json and one round file
    with pytest.raises(OSError):
        restore_from(folder, material["backup"])
    monkeypatch.undo()
    assert not journal.interrupted(DataPaths(folder))
    assert snapshot(folder) == before


def test_import_on_a_full_disk_leaves_no_orphan_round(
    material: dict[str, Path], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(folder)
    bundle = read_bundle(material["export"])
    services = Services.open(folder, allow_read_only=False)
    try:
        preview = preview_import(services.repo, bundle)
        real = atomic.atomic_write_bytes
        calls = {"n": 0}

        def write(path: Path, payload: bytes) -> None:
            calls["n"] += 1
            if path.name == "aantafel.json":
                raise OSError(errno.ENOSPC, "No space left on device")
            real(path, payload)

        monkeypatch.setattr(atomic, "atomic_write_bytes", write)
        with pytest.raises(OSError):
            apply_import(services.repo, preview)
        monkeypatch.undo()
        assert calls["n"] >= 1, "the round file was written before the main file"
        assert services.repo.get_single("organisation") == {"name": "Huurdersraad Oud"}
    finally:
        services.close()
    assert snapshot(folder) == before


def test_a_failed_rollback_says_so_and_the_next_start_finishes_it(
    material: dict[str, Path], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage import backups

    before = snapshot(folder)
    _disk_full_on_write(monkeypatch, backups, after=1)
    monkeypatch.setattr(journal, "atomic_write_bytes", backups.atomic_write_bytes)
    with pytest.raises(StorageError) as refused:
        restore_from(folder, material["backup"])
    monkeypatch.undo()
    assert "put back" in refused.value.message
    assert journal.interrupted(DataPaths(folder))
    assert not check_data(folder).sound  # `aantafel check` does not say all is well
    repo = Repository.open(folder)
    assert any("interrupted" in n.message for n in repo.notices)
    repo.close()
    assert snapshot(folder) == before
