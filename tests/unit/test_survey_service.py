"""Survey use cases on a real data folder, and `aantafel enquete import`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.exchange.survey_csv import read_csv_bytes
from app.services import position as position_service
from app.services import survey as survey_service
from app.services.context import Services
from app.services.demo import add_demo
from models.base import InvalidInput
from models.survey import Survey, SurveyContact, TotalsBatch
from models.survey_columns import guess_columns
from tests.unit.test_cli import snapshot


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Services, str]]:
    services = Services.open(tmp_path / "data")
    current = add_demo(services.repo)
    yield services, current.id
    services.close()


def _blank(services: Services, round_id: str) -> None:
    """The round's survey without the demo's answers (a fresh design)."""
    services.repo.save_round_doc(
        round_id, survey_service.KIND, Survey(round_id=round_id).model_dump(mode="json")
    )
    survey_service.refresh_themes(services.repo, round_id)


def test_design_follows_the_position(demo: tuple[Services, str]) -> None:
    services, round_id = demo
    _blank(services, round_id)
    survey = survey_service.load_survey(services.repo, round_id)
    position = position_service.load_position(services.repo, round_id)
    assert survey.design.theme_keys() == [t.id for t in position.themes]
    assert survey.design.top_size == 3
    assert survey.design.themes[0].title == "Betaalbaarheid"


def test_paper_forms_are_counted_and_refused_codes_change_nothing(
    demo: tuple[Services, str],
) -> None:
    services, round_id = demo
    _blank(services, round_id)
    repo = services.repo
    survey_service.add_paper_form(repo, round_id, "123")
    survey_service.add_paper_form(repo, round_id, "0")
    before = survey_service.load_survey(repo, round_id)
    with pytest.raises(InvalidInput):
        survey_service.add_paper_form(repo, round_id, "11x")
    with pytest.raises(InvalidInput):
        survey_service.add_paper_form(repo, round_id, "")
    assert survey_service.load_survey(repo, round_id).responses == before.responses
    count = survey_service.results(repo, round_id)
    assert count.total == 2 and count.members == 1240
    assert count.themes[0].key == before.design.themes[0].key  # "1" was the first choice


def test_totals_take_over_and_wipe_contacts(demo: tuple[Services, str]) -> None:
    services, round_id = demo
    _blank(services, round_id)
    repo = services.repo
    key = survey_service.load_survey(repo, round_id).design.themes[3].key
    survey_service.add_totals(repo, round_id, TotalsBatch(forms=50, top={key: [40, 5, 0]}))
    position = survey_service.take_over(repo, round_id, key)
    text = position.theme(key).member_input
    assert "50 van de 1.240 leden deden mee (4%)." in text
    assert "Ledenenquête: plaats 1 van 7." in text
    again = survey_service.take_over(repo, round_id, key)
    assert again.theme(key).member_input == text  # not added twice
    survey = survey_service.load_survey(repo, round_id)
    survey_service.save_survey(
        repo, survey.model_copy(update={"contacts": [SurveyContact(name="Fatma")]})
    )
    wiped = survey_service.wipe_contacts(repo, round_id)
    assert wiped.contacts == [] and wiped.totals == survey.totals


def test_import_adds_all_or_nothing(demo: tuple[Services, str]) -> None:
    services, round_id = demo
    _blank(services, round_id)
    repo = services.repo
    table = read_csv_bytes(
        b"Buurt;Keuze 1;Betaalbaarheid;E-mail\nBloemenbuurt;Leefbaarheid;1;a@b.nl\n"
    )
    columns = guess_columns(survey_service.load_survey(repo, round_id).design, table.header)
    survey, _found = survey_service.import_answers(repo, round_id, table, columns)
    assert len(survey.responses) == 1 and survey.responses[0].channel == "online"
    assert [c.email for c in survey.contacts] == ["a@b.nl"]
    with pytest.raises(InvalidInput):
        survey_service.import_answers(repo, round_id, table, [""] * 4)
    assert len(survey_service.load_survey(repo, round_id).responses) == 1


CSV = (
    "\ufeffTijdstempel;Buurt of complex;Keuze 1;Keuze 2;Keuze 3;Betaalbaarheid\r\n"
    "1-3-2027;Bloemenbuurt;Betaalbaarheid;Leefbaarheid;2;Heel belangrijk\r\n"
)


def test_cli_import_preview_and_refusals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    file = tmp_path / "antwoorden.csv"
    file.write_bytes(CSV.encode("utf-8"))
    capsys.readouterr()
    before = snapshot(tmp_path / "data")
    assert main(["--data-dir", data, "enquete", "import", str(file), "--preview"]) == 0
    out = capsys.readouterr().out
    assert "Keuze 1 -> Keuze 1" in out and "1 antwoorden" in out
    assert "niets veranderd" in out
    for bad in (b"", b"PK\x03\x04zip", b"a;b\n\x81\x8d;1\n"):
        file.write_bytes(bad)
        assert main(["--data-dir", data, "enquete", "import", str(file)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("aantafel: ") and err.count("\n") == 1
    assert main(["--data-dir", data, "enquete", "import", str(tmp_path / "nee.csv")]) == 2
    assert snapshot(tmp_path / "data").keys() == before.keys()
    file.write_bytes(CSV.encode("cp1252", errors="replace"))
    total = survey_service.results
    assert main(["--data-dir", data, "enquete", "import", str(file), "--round", "2027"]) == 0
    services = Services.open(tmp_path / "data", read_only=True)
    try:
        assert total(services.repo, "2027").online >= 1
    finally:
        services.close()
