"""Schema versions: stored older samples upgrade; newer data is refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.paths import DataPaths
from app.services.organisation import load_organisation
from app.services.rounds import list_rounds
from app.storage.backups import list_backups
from app.storage.errors import NewerSchemaError
from app.storage.migrations import MIGRATIONS, SCHEMA_VERSION, check_registry
from app.storage.repository import Repository

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "versions"


def test_registry_has_no_gaps() -> None:
    check_registry()
    assert [m.name for m in MIGRATIONS] == sorted(m.name for m in MIGRATIONS)


def test_v1_sample_upgrades(tmp_path: Path) -> None:
    shutil.copytree(SAMPLES / "v1", tmp_path / "data")
    repo = Repository.open(tmp_path / "data")
    org = load_organisation(repo)
    assert org is not None
    assert org.housing_associations == ["Woonstichting Het Anker"]
    assert org.municipalities == ["Noorderveen"]
    [round_] = list_rounds(repo)
    assert round_.municipalities == ["Noorderveen"]
    assert repo.load_round_doc("2024", "notes") == {"text": "Oude notitie"}
    repo.close()
    raw = json.loads(DataPaths(tmp_path / "data").main_db.read_text(encoding="utf-8"))
    assert raw["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    # the old data is kept in a backup, so the upgrade can be undone
    assert list_backups(DataPaths(tmp_path / "data"))


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    newer = {"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}, "future": {"1": {"x": 1}}}
    (root / "aantafel.json").write_text(json.dumps(newer))
    before = (root / "aantafel.json").read_bytes()
    with pytest.raises(NewerSchemaError):
        Repository.open(root)
    assert (root / "aantafel.json").read_bytes() == before


def test_records_upgrade_by_kind_without_touching_the_input() -> None:
    from app.storage.migrations import upgrade_record

    old = {"name": "De Eendracht", "municipality": "Noorderveen", "housing_association": " "}
    new = upgrade_record("organisation", old, 1)
    assert new["municipalities"] == ["Noorderveen"] and new["housing_associations"] == []
    assert "municipality" not in new and old["municipality"] == "Noorderveen"
    assert upgrade_record("position", {"round_id": "2024"}, 1) == {"round_id": "2024"}
    with pytest.raises(NewerSchemaError):
        upgrade_record("organisation", old, SCHEMA_VERSION + 1)


def test_a_bundle_upgrades_with_the_same_record_migrations() -> None:
    from app.exchange.schema import upgrade

    raw = {
        "round": {"id": "2024", "municipality": "Noorderveen"},
        "organisation": {"name": "X", "housing_association": "Het Anker"},
        "documents": {"position": {"round_id": "2024"}},
    }
    upgraded = upgrade(raw, 1)
    assert upgraded["round"] == {"id": "2024", "municipalities": ["Noorderveen"]}
    assert upgraded["organisation"]["housing_associations"] == ["Het Anker"]
    assert upgraded["documents"] == {"position": {"round_id": "2024"}}
    assert raw["round"] == {"id": "2024", "municipality": "Noorderveen"}
