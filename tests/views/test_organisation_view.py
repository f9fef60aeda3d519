"""In-process tests of the organisation form: validation next to the field,
nothing invalid stored, valid edits saved at once."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

import flet as ft

from app.services.context import Services
from app.services.organisation import load_organisation
from tests.folders import held_open
from tests.views.conftest import mounted


def test_fill_profile_with_validation(services: Services) -> None:
    async def run() -> None:
        h = await mounted(services, "/organisatie")
        await h.type_into(h.one(ft.TextField, key="org-name"), "Huurders Zoë & Łukasz <b>")
        await h.type_into(h.one(ft.TextField, key="org-members"), "heel veel")
        field = h.one(ft.TextField, key="org-members")
        assert field.error == "Vul een heel getal in, bijvoorbeeld 250."
        assert field.value == "heel veel"  # what the user typed stays
        org = load_organisation(services.repo)
        assert org is not None and org.member_count is None  # nothing invalid stored
        await h.type_into(h.one(ft.TextField, key="org-members"), "1.250")
        assert h.one(ft.TextField, key="org-members").error is None
        await h.type_into(h.one(ft.TextField, key="org-budget"), "€ 18.500,00")
        await h.type_into(h.one(ft.TextField, key="org-municipalities"), "Noorderveen, Zuiderveen")
        org = load_organisation(services.repo)
        assert org is not None
        assert org.name == "Huurders Zoë & Łukasz <b>"
        assert org.member_count == 1250
        assert org.support_budget == Decimal("18500.00")
        assert org.municipalities == ["Noorderveen", "Zuiderveen"]
        status = h.one(ft.Text, key="save-status")
        assert status.value.startswith("Opgeslagen om")
        assert h.errors() == []

    asyncio.run(run())


def test_required_name_is_not_cleared(services: Services) -> None:
    async def run() -> None:
        h = await mounted(services, "/organisatie")
        await h.type_into(h.one(ft.TextField, key="org-name"), "De Eendracht")
        await h.type_into(h.one(ft.TextField, key="org-name"), "   ")
        assert h.one(ft.TextField, key="org-name").error == "Vul dit veld in."
        org = load_organisation(services.repo)
        assert org is not None and org.name == "De Eendracht"
        assert h.errors() == []

    asyncio.run(run())


def test_board_members_add_edit_remove(services: Services) -> None:
    async def run() -> None:
        h = await mounted(services, "/organisatie")
        await h.click(h.one(ft.OutlinedButton, key="board-add"))
        await h.click(h.one(ft.OutlinedButton, key="board-add"))
        await h.type_into(h.one(ft.TextField, key="board-0-name"), "Ayşe Yıldız")
        await h.type_into(h.one(ft.TextField, key="board-1-name"), "Grażyna")
        await h.type_into(h.one(ft.TextField, key="board-1-email"), "geen-mail")
        assert h.one(ft.TextField, key="board-1-email").error
        await h.type_into(h.one(ft.TextField, key="board-1-email"), "g@voorbeeld.nl")
        org = load_organisation(services.repo)
        assert org is not None
        assert [(m.name, m.email) for m in org.board] == [
            ("Ayşe Yıldız", ""),
            ("Grażyna", "g@voorbeeld.nl"),
        ]
        await h.click(h.one(ft.IconButton, key="board-0-remove"))
        org = load_organisation(services.repo)
        assert org is not None and [m.name for m in org.board] == ["Grażyna"]
        assert h.one(ft.TextField, key="board-0-name").value == "Grażyna"
        assert h.errors() == []

    asyncio.run(run())


def test_read_only_window_cannot_edit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with held_open(data):
        services = Services.open(data)

        async def run() -> None:
            h = await mounted(services, "/organisatie")
            assert h.one(ft.TextField, key="org-name").read_only
            status = h.one(ft.Text, key="save-status")
            assert status.value == "Alleen lezen"
            # a screen reader hears why (the live region's label), not only the
            # mouse's tooltip
            assert isinstance(status.parent, ft.Semantics) and status.parent.live_region
            assert status.parent.label == (
                "Alleen lezen. Een ander venster heeft deze gegevens open; "
                "wijzigingen worden niet opgeslagen."
            )
            assert isinstance(status.tooltip, ft.Tooltip)
            assert status.tooltip.exclude_from_semantics
            assert h.all(key="notice-0")
            assert h.errors() == []

        asyncio.run(run())
        services.close()


def test_next_step_starts_the_round_with_the_standard_themes(services: Services) -> None:
    from app.services import position as position_service
    from app.services.rounds import latest_round

    async def run() -> None:
        h = await mounted(services, "/organisatie")
        await h.type_into(h.one(ft.TextField, key="org-name"), "Huurdersvereniging De Linde")
        await h.type_into(h.one(ft.TextField, key="org-associations"), "Woonstichting Het Anker")
        await h.click(h.one(ft.FilledButton, key="org-next-step"))
        await h.settle()
        assert h.page.route == "/inzet"
        latest = latest_round(services.repo)
        assert latest is not None and latest.housing_associations == ["Woonstichting Het Anker"]
        themes = position_service.load_position(services.repo, latest.id).themes
        assert len(themes) == 9
        assert h.all(key="theme-form-title")  # the first theme is open
        assert h.errors() == []

    asyncio.run(run())
