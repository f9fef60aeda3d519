"""User settings that persist in the data folder (language, text size, ...)."""

from __future__ import annotations

from app.storage.repository import Repository
from models.settings import Settings

TABLE = "settings"


def load_settings(repo: Repository) -> Settings:
    data = repo.get_single(TABLE)
    if not data:
        return Settings()
    try:
        return Settings.model_validate(data)
    except ValueError:
        return Settings()


def save_settings(repo: Repository, settings: Settings) -> None:
    repo.put_single(TABLE, settings.model_dump(mode="json"))
