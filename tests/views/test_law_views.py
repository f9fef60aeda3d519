"""In-process view tests for issue 12: the legal regime in Instellingen changes the
checklist wording; checklist items show who acts and when their article was checked;
the glossary shows sources; Overzicht explains the phase's date."""

from __future__ import annotations

import flet as ft

from app.content import set_regime
from app.services import settings as settings_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.rounds import create_round
from models.law import Regime
from tests.views.conftest import mount, run
from tests.views.harness import Harness


def _texts(h: Harness) -> list[str]:
    return [c.value for c in h.all(ft.Text) if isinstance(c.value, str)]


def test_regime_choice_changes_checklist_texts(services: Services) -> None:
    create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    try:
        h = mount(services, "/instellingen")
        group = h.one(ft.RadioGroup, key="settings-regime")
        assert group.value == "woningwet"
        assert any("Stand december 2026" in t for t in _texts(h))
        h.session.apply_patch(group._i, {"value": "wvrv"})
        run(h.event(group, "change", "wvrv"))
        assert settings_service.load_settings(services.repo).regime is Regime.WVRV
        assert h.errors() == []

        h = mount(services, "/checklist")
        run(h.click(h.one(key="group-B")))
        text = h.one(ft.Text, key="item-text-B11").value
        assert "volkshuisvestingsprogramma" in text and "woonvisie" not in text
    finally:
        set_regime(Regime.WONINGWET)


def test_checklist_item_shows_who_acts_and_check_date(services: Services) -> None:
    create_round(services.repo, 2027, [], [])
    h = mount(services, "/checklist")
    run(h.click(h.one(key="group-B")))
    who = h.one(ft.Container, key="who-B8").content
    assert isinstance(who, ft.Text) and who.value == "Wie is aan zet: de corporatie"
    badge = h.one(ft.Container, key="basis-B8").content
    assert isinstance(badge, ft.Text)
    assert "Woningwet art. 44 lid 1" in badge.value and "nagekeken op" in badge.value
    # what "Wet" means is in the screen reader's label, not in a tooltip
    # (Flutter web left a dangling aria-owns behind a closed tooltip)
    chip = h.one(ft.Container, key="basis-B8")
    assert isinstance(chip.tooltip, ft.Tooltip) and chip.tooltip.exclude_from_semantics
    spoken = next(s for s in h.all(ft.Semantics) if s.content is chip and s.label).label
    assert spoken.startswith(badge.value) and chip.tooltip.message in spoken
    assert h.errors() == []


def test_glossary_shows_source_and_date(services: Services) -> None:
    h = mount(services, "/woordenlijst")
    line = h.one(ft.Text, key="term-source-bod").value
    assert line.startswith("Bron: Woningwet art. 44 lid 1, nagekeken op")
    assert h.all(key="term-aftoppingsgrens")


def test_overview_explains_the_phase_date(services: Services) -> None:
    add_demo(services.repo)
    h = mount(services, "/")
    when = h.one(ft.Text, key="overview-phase-when").value
    assert when.startswith("In 2027: kijk of de afspraken worden uitgevoerd")
    prep = h.one(ft.Text, key="overview-phase-dates-voorbereiding").value
    assert prep.startswith("Voorbereiding: Januari tot en met juni 2026")
    bod = h.one(ft.Text, key="overview-phase-dates-bod").value
    assert "Vóór 1 juli 2026" in bod and "art. 44 lid 1" in bod
    assert h.one(ft.Text, key="overview-phase-dates-onderhandeling").weight != ft.FontWeight.BOLD
    current = h.one(ft.Text, key="overview-phase-dates-monitoring")
    assert current.weight == ft.FontWeight.BOLD
    assert h.all(key="overview-deadline-basis")


def test_documenten_shows_the_audience_before_making(services: Services) -> None:
    add_demo(services.repo)
    h = mount(services, "/documenten")
    assert "Alleen voor de eigen delegatie" in h.one(ft.Text, key="doc-audience").value
    group = h.one(ft.RadioGroup, key="doc-kind")
    h.session.apply_patch(group._i, {"value": "position-partners"})
    run(h.event(group, "change", "position-partners"))
    assert "Voor de gemeente en de woningcorporatie" in h.one(ft.Text, key="doc-audience").value
    assert h.errors() == []
