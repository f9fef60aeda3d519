"""Hard words are explained where they appear (issue 13): the theme help and
each checklist card get an explain button per glossary word they use, and a
tap shows the glossary's explanation."""

from __future__ import annotations

import flet as ft

from app.i18n import set_language
from app.services import position as position_service
from app.services.context import Services
from app.services.rounds import create_round
from tests.views.conftest import mount, run
from tests.views.harness import Harness


def _open_dialog_text(h: Harness) -> list[str]:
    dialogs = [d for d in h.page._dialogs.controls if d.open]
    assert len(dialogs) == 1
    return [str(dialogs[0].title.value), str(dialogs[0].content.value)]


def _open_theme(services: Services, theme_id: str) -> Harness:
    r = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    position_service.add_standard_themes(services.repo, r.id)
    item = next(
        t
        for t in position_service.load_position(services.repo, r.id).themes
        if t.theme_id == theme_id
    )
    h = mount(services, "/inzet")
    run(h.click(h.one(key=f"open-{item.id}")))
    run(h.click(h.one(key="theme-help-toggle")))  # the help is folded away at first
    return h


def test_theme_help_explains_cao_where_it_is_used(services: Services) -> None:
    h = _open_theme(services, "betaalbaarheid")
    button = h.one(ft.TextButton, key="theme-help-explain-cao")
    assert button.content == "Uitleg: CAO-loonstijging"
    assert h.all(ft.TextButton, key="theme-help-explain-overlegwet")
    run(h.click(button))
    title, body = _open_dialog_text(h)
    assert title == "cao-loonstijging"
    assert body.startswith("Hoeveel de lonen in een jaar stijgen")
    assert h.errors() == []


def test_process_theme_explains_the_vtw(services: Services) -> None:
    h = _open_theme(services, "proces_samenwerking")
    assert h.one(ft.TextButton, key="theme-help-explain-vtw").content == "Uitleg: VTW"
    assert h.all(ft.TextButton, key="theme-help-explain-bod")
    assert h.errors() == []


def test_checklist_card_explains_dvi_and_ibw(services: Services) -> None:
    create_round(services.repo, 2027, [], [])
    h = mount(services, "/checklist")
    run(h.click(h.one(key="group-B")))
    assert h.one(ft.TextButton, key="item-B10-explain-dvi").content == "Uitleg: dVi"
    run(h.click(h.one(ft.TextButton, key="item-B10-explain-ibw")))
    title, body = _open_dialog_text(h)
    assert title == "IBW"
    assert "investeren" in body
    # a card without hard words gets no row of buttons
    assert not h.all(key="item-B12-words")
    assert h.errors() == []


def test_checklist_explains_smart_and_the_red_line(services: Services) -> None:
    create_round(services.repo, 2027, [], [])
    h = mount(services, "/checklist")
    run(h.click(h.one(key="group-E")))
    assert h.all(ft.TextButton, key="item-E26-explain-smart")
    assert h.all(ft.TextButton, key="item-E25-explain-ondergrens")
    assert h.errors() == []


def test_in_english_the_english_words_are_explained(services: Services) -> None:
    set_language("en")
    try:
        create_round(services.repo, 2027, [], [])
        h = mount(services, "/checklist")
        button = h.one(ft.TextButton, key="item-A1-explain-overlegwet")
        assert button.content == "Explain: Tenant Consultation Act"
        run(h.click(button))
        _title, body = _open_dialog_text(h)
        assert body.startswith("The law that says what tenant organisations may do")
        assert h.errors() == []
    finally:
        set_language("nl")


def test_bod_section_explains_the_bod_the_red_line_and_the_woonvisie(services: Services) -> None:
    r = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    _, theme = position_service.add_theme(services.repo, r.id, "beschikbaarheid")
    h = mount(services, "/bod")
    button = h.one(ft.TextButton, key="bod-title-explain-bod")
    assert button.content == "Uitleg: Bod"
    run(h.click(button))
    _title, body = _open_dialog_text(h)
    assert "vóór 1 juli" in body
    key = f"tp:{theme.id}"
    assert h.all(ft.TextButton, key=f"bod-compare-{key}-explain-ondergrens")
    assert h.all(ft.TextButton, key=f"bod-compare-{key}-explain-woonvisie")
    # the "Waarom?" text names the Woningwet: explained there too
    assert h.all(ft.TextButton, key="bod-why-explain-woningwet")
    assert h.errors() == []


def test_afspraken_and_achterban_explain_their_words(services: Services) -> None:
    create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    h = mount(services, "/afspraken")
    assert h.all(ft.TextButton, key="afspraken-signing-explain-rvc")
    assert h.all(ft.TextButton, key="afspraken-why-explain-rvc")
    h = mount(services, "/achterban")
    assert h.one(ft.TextButton, key="achterban-title-explain-achterban").content == (
        "Uitleg: Achterban"
    )
    assert h.errors() == []
