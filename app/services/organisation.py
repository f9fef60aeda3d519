"""Reading and saving the organisation profile."""

from __future__ import annotations

from app.storage.repository import Repository
from models.organisation import Organisation

TABLE = "organisation"


def load_organisation(repo: Repository) -> Organisation | None:
    data = repo.get_single(TABLE)
    return Organisation.model_validate(data) if data else None


def save_organisation(repo: Repository, organisation: Organisation) -> None:
    repo.put_single(TABLE, organisation.model_dump(mode="json"))
