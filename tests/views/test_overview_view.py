"""Overzicht says how complete the position is (design §9)."""

from __future__ import annotations

import flet as ft

from app.services import position as position_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.rounds import create_round
from tests.views.conftest import mount


def _progress_text(services: Services) -> str:
    h = mount(services, "/")
    return str(h.one(ft.Text, key="overview-position-progress").value)


def test_overview_counts_complete_themes_of_the_demo(services: Services) -> None:
    add_demo(services.repo)
    complete, total = position_service.progress(services.repo, "2027")
    assert total >= complete > 0
    assert _progress_text(services) == f"Inzet: {complete} van {total} thema's compleet."


def test_overview_without_themes_points_to_the_position(services: Services) -> None:
    create_round(services.repo, 2027, ["Noorderveen"], [])
    assert _progress_text(services) == "Inzet: nog geen thema's. Begin bij het onderdeel Inzet."
