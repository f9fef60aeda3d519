"""The one per-round record store: "one document of kind K per round".

Every per-round feature keeps its record in the round's own file under its
kind (``repo.load_round_doc``/``save_round_doc``). This module is the only
place that loads such a record with defaults, validates it with its pydantic
model, stamps ``updated``, saves it (atomically, only that round's file) and
turns a validation error into the one user-facing error type
(:class:`models.base.InvalidInput`). Feature services build on it; shared
helpers (``now``, ``check_length``, ``found``) live here too so no feature copies them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from pydantic import ValidationError

from app.storage.repository import Repository
from models.base import MAX_TEXT, InvalidInput, Record
from models.text import N_

R = TypeVar("R", bound=Record)
T = TypeVar("T")


def now() -> dt.datetime:
    """The local time to the second: what ``updated`` stamps and rounds record."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def check_length(value: object, limit: int = MAX_TEXT) -> None:
    """Refuse text beyond ``limit`` with a message instead of a validation error."""
    if isinstance(value, str) and len(value) > limit:
        raise InvalidInput(
            N_("This text is too long. Keep it under {maximum} characters."),
            maximum=f"{limit:,}".replace(",", "."),
        )


def check_changes(
    changes: Mapping[str, Any], allowed: frozenset[str], limits: Mapping[str, int] | None = None
) -> None:
    """Refuse unknown fields (a programming error) and over-long text (the user's)."""
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    for name, value in changes.items():
        check_length(value, (limits or {}).get(name, MAX_TEXT))


def found(lookup: Callable[[str], T], key: str, gone: str) -> T:
    """``lookup(key)``; when the item is not there (KeyError: removed, perhaps
    in another window) the user's error ``gone`` (a msgid) instead."""
    try:
        return lookup(key)
    except KeyError:
        raise InvalidInput(gone) from None


def validated(model: type[R], data: Mapping[str, Any]) -> R:
    """``model.model_validate(data)``, with a user-facing error instead of a traceback."""
    try:
        return model.model_validate(dict(data))
    except ValidationError as exc:
        errors = exc.errors()
        field = ".".join(str(p) for p in errors[0]["loc"])[:80] if errors else "?"
        raise InvalidInput(
            N_("This value cannot be saved ({field}). Check what you typed."), field=field
        ) from None


class RoundRecordStore(Generic[R]):
    """Load, change and save the record of one kind in a round.

    The model must have ``round_id`` and ``updated`` fields (see the feature
    contract test). A record not written yet loads as ``model(round_id=...)``.
    """

    def __init__(self, kind: str, model: type[R]) -> None:
        self.kind = kind
        self.model = model

    def load(self, repo: Repository, round_id: str) -> R:
        data = repo.load_round_doc(round_id, self.kind)
        if data is None:
            return self.model.model_validate({"round_id": round_id})
        return self.model.model_validate(data)

    def save(self, repo: Repository, record: R) -> R:
        """Validate the whole record, stamp ``updated`` and store it; returns what was stored."""
        data = {**record.model_dump(mode="json"), "updated": now().isoformat()}
        checked = validated(self.model, data)
        stored = checked.model_dump(mode="json")
        repo.save_round_doc(str(stored["round_id"]), self.kind, stored)
        return checked

    def change(self, repo: Repository, round_id: str, edit: Callable[[R], R]) -> R:
        """Load, apply ``edit`` to a fresh copy, save: one edit on a fresh read."""
        return self.save(repo, edit(self.load(repo, round_id)))

    def update(self, repo: Repository, round_id: str, **changes: Any) -> R:
        """Set top-level fields (validated with the model) and save."""
        current = self.load(repo, round_id)
        return self.save(repo, validated(self.model, {**current.model_dump(), **changes}))
