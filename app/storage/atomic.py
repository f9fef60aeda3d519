"""A TinyDB storage that never leaves a half-written file behind.

Stock TinyDB JSONStorage truncates and rewrites its file in place, so a crash
mid-write corrupts it. Here every write goes to a temp file in the same folder,
is fsynced and then ``os.replace``d over the original: a crash leaves either
the old or the new file. Leftover temp files from a crash are removed by
``remove_stale_temp_files`` at start-up.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

TEMP_SUFFIX = ".tmp"
_REPLACE_RETRIES = 10


def _replace_with_retry(src: str, dst: Path) -> None:
    """os.replace, retried on Windows when a virus scanner or OneDrive holds the file."""
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_dir(folder: Path) -> None:
    """Persist the rename itself (POSIX only; Windows has no directory fsync)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` atomically, readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # folders: owner only too
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        _replace_with_retry(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temp files a crash left behind; returns how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    for tmp in folder.glob(f"*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed += 1
    return removed


class AtomicJSONStorage(Storage):
    """TinyDB storage: temp file, fsync, os.replace. Caches the committed text,
    because this process is the only writer (guarded by the folder lock)."""

    def __init__(self, path: str | os.PathLike[str], read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._text: str | None = None

    def read(self) -> dict[str, Any] | None:
        if self._text is None:
            try:
                self._text = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return None
        if not self._text.strip():
            return None
        data = json.loads(self._text)
        if not isinstance(data, dict):
            raise ValueError(f"{self.path} does not hold a JSON object")
        return data

    def write(self, data: dict[str, Any]) -> None:
        if self.read_only:
            from app.storage.errors import ReadOnlyError

            raise ReadOnlyError()
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        atomic_write_bytes(self.path, payload.encode("utf-8"))
        self._text = payload

    def hold(self, data: dict[str, Any]) -> None:
        """Serve ``data`` as this file's content without writing it (a read-only
        window shows migrated data; the file itself stays as it was)."""
        self._text = json.dumps(data, ensure_ascii=False)

    def close(self) -> None:
        pass
