"""The calendar service: which steps count as done, missed-step warnings, copying own dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import agenda
from app.services import rounds as rounds_service
from app.services.context import Services
from app.storage.repository import Repository
from models.calendar import Step
from models.round import Phase

JULY = dt.date(2026, 7, 2)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    services = Services.open(tmp_path / "data")
    rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    yield services.repo
    services.close()


def missed_steps(repo: Repository, day: dt.date) -> list[Step | None]:
    return [m.item.step for m in agenda.missed(repo, "2027", day)]


def test_a_missing_bid_is_missed_until_it_is_entered(repo: Repository) -> None:
    assert missed_steps(repo, JULY) == [Step.BOD]  # no previous round: nothing to evaluate
    repo.save_round_doc(
        "2027", "bod", {"round_id": "2027", "first_year": 2027, "received_on": "2026-06-28"}
    )
    assert missed_steps(repo, JULY) == []


def test_moving_on_to_the_bid_phase_counts_as_done(repo: Repository) -> None:
    round_ = rounds_service.get_round(repo, "2027")
    assert round_ is not None
    rounds_service.update_round(repo, round_.model_copy(update={"phase": Phase.NEGOTIATION}))
    assert missed_steps(repo, JULY) == []
    assert missed_steps(repo, dt.date(2026, 12, 20)) == [Step.SIGNING]


def test_signing_is_done_when_agreements_are_entered(repo: Repository) -> None:
    repo.save_round_doc("2027", "bod", {"round_id": "2027", "first_year": 2027, "themes": [{}]})
    repo.save_round_doc("2027", "afspraken", {"round_id": "2027", "agreements": [{"id": "a"}]})
    assert missed_steps(repo, dt.date(2026, 12, 20)) == []


def test_evaluation_needs_the_previous_rounds_monitoring(repo: Repository) -> None:
    rounds_service.create_round(repo, 2026, ["Noorderveen"], ["Het Anker"])
    repo.save_round_doc("2026", "afspraken", {"round_id": "2026", "agreements": [{"id": "a"}]})
    assert missed_steps(repo, dt.date(2026, 4, 2)) == [Step.EVALUATION]
    repo.save_round_doc("2026", "monitoring", {"round_id": "2026", "checks": [{"x": 1}]})
    assert missed_steps(repo, dt.date(2026, 4, 2)) == []


def test_next_dates_and_labels(repo: Repository) -> None:
    [window, rent, talks] = agenda.next_dates(repo, "2027", dt.date(2026, 7, 1))
    assert agenda.when_of(window) == "1 juli 2026 – 29 januari 2027"
    assert agenda.basis_of(window) == "Wet"
    assert agenda.title_of(talks) == "Start van het overleg over het bod"
    assert rent.step == Step.RENT_CHANGE
