"""The catalogue of hostile and damaged import files (tests/data/bad/): each is
refused with a clear Dutch message, exit 2, and the data folder stays
byte-for-byte the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.exchange.errors import ImportRefused
from app.exchange.reader import read_bundle
from app.i18n import _, set_language
from app.services.context import Services
from app.services.demo import add_demo
from app.services.exchange import preview_import
from tests.data.bad.make_bad_files import files

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"

#: file -> a piece of the Dutch message it must be refused with
CATALOGUE = {
    "not_a_zip.zip": "beschadigd of is helemaal geen exportbestand",
    "truncated.zip": "beschadigd",
    "zip_slip.zip": "onveilige naam (../../evil.txt)",
    "zip_slip_absolute.zip": "onveilige naam (/etc/evil.txt)",
    "zip_bomb.zip": "uitgepakt veel te groot",
    "missing_manifest.zip": "manifest.json ontbreekt",
    "wrong_format.zip": "de naam van het formaat klopt niet",
    "newer_schema.zip": "Werk de app bij",
    "duplicate_keys.zip": "'round' staat twee keer in data.json",
    "deep_nesting.zip": "data.json is te diep genest",
    "wrong_types.zip": "verkeerde of te lange waarde (round.year)",
    "oversized_string.zip": "verkeerde of te lange waarde (round.title)",
    "other_round_mixed.zip": "gegevens van een andere ronde tussen (2026)",
    "unknown_field.zip": "verkeerde of te lange waarde (round.admin)",
    "unknown_kind.zip": "niet kent (macro)",
    "round_id_path.zip": "ongeldige code",
    "not_json.zip": "data.json is geen geldige JSON",
}


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bad") / "data"
    services = Services.open(root)
    add_demo(services.repo)
    services.close()
    return root


def test_catalogue_files_are_committed_and_current() -> None:
    made = files()
    assert set(CATALOGUE) | {"valid.zip"} == set(made)
    for name, content in made.items():
        assert (BAD / name).read_bytes() == content, f"run make_bad_files.py: {name} is stale"
        assert len(content) < 64 * 1024, name


def test_the_valid_base_file_is_accepted() -> None:
    bundle = read_bundle(BAD / "valid.zip")
    assert bundle.data.round.id == "2027"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_refused_by_reader(name: str) -> None:
    set_language("nl")
    with pytest.raises(ImportRefused) as info:
        read_bundle(BAD / name)
    message = _(info.value.message, **info.value.params)
    assert CATALOGUE[name] in message
    # the same from bytes (web upload)
    with pytest.raises(ImportRefused):
        read_bundle((BAD / name).read_bytes())


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_cli_refuses_and_data_is_unchanged(
    name: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(data_dir)
    code = main(["--data-dir", str(data_dir), "import", str(BAD / name)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("aantafel: ")
    assert CATALOGUE[name] in err
    assert "Traceback" not in err
    assert snapshot(data_dir) == before


def test_cli_refuses_while_the_app_has_the_folder_open(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.open(data_dir)  # the app holds the lock
    try:
        before = snapshot(data_dir)
        code = main(["--data-dir", str(data_dir), "import", str(BAD / "valid.zip")])
        assert code == 2
        assert "al open" in capsys.readouterr().err
        assert snapshot(data_dir) == before
    finally:
        services.close()


def test_missing_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "nee.zip")])
    assert code == 2
    assert "kan niet worden geopend" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_preview_of_valid_file_writes_nothing(data_dir: Path) -> None:
    services = Services.open(data_dir)
    try:
        before = snapshot(data_dir)
        preview_import(services.repo, read_bundle(BAD / "valid.zip"))
        assert snapshot(data_dir) == before
    finally:
        services.close()
