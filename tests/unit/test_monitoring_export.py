"""Monitoring in the export bundle (tabellen/monitoring.csv) and back through import, and
the Monitor from the command line for the demo."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.exchange.reader import read_bundle
from app.services import afspraken, monitoring
from app.services import rounds as rounds_service
from app.services.context import Services
from app.services.exchange import apply_import, export_round, preview_import
from app.services.negotiation_records import save_register
from models.agreements import Agreement, AgreementsRegister
from models.monitoring import HalfYear, Status


def test_bundle_holds_monitoring_csv_and_imports_back(services: Services, other: Services) -> None:
    repo = services.repo
    rounds_service.create_round(repo, 2026, ["Noorderveen"], ["Het Anker"])
    register = AgreementsRegister(
        round_id="2026",
        agreements=[Agreement(id="a1", theme_id="beschikbaarheid", what="90 woningen")],
    )
    save_register(repo, register)
    monitoring.record(
        repo,
        "2026",
        "a1",
        HalfYear(year=2026, half=1),
        Status.DELAYED,
        "40",
        "PWIK-dashboard",
        "Later dan gepland",
    )
    payload = export_round(repo, "2026", pdfs={})
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        rows = zf.read("tabellen/monitoring.csv").decode("utf-8-sig")
    assert "A1 90 woningen;1e helft 2026;Vertraagd;40;PWIK-dashboard;Later dan gepland" in rows
    apply_import(other.repo, preview_import(other.repo, read_bundle(payload)))
    assert monitoring.load_monitoring(other.repo, "2026") == monitoring.load_monitoring(
        repo, "2026"
    )


def test_print_monitor_from_the_command_line(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(demo_dir)
    out = tmp_path / "monitor.pdf"
    assert main(["--data-dir", data, "print", "monitor", "--round", "2026", "--out", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    behind = text[text.index("Wat loopt achter") : text.index("Beschikbaarheid")]
    assert "90 nieuwe sociale huurwoningen" in behind  # the demo's delayed agreement
    assert "Vragen voor het evaluatieoverleg" in text
    capsys.readouterr()
    assert main(["--data-dir", data, "print", "monitor", "--out", str(tmp_path / "m.txt")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_print_monitor_names_the_round_it_follows(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """While round 2100 is prepared (until 1 January 2100) the Monitor follows
    the agreements of 2099: the message must name 2099, as the PDF does."""
    rounds_service.create_round(services.repo, 2099, ["Noorderveen"], ["Het Anker"])
    afspraken.add_new_agreement(services.repo, "2099", "betaalbaarheid", what="Huur omlaag")
    rounds_service.create_round(services.repo, 2100, ["Noorderveen"], ["Het Anker"])
    services.close()
    out = tmp_path / "monitor.pdf"
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "data"), "print", "monitor", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Monitor van de afspraken voor Prestatieafspraken 2099 " in said
    assert "Huur omlaag" in "\n".join(p.extract_text() for p in PdfReader(out).pages)
