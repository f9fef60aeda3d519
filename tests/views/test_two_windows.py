"""Issue 11 item 5: two windows (browser tabs) on one data folder never
silently undo each other. Edits of different fields both survive; an edit of
a field that changed elsewhere is refused with a message."""

from __future__ import annotations

import asyncio

import flet as ft

from app.services import rounds as rounds_service
from app.services.context import Services
from app.services.fresh_save import StaleCopy
from app.services.organisation import load_organisation
from models.round import Phase
from tests.views.conftest import mounted


def test_two_tabs_edit_the_organisation(services: Services) -> None:
    async def run() -> None:
        a = await mounted(services, "/organisatie")
        b = await mounted(services, "/organisatie")  # both opened before any edit
        await a.type_into(a.one(ft.TextField, key="org-name"), "Huurders Noord")
        await b.type_into(b.one(ft.TextField, key="org-members"), "250")
        org = load_organisation(services.repo)
        assert org is not None
        assert org.name == "Huurders Noord", "tab B's save erased tab A's name"
        assert org.member_count == 250
        # Tab B still shows the old (empty) name: typing there must not undo A silently.
        await b.type_into(b.one(ft.TextField, key="org-name"), "Huurders Zuid")
        org = load_organisation(services.repo)
        assert org is not None and org.name == "Huurders Noord"
        status = b.one(ft.Text, key="save-status").value or ""
        assert "ander venster" in status, status
        assert a.errors() == [] and b.errors() == []

    asyncio.run(run())


def test_two_tabs_edit_a_round(services: Services) -> None:
    created = rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    shown_a = rounds_service.get_round(services.repo, created.id)
    shown_b = rounds_service.get_round(services.repo, created.id)
    assert shown_a is not None and shown_b is not None
    rounds_service.update_round_fields(services.repo, shown_a, title="Ronde A")
    rounds_service.update_round_fields(services.repo, shown_b, phase=Phase.NEGOTIATION)
    stored = rounds_service.get_round(services.repo, created.id)
    assert stored is not None
    assert stored.title == "Ronde A" and stored.phase is Phase.NEGOTIATION
    try:
        rounds_service.update_round_fields(services.repo, shown_b, title="Ronde B")
    except StaleCopy:
        pass
    else:
        raise AssertionError("a stale copy overwrote another window's title")
    stored = rounds_service.get_round(services.repo, created.id)
    assert stored is not None and stored.title == "Ronde A"
