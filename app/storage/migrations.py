"""Schema versions and the ordered, named migrations between them, per record kind.

A migration upgrades *records*, one at a time, by kind: ``"organisation"``
and ``"rounds"`` (the main file's tables) and each round record kind
(``"position"``, ``"checklist"``, ...). It never sees how a data folder lays
records out, so the same functions upgrade a data folder (``migrate``, which
walks the stored tables) and an export bundle (``upgrade_record`` on each
record of data.json). Records are raw JSON, before any model sees them: old
files never have to be valid under the new models. Each migration moves a
record exactly one version up; a test upgrades stored samples in
``tests/data/versions/``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.storage.errors import NewerSchemaError

#: The schema this version of the app writes.
SCHEMA_VERSION = 2

RawDB = dict[str, dict[str, Any]]
#: Upgrades one raw record of a kind by one version (returns the new record).
RecordUpgrade = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Migration:
    name: str
    from_version: int
    #: Record kind -> how one record of that kind moves up one version.
    records: dict[str, RecordUpgrade] = field(default_factory=dict)


def _single_partner_to_lists(record: dict[str, Any]) -> dict[str, Any]:
    """Version 1 stored one municipality and one housing association as strings;
    tenant organisations often work with several, so version 2 keeps lists."""
    for old, new in (
        ("municipality", "municipalities"),
        ("housing_association", "housing_associations"),
    ):
        if old in record:
            value = record.pop(old)
            record[new] = [value] if isinstance(value, str) and value.strip() else []
    return record


MIGRATIONS: list[Migration] = [
    Migration(
        "0001_single_partner_to_lists",
        1,
        {"organisation": _single_partner_to_lists, "rounds": _single_partner_to_lists},
    ),
]


def upgrade_record(kind: str, record: dict[str, Any], version: int) -> dict[str, Any]:
    """One record of ``kind`` written at ``version``, brought up to SCHEMA_VERSION.

    Works on a copy: the caller's data is left as it was.
    """
    if version > SCHEMA_VERSION:
        raise NewerSchemaError()
    upgraded = copy.deepcopy(record)
    for migration in MIGRATIONS:
        step = migration.records.get(kind)
        if migration.from_version >= version and step is not None:
            upgraded = step(upgraded)
    return upgraded


def schema_version_of(main: RawDB) -> int:
    """Version recorded in the main file; a file without one is version 1."""
    for doc in main.get("meta", {}).values():
        version = doc.get("schema_version")
        if isinstance(version, int):
            return version
    return 1


def migrate(main: RawDB, rounds: dict[str, RawDB]) -> list[str]:
    """Bring a data folder's raw files up to SCHEMA_VERSION in place; returns the names applied.

    The main file's tables and each round file's kinds are upgraded record by
    record with :func:`upgrade_record`. Raises NewerSchemaError for data from
    a newer app: we never guess at it.
    """
    version = schema_version_of(main)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError()
    for table, docs in main.items():
        if table != "meta" and isinstance(docs, dict):
            for doc_id, doc in docs.items():
                if isinstance(doc, dict):
                    docs[doc_id] = upgrade_record(table, doc, version)
    for raw in rounds.values():
        for kind, docs in raw.items():
            if isinstance(docs, dict):
                for doc_id, doc in docs.items():
                    if isinstance(doc, dict):
                        docs[doc_id] = upgrade_record(kind, doc, version)
    main.setdefault("meta", {})["1"] = {"schema_version": SCHEMA_VERSION}
    return [m.name for m in MIGRATIONS if m.from_version >= version]


def check_registry() -> None:
    """The registry must step 1 -> 2 -> ... -> SCHEMA_VERSION without gaps."""
    versions = [m.from_version for m in MIGRATIONS]
    if versions != list(range(1, SCHEMA_VERSION)):
        raise AssertionError(f"migration registry has gaps: {versions}")
