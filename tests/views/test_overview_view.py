"""Overzicht says how complete the position is (design §9)."""

from __future__ import annotations

import flet as ft

from app.services import position as position_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.rounds import create_round
from models.position import is_ready
from tests.views.conftest import mount


def _progress_text(services: Services) -> str:
    h = mount(services, "/")
    return str(h.one(ft.Text, key="overview-position-progress").value)


def test_overview_counts_complete_themes_of_the_demo(services: Services) -> None:
    add_demo(services.repo)
    complete, total = position_service.progress(services.repo, "2027")
    summaries = position_service.theme_summaries(services.repo, "2027")
    ready = sum(1 for s in summaries if is_ready(s.missing))
    assert total >= ready >= complete > 0
    assert _progress_text(services) == (
        f"Inzet: {ready} van {total} thema's klaar om mee te nemen, {complete} compleet."
    )


def test_overview_without_themes_points_to_the_position(services: Services) -> None:
    create_round(services.repo, 2027, ["Noorderveen"], [])
    assert _progress_text(services) == "Inzet: nog geen thema's. Begin bij het onderdeel Inzet."


def test_the_next_step_is_a_button_to_what_the_round_still_lacks(services: Services) -> None:
    import asyncio

    r = create_round(services.repo, 2027, ["Noorderveen"], ["Woonstichting Het Anker"])
    h = mount(services, "/")
    button = h.one(ft.FilledTonalButton, key="overview-next-button")
    assert button.content == "Volgende stap: jullie inzet per thema"
    position_service.add_standard_themes(services.repo, r.id)
    item = position_service.load_position(services.repo, r.id).themes[0]
    position_service.update_demand(
        services.repo, r.id, item.id, item.demands[0].id, what="Het Anker bouwt in 2027 10 huizen"
    )
    position_service.update_theme(services.repo, r.id, item.id, priority="must")
    h = mount(services, "/")
    button = h.one(ft.FilledTonalButton, key="overview-next-button")
    assert button.content == "Volgende stap: de checklist"
    asyncio.get_event_loop().run_until_complete(h.click(button))
    assert h.page.route == "/checklist"
    assert h.errors() == []
