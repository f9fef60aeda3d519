"""Issue 11 item 8: paths on the command line can no longer destroy data.

Every refusal is exit 2 with one Dutch line and leaves the data folder exactly
as it was (compared byte for byte, backups included).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.unit.test_cli import ROOT, snapshot


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=90
    )


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-paths") / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


CASES = [
    (["backup", "--out", "{data}/aantafel.json"], "end in .zip"),
    (["backup", "--out", "{data}/kopie.zip"], "data folder"),
    (["backup", "--out", "{data}/rondes/2027.zip"], "data folder"),
    (["backup", "--out", "{tmp}/kopie.json"], "end in .zip"),
    (["backup", "--out", "{tmp}"], "is a folder"),
    (["backup", "--out", "{tmp}/exists.zip"], "already exists"),
    (["export", "--out", "{data}/ronde.zip"], "data folder"),
    (["export", "--out", "{tmp}/ronde.pdf"], "end in .zip"),
    (["export", "--out", "{tmp}/exists.zip"], "already exists"),
    (["print", "brief", "--out", "{data}/aantafel.pdf"], "data folder"),
    (["print", "brief", "--out", "{tmp}/brief.zip"], "end in .pdf"),
    (["print", "brief", "--out", "{tmp}/exists.pdf"], "already exists"),
]


@pytest.mark.parametrize(("args", "expected"), CASES)
def test_dangerous_out_paths_are_refused(
    demo_folder: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    (tmp_path / "exists.zip").write_bytes(b"keep me")
    (tmp_path / "exists.pdf").write_bytes(b"keep me")
    before = snapshot(demo_folder)
    filled = [a.format(data=demo_folder, tmp=tmp_path) for a in args]
    result = run("--lang", "en", "--data-dir", str(demo_folder), *filled)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert expected in result.stderr
    assert snapshot(demo_folder) == before
    assert (tmp_path / "exists.zip").read_bytes() == b"keep me"


def test_force_overwrites_an_existing_file(demo_folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopie.zip"
    target.write_bytes(b"old")
    assert main(["--data-dir", str(demo_folder), "backup", "--out", str(target), "--force"]) == 0
    assert target.read_bytes()[:2] == b"PK"


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mijn aantekeningen")
    for args in (["check"], ["demo"], ["backup", "--out", str(tmp_path / "b.zip")]):
        result = run("--data-dir", str(a_file), *args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "geen map" in result.stderr, result.stderr
    assert a_file.read_text() == "mijn aantekeningen"


def test_check_on_a_missing_folder_is_not_all_well(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "bestaat-niet"), "check")
    assert result.returncode == 2, result.stdout
    assert "Alles is in orde" not in result.stdout
    assert result.stderr.count("\n") == 1 and "geen map" in result.stderr
    assert not (tmp_path / "bestaat-niet").exists()


def test_import_preview_writes_nothing(demo_folder: Path, tmp_path: Path) -> None:
    export = tmp_path / "ronde.zip"
    assert main(["--data-dir", str(demo_folder), "export", "--out", str(export)]) == 0
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "demo"]) == 0
    before = snapshot(other)
    result = run("--data-dir", str(other), "import", "--preview", str(export))
    assert result.returncode == 0, result.stderr
    assert "niets veranderd" in result.stdout
    assert snapshot(other) == before
    (other / "aantafel.json").write_text("{kapot")  # start-up would repair this
    before = snapshot(other)
    result = run("--data-dir", str(other), "import", "--preview", str(export))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "beschadigd" in result.stderr
    assert snapshot(other) == before
