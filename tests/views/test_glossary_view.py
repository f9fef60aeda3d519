"""In-process tests of the glossary: reachable from every screen, searchable,
and "Back" returns to where the user was."""

from __future__ import annotations

import asyncio

import flet as ft
import pytest

from app.services.context import Services
from tests.views.conftest import mounted
from views.shell import SECTIONS


@pytest.mark.parametrize("route", [s.route for s in SECTIONS])
def test_glossary_and_why_on_every_screen(services: Services, route: str) -> None:
    async def run() -> None:
        h = await mounted(services, route)
        # every section explains itself with a "Waarom?" button
        assert [b for b in h.all(ft.TextButton) if str(b.key).endswith("-why")]
        await h.click(h.one(ft.TextButton, key="glossary-open"))
        assert h.page.route == "/woordenlijst"
        assert h.all(key="term-prestatieafspraken")
        await h.click(h.one(ft.OutlinedButton, key="glossary-back"))
        assert h.page.route == route

    asyncio.run(run())


def test_glossary_search(services: Services) -> None:
    async def run() -> None:
        h = await mounted(services, "/woordenlijst")
        assert len(h.keyed("term-", ft.Container)) >= 40
        await h.type_into(h.one(ft.TextField, key="glossary-search"), "zienswijze")
        shown = h.keyed("term-", ft.Container)
        assert "term-zienswijze" in shown and len(shown) < 5
        await h.type_into(h.one(ft.TextField, key="glossary-search"), "xyzzy")
        assert h.one(ft.Text, key="glossary-none").value == "Geen woord gevonden voor 'xyzzy'."
        # the "Waarom?" explanation is there too
        assert h.one(ft.TextButton, key="glossary-why").content == "Waarom?"

    asyncio.run(run())
