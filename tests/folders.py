"""Data folders for tests: one with the demo, one held open by another
process. One copy here, so every test builds its folder the same way."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.services.context import Services
from app.services.demo import add_demo
from app.storage.repository import Repository

ROOT = Path(__file__).resolve().parents[1]


def demo_folder(folder: Path, then: Callable[[Repository], object] | None = None) -> Path:
    """Fill ``folder`` with the demo (and ``then``, for extra data) and close it
    again, so that the test opens it as the app would."""
    services = Services.open(folder, allow_read_only=False)
    try:
        add_demo(services.repo)
        if then is not None:
            then(services.repo)
    finally:
        services.close()
    return folder


@contextmanager
def held_open(folder: Path) -> Iterator[None]:
    """Another process (as a second app window would) opens ``folder`` and keeps
    it open, holding its lock, until the block ends."""
    code = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from app.storage.repository import Repository
        repo = Repository.open(Path({str(folder)!r}))
        print("read_only" if repo.read_only else "locked", flush=True)
        time.sleep(60)
    """)
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.kill()
        holder.wait()
