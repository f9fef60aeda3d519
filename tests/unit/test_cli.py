"""Command line contract (design §5): exit codes, Dutch one-liners, no tracebacks,
data unchanged on refusal."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.paths import DataPaths
from tests.folders import held_open

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".aantafel.lock"
    }


def test_demo_check_backup_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    assert "De Eendracht" not in capsys.readouterr().err
    assert main(["--data-dir", data, "check"]) == 0
    assert "Alles is in orde." in capsys.readouterr().out
    out = tmp_path / "kopie.zip"
    assert main(["--data-dir", data, "backup", "--out", str(out)]) == 0
    assert zipfile.ZipFile(out).read("aantafel.json")
    before = {k: json.loads(v) for k, v in snapshot(tmp_path / "data" / "rondes").items()}
    DataPaths(tmp_path / "data").main_db.write_text("{}")
    assert main(["--data-dir", data, "restore", str(out)]) == 0
    assert b"De Eendracht" in DataPaths(tmp_path / "data").main_db.read_bytes()
    after = {k: json.loads(v) for k, v in snapshot(tmp_path / "data" / "rondes").items()}
    assert after == before


def test_demo_refuses_when_data_exists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    before = snapshot(tmp_path / "data")
    capsys.readouterr()
    assert main(["--data-dir", data, "demo"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "al gegevens" in err
    assert {k: v for k, v in snapshot(tmp_path / "data").items() if "backups" not in k} == {
        k: v for k, v in before.items() if "backups" not in k
    }


@pytest.mark.parametrize(
    "args, expected",
    [
        (["bogus"], "geen geldige keuze"),
        (["web", "--port", "abc"], "poort"),
        (["backup"], "ontbreekt"),
        (["--lang", "fr", "check"], "geen geldige keuze"),
        (["restore", "/does/not/exist.zip"], "bestaat niet"),
        (["backup", "--out", "/does/not/exist/x.zip"], "bestaat niet"),
    ],
)
def test_bad_input_exits_2_with_one_dutch_line(
    tmp_path: Path, args: list[str], expected: str
) -> None:
    main(["--data-dir", str(tmp_path / "data"), "demo"])
    before = snapshot(tmp_path / "data")
    result = run("--data-dir", str(tmp_path / "data"), *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert expected in result.stderr
    assert snapshot(tmp_path / "data") == before


def test_restore_refuses_garbage_and_changes_nothing(tmp_path: Path) -> None:
    main(["--data-dir", str(tmp_path / "data"), "demo"])
    garbage = tmp_path / "kapot.zip"
    garbage.write_bytes(b"PK\x03\x04 this is not really a zip")
    before = snapshot(tmp_path / "data")
    result = run("--data-dir", str(tmp_path / "data"), "restore", str(garbage))
    assert result.returncode == 2 and "beschadigd" in result.stderr
    assert snapshot(tmp_path / "data") == before


def test_writing_commands_refused_while_app_has_folder_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    main(["--data-dir", str(data), "demo"])
    backup = tmp_path / "b.zip"
    main(["--data-dir", str(data), "backup", "--out", str(backup)])
    with held_open(data):
        before = snapshot(data)
        result = run("--data-dir", str(data), "demo")
        assert result.returncode == 2
        assert "al open" in result.stderr and result.stderr.count("\n") == 1
        result = run("--data-dir", str(data), "restore", str(backup))
        assert result.returncode == 2 and "al open" in result.stderr
        # reading is allowed while the app runs: a backup to elsewhere works
        assert (
            run("--data-dir", str(data), "backup", "--out", str(tmp_path / "c.zip")).returncode == 0
        )
        assert snapshot(data) == before


def test_english_with_lang_en(tmp_path: Path) -> None:
    result = run("--lang", "en", "--data-dir", str(tmp_path / "d"), "bogus")
    assert result.returncode == 2 and "is not a valid choice" in result.stderr


def test_check_reports_damage_with_exit_1(tmp_path: Path) -> None:
    main(["--data-dir", str(tmp_path / "data"), "demo"])
    DataPaths(tmp_path / "data").main_db.write_text("{kapot")
    result = run("--data-dir", str(tmp_path / "data"), "check")
    assert result.returncode == 1
    assert "Beschadigd" in result.stdout


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_log_file_is_readable_by_owner_only(tmp_path: Path) -> None:
    import logging

    from app.cli import _log_to_file

    log = tmp_path / "aantafel.log"
    before = logging.getLogger().handlers[:]
    try:
        _log_to_file(log)
    finally:
        for handler in logging.getLogger().handlers[len(before) :]:
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
