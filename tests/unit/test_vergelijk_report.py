"""Vergelijkingsrapport, CSV and ``aantafel vergelijk``: anonymous by default
(no organisation or file name in the PDF text), names with --met-namen, small
selections show no figures, the CSV opens in Dutch Excel, and the command
line refuses bad input with exit 2 and one Dutch line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.documents.comparison_report import ComparisonDoc, build_comparison_report
from app.services.vergelijken import Comparison, compare_folder, overview_of, report_csv, report_pdf
from models.comparison import Filters, OrgRound, ThemeChoice, org_key
from tests.bundle_factory import GeneratedBundle, write_bundles
from tests.unit.test_bad_imports import BAD


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[GeneratedBundle]]:
    root = tmp_path_factory.mktemp("vergelijk") / "exports"
    made = write_bundles(root, 30)
    shutil.copy(BAD / "truncated.zip", root / "kapot.zip")
    return root, made


@pytest.fixture(scope="module")
def comparison(folder: tuple[Path, list[GeneratedBundle]]) -> Comparison:
    return compare_folder(folder[0])


def test_anonymous_report_names_no_organisation(
    folder: tuple[Path, list[GeneratedBundle]], comparison: Comparison
) -> None:
    made = folder[1]
    text = pdf_text(report_pdf(comparison, today=dt.date(2027, 3, 1)))
    assert "Vergelijkingsrapport" in text
    organisations = len({b.organisation for b in made})
    assert f"{organisations} organisaties" in text
    assert "Mediaan" in text and "A. Formele positie en middelen" in text
    assert "Dit rapport noemt geen namen van organisaties." in text
    for bundle in made:
        assert bundle.organisation not in text
        assert bundle.file_name not in text
    assert "kapot.zip" not in text and "beschadigd: 1" in text


def test_report_with_names(
    folder: tuple[Path, list[GeneratedBundle]], comparison: Comparison
) -> None:
    text = pdf_text(report_pdf(comparison, with_names=True))
    for bundle in folder[1]:
        assert bundle.organisation in text
    assert "kapot.zip" in text


def test_small_selection_shows_no_figures(comparison: Comparison) -> None:
    one = comparison.items[0]
    small = Filters(gemeente=one.gemeenten[0], corporation=one.corporations[0])
    assert len({i.key for i in comparison.selection(small)}) < 5
    text = pdf_text(report_pdf(comparison, small))
    assert "Minder dan 5 organisaties in deze selectie" in text
    assert "Mediaan" not in text


def _with_talks(n: int) -> OrgRound:
    return OrgRound(
        file_name=f"{n}.zip",
        organisation=f"HV {n}",
        year=2027,
        round_title="",
        phase="monitoring",
        gemeenten=("Utrecht",),
        corporations=("Mitros",),
        provinces=("Utrecht",),
        member_count=None,
        group_scores={"A": 50},
        overall=40 + n,
        answers={"A1": "nee"},
        themes=(ThemeChoice("betaalbaarheid", "", "must", 2),),
        demand_statuses={"afgesproken": 3, "afgewezen": 1},
        tenant_signing="voorbehoud" if n % 2 else "niet_getekend",
        agreements=4,
        key=org_key(f"HV {n}"),
    )


def test_report_shows_talks_and_signing_where_bundles_hold_them() -> None:
    items = [_with_talks(n) for n in range(6)]
    doc = ComparisonDoc(
        overview=overview_of(items),
        items=items,
        skipped=[],
        filters=Filters(),
        made_on=dt.date(2027, 12, 1),
        read=6,
    )
    text = pdf_text(build_comparison_report(doc))
    assert "6 organisaties volgden 24 eisen in het overleg." in text
    assert "Afgesproken: 18 eisen (75%); deels afgesproken: 0 (0%); afgewezen: 6 (25%)." in text
    assert (
        "Ondertekening door 6 huurdersorganisaties met afspraken: getekend 0, getekend met "
        "voorbehoud 3, niet getekend 3, nog niet besloten 0." in text
    )
    assert "HV 1" not in text


def test_csv_one_row_per_organisation_and_round(comparison: Comparison) -> None:
    raw = report_csv(comparison)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Code", "Jaar", "Fase"]
    assert len(rows) == 1 + len(comparison.items)
    assert all(r[0].startswith("ORG-") for r in rows[1:])
    assert not any(i.organisation in raw.decode("utf-8-sig") for i in comparison.items)
    named = report_csv(comparison, with_names=True).decode("utf-8-sig")
    first = comparison.items[0]
    assert f"{first.organisation};{first.file_name};{first.year}" in named


def test_cli_writes_report_and_lists_skipped_files(
    folder: tuple[Path, list[GeneratedBundle]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, table = tmp_path / "rapport.pdf", tmp_path / "tabel.csv"
    data = tmp_path / "data"
    code = main(
        [
            "--data-dir",
            str(data),
            "vergelijk",
            str(folder[0]),
            "--out",
            str(out),
            "--csv",
            str(table),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert captured.err.strip() == (
        "Overgeslagen: kapot.zip: beschadigd — Dit bestand is beschadigd of is helemaal geen "
        "exportbestand van Aan Tafel (een .zip-bestand)."
    )
    assert "Vergelijkingsrapport" in pdf_text(out.read_bytes())
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not data.exists()  # the data folder is not even created


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("rapport.txt", "moet eindigen op .pdf"),
        ("data/rapport.pdf", "niet in de map met je gegevens"),
    ],
)
def test_cli_refuses_bad_output(
    folder: tuple[Path, list[GeneratedBundle]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    out: str,
    message: str,
) -> None:
    (tmp_path / "data").mkdir()
    code = main(
        [
            "--data-dir",
            str(tmp_path / "data"),
            "vergelijk",
            str(folder[0]),
            "--out",
            str(tmp_path / out),
        ]
    )
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and message in err


def test_cli_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "leeg").mkdir()
    code = main(["vergelijk", str(tmp_path / "leeg"), "--out", str(tmp_path / "r.pdf")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert "staat geen leesbaar exportbestand van Aan Tafel" in err[0]
    assert not (tmp_path / "r.pdf").exists()
