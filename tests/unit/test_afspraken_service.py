"""The afspraken feature's services: register, agreements from demands, signing, next round."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import afspraken as svc
from app.services import position as position_service
from app.services.negotiation_records import load_register
from app.services.round_start import start_round
from models.agreements import Party, Responsible, SignStatus
from models.base import MAX_LINE, MAX_TEXT, InvalidInput


def _demand(services, round_id):
    _, theme = position_service.add_theme(services.repo, round_id, "beschikbaarheid")
    demand = theme.demands[0]
    position_service.update_demand(
        services.repo,
        round_id,
        theme.id,
        demand.id,
        what="Nieuwe sociale huurwoningen",
        amount="120",
    )
    return theme, demand


def test_agreement_from_a_demand_in_one_step(services, round_id):
    theme, demand = _demand(services, round_id)
    item = svc.from_demand(services.repo, round_id, theme.id, demand.id)
    register = load_register(services.repo, round_id)
    assert register.agreements == [item]
    assert item.what == "Nieuwe sociale huurwoningen" and item.target_value == 120
    assert item.years == [2027] and item.responsible is Responsible.CORPORATION
    assert register.for_demand(demand.id) == [item]
    with pytest.raises(InvalidInput):
        svc.from_demand(services.repo, round_id, theme.id, "gone")


def test_add_update_and_years_inside_period(services, round_id):
    item = svc.add_new_agreement(
        services.repo, round_id, "leefbaarheid", what="Buurtbudget", years=[2028, 2027]
    )
    assert item.years == [2027, 2028]
    with pytest.raises(InvalidInput):
        svc.update_agreement(services.repo, round_id, item.id, years=[2032])
    with pytest.raises(InvalidInput):
        svc.add_new_agreement(services.repo, round_id, "eigen", "  ")
    svc.update_agreement(services.repo, round_id, item.id, indicator="Euro per woning")
    svc.set_target_text(services.repo, round_id, item.id, "1.500")
    stored = load_register(services.repo, round_id).agreement(item.id)
    assert stored.years == [2027, 2028] and stored.target_value == 1500
    assert stored.indicator == "Euro per woning"
    svc.remove(services.repo, round_id, item.id)
    assert load_register(services.repo, round_id).agreements == []


def test_signing_with_reservation_and_dissent(services, round_id):
    day = dt.date(2026, 12, 1)
    with pytest.raises(InvalidInput):
        svc.set_signature(services.repo, round_id, Party.TENANTS, SignStatus.RESERVATION, day)
    svc.set_signature(
        services.repo, round_id, Party.TENANTS, SignStatus.RESERVATION, day, "Huren te hoog"
    )
    svc.set_dissent(services.repo, round_id, "Wij steunen de huurafspraak niet.")
    register = load_register(services.repo, round_id)
    assert register.signature(Party.TENANTS).status is SignStatus.RESERVATION
    assert register.dissent.startswith("Wij steunen")


def test_next_round_starts_empty_and_offers_last_agreements(services, round_id):
    theme, demand = _demand(services, round_id)
    item = svc.from_demand(services.repo, round_id, theme.id, demand.id)
    svc.add_new_agreement(services.repo, round_id, "eigen", "Tuinen", what="Tuinonderhoud")
    new = start_round(services.repo, 2028, ["Noorderveen"], ["Anker"], copy_from=round_id)
    assert load_register(services.repo, new.id).agreements == []
    offered = svc.previous_agreements(services.repo, new.id)
    assert offered[0].id == item.id and len(offered) == 2
    added = svc.add_to_inzet(services.repo, new.id, [a.id for a in offered])
    assert added == 2
    position = position_service.load_position(services.repo, new.id)
    whats = [d.what for t in position.themes for d in t.demands]
    assert "Tuinonderhoud" in whats and "Nieuwe sociale huurwoningen" in whats
    assert any(t.title == "Tuinen" for t in position.themes)


def test_text_limits_and_unknown_fields(services, round_id):
    item = svc.add_new_agreement(services.repo, round_id, "beschikbaarheid", what="Nieuwbouw")
    with pytest.raises(InvalidInput):  # the unit is one line
        svc.update_agreement(services.repo, round_id, item.id, unit="x" * (MAX_LINE + 1))
    svc.update_agreement(services.repo, round_id, item.id, what="x" * (MAX_LINE + 1))
    with pytest.raises(InvalidInput):
        svc.update_agreement(services.repo, round_id, item.id, what="x" * (MAX_TEXT + 1))
    with pytest.raises(ValueError, match="cannot change"):
        svc.update_agreement(services.repo, round_id, item.id, source_demand_id="d1")
    day = dt.date(2026, 12, 1)
    with pytest.raises(InvalidInput):
        svc.set_signature(
            services.repo,
            round_id,
            Party.TENANTS,
            SignStatus.RESERVATION,
            day,
            "x" * (MAX_TEXT + 1),
        )
    with pytest.raises(InvalidInput):
        svc.set_dissent(services.repo, round_id, "x" * (MAX_TEXT + 1))
    stored = load_register(services.repo, round_id)
    assert stored.agreement(item.id).what == "x" * (MAX_LINE + 1)
    assert stored.signature(Party.TENANTS).status is SignStatus.OPEN and stored.dissent == ""
