"""In-process view tests of the checklist section and the open-actions panel."""

from __future__ import annotations

import datetime as dt
from typing import Any

import flet as ft

from app.services import checklist as svc
from app.services.context import Services
from app.services.demo import add_demo
from app.services.rounds import create_round
from models.checklist import Answer
from tests.views.conftest import mount, run
from tests.views.harness import Harness


def text_of(h: Harness, key: str) -> str:
    return h.one(ft.Text, key=key).value


async def answer(h: Harness, item_id: str, value: str) -> None:
    group = h.one(ft.RadioGroup, key=f"answer-{item_id}")
    h.session.apply_patch(group._i, {"value": value})
    await h.event(group, "change", value)


def test_answering_items_changes_group_score(services: Services) -> None:
    r = create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    h = mount(services, "/checklist")
    assert h.all(key="checklist-scores")
    assert text_of(h, "score-A-percent") == "nog geen score"
    run(answer(h, "A1", "ja"))
    assert text_of(h, "score-A-percent") == "100%"
    run(answer(h, "A2", "nee"))
    assert text_of(h, "score-A-percent") == "50%"
    run(answer(h, "A3", "nvt"))
    assert text_of(h, "score-A-percent") == "50%"  # n.v.t. does not count
    assert text_of(h, "score-overall-percent") == "50%"
    assert h.one(ft.ProgressBar, key="score-A-bar").value == 0.5
    stored = svc.load_checklist(services.repo, r.id)
    assert stored.answer_of("A2") is Answer.NO
    assert stored.answer_of("A3") is Answer.NOT_APPLICABLE


def test_shortfall_becomes_action_with_date(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    h = mount(services, "/checklist")
    run(h.click(h.one(key="group-B")))
    assert h.all(key="checklist-group-title")
    assert not h.all(key="add-action-B8")  # no action button before a shortfall
    run(answer(h, "B8", "deels"))
    assert h.all(key="action-hint-B8")
    run(h.click(h.one(ft.OutlinedButton, key="add-action-B8")))
    action = svc.load_checklist(services.repo, r.id).get("B8").actions[0]
    prefix = f"action-B8-{action.id}"
    run(h.type_into(h.one(ft.TextField, key=f"{prefix}-what"), "Bod eerder opvragen"))
    run(h.type_into(h.one(ft.TextField, key=f"{prefix}-who"), "Anneke"))
    run(h.type_into(h.one(ft.TextField, key=f"{prefix}-due"), "14 maart 2027"))
    saved = svc.load_checklist(services.repo, r.id).get("B8").actions[0]
    assert (saved.what, saved.who, saved.due) == (
        "Bod eerder opvragen",
        "Anneke",
        dt.date(2027, 3, 14),
    )
    due_field = h.one(ft.TextField, key=f"{prefix}-due")
    assert due_field.error is None
    assert due_field.helper == "14 maart 2027"

    # A bad date: Dutch message next to the field, typed text kept, nothing stored.
    run(h.type_into(h.one(ft.TextField, key=f"{prefix}-due"), "31-2-2027"))
    due_field = h.one(ft.TextField, key=f"{prefix}-due")
    assert due_field.error and "bestaat niet" in str(due_field.error)
    assert due_field.value == "31-2-2027"
    assert svc.load_checklist(services.repo, r.id).get("B8").actions[0].due == dt.date(2027, 3, 14)

    # The action shows in the open-actions view of the checklist.
    run(h.click(h.one(key="group-actions")))
    assert h.all(key=f"checklist-action-row-{action.id}")


def test_open_actions_on_overview_can_be_marked_done(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    svc.set_answer(services.repo, r.id, "C15", Answer.NO)
    _, late = svc.add_action(services.repo, r.id, "C15", what="Procesplan", due=dt.date(2027, 6, 1))
    _, early = svc.add_action(services.repo, r.id, "C15", what="Kalender", due=dt.date(2027, 2, 1))
    h = mount(services, "/")
    assert h.all(key="overview-actions")
    rows = [c.key for c in h.all(ft.Row) if str(c.key or "").startswith("overview-action-row-")]
    assert rows == [f"overview-action-row-{early.id}", f"overview-action-row-{late.id}"]
    box = h.one(ft.Checkbox, key=f"overview-action-done-{early.id}")
    h.session.apply_patch(box._i, {"value": True})
    run(h.event(box, "change", True))
    assert [e.action.id for e in svc.open_actions_for_round(services.repo, r.id)] == [late.id]
    assert not h.all(key=f"overview-action-row-{early.id}")


def test_copy_previous_round_marks_to_confirm(services: Services) -> None:
    old = create_round(services.repo, 2026, [], [])
    svc.set_answer(services.repo, old.id, "A1", Answer.PARTLY)
    new = create_round(services.repo, 2027, [], [])
    h = mount(services, "/checklist")
    run(h.click(h.one(key="checklist-copy-previous")))
    assert h.all(key="to-confirm-A1")
    assert h.all(key="checklist-to-confirm")
    run(h.click(h.one(key="confirm-A1")))
    assert not h.all(key="to-confirm-A1")
    assert not svc.load_checklist(services.repo, new.id).get("A1").to_confirm


def test_demo_shows_change_since_previous_round(services: Services) -> None:
    add_demo(services.repo)
    h = mount(services, "/checklist")
    assert "sinds 2026" in text_of(h, "score-overall-change")
    assert text_of(h, "score-overall-change").startswith("+")


def test_action_done_and_removed_in_item_card(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    svc.set_answer(services.repo, r.id, "A4", Answer.NO)
    _, action = svc.add_action(services.repo, r.id, "A4", what="Adviseur zoeken")
    h = mount(services, "/checklist")
    prefix = f"action-A4-{action.id}"
    box = h.one(ft.Checkbox, key=f"{prefix}-done")
    h.session.apply_patch(box._i, {"value": True})
    run(h.event(box, "change", True))
    assert svc.open_actions_for_round(services.repo, r.id) == []
    assert h.one(ft.Checkbox, key=f"{prefix}-done").value is True
    assert h.one(key="group-actions").content == "Open acties (0)"
    run(h.click(h.one(ft.IconButton, key=f"{prefix}-remove")))
    assert svc.load_checklist(services.repo, r.id).get("A4").actions == []
    assert not h.all(key=f"{prefix}-what")


def test_open_actions_lead_to_their_group(services: Services) -> None:
    r = create_round(services.repo, 2027, [], [])
    svc.set_answer(services.repo, r.id, "E28", Answer.NO)
    _, action = svc.add_action(services.repo, r.id, "E28", what="Gemeente vragen")
    h = mount(services, "/checklist")
    run(h.click(h.one(key="group-actions")))
    run(h.click(h.one(key=f"checklist-action-open-{action.id}")))
    assert text_of(h, "checklist-group-title") == "E. Inhoud en onderhandeling"
    assert h.all(key=f"action-E28-{action.id}-what")


def test_read_only_folder_cannot_be_changed(services: Services, tmp_path: Any) -> None:
    r = create_round(services.repo, 2027, [], [])
    svc.set_answer(services.repo, r.id, "A2", Answer.NO)
    svc.add_action(services.repo, r.id, "A2", what="x")
    services.close()
    readonly = Services.open(tmp_path / "data", read_only=True)
    try:
        h = mount(readonly, "/checklist")
        assert all(radio.disabled for radio in h.all(ft.Radio))
        assert h.one(ft.OutlinedButton, key="add-action-A2").disabled
    finally:
        readonly.close()


def test_last_answer_of_a_group_shows_the_next_step_and_the_report_is_made_here(
    services: Services,
) -> None:
    from pypdf import PdfReader

    from app.content.checklist import checklist_content

    create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    h = mount(services, "/checklist")
    items = [i.id for i in checklist_content().groups[0].items]
    for item_id in items[:-1]:
        run(answer(h, item_id, "ja"))
    assert not [a for _c, name, a in h.conn.invoked if name == "scroll_to"]
    run(answer(h, items[-1], "ja"))

    def scrolls() -> list[Any]:
        return [a for _c, name, a in h.conn.invoked if name == "scroll_to"]

    run(h.until(lambda: bool(scrolls())))
    assert scrolls()[-1]["offset"] == -1  # "Volgende groep" comes into view
    run(h.click(h.one(key="checklist-make-report")))

    async def made() -> None:
        await h.until(lambda: bool(h.all(ft.Text, key="doc-status")[0].value), seconds=30)

    run(made())
    assert text_of(h, "doc-status").startswith("Klaar: Checklistrapport 2027.pdf")
    pdf = services.repo.paths.documents_dir / "Checklistrapport 2027.pdf"
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Checklist" in text
    assert h.all(key="doc-open")
    assert h.errors() == []
