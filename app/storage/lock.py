"""One writer per data folder, through a lock on a separate ``.aantafel.lock`` file.

The lock is held for as long as the app (or a writing command) runs. The OS
releases it when the process dies, so a crash never leaves the folder locked.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class FolderLock:
    """Try-once lock: ``acquire()`` returns False when another process holds it."""

    def __init__(self, lock_file: Path) -> None:
        lock_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # thread_local=False: the app takes the lock on one thread and may
        # release it on another (Flet runs handlers on an event loop).
        # is_singleton=False: each instance is its own lock, like another process.
        # mode=0o600: like the data files, the lock file is the owner's alone.
        self._lock = FileLock(
            str(lock_file), timeout=0, mode=0o600, thread_local=False, is_singleton=False
        )

    def acquire(self) -> bool:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
