"""Which round records travel in a bundle: derived from ``app.features.FEATURES``.

Every feature's record kind is exported with its model (validates it on
import), its personal fields (stripped unless the user allowed personal
data), its CSV tables and its ``updated`` time (used by the import to say
which version is newer). Kinds no feature declares are not exported, and a
bundle that contains one is refused on import (we cannot validate what we do
not know).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from app.features import record_kinds
from app.features.base import Feature, Table
from models.base import Record


@dataclass(frozen=True)
class RecordKind:
    """A feature that keeps a round record, as export and import see it."""

    feature: Feature
    model: type[Record]

    @property
    def kind(self) -> str:
        return self.feature.kind

    @property
    def label(self) -> str:
        return self.feature.label

    def strip_personal(self, data: dict[str, Any]) -> dict[str, Any]:
        return self.feature.strip_personal(data)


#: Record kind -> its declaration, in FEATURES order.
REGISTRY: dict[str, RecordKind] = {
    kind: RecordKind(f, f.model) for kind, f in record_kinds().items() if f.model is not None
}


def record_time(record: BaseModel) -> dt.datetime | None:
    """The record's own last-change time (every round record has ``updated``)."""
    value = getattr(record, "updated", None)
    return value if isinstance(value, dt.datetime) else None


def tables_of(entry: RecordKind, record: BaseModel) -> list[Table]:
    tables = entry.feature.tables
    return tables(record) if tables is not None else []


def exportable_kinds(kinds: list[str]) -> list[str]:
    """The registered kinds among ``kinds``, in registry order."""
    return [k for k in REGISTRY if k in kinds]


__all__ = ["REGISTRY", "RecordKind", "Table", "exportable_kinds", "record_time", "tables_of"]
