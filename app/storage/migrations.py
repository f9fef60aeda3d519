"""Schema versions and the ordered, named migrations between them.

Migrations work on the raw JSON of the data files (what TinyDB stores:
``{table: {doc_id: document}}``), before any model sees the data, so old
files never have to be valid under the new models. Each migration moves the
data exactly one version up; a test upgrades stored samples in
``tests/data/versions/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.storage.errors import NewerSchemaError

#: The schema this version of the app writes.
SCHEMA_VERSION = 2

RawDB = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Migration:
    name: str
    from_version: int
    #: Changes the main file and the round files (round id -> raw db) in place.
    apply: Callable[[RawDB, dict[str, RawDB]], None]


def _v1_single_partner_to_lists(main: RawDB, rounds: dict[str, RawDB]) -> None:
    """Version 1 stored one municipality and one housing association as strings;
    tenant organisations often work with several, so version 2 keeps lists."""
    for doc in main.get("organisation", {}).values():
        for old, new in (
            ("municipality", "municipalities"),
            ("housing_association", "housing_associations"),
        ):
            if old in doc:
                value = doc.pop(old)
                doc[new] = [value] if isinstance(value, str) and value.strip() else []
    for doc in main.get("rounds", {}).values():
        for old, new in (
            ("municipality", "municipalities"),
            ("housing_association", "housing_associations"),
        ):
            if old in doc:
                value = doc.pop(old)
                doc[new] = [value] if isinstance(value, str) and value.strip() else []


MIGRATIONS: list[Migration] = [
    Migration("0001_single_partner_to_lists", 1, _v1_single_partner_to_lists),
]


def schema_version_of(main: RawDB) -> int:
    """Version recorded in the main file; a file without one is version 1."""
    for doc in main.get("meta", {}).values():
        version = doc.get("schema_version")
        if isinstance(version, int):
            return version
    return 1


def migrate(main: RawDB, rounds: dict[str, RawDB]) -> list[str]:
    """Bring raw data up to SCHEMA_VERSION in place; returns the names applied.

    Raises NewerSchemaError for data from a newer app: we never guess at it.
    """
    version = schema_version_of(main)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError()
    applied: list[str] = []
    for migration in MIGRATIONS:
        if migration.from_version == version:
            migration.apply(main, rounds)
            version += 1
            applied.append(migration.name)
    main.setdefault("meta", {})["1"] = {"schema_version": SCHEMA_VERSION}
    return applied


def check_registry() -> None:
    """The registry must step 1 -> 2 -> ... -> SCHEMA_VERSION without gaps."""
    versions = [m.from_version for m in MIGRATIONS]
    if versions != list(range(1, SCHEMA_VERSION)):
        raise AssertionError(f"migration registry has gaps: {versions}")
