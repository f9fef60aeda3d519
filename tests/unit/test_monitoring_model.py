"""Monitoring of agreements (models.monitoring): checks per half year, history, caps."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from models import monitoring
from models.base import InvalidInput
from models.monitoring import Check, HalfYear, Monitoring, Status


def check(agreement: str, year: int, half: int, status: Status, **extra: object) -> Check:
    return Check(
        agreement_id=agreement, period=HalfYear(year=year, half=half), status=status, **extra
    )


def test_latest_check_is_the_status_and_older_ones_the_history() -> None:
    mon = Monitoring(round_id="2026")
    mon = monitoring.record_check(mon, check("a1", 2026, 2, Status.DELAYED, reached=40))
    mon = monitoring.record_check(mon, check("a1", 2026, 1, Status.ON_TRACK, reached=20))
    mon = monitoring.record_check(mon, check("a2", 2026, 1, Status.REALISED))
    assert mon.status("a1") == Status.DELAYED
    assert [c.period.half for c in mon.history("a1")] == [1, 2]
    assert mon.status("nobody-looked") == Status.UNKNOWN
    assert mon.met_ids() == {"a2"}
    assert [p.key() for p in mon.periods()] == [(2026, 1), (2026, 2)]


def test_recording_the_same_half_year_again_replaces_it() -> None:
    mon = monitoring.record_check(Monitoring(round_id="2026"), check("a1", 2026, 1, Status.UNKNOWN))
    mon = monitoring.record_check(
        mon, check("a1", 2026, 1, Status.REALISED, source="PWIK dashboard")
    )
    assert len(mon.checks) == 1 and mon.checks[0].source == "PWIK dashboard"
    assert monitoring.remove_checks_of(mon, "a1").checks == []


def test_duplicates_and_bad_values_are_refused_on_load() -> None:
    one = check("a1", 2026, 1, Status.REALISED).model_dump(mode="json")
    with pytest.raises(ValidationError):
        Monitoring.model_validate({"round_id": "2026", "checks": [one, one]})
    with pytest.raises(ValidationError):
        Check.model_validate({**one, "status": "misschien"})
    with pytest.raises(ValidationError):
        Check.model_validate({**one, "reached": float("nan")})
    with pytest.raises(ValidationError):
        HalfYear(year=2026, half=3)


def test_half_years() -> None:
    assert HalfYear.containing(dt.date(2027, 6, 30)).key() == (2027, 1)
    assert HalfYear.containing(dt.date(2027, 7, 1)).key() == (2027, 2)
    assert HalfYear(year=2027, half=1).previous().key() == (2026, 2)


def test_figures_typed_the_dutch_way() -> None:
    assert monitoring.parse_figure("") is None
    assert monitoring.parse_figure("1.250") == 1250
    assert monitoring.parse_figure("12,5") == 12.5
    assert monitoring.parse_figure("1.250,75") == 1250.75
    assert monitoring.parse_figure(" 80 ") == 80
    with pytest.raises(InvalidInput):
        monitoring.parse_figure("veel")
    with pytest.raises(InvalidInput):
        monitoring.parse_figure("1e400")
    assert monitoring.progress_percent(40, 80) == 50
    assert monitoring.progress_percent(None, 80) is None
    assert monitoring.progress_percent(5, 0) is None
