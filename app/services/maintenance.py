"""Check, back up and restore a data folder (the CLI commands and Settings)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.paths import DataPaths
from app.services.record_check import is_valid_member
from app.storage.backups import (
    invalid_members,
    list_backups,
    read_backup,
    restore_backup,
    write_backup,
)
from app.storage.errors import DataFolderInUse, StorageError
from app.storage.journal import INTERRUPTED_CHECK, interrupted
from app.storage.lock import FolderLock
from app.storage.migrations import SCHEMA_VERSION, schema_version_of
from app.storage.recovery import check_files
from app.storage.repository import refuse_links
from models.text import N_

__all__ = ["INTERRUPTED_CHECK", "CheckReport", "backup_to", "check_data", "restore_from"]


@dataclass
class CheckReport:
    files: int
    damaged: list[Path]
    backups: int
    damaged_backups: list[Path]
    newer_schema: bool
    #: A restore or import was cut off; the next start puts the old data back.
    interrupted: bool = False

    @property
    def sound(self) -> bool:
        return (
            not self.damaged
            and not self.damaged_backups
            and not self.newer_schema
            and not self.interrupted
        )


def check_data(root: Path) -> CheckReport:
    """Read every data file and backup; changes nothing (safe while the app runs)."""
    paths = DataPaths(root)
    refuse_links(paths)
    damaged = check_files(paths, is_valid_member)
    newer = False
    if paths.main_db.exists() and paths.main_db not in damaged:
        import json

        raw = json.loads(paths.main_db.read_text(encoding="utf-8"))
        newer = schema_version_of(raw) > SCHEMA_VERSION
    bad_backups = []
    backups = list_backups(paths)
    for info in backups:
        try:
            manifest, contents = read_backup(info.path)
        except StorageError:
            bad_backups.append(info.path)
            continue
        if invalid_members(manifest, contents, is_valid_member):
            bad_backups.append(info.path)
    return CheckReport(
        len(paths.data_files()), damaged, len(backups), bad_backups, newer, interrupted(paths)
    )


def backup_to(root: Path, out: Path) -> Path:
    """Write a backup of ``root`` to ``out``. Reading only, so allowed while the
    app is open: every data file is replaced atomically, never half-written."""
    paths = DataPaths(root)
    refuse_links(paths)
    if not paths.data_files():
        raise StorageError(N_("There is no data to back up in this folder yet."))
    if not out.parent.is_dir():
        raise StorageError(N_("The folder {folder} does not exist."), folder=str(out.parent))
    return write_backup(paths, out)


def restore_from(root: Path, source: Path) -> Path | None:
    """Replace the data with a backup. Refused while the app has the folder open."""
    if not source.is_file():
        raise StorageError(N_("The file {file} does not exist."), file=str(source))
    paths = DataPaths(root)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = FolderLock(paths.lock_file)
    if not lock.acquire():
        raise DataFolderInUse()
    try:
        refuse_links(paths)
        return restore_backup(paths, source, is_valid_member)
    finally:
        lock.release()
