"""Reading and saving the organisation profile."""

from __future__ import annotations

from typing import Any

from app.services.fresh_save import merge_edit
from app.storage.repository import Repository
from models.organisation import Organisation

TABLE = "organisation"


def load_organisation(repo: Repository) -> Organisation | None:
    data = repo.get_single(TABLE)
    return Organisation.model_validate(data) if data else None


def save_organisation(repo: Repository, organisation: Organisation) -> None:
    repo.put_single(TABLE, organisation.model_dump(mode="json"))


def update_organisation(repo: Repository, shown: Organisation, **changes: Any) -> Organisation:
    """Save only the changed fields on a fresh read (app.services.fresh_save).

    Returns the copy to show from now on: ``shown`` with the changes, not
    what another window stored (the screen does not show that yet, so a later
    edit of such a field is caught as stale).
    """
    edited = shown.model_copy(update=changes)
    edited_json = edited.model_dump(mode="json")
    changed = {name: edited_json[name] for name in changes}
    merged = merge_edit(repo.get_single(TABLE), shown.model_dump(mode="json"), changed)
    save_organisation(repo, Organisation.model_validate(merged))
    return edited
