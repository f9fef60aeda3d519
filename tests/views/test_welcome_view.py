"""In-process tests of the first-run welcome: shown once on an empty data
folder, loads the example or starts one's own, and never comes back."""

from __future__ import annotations

import asyncio

import flet as ft

from app.services import position as position_service
from app.services import rounds as rounds_service
from app.services import settings as settings_service
from app.services.context import Services
from app.services.organisation import load_organisation, save_organisation
from models.organisation import Organisation
from tests.views.harness import Harness
from views.main import make_main


async def _mount(services: Services, route: str = "/") -> Harness:
    h = Harness()
    await h.mount(make_main(services), route=route)
    return h


def _texts(h: Harness) -> list[str]:
    return [c.value for c in h.all(ft.Text) if isinstance(c.value, str)]


def test_welcome_explains_three_steps_and_loads_the_example(services: Services) -> None:
    async def run() -> None:
        h = await _mount(services)
        assert h.one(ft.Text, key="welcome-title").value == "Welkom bij Aan Tafel"
        texts = _texts(h)
        assert "Vul je organisatie in en begin een ronde voor dit jaar." in texts
        assert any(t.startswith("Print de stukken") for t in texts)
        await h.click(h.one(ft.OutlinedButton, key="welcome-example"))
        organisation = load_organisation(services.repo)
        assert organisation is not None and organisation.name == "Huurdersvereniging De Eendracht"
        assert not h.all(key="welcome")
        # the example's newest round is selected in the top bar
        latest = rounds_service.latest_round(services.repo)
        assert latest is not None
        assert h.one(ft.DropdownM2, key="round-picker").value == latest.id
        assert settings_service.load_settings(services.repo).welcome_done
        assert h.errors() == []

    asyncio.run(run())


def test_start_own_saves_starts_the_round_and_opens_the_first_theme(services: Services) -> None:
    async def run() -> None:
        h = await _mount(services)
        await h.click(h.one(ft.FilledButton, key="welcome-own"))
        # the name is needed: nothing is saved without it
        assert h.one(ft.TextField, key="welcome-name").error == (
            "Vul de naam van je organisatie in."
        )
        assert load_organisation(services.repo) is None
        for key, value in (
            ("welcome-name", "Huurdersvereniging De Linde"),
            ("welcome-associations", "Woonstichting Het Anker"),
            ("welcome-municipalities", "Gemeente Dalfsen"),
        ):
            await h.type_into(h.one(ft.TextField, key=key), value)
        await h.click(h.one(ft.FilledButton, key="welcome-own"))
        await h.settle()
        assert h.page.route == "/inzet"
        organisation = load_organisation(services.repo)
        assert organisation is not None
        assert organisation.municipalities == ["Dalfsen"]  # "gemeente" is the app's word
        latest = rounds_service.latest_round(services.repo)
        assert latest is not None and latest.housing_associations == ["Woonstichting Het Anker"]
        position = position_service.load_position(services.repo, latest.id)
        assert len(position.themes) == 9
        first = position_service.ordered_themes(position)[0]
        title = h.one(ft.Text, key="theme-form-title").value
        assert title == position_service.theme_title(first)
        assert not h.all(key="welcome")
        assert h.errors() == []

    asyncio.run(run())

    async def restart() -> None:
        h = await _mount(services)
        assert not h.all(key="welcome")
        assert h.errors() == []

    asyncio.run(restart())


def test_welcome_only_on_overview_and_only_for_an_empty_folder(services: Services) -> None:
    async def run() -> None:
        h = await _mount(services, "/instellingen")
        assert not h.all(key="welcome")

    asyncio.run(run())
    save_organisation(services.repo, Organisation(name="Al begonnen"))

    async def with_data() -> None:
        h = await _mount(services)
        assert not h.all(key="welcome")

    asyncio.run(with_data())


def test_welcome_in_english(services: Services) -> None:
    from app.i18n import set_language

    set_language("en")
    try:

        async def run() -> None:
            h = await _mount(services)
            assert h.one(ft.Text, key="welcome-title").value == "Welcome to Aan Tafel"
            assert h.one(ft.OutlinedButton, key="welcome-example").content == (
                "Look at the example"
            )

        asyncio.run(run())
    finally:
        set_language("nl")
