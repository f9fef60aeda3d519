"""Rotating backups of a data folder, and restoring one.

A backup is a plain zip: ``manifest.json``, ``aantafel.json`` and
``rondes/<id>.json``. Restoring validates the whole zip before it touches
anything, and first backs up what is there now, so a restore can be undone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import DataPaths
from app.storage.atomic import atomic_write_bytes
from app.storage.errors import NewerSchemaError, StorageError
from app.storage.journal import data_transaction
from app.storage.migrations import SCHEMA_VERSION, schema_version_of
from models.text import N_

BACKUP_FORMAT = "aantafel-backup"
KEEP_BACKUPS = 10
MAX_BACKUP_BYTES = 200 * 1024 * 1024
MAX_MEMBER_BYTES = 50 * 1024 * 1024
INVALID_BACKUP = N_(
    "This backup holds data that Aan Tafel cannot use (in {file}). Nothing was changed."
)
_ROUND_MEMBER = re.compile(r"^rondes/([0-9]{4}(?:-[0-9]{1,3})?)\.json$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    #: Grows by one with every backup; -1 for backups named before it existed.
    sequence: int = -1


def _collect(paths: DataPaths) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for file in paths.data_files():
        rel = file.relative_to(paths.root).as_posix()
        files[rel] = file.read_bytes()
    return files


def _fingerprint(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode())
        digest.update(hashlib.sha256(files[name]).digest())
    return digest.hexdigest()


def write_backup(paths: DataPaths, out: Path) -> Path:
    """Write a backup zip of the current data to ``out`` (atomically)."""
    files = _collect(paths)
    manifest = {
        "format": BACKUP_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "fingerprint": _fingerprint(files),
    }
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
        for name, data in sorted(files.items()):
            zf.writestr(name, data)
    atomic_write_bytes(out, buffer.getvalue())
    return out


_SEQUENCED = re.compile(r"^backup-n(?P<seq>[0-9]{1,12})-(?P<stamp>[0-9]{8}-[0-9]{6})$")
_LEGACY = re.compile(r"^backup-(?P<stamp>[0-9]{8}-[0-9]{6})(?:-[0-9]{6})?$")


def _parse_name(file: Path) -> BackupInfo | None:
    """Sequenced names (``backup-n000012-20270101-120000``) and, from before the
    sequence existed, dated ones (``backup-20270101-120000-000000``, which sort
    below every sequenced backup)."""
    match = _SEQUENCED.match(file.stem)
    sequence = int(match["seq"]) if match else -1
    match = match or _LEGACY.match(file.stem)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupInfo(file, created, sequence)


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Rotating backups in the data folder, newest first.

    Newest means the highest sequence number, never the clock: after the
    clock fell back (a dead CMOS battery, a wrong time zone) the backup just
    made must still count as the newest.
    """
    if not paths.backups_dir.is_dir():
        return []
    infos = [info for file in paths.backups_dir.glob("backup-*.zip") if (info := _parse_name(file))]
    return sorted(infos, key=lambda b: (b.sequence, b.created, b.path.name), reverse=True)


def rotate_backup(paths: DataPaths, keep: int = KEEP_BACKUPS) -> Path | None:
    """Make a new rotating backup unless nothing changed since the newest one.

    Returns the new backup's path, or None when there was nothing new to save.
    The new backup gets the next sequence number and is never rotated away.
    """
    files = _collect(paths)
    if not files:
        return None
    existing = list_backups(paths)
    if existing:
        try:
            manifest, _ = read_backup(existing[0].path)
            if manifest.get("fingerprint") == _fingerprint(files):
                return None
        except StorageError:
            pass
    sequence = max((b.sequence for b in existing), default=0) + 1
    name = f"backup-n{sequence:06d}-{dt.datetime.now():%Y%m%d-%H%M%S}.zip"
    out = write_backup(paths, paths.backups_dir / name)
    for old in list_backups(paths)[keep:]:
        if old.path != out:
            old.path.unlink(missing_ok=True)
    return out


def read_backup(path: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Read and validate a backup zip fully in memory; never extracts.

    Returns (manifest, {member name: parsed JSON}). Raises StorageError with a
    user-facing msgid when anything is off.
    """
    try:
        if path.stat().st_size > MAX_BACKUP_BYTES:
            raise StorageError(N_("This backup file is too large."))
        with zipfile.ZipFile(path) as zf:
            members = {info.filename: info for info in zf.infolist()}
            if "manifest.json" not in members:
                raise StorageError(N_("This file is not an Aan Tafel backup."))
            contents: dict[str, dict[str, Any]] = {}
            for name, info in members.items():
                if (
                    name != "manifest.json"
                    and name != "aantafel.json"
                    and not _ROUND_MEMBER.match(name)
                ):
                    raise StorageError(N_("This file is not an Aan Tafel backup."))
                if info.file_size > MAX_MEMBER_BYTES:
                    raise StorageError(N_("This backup file is too large."))
                parsed = json.loads(zf.read(name).decode("utf-8"))
                if not isinstance(parsed, dict):
                    raise StorageError(N_("This backup file is damaged."))
                contents[name] = parsed
    except StorageError:
        raise
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, ValueError, EOFError) as exc:
        raise StorageError(N_("This backup file is damaged.")) from exc
    manifest = contents.pop("manifest.json")
    if manifest.get("format") != BACKUP_FORMAT:
        raise StorageError(N_("This file is not an Aan Tafel backup."))
    version = manifest.get("schema_version")
    if not isinstance(version, int):
        raise StorageError(N_("This backup file is damaged."))
    if version > SCHEMA_VERSION:
        raise NewerSchemaError()
    if (
        "aantafel.json" in contents
        and schema_version_of(contents["aantafel.json"]) > SCHEMA_VERSION
    ):
        raise NewerSchemaError()
    return manifest, contents


def restore_backup(
    paths: DataPaths, source: Path, validate: MemberCheck | None = None
) -> Path | None:
    """Replace the data with the backup's. Validates first (every record with
    its model when ``validate`` is given); backs up the current data first
    (returned path) so the user can go back. All files change or none
    (app.storage.journal), also when the process is killed halfway."""
    manifest, contents = read_backup(source)
    if "aantafel.json" not in contents:
        raise StorageError(N_("This backup file is damaged."))
    bad = invalid_members(manifest, contents, validate)
    if bad:
        raise StorageError(INVALID_BACKUP, file=bad[0])
    safety = rotate_backup(paths)
    keep = set()
    with data_transaction(paths):
        for name, data in contents.items():
            target = paths.root / name
            keep.add(target)
            atomic_write_bytes(target, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        if paths.rounds_dir.is_dir():
            for file in paths.rounds_dir.glob("*.json"):
                if file not in keep:
                    file.unlink()
    return safety


MemberCheck = Callable[[str, dict[str, Any]], bool]


def invalid_members(
    manifest: dict[str, Any], contents: dict[str, dict[str, Any]], validate: MemberCheck | None
) -> list[str]:
    """Members whose records the models refuse. Backups of an older schema are
    checked as JSON only: they are migrated when put back."""
    if validate is None or manifest.get("schema_version") != SCHEMA_VERSION:
        return []
    return [name for name, data in sorted(contents.items()) if not validate(name, data)]


def sound_copy_of(
    paths: DataPaths, member: str, validate: MemberCheck | None = None
) -> tuple[BackupInfo, dict[str, Any]] | None:
    """The newest backup (by sequence) that holds a readable and valid copy of
    ``member``; damaged backups and invalid copies are passed over."""
    for info in list_backups(paths):
        try:
            manifest, contents = read_backup(info.path)
        except StorageError:
            continue
        if member in contents and member not in invalid_members(
            manifest, {member: contents[member]}, validate
        ):
            return info, contents[member]
    return None
