"""Vergelijken's plain reader refuses what the import refuses, with the same
message, and reads what the import reads, as the same values
(``app.exchange.plain_reader``: one validation of data.json into dicts)."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.exchange.errors import ImportRefused
from app.exchange.reader import read_bundle
from app.services.vergelijken import read_for_summary
from models.comparison import SUMMARY_KINDS
from tests.bundle_factory import make_bundle
from tests.data.bad.make_bad_files import DATA, MANIFEST, _bundle
from tests.spoiled_records import spoil
from tests.unit.test_bad_imports import BAD

Outcome = tuple[str, dict[str, Any]] | str


def _outcome(read: Any, source: Path | bytes) -> Outcome:
    """The refusal's message and values, or "read"."""
    try:
        read(source)
    except ImportRefused as exc:
        return exc.message, dict(exc.params)
    return "read"


def _payload(index: int) -> bytes:
    """A generated bundle with a bod and an agreements register."""
    return make_bundle(index).payload


def _with_data(payload: bytes, change: Any) -> bytes:
    """``payload`` with its data.json changed by ``change(data) -> data``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(payload)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            raw = src.read(info)
            if info.filename == "data.json":
                raw = json.dumps(change(json.loads(raw))).encode()
            dst.writestr(info, raw)
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.glob("*.zip")))
def test_every_file_of_the_catalogue_as_the_import(name: str) -> None:
    payload = (BAD / name).read_bytes()
    assert _outcome(read_for_summary, payload) == _outcome(read_bundle, payload)


def _index_with_all_kinds() -> int:
    return next(
        i for i in range(20) if set(SUMMARY_KINDS) <= set(read_bundle(_payload(i)).data.documents)
    )


SPOILS: list[tuple[str, tuple[Any, ...], Any]] = [
    ("checklist", ("answers", "<first>", "answer"), "misschien"),
    ("checklist", ("answers", "<first>", "admin"), True),
    ("checklist", ("round_id",), "2020"),
    ("position", ("themes", 0, "wishes"), "x" * 100_001),
    ("position", ("themes", 0, "priority"), "heel erg"),
    ("position", ("themes", 0, "demands"), [{"id": "x"}] * 1000),
    ("bod", ("demand_tracks", 0, "history", 0, "status"), "gewonnen"),
    ("bod", ("first_year",), 1800),
    ("afspraken", ("signatures",), [{"party": "huurders"}, {"party": "huurders"}]),
    ("afspraken", ("agreements", 0, "years"), ["nooit"]),
    ("afspraken", ("extra",), 1),
]


@pytest.mark.parametrize(("kind", "path", "value"), SPOILS)
def test_a_wrong_record_is_refused_as_the_import_refuses(
    kind: str, path: tuple[Any, ...], value: Any
) -> None:
    """The refusal names the record and the field in it, as an import's does
    (not data.json as a whole)."""

    def change(data: dict[str, Any]) -> dict[str, Any]:
        record = data["documents"][kind]
        where = tuple(next(iter(record["answers"])) if p == "<first>" else p for p in path)
        data["documents"][kind] = spoil(record, where, value)
        return data

    payload = _with_data(_payload(_index_with_all_kinds()), change)
    refused = _outcome(read_bundle, payload)
    assert refused != "read"
    assert _outcome(read_for_summary, payload) == refused


@pytest.mark.parametrize(
    ("path", "value"),
    [(("round", "year"), "tweeduizend"), (("organisation", "member_count"), "veel")],
)
def test_a_wrong_round_or_profile_is_refused_as_the_import_refuses(
    path: tuple[str, str], value: Any
) -> None:
    payload = _with_data(_payload(0), lambda data: spoil(data, path, value))
    refused = _outcome(read_bundle, payload)
    assert refused != "read"
    assert _outcome(read_for_summary, payload) == refused


@pytest.mark.parametrize("index", range(6))
def test_the_same_values_as_the_models(index: int) -> None:
    payload = _payload(index)
    bundle, plain = read_bundle(payload), read_for_summary(payload)
    assert plain.manifest == bundle.manifest.model_dump()
    assert plain.data["round"] == bundle.data.round.model_dump()
    organisation = bundle.data.organisation
    assert plain.data["organisation"] == (organisation.model_dump() if organisation else None)
    assert plain.documents.keys() == bundle.documents.keys()
    for kind in SUMMARY_KINDS & bundle.documents.keys():
        assert plain.documents[kind] == bundle.documents[kind].model_dump()
    assert (plain.organisation_name, plain.year, plain.created) == (
        bundle.organisation_name,
        bundle.year,
        bundle.created,
    )


def test_reads_a_file_as_the_import(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(_payload(1))
    assert read_for_summary(path).manifest == read_bundle(path).manifest.model_dump()
    assert _outcome(read_for_summary, tmp_path / "gone.zip") == _outcome(
        read_bundle, tmp_path / "gone.zip"
    )


def test_an_older_bundle_is_upgraded_as_the_import_upgrades_it() -> None:
    data = copy.deepcopy(DATA)
    round_ = data["round"]
    del round_["municipalities"], round_["housing_associations"]
    round_["municipality"] = "Noorderveen"
    payload = _bundle(manifest={**MANIFEST, "schema_version": 1}, data=data)
    plain = read_for_summary(payload)
    assert plain.data["round"]["municipalities"] == ["Noorderveen"]
    assert plain.data["round"] == read_bundle(payload).data.round.model_dump()
