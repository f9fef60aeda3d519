"""In-process view tests of the accessibility and first-time-user fixes that
live in shared widgets and sections (issue 13)."""

from __future__ import annotations

import flet as ft

from app.content.checklist import checklist_content
from app.services.context import Services
from app.services.rounds import create_round
from tests.views.conftest import mount, run
from tests.views.harness import Harness


def _group_title(h: Harness) -> str:
    return str(h.one(ft.Text, key="checklist-group-title").value)


def test_next_group_walks_the_checklist_and_ends_at_the_actions(services: Services) -> None:
    create_round(services.repo, 2027, [], [])
    h = mount(services, "/checklist")
    groups = checklist_content().groups
    assert _group_title(h).startswith(groups[0].id)
    for group in groups[1:]:
        button = h.one(ft.FilledButton, key="checklist-next-group")
        assert group.id in str(button.content)
        run(h.click(button))
        assert _group_title(h).startswith(group.id)
    last = h.one(ft.FilledButton, key="checklist-next-group")
    assert "open acties" in str(last.content)
    run(h.click(last))
    assert not h.all(key="checklist-group-title")
    assert not h.all(key="checklist-next-group")
    assert h.errors() == []


def test_note_fields_and_done_boxes_say_what_they_belong_to(services: Services) -> None:
    create_round(services.repo, 2027, [], [])
    h = mount(services, "/checklist")
    labels = [f.label for f in h.all(ft.TextField) if str(f.label).startswith("Notitie")]
    assert labels and len(labels) == len(set(labels)), labels
    assert "Notitie bij punt 1 (mag leeg blijven)" in labels
    assert h.errors() == []


def test_next_step_after_the_organisation_and_after_a_round(services: Services) -> None:
    h = mount(services, "/organisatie")
    assert not h.all(key="org-next-step")  # nothing to go on with yet
    run(h.type_into(h.one(ft.TextField, key="org-name"), "Huurdersvereniging Zon"))
    assert h.all(key="org-next-step")
    assert h.errors() == []

    create_round(services.repo, 2027, [], [])
    h = mount(services, "/rondes")
    button = h.one(ft.FilledTonalButton, key="rounds-next-step")
    assert "inzet" in str(button.content)
    assert h.errors() == []


def test_round_title_field_shows_the_title_the_round_is_known_by(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    h = mount(services, "/rondes")
    field = h.one(ft.TextField, key=f"round-{r.id}-title")
    assert field.value == r.display_title() == "Prestatieafspraken 2027"
    assert h.errors() == []


def test_inzet_tells_ready_to_take_along_from_complete(services: Services) -> None:
    from app.services import position as position_service
    from models.position import Priority

    r = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    position_service.add_standard_themes(services.repo, r.id)
    theme = position_service.load_position(services.repo, r.id).themes[0]
    demand = theme.demands[0] if theme.demands else None
    if demand is None:
        position_service.add_demand(services.repo, r.id, theme.id)
        demand = position_service.load_position(services.repo, r.id).themes[0].demands[0]
    position_service.update_demand(
        services.repo,
        r.id,
        theme.id,
        demand.id,
        what="Het Anker bouwt 120 sociale huurwoningen",
        amount="120 woningen",
        deadline="eind 2028",
        responsible="Het Anker",
    )
    position_service.update_theme(services.repo, r.id, theme.id, priority=Priority.MUST)
    h = mount(services, "/inzet")
    total = len(position_service.load_position(services.repo, r.id).themes)
    ready = h.one(ft.Text, key="inzet-ready").value
    assert ready == f"1 van de {total} thema's klaar om mee te nemen (eis en prioriteit)"
    assert h.one(ft.Text, key="inzet-progress").value == f"0 van de {total} thema's compleet"
    status = h.one(ft.Text, key=f"row-status-{theme.id}").value
    assert str(status).startswith("Klaar om mee te nemen.")
    assert h.errors() == []


def test_words_are_explained_where_they_appear(services: Services) -> None:
    create_round(services.repo, 2027, [], [])
    h = mount(services, "/rondes")
    button = h.one(ft.TextButton, key="explain-bod")
    assert str(button.content).startswith("Uitleg: bod")
    run(h.click(button))
    assert h.errors() == []
    h = mount(services, "/organisatie")
    assert h.all(key="explain-overlegwet")
    assert h.errors() == []


def test_the_explained_words_are_in_the_glossary() -> None:
    from app.content.glossary import glossary

    ids = {t.id for t in glossary().terms}
    assert {"smart", "ondergrens", "cao", "vtw", "bod", "overlegwet", "dvi", "ibw"} <= ids
