"""Monitoring service and the Monitor document (text checked with pypdf)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.services import afspraken, monitoring
from app.services import rounds as rounds_service
from app.services.context import Services
from app.storage.repository import Repository
from models.base import InvalidInput
from models.monitoring import HalfYear, Status
from models.themes import CUSTOM_THEME_ID

H1 = HalfYear(year=2026, half=1)
H2 = HalfYear(year=2026, half=2)


@pytest.fixture
def repo(services: Services) -> Repository:
    rounds_service.create_round(services.repo, 2026, ["Noorderveen"], ["Het Anker"])
    return services.repo


def _counted(value: int, unit: str) -> dict[str, Any]:
    """The target fields of an agreement with a number to reach."""
    return {"target": f"{value} {unit}", "target_value": value, "unit": unit}


@pytest.fixture
def ids(repo: Repository) -> dict[str, str]:
    """Three agreements of 2026, entered as on the Afspraken screen: one with a
    number to reach, one in an own theme whose name looks like markup, one
    without years. Name -> the id the app gave it."""

    def add(theme_id: str, what: str, **fields: Any) -> str:
        return afspraken.add_new_agreement(repo, "2026", theme_id, what=what, **fields).id

    return {
        "nieuwbouw": add(
            "betaalbaarheid",
            "Het Anker bouwt 80 sociale huurwoningen",
            years=[2026],
            **_counted(80, "woningen"),
        ),
        "schimmel": add(
            CUSTOM_THEME_ID,
            "Alle meldingen binnen 6 weken opgelost",
            theme_title="Schimmel & vocht <aanpak>",
            years=[2026],
        ),
        "isolatie": add("betaalbaarheid", "200 woningen isoleren"),
    }


def _record_delay(repo: Repository, agreement_id: str) -> None:
    """The second half of 2026: behind, with a figure, a source and a reason."""
    monitoring.record(
        repo,
        "2026",
        agreement_id,
        H2,
        Status.DELAYED,
        "40",
        "Volkshuisvestingsverslag",
        "Vergunning vertraagd",
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_checks_are_stored_per_half_year(repo: Repository, ids: dict[str, str]) -> None:
    monitoring.record(repo, "2026", ids["nieuwbouw"], H1, Status.ON_TRACK, "20", "PWIK-dashboard")
    _record_delay(repo, ids["nieuwbouw"])
    statuses = {s.agreement.id: s for s in monitoring.agreement_statuses(repo, "2026")}
    assert statuses[ids["nieuwbouw"]].status == Status.DELAYED
    assert [c.status for c in statuses[ids["nieuwbouw"]].history] == [
        Status.ON_TRACK,
        Status.DELAYED,
    ]
    assert statuses[ids["isolatie"]].status == Status.UNKNOWN
    assert monitoring.reached_text(
        statuses[ids["nieuwbouw"]].agreement, statuses[ids["nieuwbouw"]].latest
    ) == ("40 van 80 woningen (50%)")


def test_bad_input_is_refused_and_nothing_changes(repo: Repository, ids: dict[str, str]) -> None:
    with pytest.raises(InvalidInput):
        monitoring.record(repo, "2026", ids["nieuwbouw"], H1, Status.DELAYED, "heel veel")
    with pytest.raises(InvalidInput):
        monitoring.record(repo, "2026", "bestaat-niet", H1, Status.DELAYED)
    assert repo.load_round_doc("2026", "monitoring") is None


def test_unmet_agreements_are_the_ones_not_realised(repo: Repository, ids: dict[str, str]) -> None:
    monitoring.record(repo, "2026", ids["schimmel"], H2, Status.REALISED)
    monitoring.record(repo, "2026", ids["nieuwbouw"], H2, Status.NOT_REALISED)
    unmet = [i.agreement.id for i in monitoring.unmet_agreements(repo, "2026")]
    assert unmet == [ids["nieuwbouw"], ids["isolatie"]]


def test_monitor_shows_per_theme_what_is_behind_and_questions(
    repo: Repository, ids: dict[str, str]
) -> None:
    monitoring.record(repo, "2026", ids["nieuwbouw"], H1, Status.ON_TRACK, "20")
    _record_delay(repo, ids["nieuwbouw"])
    monitoring.record(repo, "2026", ids["schimmel"], H2, Status.REALISED, "", "Eigen waarneming")
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
