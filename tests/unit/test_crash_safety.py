"""kill -9 in the middle of saving, at random moments, never leaves an
unreadable data file (issue 2). Uses fork so each trial costs milliseconds."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import pytest

from app.paths import DataPaths
from app.storage.repository import Repository

TRIALS = 120


def _writer(folder: str, seed: int) -> None:
    repo = Repository.open(Path(folder))
    rnd = random.Random(seed)
    n = 0
    while True:
        n += 1
        text = "x" * rnd.randint(1, 200_000)  # big enough that a write takes a while
        if n % 2:
            repo.put_single("organisation", {"name": f"n{n}", "notes": text})
        else:
            repo.save_round_doc("2027", "position", {"n": n, "text": text})


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_during_save_never_corrupts(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    rnd = random.Random(2027)
    paths = DataPaths(tmp_path)
    for trial in range(TRIALS):
        proc = ctx.Process(target=_writer, args=(str(tmp_path), trial))
        proc.start()
        time.sleep(rnd.uniform(0.02, 0.15))
        assert proc.pid is not None
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        for file in paths.data_files():
            data = json.loads(file.read_text(encoding="utf-8"))  # must parse
            assert isinstance(data, dict)
    repo = Repository.open(tmp_path)
    assert repo.notices == []  # nothing needed repair
    assert repo.get_single("organisation") is not None
    repo.close()
    assert not list(tmp_path.glob("*.tmp")), "stale temp files were cleaned at start"
