"""In-process tests of 'Afspraken volgen': statuses and figures per half year save themselves."""

from __future__ import annotations

import asyncio
import datetime as dt

import flet as ft
import pytest

from app.services import monitoring
from app.services import rounds as rounds_service
from app.services.context import Services
from app.services.demo_afspraken import register_2026
from app.services.demo_agenda import fill_demo_monitoring
from app.services.negotiation_records import save_register
from models.monitoring import HalfYear, Status
from tests.views.conftest import mounted
from views import monitoring as monitoring_view


@pytest.fixture
def round_2026(services: Services, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    round_ = rounds_service.create_round(services.repo, 2026, ["Noorderveen"], ["Het Anker"])
    save_register(services.repo, register_2026(round_.id))
    monkeypatch.setattr(monitoring_view, "today", lambda: dt.date(2026, 12, 2))
    return [a.id for a in monitoring.load_register(services.repo, round_.id).agreements]


def test_status_figure_and_note_save_for_the_chosen_half_year(
    services: Services, round_2026: list[str]
) -> None:
    first = round_2026[0]

    async def run() -> None:
        h = await mounted(services, "/monitoring")
        assert h.one(ft.Dropdown, key="monitoring-period").value == "2026-2"
        status = h.one(ft.Dropdown, key=f"monitor-{first}-status")
        h.session.apply_patch(status._i, {"value": Status.DELAYED.value})
        await h.event(status, "select", Status.DELAYED.value)
        await h.type_into(h.one(ft.TextField, key=f"monitor-{first}-reached"), "62")
        await h.type_into(h.one(ft.TextField, key=f"monitor-{first}-reached"), "6x")
        assert h.one(ft.TextField, key=f"monitor-{first}-reached").error
        await h.type_into(h.one(ft.TextField, key=f"monitor-{first}-note"), "Vergunning later")
        [check] = monitoring.load_monitoring(services.repo, "2026").checks
        assert check.period == HalfYear(year=2026, half=2)
        assert (check.status, check.reached, check.note) == (
            Status.DELAYED,
            62,
            "Vergunning later",
        )
        assert h.errors() == []

    asyncio.run(run())


def test_history_of_earlier_half_years_is_shown(services: Services, round_2026: list[str]) -> None:
    round_ = rounds_service.get_round(services.repo, "2026")
    assert round_ is not None
    fill_demo_monitoring(services.repo, round_, None)

    async def run() -> None:
        h = await mounted(services, "/monitoring")
        shown = h.texts()
        assert "Eerder: 1e helft 2026: Op schema" in shown
        assert "Eerder: 1e helft 2026: Onbekend" in shown
        assert h.errors() == []

    asyncio.run(run())


def test_a_round_without_agreements_points_to_the_previous_round(
    services: Services, round_2026: list[str]
) -> None:
    rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])

    async def run() -> None:
        h = await mounted(services, "/monitoring")
        assert h.one(ft.Text, key="monitoring-round").value == "Prestatieafspraken 2027"
        await h.click(h.one(ft.FilledButton, key="monitoring-empty"))
        assert h.one(ft.Text, key="monitoring-round").value == "Prestatieafspraken 2026"
        assert h.all(key=f"monitor-{round_2026[0]}")
        assert h.errors() == []

    asyncio.run(run())


def test_without_a_round_the_way_to_rondes_is_offered(services: Services) -> None:
    async def run() -> None:
        h = await mounted(services, monitoring_view.ROUTE)
        button = h.one(ft.FilledButton, key="monitoring-start-round")
        assert "Je volgt de afspraken van een ronde" in h.texts()
        await h.click(button)
        await h.until(lambda: h.page.route == "/rondes")
        assert h.errors() == []

    asyncio.run(run())
