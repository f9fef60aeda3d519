"""Monitoring service and the Monitor document (text checked with pypdf)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services import monitoring
from app.services import rounds as rounds_service
from app.services.context import Services
from app.storage.repository import Repository
from models.agreements import Agreement, AgreementsRegister
from models.base import InvalidInput
from models.monitoring import HalfYear, Status

H1 = HalfYear(year=2026, half=1)
H2 = HalfYear(year=2026, half=2)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    services = Services.open(tmp_path / "data")
    rounds_service.create_round(services.repo, 2026, ["Noorderveen"], ["Het Anker"])
    register = AgreementsRegister(
        round_id="2026",
        agreements=[
            Agreement(
                id="nieuwbouw",
                theme_id="betaalbaarheid",
                what="Het Anker bouwt 80 sociale huurwoningen",
                target="80 woningen",
                target_value=80,
                unit="woningen",
                years=[2026],
            ),
            Agreement(
                id="schimmel",
                theme_id="eigen",
                theme_title="Schimmel & vocht <aanpak>",
                what="Alle meldingen binnen 6 weken opgelost",
                years=[2026],
            ),
            Agreement(id="isolatie", theme_id="betaalbaarheid", what="200 woningen isoleren"),
        ],
    )
    services.repo.save_round_doc("2026", "afspraken", register.model_dump(mode="json"))
    yield services.repo
    services.close()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_checks_are_stored_per_half_year(repo: Repository) -> None:
    monitoring.record(repo, "2026", "nieuwbouw", H1, Status.ON_TRACK, "20", "PWIK-dashboard")
    monitoring.record(
        repo,
        "2026",
        "nieuwbouw",
        H2,
        Status.DELAYED,
        "40",
        "Volkshuisvestingsverslag",
        "Vergunning vertraagd",
    )
    statuses = {s.agreement.id: s for s in monitoring.agreement_statuses(repo, "2026")}
    assert statuses["nieuwbouw"].status == Status.DELAYED
    assert [c.status for c in statuses["nieuwbouw"].history] == [Status.ON_TRACK, Status.DELAYED]
    assert statuses["isolatie"].status == Status.UNKNOWN
    assert monitoring.reached_text(
        statuses["nieuwbouw"].agreement, statuses["nieuwbouw"].latest
    ) == ("40 van 80 woningen (50%)")


def test_bad_input_is_refused_and_nothing_changes(repo: Repository) -> None:
    with pytest.raises(InvalidInput):
        monitoring.record(repo, "2026", "nieuwbouw", H1, Status.DELAYED, "heel veel")
    with pytest.raises(InvalidInput):
        monitoring.record(repo, "2026", "bestaat-niet", H1, Status.DELAYED)
    assert repo.load_round_doc("2026", "monitoring") is None


def test_unmet_agreements_are_the_ones_not_realised(repo: Repository) -> None:
    monitoring.record(repo, "2026", "schimmel", H2, Status.REALISED)
    monitoring.record(repo, "2026", "nieuwbouw", H2, Status.NOT_REALISED)
    unmet = [i.agreement.id for i in monitoring.unmet_agreements(repo, "2026")]
    assert unmet == ["nieuwbouw", "isolatie"]


def test_monitor_shows_per_theme_what_is_behind_and_questions(repo: Repository) -> None:
    monitoring.record(repo, "2026", "nieuwbouw", H1, Status.ON_TRACK, "20")
    monitoring.record(
        repo,
        "2026",
        "nieuwbouw",
        H2,
        Status.DELAYED,
        "40",
        "Volkshuisvestingsverslag",
        "Vergunning vertraagd",
    )
    monitoring.record(repo, "2026", "schimmel", H2, Status.REALISED, "", "Eigen waarneming")
    text = pdf_text(monitoring.monitor_pdf(repo, "2026"))
    assert "Monitor van de afspraken" in text
    assert "Wat loopt achter" in text
    assert "Het Anker bouwt 80 sociale huurwoningen" in text
    assert "Vertraagd" in text and "Gerealiseerd" in text and "Onbekend" in text
    assert "40 van 80 woningen (50%)" in text
    assert "Vergunning vertraagd" in text
    assert "Schimmel & vocht <aanpak>" in text  # user text escaped, not read as markup
    assert "1e helft 2026: Op schema" in text  # history
    assert "A1: waarom loopt dit achter" in text
    assert "A3: wie kan ons vertellen" in text
    assert "Laatste meting: 2e helft 2026" in text


def test_monitor_without_agreements_says_what_to_do(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "leeg")
    try:
        rounds_service.create_round(services.repo, 2027, [], [])
        text = pdf_text(monitoring.monitor_pdf(services.repo, "2027"))
    finally:
        services.close()
    assert "nog geen afspraken" in text
