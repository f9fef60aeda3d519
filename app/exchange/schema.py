"""The shapes of manifest.json and data.json, and upgrading older bundles.

The bundle's ``schema_version`` is the storage schema version
(``app.storage.migrations.SCHEMA_VERSION``) of the app that wrote it: the
records in data.json are stored records. So an older bundle is upgraded by
the very same named migrations that upgrade an old data folder; a newer one
is refused ("werk de app bij").
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field

from app.exchange.errors import ImportRefused
from app.storage.errors import NewerSchemaError
from app.storage.migrations import SCHEMA_VERSION, upgrade_record
from models.base import Line, Record
from models.organisation import Organisation
from models.round import Round
from models.text import N_

FORMAT = "aantafel-export"


class ManifestRound(Record):
    id: Line
    year: int
    title: Line = ""


class Manifest(Record):
    """manifest.json: what the bundle is, for people and for the importer."""

    format: Literal["aantafel-export"]
    schema_version: int = Field(ge=1, le=1_000_000)
    app_version: Line
    created: dt.datetime
    organisation: Line = ""
    round: ManifestRound
    personal_data: bool
    documents: list[Line] = Field(default_factory=list, max_length=50)
    pdfs: list[Line] = Field(default_factory=list, max_length=100)
    tables: list[Line] = Field(default_factory=list, max_length=100)


class BundleData(Record):
    """data.json after validation: the round, its documents, the profile."""

    round: Round
    organisation: Organisation | None = None
    documents: dict[Line, dict[str, Any]] = Field(default_factory=dict, max_length=50)


def check_version(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise ImportRefused(
            N_(
                "This file was made with a newer version of Aan Tafel. "
                "Update the app and try again."
            )
        )


def upgrade(raw: dict[str, Any], version: int) -> dict[str, Any]:
    """data.json of ``version`` brought up to SCHEMA_VERSION, record by record.

    The same per-kind migrations as a data folder (``upgrade_record``): the
    round, the organisation profile and each round record by its kind.
    Anything of the wrong shape is left for the validation to refuse.
    """
    check_version(version)
    if version == SCHEMA_VERSION:
        return raw
    upgraded = dict(raw)
    try:
        if isinstance(raw.get("round"), dict):
            upgraded["round"] = upgrade_record("rounds", raw["round"], version)
        if isinstance(raw.get("organisation"), dict):
            upgraded["organisation"] = upgrade_record("organisation", raw["organisation"], version)
        docs = raw.get("documents")
        if isinstance(docs, dict):
            upgraded["documents"] = {
                kind: upgrade_record(kind, doc, version) if isinstance(doc, dict) else doc
                for kind, doc in docs.items()
            }
    except NewerSchemaError:  # pragma: no cover - check_version came first
        check_version(version)
    except Exception:
        raise ImportRefused(
            N_("The file is not in order: its old contents could not be converted.")
        ) from None
    return upgraded
