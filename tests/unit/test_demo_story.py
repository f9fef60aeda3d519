"""The demo tells one story: the phase of each round fits what its records say
happened (signatures, the calendar), whatever day the demo is added on."""

from __future__ import annotations

import pytest

from app.services import agenda, rounds
from app.services.context import Services
from app.services.negotiation_records import load_register
from models.calendar import Step
from models.cycle import phase_window
from models.round import Phase

PHASES = list(Phase)


@pytest.mark.parametrize("year", [2026, 2027])
def test_a_signed_round_is_past_signing(demo_services: Services, year: int) -> None:
    repo = demo_services.repo
    round_ = next(r for r in rounds.list_rounds(repo) if r.year == year)
    register = load_register(repo, round_.id)
    assert register.all_signed()  # the demo signs both years' agreements
    # signed agreements are no longer being negotiated or signed
    assert PHASES.index(round_.phase) > PHASES.index(Phase.SIGNING), round_.phase
    window = phase_window(round_.year, round_.phase)
    assert all(s.date is not None and s.date <= window.end for s in register.signatures)
    assert Step.SIGNING in agenda.done_steps(repo, round_)
