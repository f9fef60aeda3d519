"""Reading a bundle straight into plain data, for Vergelijken (design §11).

Vergelijken reads hundreds of bundles and keeps a small summary of each. It
uses the import's own reader (``app.exchange.reader``: the same zip, size
and JSON checks, the same format and version checks, the same upgrades of
older bundles, the same refusals), but validates into plain dicts instead of
model objects, with each model's own schema
(``app.exchange.plain_validation``): the manifest, the round, the profile
and the round records a summary uses, all in *one* validation of data.json.
Other round records must be of a known kind and JSON objects, as an import
checks them before it validates each; they are not used, so not validated.

Reading this way takes about a tenth less time than the models and a
validation call per record did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import SchemaValidator, core_schema

from app.exchange.plain_validation import PlainValidator, Rules, plain_schema
from app.exchange.reader import (
    check_kinds,
    check_record_round,
    check_round,
    open_with,
    validate_parts,
    validation_refusal,
)
from app.exchange.schema import BundleData, Manifest


@dataclass(frozen=True)
class PlainBundle:
    """A bundle that passed every check, as plain data.

    ``data`` holds the round, the profile (or None) and ``documents``: the
    records named when the reader was made, validated; any other records as
    they were in the file.
    """

    manifest: dict[str, Any]
    data: dict[str, Any]
    members: list[str]

    @property
    def organisation_name(self) -> str:
        organisation = self.data["organisation"]
        return str(self.manifest["organisation"] or (organisation["name"] if organisation else ""))

    @property
    def year(self) -> int:
        return int(self.data["round"]["year"])

    @property
    def created(self) -> dt.datetime:
        created: dt.datetime = self.manifest["created"]
        return created

    @property
    def documents(self) -> dict[str, Any]:
        documents: dict[str, Any] = self.data["documents"]
        return documents


def _data_schema(records: Mapping[str, type[BaseModel]], rules: Rules) -> dict[str, Any]:
    """BundleData's schema as plain data, its ``documents`` a typed dict: each
    kind in ``records`` with its model's schema, any other as BundleData has it."""
    schema = plain_schema(BundleData)
    default = schema["fields"]["documents"]["schema"]
    if schema.get("type") != "typed-dict" or default["schema"].get("type") != "dict":
        raise TypeError("BundleData.documents is no longer a dict of records")
    default["schema"] = core_schema.typed_dict_schema(
        {
            kind: core_schema.typed_dict_field(plain_schema(model, rules), required=False)
            for kind, model in records.items()
        },
        extra_behavior="allow",
        extras_schema=default["schema"]["values_schema"],
    )
    return schema


def _refusing_in_the_record(validate: PlainValidator) -> PlainValidator:
    """``validate`` of data.json, refusing a wrong value in a round record as
    the import does: naming the record and the field in it, not data.json."""

    def validated(raw: Any) -> dict[str, Any]:
        try:
            return validate(raw)
        except ValidationError as exc:
            errors = exc.errors()
            where = errors[0]["loc"] if errors else ()
            if len(where) > 2 and where[0] == "documents":
                inside = [{**e, "loc": e["loc"][2:]} for e in errors if e["loc"][:2] == where[:2]]
                raise validation_refusal(inside, str(where[1])[:40]) from None
            raise

    return validated


def plain_reader(
    records: Mapping[str, type[BaseModel]], rules: Rules | None = None
) -> Callable[[Path | bytes], PlainBundle]:
    """A reader of bundles into plain data that validates the round records of
    the kinds in ``records`` with those models' schemas (``rules``: the dict
    versions of their model validators, see ``app.exchange.plain_validation``)."""
    manifest_as = SchemaValidator(plain_schema(Manifest)).validate_python
    data_as = _refusing_in_the_record(
        SchemaValidator(_data_schema(records, rules or {})).validate_python
    )

    def finish(members: list[str], raw_manifest: Any, raw_data: Any) -> PlainBundle:
        manifest, data = validate_parts(raw_manifest, raw_data, manifest_as, data_as)
        round_id = data["round"]["id"]
        check_round(manifest["round"]["id"], round_id)
        documents = data["documents"]
        check_kinds(documents)
        for kind in records.keys() & documents.keys():
            check_record_round(documents[kind].get("round_id", round_id), round_id)
        return PlainBundle(manifest, data, members)

    def read(source: Path | bytes) -> PlainBundle:
        return open_with(source, finish)

    return read
