"""In-process view tests of the Inzet section: fill a theme, live SMART hints,
priorities and reordering, own themes, copying last round; no handler errors."""

from __future__ import annotations

import asyncio
from typing import Any

import flet as ft

from app.services import position as svc
from app.services.context import Services
from app.services.demo import add_demo
from app.services.rounds import create_round
from models.position import Priority
from tests.views.conftest import mount
from tests.views.harness import Harness


def run(coro: Any) -> Any:
    return asyncio.get_event_loop().run_until_complete(coro)


def texts(h: Harness) -> list[str]:
    return [str(t.value) for t in h.all(ft.Text) if t.value]


def field(h: Harness, key: str) -> ft.TextField:
    return h.one(ft.TextField, key=key)


def type_(h: Harness, key: str, value: str) -> None:
    run(h.type_into(field(h, key), value))


def start_round(services: Services) -> str:
    return create_round(services.repo, 2027, ["Noorderveen"], ["Woonstichting Het Anker"]).id


def scrolls(h: Harness) -> list[dict[str, Any]]:
    """The arguments of every ``scroll_to`` the client was asked to do."""
    return [args for _c, name, args in h.conn.invoked if name == "scroll_to"]


def open_theme(h: Harness, theme_position_id: str) -> None:
    run(h.click(h.one(key=f"open-{theme_position_id}")))
    assert h.all(key="theme-form-title")


def test_no_round_points_to_rounds(services: Services) -> None:
    h = mount(services, "/inzet")
    assert h.all(key="inzet-go-rounds")
    run(h.click(h.one(key="inzet-go-rounds")))
    assert h.page.route == "/rondes"
    assert h.errors() == []


def test_fill_a_theme_and_see_smart_hints_update(services: Services) -> None:
    rid = start_round(services)
    h = mount(services, "/inzet")
    run(h.click(h.one(key="add-standard-themes")))
    position = svc.load_position(services.repo, rid)
    assert len(position.themes) == 9
    item = next(t for t in position.themes if t.theme_id == "betaalbaarheid")
    d = item.demands[0].id
    open_theme(h, item.id)
    assert h.one(ft.Text, key="theme-form-title").value == "Betaalbaarheid"
    assert h.all(key="theme-help")

    type_(h, f"demand-what-{d}", "Meer betaalbare woningen")
    hint_texts = [str(t.value) for t in h.all(ft.Text) if str(t.key or "").startswith("hint-")]
    assert "Er staat geen jaartal in. Wanneer moet het klaar zijn?" in hint_texts
    assert any(t.startswith("Er staat geen getal in.") for t in hint_texts)
    # no party in the sentence: the profile's corporation is suggested, and said so
    who = field(h, f"demand-who-{d}")
    assert who.value == "Woonstichting Het Anker"
    assert who.helper == "Uit je zin gehaald: klopt het?"

    type_(h, f"demand-amount-{d}", "120 woningen")
    type_(h, f"demand-deadline-{d}", "eind 20277")
    assert field(h, f"demand-deadline-{d}").error == (
        "20277 is geen goed jaartal. Kies een jaar tussen 2000 en 2100, bijvoorbeeld 2028."
    )
    type_(h, f"demand-deadline-{d}", "eind 2027")
    assert field(h, f"demand-deadline-{d}").error is None
    hints_now = [str(t.value) for t in h.all(ft.Text) if str(t.key or "").startswith("hint-")]
    assert not any("jaartal" in t for t in hints_now)
    type_(h, f"demand-who-{d}", "Woonstichting Het Anker")
    assert not [t for t in h.all(ft.Text) if str(t.key or "").startswith("hint-")]
    assert any(t.startswith("Deze eis is SMART") for t in texts(h))

    hostile = "Huur <b>&amp;</b> 🏠 — Ayşe, Łódź, ğüşıöç\nregel 2"
    type_(h, "theme-situation", hostile)
    type_(h, "theme-wishes", "Betaalbaar wonen")
    type_(h, "theme-arguments", "CAO")
    type_(h, "theme-red_line", "Niet boven CAO")
    type_(h, "theme-member_input", "ALV maart")
    group = h.one(ft.RadioGroup, key="theme-priority")
    h.session.apply_patch(group._i, {"value": "must"})
    run(h.event(group, "change", "must"))
    assert h.one(ft.Text, key="theme-status").value == "Compleet"

    stored = svc.load_position(services.repo, rid).theme(item.id)
    assert stored.situation == hostile
    assert stored.priority is Priority.MUST
    assert stored.demands[0].deadline == "eind 2027"  # the invalid year was never stored
    assert stored.demands[0].responsible == "Woonstichting Het Anker"
    assert any(t.startswith("Opgeslagen om") for t in texts(h))

    run(h.click(h.one(key="back-to-overview")))
    assert h.one(ft.Text, key=f"row-status-{item.id}").value == "Compleet"
    assert h.one(ft.Text, key="top-1").value == "1. Betaalbaarheid"
    assert h.one(ft.Text, key="inzet-progress").value == "1 van de 9 thema's compleet"
    assert h.errors() == []


def test_one_sentence_fills_how_much_when_and_who(services: Services) -> None:
    rid = start_round(services)
    svc.add_standard_themes(services.repo, rid)
    item = svc.load_position(services.repo, rid).themes[0]
    d = item.demands[0].id
    h = mount(services, "/inzet")
    open_theme(h, item.id)
    type_(h, f"demand-deadline-{d}", "medio 2029")
    type_(h, f"demand-what-{d}", "Het Anker bouwt eind 2028 120 nieuwe sociale huurwoningen")
    assert field(h, f"demand-amount-{d}").value == "120 nieuwe sociale huurwoningen"
    assert field(h, f"demand-amount-{d}").helper == "Uit je zin gehaald: klopt het?"
    assert field(h, f"demand-deadline-{d}").value == "medio 2029"  # typed: kept
    assert field(h, f"demand-deadline-{d}").helper is None
    assert field(h, f"demand-who-{d}").value == "Woonstichting Het Anker"
    assert any(t.startswith("Deze eis is SMART") for t in texts(h))
    # the volunteer corrects a suggestion: it stays theirs
    type_(h, f"demand-amount-{d}", "100 woningen")
    type_(h, f"demand-what-{d}", "Het Anker bouwt eind 2028 150 nieuwe sociale huurwoningen")
    assert field(h, f"demand-amount-{d}").value == "100 woningen"
    stored = svc.load_position(services.repo, rid).theme(item.id).demands[0]
    assert (stored.amount, stored.deadline) == ("100 woningen", "medio 2029")
    assert h.errors() == []


def test_next_theme_goes_on_and_back_scrolls_to_the_theme(services: Services) -> None:
    rid = start_round(services)
    svc.add_standard_themes(services.repo, rid)
    first, second, third = svc.ordered_themes(svc.load_position(services.repo, rid))[:3]
    svc.update_demand(
        services.repo, rid, second.id, second.demands[0].id, what="Het Anker bouwt in 2027 10"
    )
    svc.update_theme(services.repo, rid, second.id, priority="must")  # ready: skipped
    h = mount(services, "/inzet")
    open_theme(h, first.id)
    button = h.one(ft.FilledButton, key="next-theme")
    assert button.content == f"Volgende thema: {svc.theme_title(third)}"
    run(h.click(button))
    assert h.one(ft.Text, key="theme-form-title").value == svc.theme_title(third)
    run(h.until(lambda: len(scrolls(h)) == 1))  # the next theme opens at its top
    assert scrolls(h)[0]["offset"] == 0
    run(h.click(h.one(key="back-to-overview-bottom")))
    assert h.all(key="inzet-ready")
    run(h.until(lambda: len(scrolls(h)) == 2))
    assert scrolls(h)[-1]["scroll_key"] == ft.ScrollKey(f"row-{third.id}")
    # and the keyboard focus is back on that theme's button
    open_button = h.one(key=f"open-{third.id}")
    run(h.until(lambda: (open_button, "focus") in [(c, n) for c, n, _a in h.conn.invoked]))
    assert h.errors() == []


def test_reorder_priorities(services: Services) -> None:
    rid = start_round(services)
    svc.add_standard_themes(services.repo, rid)
    themes = svc.load_position(services.repo, rid).themes
    a, b, c = themes[0], themes[1], themes[2]
    for t in (a, b, c):
        svc.update_theme(services.repo, rid, t.id, priority="must")
        svc.update_demand(
            services.repo, rid, t.id, t.demands[0].id, what="Het Anker bouwt in 2027 10"
        )
    h = mount(services, "/inzet")
    assert h.one(ft.IconButton, key=f"up-{a.id}").disabled
    assert not h.one(ft.IconButton, key=f"up-{c.id}").disabled
    assert h.one(ft.IconButton, key=f"down-{c.id}").disabled  # next one has no priority
    run(h.click(h.one(key=f"up-{c.id}")))
    run(h.click(h.one(key=f"up-{c.id}")))
    order = [t.id for t in svc.ordered_themes(svc.load_position(services.repo, rid))]
    assert order[:3] == [c.id, a.id, b.id]
    assert h.one(ft.Text, key="top-1").value.endswith(svc.theme_title(c))
    assert h.one(ft.IconButton, key=f"up-{c.id}").disabled
    run(h.click(h.one(key=f"down-{a.id}")))
    order = [t.id for t in svc.ordered_themes(svc.load_position(services.repo, rid))]
    assert order[:3] == [c.id, b.id, a.id]
    assert h.errors() == []


def test_own_theme_and_more_demands(services: Services) -> None:
    rid = start_round(services)
    svc.add_theme(services.repo, rid, "leefbaarheid")
    h = mount(services, "/inzet")
    run(h.click(h.one(key="add-own-theme")))
    assert field(h, "own-theme-name").error == "Geef je eigen thema een naam."
    type_(h, "own-theme-name", "Servicekosten & <stook> 🔥")
    run(h.click(h.one(key="add-own-theme")))
    position = svc.load_position(services.repo, rid)
    own = position.themes[-1]
    assert own.title == "Servicekosten & <stook> 🔥"
    assert not h.all(key="add-theme-leefbaarheid")
    open_theme(h, own.id)
    assert h.one(ft.Text, key="theme-form-title").value == "Servicekosten & <stook> 🔥"
    assert not h.all(key="theme-help")  # no catalogue help for an own theme
    type_(h, "theme-title", " ")
    assert field(h, "theme-title").error == "Geef je eigen thema een naam."
    run(h.click(h.one(key="add-demand")))
    demands = svc.load_position(services.repo, rid).theme(own.id).demands
    assert len(demands) == 2
    run(h.click(h.one(key=f"demand-up-{demands[1].id}")))
    moved = svc.load_position(services.repo, rid).theme(own.id).demands
    assert [d.id for d in moved] == [demands[1].id, demands[0].id]
    run(h.click(h.one(key="remove-theme")))
    run(h.click(h.one(key="remove-confirm")))
    assert len(svc.load_position(services.repo, rid).themes) == 1
    assert h.all(key="top-priorities")
    assert h.errors() == []


def test_copy_last_rounds_position(services: Services) -> None:
    old = start_round(services)
    _, item = svc.add_theme(services.repo, old, "betaalbaarheid")
    svc.update_theme(services.repo, old, item.id, red_line="Niet boven CAO")
    create_round(services.repo, 2028, ["Noorderveen"], [])
    h = mount(services, "/inzet")
    run(h.click(h.one(key="copy-previous-position")))
    assert h.all(key=ft.ScrollKey(f"row-{item.id}"))
    assert h.errors() == []


def test_demo_position_is_shown_complete(services: Services) -> None:
    add_demo(services.repo)
    h = mount(services, "/inzet")
    assert h.one(ft.Text, key="inzet-progress").value == "7 van de 7 thema's compleet"
    assert h.one(ft.Text, key="top-1").value == "1. Betaalbaarheid"
    # every theme is ready: a theme's form ends with the step to the checklist
    first = svc.ordered_themes(svc.load_position(services.repo, "2027"))[0]
    open_theme(h, first.id)
    assert not h.all(key="next-theme")
    button = h.one(ft.FilledTonalButton, key="theme-next-step")
    assert button.content == "Volgende stap: de checklist"
    assert h.errors() == []


def test_member_summary_and_adoption_date(services: Services) -> None:
    rid = start_round(services)
    svc.add_theme(services.repo, rid, "leefbaarheid")
    h = mount(services, "/inzet")
    type_(h, "position-member-summary", "312 reacties 🏠 <&>")
    type_(h, "position-adopted-on", "31-2-2027")
    assert field(h, "position-adopted-on").error
    type_(h, "position-adopted-on", "19-3-2027")
    assert field(h, "position-adopted-on").error is None
    stored = svc.load_position(services.repo, rid)
    assert stored.member_summary == "312 reacties 🏠 <&>"
    assert str(stored.adopted_on) == "2027-03-19"
    type_(h, "position-adopted-on", "")
    assert svc.load_position(services.repo, rid).adopted_on is None
    assert h.errors() == []


def test_read_only_window_cannot_change_the_position(tmp_path: Any) -> None:
    writer = Services.open(tmp_path / "data")
    add_demo(writer.repo)
    writer.close()
    reader = Services.open(tmp_path / "data", read_only=True)
    try:
        h = mount(reader, "/inzet")
        position = svc.load_position(reader.repo, reader_round(reader))
        first = svc.ordered_themes(position)[1]
        assert h.one(ft.IconButton, key=f"up-{first.id}").disabled
        open_theme(h, first.id)
        assert field(h, "theme-situation").read_only
        assert h.one(ft.OutlinedButton, key="add-demand").disabled
        assert h.errors() == []
    finally:
        reader.close()


def reader_round(services: Services) -> str:
    from app.services.rounds import latest_round

    latest = latest_round(services.repo)
    assert latest is not None
    return latest.id


def test_theme_help_is_folded_away_and_says_so(services: Services) -> None:
    rid = start_round(services)
    svc.add_standard_themes(services.repo, rid)
    item = svc.load_position(services.repo, rid).themes[0]
    h = mount(services, "/inzet")
    open_theme(h, item.id)

    def help_expanded() -> bool | None:
        (node,) = [
            s for s in h.all(ft.Semantics) if getattr(s.content, "key", None) == "theme-help-toggle"
        ]
        return node.expanded

    assert help_expanded() is False  # a screen reader hears "ingeklapt"
    assert "Vragen die je kunt stellen" not in texts(h)  # not on the page: no Tab, no select
    run(h.click(h.one(key="theme-help-toggle")))
    assert help_expanded() is True
    assert "Vragen die je kunt stellen" in texts(h)
    run(h.click(h.one(key="theme-help-toggle")))
    assert "Vragen die je kunt stellen" not in texts(h)
    assert h.errors() == []


def test_next_theme_skips_ready_themes_and_wraps_round(services: Services) -> None:
    from views.inzet import next_theme

    rid = start_round(services)
    svc.add_standard_themes(services.repo, rid)
    rows = svc.theme_summaries(services.repo, rid)
    ids = [r.theme.id for r in rows]
    follows = next_theme(rows, ids[0])
    assert follows is not None and follows.theme.id == ids[1]
    last = next_theme(rows, ids[-1])  # wraps round to the top
    assert last is not None and last.theme.id == ids[0]
    for row in rows[1:]:  # every other theme ready: nothing to go on to
        svc.update_demand(
            services.repo,
            rid,
            row.theme.id,
            row.theme.demands[0].id,
            what="Het Anker bouwt in 2027 10",
        )
        svc.update_theme(services.repo, rid, row.theme.id, priority="could")
    rows = svc.theme_summaries(services.repo, rid)
    assert next_theme(rows, ids[0]) is None
