"""User settings that persist in the data folder (language, text size,
contrast, welcome), and the data-folder actions of Instellingen: open the
folder, make a backup now, list and restore the rotating backups."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content import set_regime
from app.i18n import LANGUAGES, set_language
from app.services.organisation import load_organisation
from app.services.rounds import list_rounds
from app.storage.backups import list_backups
from app.storage.repository import Repository
from models.base import with_changes
from models.settings import Settings, nearest_text_scale

log = logging.getLogger(__name__)

TABLE = "settings"


def load_settings(repo: Repository) -> Settings:
    """The stored settings; defaults when none (or an unreadable set) is stored.

    A damaged settings record must never keep the app from starting, so any
    validation problem falls back to the defaults.
    """
    data = repo.get_single(TABLE)
    if not data:
        return Settings()
    try:
        settings = Settings.model_validate(data)
    except ValueError:
        return Settings()
    return settings.model_copy(update={"text_scale": nearest_text_scale(settings.text_scale)})


def save_settings(repo: Repository, settings: Settings) -> None:
    repo.put_single(TABLE, settings.model_dump(mode="json"))


def update_settings(repo: Repository, **changes: Any) -> Settings:
    """Change some settings and store them; validated like a stored record."""
    current = load_settings(repo)
    updated = with_changes(current, changes)
    save_settings(repo, updated)
    return updated


def change_language(repo: Repository, language: str) -> Settings:
    """Store the language and switch all later translations to it."""
    if language not in LANGUAGES:
        language = "nl"
    settings = update_settings(repo, language=language)
    set_language(language)
    return settings


def change_regime(repo: Repository, regime: str) -> Settings:
    """Store the legal regime and switch the content texts that differ per regime."""
    settings = update_settings(repo, regime=regime)
    set_regime(settings.regime)
    return settings


def apply_regime(repo: Repository) -> None:
    """Make the content helpers follow the stored regime (at start, before printing)."""
    set_regime(load_settings(repo).regime)


def is_first_run(repo: Repository) -> bool:
    """Show the welcome: never dismissed, and the folder holds no work yet."""
    if load_settings(repo).welcome_done:
        return False
    return load_organisation(repo) is None and not list_rounds(repo)


def finish_welcome(repo: Repository) -> None:
    if not repo.read_only:
        update_settings(repo, welcome_done=True)


# ------------------------------------------------------------------ data folder
@dataclass(frozen=True)
class BackupEntry:
    """One rotating backup as the UI lists it."""

    path: Path
    created: dt.datetime


def backups(repo: Repository) -> list[BackupEntry]:
    """The rotating backups in the data folder, newest first."""
    return [BackupEntry(b.path, b.created) for b in list_backups(repo.paths)]


def backup_now(repo: Repository) -> Path | None:
    """A rotating backup now; None when the newest backup already equals the data."""
    return repo.make_backup()


def restore(repo: Repository, entry_path: Path) -> Path | None:
    """Put back one backup while the app keeps the folder open.

    Returns the safety backup of the data from before (None when the newest
    backup already held exactly that data).
    """
    return repo.restore_backup(entry_path)


def folder_opener() -> list[str] | None:
    """The command that opens a folder in the file manager, or None.

    Windows uses os.startfile (no command); Linux needs xdg-open, which is
    missing on minimal systems: the UI then shows the path with an
    explanation instead of failing.
    """
    if sys.platform == "win32":
        return []
    if sys.platform == "darwin":
        return ["open"]
    found = shutil.which("xdg-open")
    return [found] if found else None


def open_folder(folder: Path) -> bool:
    """Open ``folder`` in the system's file manager; False when that cannot be done."""
    opener = folder_opener()
    if opener is None or not folder.is_dir():
        return False
    try:
        if not opener:
            os.startfile(folder)  # type: ignore[attr-defined]  # Windows only
        else:
            env = dict(os.environ)
            # Inside a PyInstaller bundle the bundled libraries must not leak
            # into the file manager (see packaging/rthook_aantafel.py).
            if "LD_LIBRARY_PATH_ORIG" in env:
                env["LD_LIBRARY_PATH"] = env["LD_LIBRARY_PATH_ORIG"]
            subprocess.Popen(
                [*opener, str(folder)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                start_new_session=True,
            )
    except OSError:
        log.warning("could not open the data folder", exc_info=True)
        return False
    return True
