"""Start-up checks: remove stale temp files, move damaged files aside and
restore them from the newest sound backup, and tell the user what happened.

Never start empty silently: every repair produces a notice (an English msgid
plus parameters) that the UI and the CLI show in Dutch.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.paths import DataPaths
from app.storage.atomic import atomic_write_bytes, remove_stale_temp_files
from app.storage.backups import sound_copy_of
from app.storage.journal import INTERRUPTED_NOTICE, finish_interrupted
from app.storage.migrations import SCHEMA_VERSION, schema_version_of
from models.base import UserMessage
from models.text import N_


@dataclass
class Notice(UserMessage):
    """Something the user must be told at start-up, as a msgid with parameters
    (a :class:`models.base.UserMessage`, like every user-facing error)."""

    message: str
    params: dict[str, object] = field(default_factory=dict)


#: ``(member name, parsed JSON) -> bool``: does the content fit the app's models?
#: Given by the services layer (storage knows no models); None checks JSON only.
Validator = Callable[[str, dict[str, Any]], bool]


def _load(file: Path) -> dict[str, Any] | None:
    """The file's TinyDB content, or None when it cannot be read as such."""
    try:
        text = file.read_text(encoding="utf-8")
        if not text.strip():
            return None
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if isinstance(data, dict) and all(isinstance(v, dict) for v in data.values()):
        return data
    return None


def _validator_for(paths: DataPaths, validate: Validator | None) -> Validator | None:
    """Models describe the current schema only: data that still waits for a
    migration is checked as JSON (the migration runs right after)."""
    if validate is None or not paths.main_db.exists():
        return validate
    main = _load(paths.main_db)
    if main is not None and schema_version_of(main) != SCHEMA_VERSION:
        return None
    return validate


def _move_aside(paths: DataPaths, file: Path) -> Path:
    paths.damaged_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.damaged_dir / f"{file.stem}-{stamp}{file.suffix}"
    shutil.move(str(file), target)
    return target


def check_files(paths: DataPaths, validate: Validator | None = None) -> list[Path]:
    """Data files that cannot be read, or whose records do not fit the models
    (for ``aantafel check``); changes nothing."""
    validate = _validator_for(paths, validate)
    damaged = []
    for file in paths.data_files():
        data = _load(file)
        member = file.relative_to(paths.root).as_posix()
        if data is None or (validate is not None and not validate(member, data)):
            damaged.append(file)
    return damaged


def recover(paths: DataPaths, validate: Validator | None = None) -> list[Notice]:
    """Repair the data folder at start-up (only when we hold the write lock).

    A file that cannot be read, or holds records the models refuse (valid
    JSON is not enough), is moved aside and replaced by the newest backup copy
    that is readable *and* valid.
    """
    notices: list[Notice] = []
    if finish_interrupted(paths):
        notices.append(Notice(INTERRUPTED_NOTICE))
    remove_stale_temp_files(paths.root)
    remove_stale_temp_files(paths.rounds_dir)
    remove_stale_temp_files(paths.backups_dir)
    validate = _validator_for(paths, validate)
    for file in check_files(paths, validate):
        member = file.relative_to(paths.root).as_posix()
        moved = _move_aside(paths, file)
        found = sound_copy_of(paths, member, validate)
        if found is None:
            notices.append(
                Notice(
                    N_(
                        "A data file was damaged and there was no backup of it. It was moved to "
                        "{folder}. Aan Tafel starts without it; ask for help if you need it back."
                    ),
                    {"folder": str(moved.parent)},
                )
            )
            continue
        info, data = found
        atomic_write_bytes(file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        notices.append(
            Notice(
                N_(
                    "A data file was damaged. It was moved to {folder} and the backup of "
                    "{when} was put back. Check whether your last changes are still there."
                ),
                {"folder": str(moved.parent), "when": info.created},
            )
        )
    return notices
