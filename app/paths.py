"""The only module that knows where files live.

Data folder: ``--data-dir`` beats ``AANTAFEL_DATA_DIR`` beats the platform's
user data folder. Assets are found next to the code, or inside a PyInstaller
bundle (``sys._MEIPASS``), always as absolute paths.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "AanTafel"
ENV_DATA_DIR = "AANTAFEL_DATA_DIR"


def assets_dir() -> Path:
    """Absolute path of the shipped assets (fonts, content, locales)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle).resolve() / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def content_dir() -> Path:
    return assets_dir() / "content"


def locales_dir() -> Path:
    return assets_dir() / "locales"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """Where the user's data lives, by the precedence of design §5."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False)).resolve()


class DataPaths:
    """Names of the files inside one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        #: Organisation, the list of rounds, settings, schema version.
        self.main_db = self.root / "aantafel.json"
        self.rounds_dir = self.root / "rondes"
        self.backups_dir = self.root / "backups"
        #: Where unreadable files are moved aside (never deleted).
        self.damaged_dir = self.root / "beschadigd"
        self.lock_file = self.root / ".aantafel.lock"
        #: Technical log for support (tracebacks go here, never to the screen).
        self.log_file = self.root / "aantafel.log"
        self.documents_dir = self.root / "documenten"

    def round_db(self, round_id: str) -> Path:
        """One file per round, so saving in one round never rewrites another."""
        return self.rounds_dir / f"{round_id}.json"

    def data_files(self) -> list[Path]:
        """Every JSON file that holds user data."""
        files = [self.main_db] if self.main_db.exists() else []
        if self.rounds_dir.is_dir():
            files.extend(sorted(self.rounds_dir.glob("*.json")))
        return files
