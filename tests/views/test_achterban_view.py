"""In-process view tests of Achterban: design, paper entry, correcting, CSV import,
totals, results and taking figures over into the position; no handler errors."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import flet as ft

from app.services import survey as survey_service
from app.services.context import Services
from app.services.demo import add_demo
from tests.views.conftest import mount
from tests.views.harness import Harness


def run(coro: Any) -> Any:
    return asyncio.get_event_loop().run_until_complete(coro)


def texts(h: Harness) -> list[str]:
    return [str(t.value) for t in h.all(ft.Text) if t.value]


def demo(services: Services) -> str:
    return add_demo(services.repo).id


def open_part(h: Harness, name: str) -> None:
    button = next(c for c in h.all() if getattr(c, "key", None) == f"achterban-part-{name}")
    run(h.click(button))


def test_no_round_points_to_rounds(services: Services) -> None:
    h = mount(services, "/achterban")
    assert h.all(key="achterban-go-rounds")
    assert h.errors() == []


def test_enter_paper_forms_with_codes_and_see_the_count(services: Services) -> None:
    rid = demo(services)
    before = len(survey_service.load_survey(services.repo, rid).responses)
    h = mount(services, "/achterban")
    count = h.one(ft.Text, key="entry-count")
    assert count.value == "Ingevoerde formulieren: 236"
    code = h.one(ft.TextField, key="entry-code")
    run(h.type_into(code, "21"))
    assert "De Horst" in str(h.one(ft.Text, key="entry-meaning").value)
    assert "Keuze 2" in str(h.one(ft.TextField, key="entry-code").helper)
    run(h.type_into(h.one(ft.TextField, key="entry-code"), "2123"))
    run(h.event(h.one(ft.TextField, key="entry-code"), "submit"))
    assert h.one(ft.Text, key="entry-count").value == "Ingevoerde formulieren: 237"
    saved = survey_service.load_survey(services.repo, rid).responses
    assert len(saved) == before + 1
    assert saved[-1].neighbourhood == "De Horst" and len(saved[-1].top) == 3
    # a wrong key shows a message and saves nothing
    run(h.type_into(h.one(ft.TextField, key="entry-code"), "9"))
    assert h.one(ft.TextField, key="entry-code").error
    run(h.event(h.one(ft.TextField, key="entry-code"), "submit"))
    assert len(survey_service.load_survey(services.repo, rid).responses) == before + 1
    assert h.errors() == []


def test_a_fast_next_key_is_not_overwritten_by_the_server(services: Services) -> None:
    """The browser sends "21" before the server has rendered "2": the server must
    not send "2" back into the field (that lost the "1" when typing fast)."""
    demo(services)
    h = mount(services, "/achterban")
    field_id = h.one(ft.TextField, key="entry-code")._i

    async def two_keys_quickly() -> list[Any]:
        sent_before = len(h.conn.messages)
        h.session.apply_patch(field_id, {"value": "2"})
        first = asyncio.ensure_future(h.session.dispatch_event(field_id, "change", "2"))
        await asyncio.sleep(0)  # its handler ran; its render waits
        h.session.apply_patch(field_id, {"value": "21"})
        await first
        await h.settle()
        patches = [getattr(m.body, "patch", None) or [] for m in h.conn.messages[sent_before:]]
        return [op for patch in patches for op in patch[1:] if op[2] == "value"]

    value_ops = run(two_keys_quickly())
    field = h.one(ft.TextField, key="entry-code")
    assert field.value == "21"
    assert not [op for op in value_ops if op[3] in ("2", "")], value_ops
    assert "Keuze 2" in str(field.helper)  # the hint follows what the field holds
    assert h.errors() == []


def test_correct_an_entered_form(services: Services) -> None:
    rid = demo(services)
    h = mount(services, "/achterban")
    last = survey_service.load_survey(services.repo, rid)
    paper = [r for r in last.responses if r.channel == "paper"]
    run(h.click(h.one(key="fix-open-236")))
    rid_form = paper[-1].id
    hood = h.one(ft.Dropdown, key=f"fix-{rid_form}-hood")
    h.session.apply_patch(hood._i, {"value": "Centrum"})
    run(h.event(hood, "select", "Centrum"))
    run(h.click(h.one(key=f"fix-{rid_form}-save")))
    assert survey_service.load_survey(services.repo, rid).response(rid_form).neighbourhood == (
        "Centrum"
    )
    assert h.errors() == []


def test_csv_import_with_column_matching_and_preview(services: Services, tmp_path: Path) -> None:
    rid = demo(services)
    before = survey_service.results(services.repo, rid).online
    file = tmp_path / "online.csv"
    file.write_bytes(
        "\ufeffBuurt;Keuze 1;Keuze 2;Betaalbaarheid;E-mail\r\n"
        "Centrum;Leefbaarheid;Betaalbaarheid;Heel belangrijk;x@y.nl\r\n"
        "De Horst;2;1;belangrijk;\r\n".encode()
    )
    h = mount(services, "/achterban")
    open_part(h, "import")
    run(h.type_into(h.one(ft.TextField, key="csv-path"), str(file)))
    run(h.click(h.one(key="csv-open")))
    assert h.one(ft.Dropdown, key="csv-column-1").value == "top:1"
    assert any("2 antwoorden en 1 contactgegevens" in t for t in texts(h))
    assert survey_service.results(services.repo, rid).online == before  # nothing saved yet
    run(h.click(h.one(key="csv-confirm")))
    assert survey_service.results(services.repo, rid).online == before + 2
    assert h.errors() == []


def test_refused_csv_shows_one_dutch_line(services: Services, tmp_path: Path) -> None:
    demo(services)
    file = tmp_path / "leeg.csv"
    file.write_bytes(b"")
    h = mount(services, "/achterban")
    open_part(h, "import")
    run(h.type_into(h.one(ft.TextField, key="csv-path"), str(file)))
    run(h.click(h.one(key="csv-open")))
    assert h.one(ft.Text, key="csv-status").value == (
        "Dit bestand is leeg. Er staan geen antwoorden in."
    )
    assert h.errors() == []


def test_totals_results_and_take_over(services: Services) -> None:
    rid = demo(services)
    h = mount(services, "/achterban")
    open_part(h, "import")
    run(h.type_into(h.one(ft.TextField, key="totals-forms"), "20"))
    run(h.click(h.one(key="totals-add")))
    assert survey_service.results(services.repo, rid).counted_by_hand == 20
    open_part(h, "results")
    assert "332 van de 1.240 leden deden mee (27%)." in texts(h)
    key = survey_service.results(services.repo, rid).themes[0].key
    run(h.click(h.one(key=f"take-over-{key}")))
    position = survey_service.load_position(services.repo, rid)
    assert "Ledenenquête: plaats 1 van 7." in position.theme(key).member_input
    assert h.errors() == []


def test_design_address_and_neighbourhoods(services: Services) -> None:
    rid = demo(services)
    h = mount(services, "/achterban")
    open_part(h, "design")
    assert h.all(key="design-theme-7")
    group = h.one(ft.RadioGroup, key="design-address")
    h.session.apply_patch(group._i, {"value": "u"})
    run(h.event(group, "change", "u"))
    run(h.type_into(h.one(ft.TextField, key="design-neighbourhoods"), "Noord: 10\nZuid"))
    design = survey_service.load_survey(services.repo, rid).design
    assert design.address == "u"
    assert [(n.name, n.members) for n in design.neighbourhoods] == [("Noord", 10), ("Zuid", None)]
    assert h.errors() == []


def test_wipe_all_contact_details(services: Services) -> None:
    rid = demo(services)
    assert survey_service.load_survey(services.repo, rid).contacts
    h = mount(services, "/achterban")
    open_part(h, "design")
    assert h.one(ft.Text, key="contacts-count").value == "Leden die willen meehelpen: 2"
    run(h.click(h.one(key="contacts-wipe")))
    survey = survey_service.load_survey(services.repo, rid)
    assert survey.contacts == [] and len(survey.responses) == 312
    assert h.one(ft.Text, key="contacts-count").value == "Leden die willen meehelpen: 0"
    assert h.errors() == []
