"""In-process view tests of the Afspraken section: register, from a demand, signing."""

from __future__ import annotations

import flet as ft

from app.services import position as position_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.negotiation_records import load_register
from app.services.rounds import create_round
from models.agreements import Party, SignStatus
from tests.views.conftest import mount, run


def test_make_an_agreement_from_a_demand(services: Services) -> None:
    r = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    _, theme = position_service.add_theme(services.repo, r.id, "beschikbaarheid")
    demand = theme.demands[0]
    position_service.update_demand(
        services.repo, r.id, theme.id, demand.id, what="Nieuwbouw sociaal", amount="120"
    )
    h = mount(services, "/afspraken")
    assert "Nog geen afspraken" in h.text("afspraken-count")
    run(h.click(h.one(key=f"make-agreement-{demand.id}")))
    register = load_register(services.repo, r.id)
    assert len(register.agreements) == 1
    item = register.agreements[0]
    assert item.what == "Nieuwbouw sociaal" and item.source_demand_id == demand.id
    assert h.text("afspraken-count") == "Afspraken in het overzicht: 1"
    assert h.text("demand-choices-done") == "Eisen die al een afspraak hebben: 1"
    assert not h.all(key=f"make-agreement-{demand.id}")
    assert h.field(f"agreement-what-{item.id}").value == "Nieuwbouw sociaal"
    run(h.type_into(h.field(f"agreement-years-{item.id}"), "2027-2029"))
    assert load_register(services.repo, r.id).agreements[0].years == [2027, 2028, 2029]
    run(h.type_into(h.field(f"agreement-years-{item.id}"), "2035"))
    assert "2027 tot en met 2031" in str(h.field(f"agreement-years-{item.id}").error)
    assert load_register(services.repo, r.id).agreements[0].years == [2027, 2028, 2029]
    assert h.errors() == []


def test_signing_with_a_reservation_needs_a_reason(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    h = mount(services, "/afspraken")
    party = Party.TENANTS.value
    dropdown = h.one(ft.Dropdown, key=f"sign-status-{party}")
    h.session.apply_patch(dropdown._i, {"value": SignStatus.RESERVATION.value})
    run(h.event(dropdown, "select", SignStatus.RESERVATION.value))
    run(h.type_into(h.field(f"sign-date-{party}"), "30-11-2026"))
    run(h.click(h.one(key=f"sign-save-{party}")))
    assert "reden" in h.text(f"sign-error-{party}")
    assert load_register(services.repo, r.id).signature(Party.TENANTS).status is SignStatus.OPEN
    run(h.type_into(h.field(f"sign-reason-{party}"), "Huren te hoog"))
    run(h.click(h.one(key=f"sign-save-{party}")))
    stored = load_register(services.repo, r.id).signature(Party.TENANTS)
    assert stored.status is SignStatus.RESERVATION and stored.reason == "Huren te hoog"
    assert h.text(f"sign-now-{party}") == "Getekend met voorbehoud · 30 november 2026"
    run(h.type_into(h.field("sign-dissent"), "Wij steunen de huurafspraak niet."))
    assert load_register(services.repo, r.id).dissent == "Wij steunen de huurafspraak niet."
    assert h.errors() == []


def test_demo_register_and_previous_round(services: Services) -> None:
    add_demo(services.repo)
    h = mount(services, "/afspraken")
    assert h.text("afspraken-count") == "Afspraken in het overzicht: 8"
    assert h.text("sign-now-huurdersorganisatie").startswith("Getekend met voorbehoud")
    assert h.all(key="afspraken-previous")  # 2026's agreements are offered
    assert h.errors() == []
