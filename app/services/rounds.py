"""Rounds of prestatieafspraken: create, list, select, rename, delete.

Shared by every feature; knows no feature (round copy: ``app.services.round_start``).
"""

from __future__ import annotations

from typing import Any

from app.i18n import _
from app.services.fresh_save import merge_edit
from app.services.record_store import now
from app.storage.repository import Repository
from models.base import InvalidInput
from models.round import Phase, Round, new_round_id
from models.text import N_

TABLE = "rounds"


def list_rounds(repo: Repository) -> list[Round]:
    """All rounds, newest year first."""
    rounds = [Round.model_validate(r) for r in repo.list_records(TABLE)]
    return sorted(rounds, key=lambda r: (r.year, r.created), reverse=True)


def get_round(repo: Repository, round_id: str) -> Round | None:
    return next((r for r in list_rounds(repo) if r.id == round_id), None)


def existing_round(repo: Repository, round_id: str) -> Round:
    """The round ``round_id``; InvalidInput ("There is no round ...") when it is gone."""
    found = get_round(repo, round_id)
    if found is None:
        raise InvalidInput(N_("There is no round {round}."), round=round_id)
    return found


def latest_round(repo: Repository) -> Round | None:
    rounds = list_rounds(repo)
    return rounds[0] if rounds else None


def previous_round(repo: Repository, round_id: str) -> Round | None:
    """The round before this one: the newest with a lower year."""
    current = get_round(repo, round_id)
    if current is None:
        return None
    earlier = [r for r in list_rounds(repo) if r.year < current.year]
    return earlier[0] if earlier else None


def create_round(
    repo: Repository,
    year: int,
    municipalities: list[str],
    housing_associations: list[str],
    title: str = "",
    phase: Phase = Phase.PREPARATION,
) -> Round:
    """Create an empty round (``app.services.round_start.start_round`` also copies work).

    Without a title it gets "Prestatieafspraken 2027" ("Performance agreements
    2027" in English), stored: the name a round is known by does not change
    when the language does (documents, exports and other windows show the same).
    """
    existing = {r.id for r in list_rounds(repo)}
    stamp = now()
    new = Round(
        id=new_round_id(year, existing),
        year=year,
        title=title.strip() or _("Performance agreements {year}", year=year),
        municipalities=municipalities,
        housing_associations=housing_associations,
        phase=phase,
        created=stamp,
        updated=stamp,
    )
    repo.upsert_record(TABLE, "id", new.model_dump(mode="json"))
    return new


def update_round(repo: Repository, round_: Round) -> Round:
    """Save changed fields (title, partners, phase); the id never changes."""
    if get_round(repo, round_.id) is None:
        raise InvalidInput(N_("This round no longer exists."))
    saved = round_.model_copy(update={"updated": now()})
    repo.upsert_record(TABLE, "id", saved.model_dump(mode="json"))
    return saved


def update_round_fields(repo: Repository, shown: Round, **changes: Any) -> Round:
    """Save only the changed fields of a round on a fresh read; StaleCopy when
    one of them was changed in another window since ``shown`` was read."""
    stored = get_round(repo, shown.id)
    if stored is None:
        raise InvalidInput(N_("This round no longer exists."))
    edited = shown.model_copy(update=changes).model_dump(mode="json")
    merged = merge_edit(
        stored.model_dump(mode="json"),
        shown.model_dump(mode="json"),
        {name: edited[name] for name in changes},
    )
    return update_round(repo, Round.model_validate(merged))


def delete_round(repo: Repository, round_id: str) -> None:
    """Delete a round and its file. A backup is made first, so it can be undone."""
    repo.make_backup()
    repo.delete_record(TABLE, "id", round_id)
    repo.delete_round_file(round_id)
