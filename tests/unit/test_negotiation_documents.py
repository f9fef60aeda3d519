"""Reactie op het bod and Afsprakenoverzicht on the demo data (text read back with pypdf)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import negotiation_documents as docs
from app.services import rounds
from app.services.bod_compare import comparisons
from app.services.context import Services
from app.services.demo_afspraken import fill_demo_afspraken
from app.services.demo_bod import fill_demo_bod
from app.services.negotiation_records import load_bod, load_register
from app.storage.repository import Repository
from models.agreements import Party, SignStatus
from tests.folders import demo_folder
from tests.unit.test_documents_data import text_of


def _fill_again(repo: Repository) -> None:
    """Run the bod and agreements demo fillers once more: they must leave the
    demo as add_demo made it (idempotent)."""
    current = rounds.latest_round(repo)
    assert current is not None
    previous = rounds.previous_round(repo, current.id)
    for round_, before in ((previous, None), (current, previous)):
        assert round_ is not None
        fill_demo_bod(repo, round_, before)
        fill_demo_afspraken(repo, round_, before)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_folder(tmp_path_factory.mktemp("demo") / "data", then=_fill_again)


@pytest.fixture
def services(demo_services: Services) -> Services:
    return demo_services


def _current(services) -> str:
    latest = rounds.latest_round(services.repo)
    assert latest is not None
    return latest.id


def test_demo_has_the_bod_talks_and_agreements(services) -> None:
    round_id = _current(services)
    bod = load_bod(services.repo, round_id)
    assert bod.received_on == dt.date(2026, 6, 24)
    assert len(bod.meetings) == 2 and bod.demand_tracks
    register = load_register(services.repo, round_id)
    assert len(register.agreements) == 8
    tenants = register.signature(Party.TENANTS)
    assert tenants.status is SignStatus.RESERVATION and "huren" in tenants.reason
    assert register.dissent


def test_reactie_has_each_theme_bod_and_demand_but_no_red_lines(services) -> None:
    round_id = _current(services)
    text = text_of(docs.reactie_pdf(services.repo, round_id, dt.date(2026, 7, 10)))
    assert "Reactie op het bod" in text
    rows = comparisons(services.repo, round_id)
    for row in rows:
        assert row.title in text
        if row.bod is not None and row.bod.text:
            assert " ".join(row.bod.text.split())[:40] in text
        for demand in row.demands:
            assert " ".join(demand.what.split())[:30] in text
    for row in rows:
        if row.red_line.strip():
            assert " ".join(row.red_line.split())[:30] not in text
        if row.bod is not None and row.bod.internal_note:
            assert row.bod.internal_note[:20] not in text
    assert "rode lijn" not in text.lower()
    assert "Onder onze rode lijn" not in text
    # No names of people: not the speakers, not who attended.
    for name in ("Anneke", "Mehmet", "Joop", "Petra Jansen"):
        assert name not in text


def test_afsprakenoverzicht_shows_register_and_signing(services) -> None:
    round_id = _current(services)
    text = text_of(docs.afspraken_pdf(services.repo, round_id, dt.date(2026, 12, 2)))
    assert "Afsprakenoverzicht" in text
    assert "Getekend met voorbehoud" in text and "Voorbehoud van Huurdersorganisatie" in text
    assert "Minderheidsstandpunt" in text
    assert "A8" in text and "Beschikbaarheid" in text and "Woonstichting Het Anker" in text
    register = load_register(services.repo, round_id)
    for item in register.agreements:
        assert " ".join(item.what.split())[:30] in text


def test_documents_for_an_empty_round(tmp_path) -> None:
    services = Services.open(tmp_path / "d")
    try:
        round_ = rounds.create_round(services.repo, 2027, ["Noorderveen"], ["Anker"])
        assert "Nog geen thema" in text_of(docs.reactie_pdf(services.repo, round_.id))
        empty = text_of(docs.afspraken_pdf(services.repo, round_.id))
        assert "nog geen afspraken" in empty and "Nog niet besloten" in empty
        assert docs.afspraken_contents(services.repo, round_.id)[1] == "Nog niemand heeft getekend."
    finally:
        services.close()


def test_tables(services) -> None:
    round_id = _current(services)
    bod_tables = docs.bod_tables(load_bod(services.repo, round_id))
    names = [t[0] for t in bod_tables]
    assert names == ["bod.csv", "overleg.csv"]
    rows = bod_tables[0][2]
    assert any(r[0] == "Beschikbaarheid" and r[2] == "2027" and r[3] == "70" for r in rows)
    assert not any("rode lijn" in " ".join(r).lower() for r in rows)
    afspraken = docs.afspraken_tables(load_register(services.repo, round_id))
    assert [t[0] for t in afspraken] == ["afspraken.csv", "ondertekening.csv"]
    assert len(afspraken[0][2]) == 8 and afspraken[0][2][0][0] == "A1"


def test_print_reactie_and_afspraken_from_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    from app.cli import main

    reactie = tmp_path / "reactie.pdf"
    assert main(["--data-dir", str(demo_dir), "print", "reactie", "--out", str(reactie)]) == 0
    assert "Reactie op het bod" in text_of(reactie.read_bytes())
    overview = tmp_path / "afspraken.pdf"
    args = ["print", "afspraken", "--round", "2027", "--out", str(overview)]
    assert main(["--data-dir", str(demo_dir), *args]) == 0
    assert "Getekend met voorbehoud" in text_of(overview.read_bytes())
    bad = ["print", "afspraken", "--round", "2099", "--out", str(tmp_path / "x.pdf")]
    assert main(["--data-dir", str(demo_dir), *bad]) == 2
    assert not (tmp_path / "x.pdf").exists()


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=1, max_size=300),
    red=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=12, max_size=20),
)
def test_reactie_with_any_text_builds_and_never_shows_the_red_line(text: str, red: str) -> None:
    from app.documents.data import RoundInfo
    from app.documents.reactie import ReactieData, build_reactie
    from app.services.bod_compare import ThemeComparison
    from models.bod import FigureValue, ThemeBod
    from models.bod_gap import theme_gap

    theme = ThemeBod(
        theme_id="beschikbaarheid",
        text=text,
        agree=text,
        internal_note="INTERN" + red,
        figures=[FigureValue(year=2027, figure="nieuwbouw_sociaal", value=10)],
        demand_value=20,
        red_line_value=15,
    )
    row = ThemeComparison(
        key="bod:x",
        title=text[:50] or "x",
        theme_id="beschikbaarheid",
        theme_title="",
        position=None,
        bod=theme,
        gap=theme_gap(theme),
        red_line="ROOD" + red,
    )
    info = RoundInfo("De Eendracht", "Prestatieafspraken 2027", 2027, dt.date(2026, 7, 1))
    data = build_reactie(info, ReactieData("Het Anker", None, [2027, 2028], [row]))
    found = text_of(data)
    assert data.startswith(b"%PDF") and "De Eendracht" in found
    squeezed = found.replace(" ", "")
    assert "ROOD" + red not in squeezed and "INTERN" + red not in squeezed
