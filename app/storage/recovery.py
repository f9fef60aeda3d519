"""Start-up checks: remove stale temp files, move damaged files aside and
restore them from the newest sound backup, and tell the user what happened.

Never start empty silently: every repair produces a notice (an English msgid
plus parameters) that the UI and the CLI show in Dutch.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from app.paths import DataPaths
from app.storage.atomic import atomic_write_bytes, remove_stale_temp_files
from app.storage.backups import sound_copy_of
from app.storage.journal import INTERRUPTED_NOTICE, finish_interrupted
from models.text import N_


@dataclass
class Notice:
    """Something the user must be told, as a msgid with parameters."""

    message: str
    params: dict[str, object] = field(default_factory=dict)


def _is_readable(file: Path) -> bool:
    try:
        text = file.read_text(encoding="utf-8")
        if not text.strip():
            return False
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and all(isinstance(v, dict) for v in data.values())


def _move_aside(paths: DataPaths, file: Path) -> Path:
    paths.damaged_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.damaged_dir / f"{file.stem}-{stamp}{file.suffix}"
    shutil.move(str(file), target)
    return target


def check_files(paths: DataPaths) -> list[Path]:
    """Data files that cannot be read (for ``aantafel check``); changes nothing."""
    return [f for f in paths.data_files() if not _is_readable(f)]


def recover(paths: DataPaths) -> list[Notice]:
    """Repair the data folder at start-up (only when we hold the write lock)."""
    notices: list[Notice] = []
    if finish_interrupted(paths):
        notices.append(Notice(INTERRUPTED_NOTICE))
    remove_stale_temp_files(paths.root)
    remove_stale_temp_files(paths.rounds_dir)
    remove_stale_temp_files(paths.backups_dir)
    for file in check_files(paths):
        member = file.relative_to(paths.root).as_posix()
        moved = _move_aside(paths, file)
        found = sound_copy_of(paths, member)
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
