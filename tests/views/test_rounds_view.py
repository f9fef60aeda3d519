"""In-process tests of round creation, selection, renaming, phase and delete."""

from __future__ import annotations

import asyncio

import flet as ft

from app.services import rounds as rounds_service
from app.services.context import Services
from app.services.organisation import save_organisation
from models.organisation import Organisation
from models.round import Phase
from tests.views.harness import Harness
from views.main import make_main


async def _mount(services: Services, route: str) -> Harness:
    h = Harness()
    await h.mount(make_main(services), route=route)
    return h


def test_create_round_with_validation(services: Services) -> None:
    save_organisation(
        services.repo,
        Organisation(
            name="De Eendracht",
            municipalities=["Noorderveen"],
            housing_associations=["Woonstichting Het Anker"],
        ),
    )

    async def run() -> None:
        h = await _mount(services, "/rondes")
        # partners are prefilled from the profile
        assert h.one(ft.TextField, key="new-round-municipalities").value == "Noorderveen"
        await h.type_into(h.one(ft.TextField, key="new-round-year"), "20x7")
        assert h.one(ft.TextField, key="new-round-year").error
        assert h.one(ft.FilledButton, key="new-round-create").disabled
        await h.type_into(h.one(ft.TextField, key="new-round-year"), "2101")
        assert "2100" in (h.one(ft.TextField, key="new-round-year").error or "")
        await h.type_into(h.one(ft.TextField, key="new-round-year"), "2027")
        assert not h.one(ft.FilledButton, key="new-round-create").disabled
        await h.click(h.one(ft.FilledButton, key="new-round-create"))
        [created] = rounds_service.list_rounds(services.repo)
        assert created.year == 2027
        assert created.housing_associations == ["Woonstichting Het Anker"]
        # the new round is selected and shows in the picker
        assert h.one(ft.DropdownM2, key="round-picker").value == created.id
        assert h.all(key=f"round-{created.id}-selected")
        assert h.errors() == []

    asyncio.run(run())


def test_rename_phase_and_delete(services: Services) -> None:
    old = rounds_service.create_round(services.repo, 2026, ["Noorderveen"], ["Het Anker"])
    new = rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])

    async def run() -> None:
        h = await _mount(services, "/rondes")
        await h.type_into(h.one(ft.TextField, key=f"round-{new.id}-title"), "Afspraken 2027")
        phase = h.one(ft.DropdownM2, key=f"round-{new.id}-phase")
        h.session.apply_patch(phase._i, {"value": Phase.NEGOTIATION.value})
        await h.event(phase, "change", Phase.NEGOTIATION.value)
        saved = rounds_service.get_round(services.repo, new.id)
        assert saved is not None
        assert saved.title == "Afspraken 2027" and saved.phase == Phase.NEGOTIATION
        await h.click(h.one(ft.IconButton, key=f"round-{new.id}-delete"))
        await h.click(h.one(ft.FilledButton, key="delete-confirm"))
        assert [r.id for r in rounds_service.list_rounds(services.repo)] == [old.id]
        assert h.one(ft.DropdownM2, key="round-picker").value == old.id
        assert h.errors() == []

    asyncio.run(run())


def test_overview_guides_a_new_user(services: Services) -> None:
    async def run() -> None:
        h = await _mount(services, "/")
        assert h.all(key="overview-start-organisation")
        assert h.all(key="overview-start-round")
        await h.click(h.one(ft.FilledButton, key="overview-start-organisation"))
        assert h.page.route == "/organisatie"
        assert h.errors() == []

    asyncio.run(run())
