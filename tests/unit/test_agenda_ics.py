"""The round calendar as an .ics file: parsed back with icalendar, UIDs stable, CLI contract."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from app.cli import main
from app.services import agenda
from app.services import rounds as rounds_service
from app.services.context import Services
from app.storage.repository import Repository
from models.calendar import Step


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    services = Services.open(tmp_path / "data")
    rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    yield services.repo
    services.close()


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events_by_summary(data: bytes) -> dict[str, object]:
    return {str(e["summary"]): e for e in parse(data).walk("VEVENT")}


def test_every_date_is_an_all_day_event_with_reason_and_reminder(repo: Repository) -> None:
    data = agenda.agenda_ics(repo, "2027")
    events = parse(data).walk("VEVENT")
    others = sum(len(source(repo, "2027")) for source in agenda.EXTRA_EVENT_SOURCES)
    assert len(events) == len(agenda.round_dates(repo, "2027")) + others
    for event in events:
        assert event["dtstart"].params["VALUE"] == "DATE"
        assert type(event.decoded("dtstart")) is dt.date
        assert type(event.decoded("dtend")) is dt.date
        assert str(event["description"]).startswith("Basis: ")
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert alarms[0].decoded("trigger") == dt.timedelta(days=-14)
        assert str(alarms[0]["action"]) == "DISPLAY"
    bod = events_by_summary(data)["Bod van de corporatie moet binnen zijn"]
    assert bod.decoded("dtstart") == dt.date(2026, 6, 30)
    assert bod.decoded("dtend") == dt.date(2026, 7, 1)
    assert "Woningwet art. 44 lid 1" in str(bod["description"])
    assert "vóór 1 juli" in str(bod["description"])  # Dutch text intact (UTF-8)
    assert "Basis: Wet." in str(bod["description"])


def test_the_dispute_window_is_one_period_over_new_year(repo: Repository) -> None:
    window = events_by_summary(agenda.agenda_ics(repo, "2027"))[
        "Periode waarin je een geschil kunt indienen"
    ]
    assert window.decoded("dtstart") == dt.date(2026, 7, 1)
    assert window.decoded("dtend") == dt.date(2027, 1, 30)  # exclusive end: 29 January included


def test_uids_stable_across_exports_and_distinct(repo: Repository) -> None:
    first = [str(e["uid"]) for e in parse(agenda.agenda_ics(repo, "2027")).walk("VEVENT")]
    agenda.add_own_date(repo, "2027", "Ledenvergadering", "20-5-2026")
    agenda.move_date(repo, "2027", Step.SIGNING, "1-12-2026")
    second = [str(e["uid"]) for e in parse(agenda.agenda_ics(repo, "2027")).walk("VEVENT")]
    assert len(set(first)) == len(first)
    assert set(first) < set(second)  # moving a date keeps its UID; the own date is new
    assert len(second) == len(first) + 1
    again = [str(e["uid"]) for e in parse(agenda.agenda_ics(repo, "2027")).walk("VEVENT")]
    assert sorted(again) == sorted(second)
    rounds_service.create_round(repo, 2028, ["Noorderveen"], ["Het Anker"])
    other = {str(e["uid"]) for e in parse(agenda.agenda_ics(repo, "2028")).walk("VEVENT")}
    assert not other & set(second)


def test_own_dates_and_moved_dates_in_the_file(repo: Repository) -> None:
    agenda.add_own_date(repo, "2027", "Ledenvergadering", "20 mei 2026", "Buurthuis De Schakel")
    agenda.move_date(repo, "2027", Step.TALKS_START, "31-8-2026")
    events = events_by_summary(agenda.agenda_ics(repo, "2027"))
    own = events["Ledenvergadering"]
    assert own.decoded("dtstart") == dt.date(2026, 5, 20)
    assert "Buurthuis De Schakel" in str(own["description"])
    assert "Eigen keuze" in str(own["description"])
    six = events["Zes maanden overleg"]
    assert six.decoded("dtstart") == dt.date(2027, 2, 28)  # moved with the start
    assert "Beweegt mee met" in str(six["description"])


def test_bad_dates_are_refused_and_nothing_changes(repo: Repository) -> None:
    from models.base import InvalidInput

    before = agenda.load_calendar(repo, "2027")
    with pytest.raises(InvalidInput):
        agenda.add_own_date(repo, "2027", "Ledenvergadering", "31-2-2026")
    with pytest.raises(InvalidInput):
        agenda.add_own_date(repo, "2027", "", "1-3-2026")
    with pytest.raises(InvalidInput):
        agenda.move_date(repo, "2027", Step.BOD, "1-8-2026")
    assert agenda.load_calendar(repo, "2027") == before


# ------------------------------------------------------------------ command line
def test_cli_writes_the_calendar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    out = tmp_path / "agenda.ics"
    assert main(["--data-dir", data, "agenda", "--out", str(out)]) == 0
    assert "geschreven naar" in capsys.readouterr().out
    summaries = [str(e["summary"]) for e in parse(out.read_bytes()).walk("VEVENT")]
    assert "Ondertekening van de afspraken" in summaries
    assert "Overleg over het bod" in summaries  # the bod feature's meetings join the file
    on_30_june = [
        e
        for e in parse(out.read_bytes()).walk("VEVENT")
        if e.decoded("dtstart") == dt.date(2026, 6, 30)
    ]
    assert len(on_30_june) == 1  # the bod's legal date once, not per feature
    assert main(["--data-dir", data, "agenda", "--round", "2027", "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["--data-dir", data, "agenda", "--out", str(out), "--force"]) == 0


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--out", "{tmp}/agenda.txt"], ".ics"),
        (["--out", "{data}/agenda.ics"], "map met je gegevens"),
        (["--round", "1999", "--out", "{tmp}/a.ics"], "Er is geen ronde 1999"),
        (["--out", "{tmp}/bestaat-niet/a.ics"], "bestaat niet"),
        (["--out", "{tmp}"], ".ics"),
    ],
)
def test_cli_bad_input_exits_2_with_one_dutch_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    capsys.readouterr()
    filled = [a.format(tmp=tmp_path, data=data) for a in args]
    assert main(["--data-dir", str(data), "agenda", *filled]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and fragment in err, err
    assert not list(tmp_path.glob("*.ics")) and not list(data.glob("*.ics"))


def test_cli_without_rounds_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path / "leeg"), "agenda", "--out", str(tmp_path / "a.ics")])
    assert code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_other_features_dates_join_the_file_with_stable_uids(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    meeting = SimpleNamespace(
        date=dt.date(2026, 9, 15), title="Overleg met Het Anker", description="Stadhuis"
    )
    monkeypatch.setattr(agenda, "EXTRA_EVENT_SOURCES", [lambda repo, round_id: [meeting]])
    first = events_by_summary(agenda.agenda_ics(repo, "2027"))["Overleg met Het Anker"]
    again = events_by_summary(agenda.agenda_ics(repo, "2027"))["Overleg met Het Anker"]
    assert first.decoded("dtstart") == dt.date(2026, 9, 15)
    assert str(first["description"]) == "Stadhuis"
    assert str(first["uid"]) == str(again["uid"])


def test_a_line_break_in_the_round_title_stays_out_of_the_file(repo: Repository) -> None:
    round_ = rounds_service.get_round(repo, "2027")
    assert round_ is not None
    rounds_service.update_round(repo, round_.model_copy(update={"title": "Afspraken\n2027"}))
    calendar = parse(agenda.agenda_ics(repo, "2027"))
    assert str(calendar["x-wr-calname"]) == "Aan Tafel – Afspraken 2027"
