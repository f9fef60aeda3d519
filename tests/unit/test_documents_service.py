"""The documents service on the demo data, and the `aantafel print` command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.cli import main
from app.services import documents
from app.services import meeting as meeting_service
from app.services.context import Services
from models.base import InvalidInput
from tests.unit.test_documents_data import read, text_of


@pytest.fixture
def services(demo_services: Services) -> Services:
    return demo_services


@pytest.mark.parametrize(
    ("kind", "expected", "max_pages"),
    [
        (
            "brief",
            ["Vergaderbrief", "Gemeentehuis Noorderveen", "Wie spreekt: Grażyna Kowalska"],
            2,
        ),
        ("position", ["Inzetnotitie", "Inhoud", "Bronnen"], 12),
        ("checklist", ["Gelijkwaardigheidscheck", "Actielijst", "vorige ronde"], 10),
        ("process", ["Procesbrief", "Het bestuur van", "Wat wij zelf doen", "Mehmet Yılmaz"], 2),
        ("survey", ["Enquête voor leden", "Heel belangrijk", "Dorpsstraat 12"], 5),
    ],
)
def test_every_demo_document(
    services: Services, kind: str, expected: list[str], max_pages: int
) -> None:
    data = documents.build_document(services.repo, kind, "2027", today=dt.date(2027, 3, 1))
    text = text_of(data)
    for item in expected:
        assert item in text, item
    assert "Huurdersvereniging De Eendracht" in text
    reader = read(data)
    assert 1 <= len(reader.pages) <= max_pages
    assert documents.page_count(data) == len(reader.pages)
    assert reader.metadata.author == "Huurdersvereniging De Eendracht"
    assert "1 maart 2027" in text  # the date in the footer


def test_round_pdfs_leave_participants_out(services: Services) -> None:
    pdfs = documents.round_pdfs(services.repo, "2027", personal_data=False)
    # Every feature's documents are in the bundle (features add theirs to this set).
    assert {
        "Achterbanrapport 2027.pdf",
        "Brief aan de RvC 2027.pdf",
        "Checklistrapport 2027.pdf",
        "Enquete 2027.pdf",
        "Inzetnotitie intern 2027.pdf",
        "Inzetnotitie voor partners 2027.pdf",
        "Procesbrief 2027.pdf",
        "Vergaderbrief 2027.pdf",
        "Reactie op het bod 2027.pdf",
        "Afsprakenoverzicht 2027.pdf",
    } <= set(pdfs)
    assert "secretaris@" not in text_of(pdfs["Procesbrief 2027.pdf"])  # contact is personal
    assert "secretaris@" in text_of(documents.build_document(services.repo, "process", "2027"))
    brief = text_of(pdfs["Vergaderbrief 2027.pdf"])
    assert "directeur-bestuurder" not in brief
    with_people = text_of(documents.build_document(services.repo, "brief", "2027"))
    assert "directeur-bestuurder" in with_people


def test_contents_preview(services: Services) -> None:
    assert any("thema's" in line for line in documents.contents(services.repo, "brief", "2027"))
    assert any("punten" in line for line in documents.contents(services.repo, "checklist", "2027"))
    assert documents.contents(services.repo, "survey", "2027")


def test_unknown_round_is_refused(services: Services) -> None:
    with pytest.raises(InvalidInput):
        documents.build_document(services.repo, "brief", "1999")


def test_meeting_edits_save_and_clear(tmp_path: Path) -> None:
    opened = Services.open(tmp_path, allow_read_only=False)
    try:
        repo = opened.repo
        meeting_service.update_meeting(repo, "2027", place="Buurthuis", date=dt.date(2027, 9, 1))
        meeting_service.set_speaker(repo, "2027", "t1", "Zoë")
        meeting_service.set_questions(repo, "2027", "t1", "Vraag 1\nVraag 2")
        meeting = meeting_service.load_meeting(repo, "2027")
        assert meeting.place == "Buurthuis" and meeting.speaker_for("t1") == "Zoë"
        assert meeting.questions_for("t1") == ["Vraag 1", "Vraag 2"]
        meeting_service.set_speaker(repo, "2027", "t1", "  ")
        assert meeting_service.load_meeting(repo, "2027").speakers == {}
        with pytest.raises(InvalidInput):
            meeting_service.update_meeting(repo, "2027", place="x" * 301)
        with pytest.raises(ValueError):
            meeting_service.update_meeting(repo, "2027", speakers={})
    finally:
        opened.close()


def test_write_pdf_adds_suffix_and_reports_bad_folder(tmp_path: Path) -> None:
    assert documents.write_pdf(b"%PDF", tmp_path / "brief").name == "brief.pdf"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InvalidInput):
        documents.write_pdf(b"%PDF", blocker / "sub" / "x.pdf")


def test_open_in_viewer_uses_the_system_opener(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    assert documents.open_in_viewer(tmp_path / "x.pdf", runner=lambda cmd, **kw: calls.append(cmd))
    assert calls and calls[0][-1].endswith("x.pdf")

    def fail(cmd: list[str], **kw: object) -> None:
        raise OSError("no opener")

    assert not documents.open_in_viewer(tmp_path / "x.pdf", runner=fail)


def test_cli_print_writes_pdf(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.pdf"
    code = main(
        ["--data-dir", str(demo_dir), "print", "brief", "--round", "2027", "--out", str(out)]
    )
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Vergaderbrief" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["print", "folder", "--out", "x.pdf"], "geen geldige keuze"),
        (["print", "brief", "--round", "1999", "--out", "OUT"], "Er is geen ronde 1999."),
        (["print", "brief", "--out", "x.txt"], "moet eindigen op .pdf"),
        (["print", "brief", "--out", "/nonexistent-folder/x.pdf"], "bestaat niet"),
        (["print", "brief"], "--out"),
    ],
)
def test_cli_print_bad_arguments(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    args = [str(tmp_path / "b.pdf") if a == "OUT" else a for a in args]
    code = main(["--data-dir", str(demo_dir), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
