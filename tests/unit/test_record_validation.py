"""Issue 11 item 6: valid JSON that is invalid for the app is caught wherever
data enters: ``check``, the start (repair from the newest *valid* backup, and
say so), ``restore`` (refused, exit 2, nothing changed)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.i18n import _
from app.paths import DataPaths
from app.services.context import Services
from app.services.organisation import load_organisation
from app.services.rounds import list_rounds
from app.storage.backups import rotate_backup
from tests.folders import demo_folder
from tests.unit.test_cli import run, snapshot


def _demo(root: Path) -> None:
    demo_folder(root)
    Services.open(root).close()  # the start makes a backup of this state


def _main_raw(root: Path) -> dict[str, Any]:
    return dict(json.loads(DataPaths(root).main_db.read_text(encoding="utf-8")))


def _break_phase(raw: dict[str, Any]) -> dict[str, Any]:
    for record in raw["rounds"].values():
        record["phase"] = "negotiatoin"  # one wrong letter
    return raw


def _board_as_list(raw: dict[str, Any]) -> dict[str, Any]:
    raw["organisation"]["1"] = [raw["organisation"]["1"]["name"]]  # a list, not an object
    return raw


DAMAGES = {"wrong-letter": _break_phase, "list-not-object": _board_as_list}


@pytest.mark.parametrize("damage", DAMAGES)
def test_check_finds_records_the_models_refuse(
    tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(tmp_path)
    DataPaths(tmp_path).main_db.write_text(json.dumps(DAMAGES[damage](_main_raw(tmp_path))))
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "check"]) == 1
    out = capsys.readouterr().out
    assert "Alles is in orde" not in out
    assert "Beschadigd: " + str(DataPaths(tmp_path).main_db) in out


@pytest.mark.parametrize("damage", DAMAGES)
def test_start_repairs_from_the_newest_valid_backup(tmp_path: Path, damage: str) -> None:
    _demo(tmp_path)
    paths = DataPaths(tmp_path)
    paths.main_db.write_text(json.dumps(DAMAGES[damage](_main_raw(tmp_path))))
    rotate_backup(paths)  # the newest backup now holds the damage too: pass it over
    services = Services.open(tmp_path)
    try:
        organisation = load_organisation(services.repo)
        assert organisation is not None and organisation.name.endswith("De Eendracht")
        assert len(list_rounds(services.repo)) == 2  # every round record validates again
        texts = [_(n.message, **n.params) for n in services.notices]
        assert any("beschadigd" in t and "reservekopie" in t for t in texts), texts
    finally:
        services.close()
    assert list(paths.damaged_dir.iterdir()), "the damaged file is kept aside, not deleted"


def test_restore_refuses_a_backup_the_models_refuse(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _demo(data)
    good = tmp_path / "good.zip"
    assert main(["--data-dir", str(data), "backup", "--out", str(good)]) == 0
    bad = tmp_path / "bad.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            payload = source.read(name)
            if name == "aantafel.json":
                payload = json.dumps(_break_phase(json.loads(payload))).encode()
            target.writestr(name, payload)
    bad.write_bytes(buffer.getvalue())
    before = snapshot(data)
    result = run("--data-dir", str(data), "restore", str(bad))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "aantafel.json" in result.stderr
    assert snapshot(data) == before
