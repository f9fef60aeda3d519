"""In-process view tests of the Bod section: enter a bod, see the gap, log the talks."""

from __future__ import annotations

import datetime as dt

import flet as ft

from app.services import position as position_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.negotiation_records import load_bod
from app.services.rounds import create_round
from models.bod import BodFigure
from models.overleg import DemandStatus
from tests.views.conftest import mount, run


def test_no_round_points_to_rounds(services: Services) -> None:
    h = mount(services, "/bod")
    assert h.all(key="bod-start-round")


def test_enter_a_bod_for_one_theme_and_see_the_gap(services: Services) -> None:
    r = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    _, theme = position_service.add_theme(services.repo, r.id, "beschikbaarheid")
    key = f"tp:{theme.id}"
    h = mount(services, "/bod")
    assert h.text(f"bod-summary-{key}") == "Voor dit thema is nog niets ingevuld."
    run(h.type_into(h.field(f"bod-figure-{key}-nieuwbouw_sociaal-2027"), "70"))
    run(h.type_into(h.field(f"bod-demand-value-{key}"), "120"))
    gap = h.text(f"bod-gap-{key}")
    assert "voldoet niet aan je eis" in gap and "70" in gap and "120" in gap
    assert h.text(f"bod-verdict-{key}") == "Voldoet niet aan onze eis"
    run(h.type_into(h.field(f"bod-red-line-value-{key}"), "80"))
    assert h.text(f"bod-verdict-{key}") == "Onder onze rode lijn"
    assert "rode lijn (80)" in h.text(f"bod-gap-{key}")
    run(h.type_into(h.field(f"bod-figure-{key}-nieuwbouw_sociaal-2027"), "125"))
    assert h.text(f"bod-verdict-{key}") == "Voldoet aan onze eis"
    stored = load_bod(services.repo, r.id).themes[0]
    assert stored.value(BodFigure.NEW_SOCIAL, 2027) == 125
    assert stored.demand_value == 120 and stored.red_line_value == 80


def test_negative_homes_are_refused_under_the_field(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    _, theme = position_service.add_theme(services.repo, r.id, "beschikbaarheid")
    h = mount(services, "/bod")
    cell = f"bod-figure-tp:{theme.id}-verkoop-2028"
    run(h.type_into(h.field(cell), "-3"))
    assert h.field(cell).error == "Een aantal woningen kan niet negatief zijn."
    assert load_bod(services.repo, r.id).themes == []


def test_late_bod_is_flagged_with_the_law(services: Services) -> None:
    create_round(services.repo, 2027, [], [])
    h = mount(services, "/bod")
    assert not h.all(key="bod-late")
    run(h.type_into(h.field("bod-received"), "3-7-2026"))
    assert "na 30 juni 2026" in h.text("bod-late")
    assert any("art. 44 lid 1" in str(t.value) for t in h.all(ft.Text))
    run(h.type_into(h.field("bod-received"), "24-6-2026"))
    assert not h.all(key="bod-late")


def test_demo_shows_gaps_documents_and_talks(services: Services) -> None:
    add_demo(services.repo)
    h = mount(services, "/bod")
    verdicts = [str(t.value) for t in h.all(ft.Text) if str(t.key or "").startswith("bod-verdict-")]
    assert "Onder onze rode lijn" in verdicts and "Voldoet deels aan onze eis" in verdicts
    assert h.one(ft.Checkbox, key="bod-doc-0").value is True
    assert h.one(ft.Checkbox, key="bod-doc-1").value is False
    run(h.click(h.one(key="bod-view-overleg")))
    titles = [str(t.value) for t in h.all(ft.Text) if str(t.key or "").startswith("overleg-title-")]
    assert titles == ["Overleg van 14 oktober 2026", "Overleg van 9 september 2026"]


def test_change_a_demand_status_and_reason_rule(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    _, theme = position_service.add_theme(services.repo, r.id, "leefbaarheid")
    demand = theme.demands[0]
    position_service.update_demand(services.repo, r.id, theme.id, demand.id, what="Buurtgeld")
    h = mount(services, "/bod")
    run(h.click(h.one(key="bod-view-overleg")))
    did = demand.id
    assert h.text(f"status-now-{did}") == "Nu: Ingebracht"

    async def pick(status: DemandStatus) -> None:
        dropdown = h.one(ft.Dropdown, key=f"status-pick-{did}")
        h.session.apply_patch(dropdown._i, {"value": status.value})
        await h.event(dropdown, "select", status.value)

    run(pick(DemandStatus.AGREED))
    run(h.type_into(h.field(f"status-date-{did}"), "14-10-2026"))
    run(h.click(h.one(key=f"status-save-{did}")))
    assert h.text(f"status-now-{did}").startswith("Nu: Afgesproken sinds 14 oktober 2026")
    run(pick(DemandStatus.REJECTED))
    run(h.type_into(h.field(f"status-date-{did}"), "1-11-2026"))
    run(h.click(h.one(key=f"status-save-{did}")))
    assert "Schrijf op waarom" in h.text(f"status-error-{did}")
    track = load_bod(services.repo, r.id).demand_tracks[0]
    assert [c.status for c in track.history] == [DemandStatus.AGREED]
    assert track.history[0].date == dt.date(2026, 10, 14)


def test_log_a_meeting(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    h = mount(services, "/bod")
    run(h.click(h.one(key="bod-view-overleg")))
    assert h.all(key="overleg-empty")
    run(h.type_into(h.field("overleg-new-date"), "9-9-2026"))
    run(h.type_into(h.field("overleg-new-who"), "Anna\nPiet"))
    run(h.click(h.one(key="overleg-add")))
    meetings = load_bod(services.repo, r.id).meetings
    assert len(meetings) == 1 and meetings[0].attendee_list() == ["Anna", "Piet"]
    assert h.text(f"overleg-title-{meetings[0].id}") == "Overleg van 9 september 2026"
    run(h.type_into(h.field("overleg-new-date"), "morgen"))
    run(h.click(h.one(key="overleg-add")))
    assert h.text("overleg-add-error")
    assert len(load_bod(services.repo, r.id).meetings) == 1


def test_overview_follows_the_phase(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    _, theme = position_service.add_theme(services.repo, r.id, "beschikbaarheid")
    h = mount(services, "/")
    assert not h.all(key="overview-bod-gaps") and not h.all(key="overview-agreements")
    from app.services import afspraken as afspraken_service
    from app.services import bod as bod_service
    from models.agreements import Party, SignStatus

    item = bod_service.ensure_theme(services.repo, r.id, "beschikbaarheid")
    bod_service.set_figure(services.repo, r.id, item.id, BodFigure.NEW_SOCIAL, 2027, 60)
    bod_service.update_theme(services.repo, r.id, item.id, demand_value=120)
    h = mount(services, "/")
    assert h.text(f"overview-gap-tp:{theme.id}") == "Voldoet niet aan onze eis"
    assert h.all(key="overview-bod-next")
    afspraken_service.set_signature(
        services.repo, r.id, Party.CORPORATION, SignStatus.SIGNED, dt.date(2026, 12, 1)
    )
    h = mount(services, "/")
    assert not h.all(key="overview-bod-gaps")
    assert h.text("overview-sign-corporatie") == "Corporatie: Getekend"


def test_documents_checklist_tick_and_add_own(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    h = mount(services, "/bod")
    box = h.one(ft.Checkbox, key="bod-doc-2")
    h.session.apply_patch(box._i, {"value": True})
    run(h.event(box, "change", "true"))
    assert load_bod(services.repo, r.id).documents[2].received is True
    run(h.click(h.one(key="bod-doc-add")))  # empty name: refused, nothing added
    count = len(load_bod(services.repo, r.id).documents)
    run(h.type_into(h.field("bod-doc-new"), "Wijkplan Oost"))
    run(h.click(h.one(key="bod-doc-add")))
    documents = load_bod(services.repo, r.id).documents
    assert len(documents) == count + 1 and documents[-1].label == "Wijkplan Oost"
    assert h.one(ft.Checkbox, key=f"bod-doc-{count}").label == "Wijkplan Oost"
