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
from app.storage.migrations import SCHEMA_VERSION, RawDB, migrate
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
    """data.json of ``version`` brought up to SCHEMA_VERSION, in the raw.

    The records are put in the shape of a data folder (``{table: {id: doc}}``),
    migrated with the storage migrations and taken out again. Anything of the
    wrong shape is left for the validation to refuse.
    """
    check_version(version)
    if version == SCHEMA_VERSION:
        return raw
    main: RawDB = {"meta": {"1": {"schema_version": version}}}
    if isinstance(raw.get("round"), dict):
        main["rounds"] = {"1": raw["round"]}
    if isinstance(raw.get("organisation"), dict):
        main["organisation"] = {"1": raw["organisation"]}
    docs = raw.get("documents")
    round_raw: RawDB = {}
    if isinstance(docs, dict):
        round_raw = {k: {"1": v} for k, v in docs.items() if isinstance(v, dict)}
    try:
        migrate(main, {"bundle": round_raw})
    except NewerSchemaError:  # pragma: no cover - check_version came first
        check_version(version)
    except Exception:
        raise ImportRefused(
            N_("The file is not in order: its old contents could not be converted.")
        ) from None
    upgraded = dict(raw)
    if "rounds" in main:
        upgraded["round"] = main["rounds"]["1"]
    if "organisation" in main:
        upgraded["organisation"] = main["organisation"]["1"]
    if isinstance(docs, dict):
        upgraded["documents"] = {
            k: round_raw[k]["1"] if k in round_raw else v for k, v in docs.items()
        }
    return upgraded
