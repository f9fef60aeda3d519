"""In-process tests of the year calendar: Overzicht panel (warnings, next dates, timeline)
and the Jaarkalender page (own dates, moved dates, the .ics file)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import flet as ft
import pytest
from icalendar import Calendar

from app.services import agenda
from app.services import rounds as rounds_service
from app.services.context import Services
from models.calendar import Basis, Step
from models.round import Phase
from tests.views.conftest import mounted
from views import agenda_overview


@pytest.fixture
def on_day(monkeypatch: pytest.MonkeyPatch) -> Callable[[dt.date], None]:
    def set_day(day: dt.date) -> None:
        monkeypatch.setattr(agenda_overview, "today", lambda: day)

    return set_day


def test_overview_warns_about_a_missing_bid_and_says_what_to_do(
    services: Services, on_day: Callable[[dt.date], None]
) -> None:
    rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    on_day(dt.date(2026, 7, 2))

    async def run() -> None:
        h = await mounted(services, "/")
        shown = h.texts()
        assert "Het bod moest er vóór 1 juli zijn, maar er is nog geen bod ingevuld." in shown
        assert "Vraag de corporatie schriftelijk om het bod." in shown
        # the next three dates, the timeline with today marked
        assert len(h.all(key="calendar-next-0")) == 1 and len(h.all(key="calendar-next-2")) == 1
        assert not h.all(key="calendar-next-3")
        assert h.one(ft.Text, key="timeline-today").visible
        assert h.all(key="timeline")

    asyncio.run(run())


def test_no_warning_once_the_bid_phase_is_reached(
    services: Services, on_day: Callable[[dt.date], None]
) -> None:
    rounds_service.create_round(
        services.repo, 2027, ["Noorderveen"], ["Het Anker"], phase=Phase.BOD
    )
    on_day(dt.date(2026, 7, 2))

    async def run() -> None:
        h = await mounted(services, "/")
        assert "nog geen bod ingevuld" not in h.texts()

    asyncio.run(run())


def test_add_an_own_date_and_refuse_a_bad_one(services: Services) -> None:
    rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])

    async def run() -> None:
        h = await mounted(services, "/kalender")
        assert h.one(ft.Text, key="calendar-round-title").value == "Prestatieafspraken 2027"
        await h.type_into(h.one(ft.TextField, key="calendar-own-title"), "Ledenvergadering")
        await h.type_into(h.one(ft.TextField, key="calendar-own-date"), "31-2-2026")
        await h.click(h.one(ft.OutlinedButton, key="calendar-own-add"))
        assert "bestaat niet" in (h.one(ft.Text, key="calendar-own-error").value or "")
        assert agenda.load_calendar(services.repo, "2027").own_dates == []

        await h.type_into(h.one(ft.TextField, key="calendar-own-date"), "20 mei 2026")
        await h.click(h.one(ft.OutlinedButton, key="calendar-own-add"))
        [own] = agenda.load_calendar(services.repo, "2027").own_dates
        assert (own.title, own.date) == ("Ledenvergadering", dt.date(2026, 5, 20))
        assert h.all(key=f"calendar-date-eigen-{own.id}")
        assert h.one(ft.TextField, key="calendar-own-title").value == ""

    asyncio.run(run())


def test_signing_date_moves_and_dependents_follow(services: Services) -> None:
    rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])

    async def run() -> None:
        h = await mounted(services, "/kalender")
        await h.type_into(h.one(ft.TextField, key="calendar-move-ondertekening"), "1-12-2026")
        await h.type_into(h.one(ft.TextField, key="calendar-move-start-overleg"), "31-8-2026")
        await h.type_into(h.one(ft.TextField, key="calendar-move-evaluatie"), "1-1-2040")
        assert h.one(ft.TextField, key="calendar-move-evaluatie").error
        dates = {d.step: d for d in agenda.round_dates(services.repo, "2027")}
        assert dates[Step.SIGNING].date == dt.date(2026, 12, 1)
        assert dates[Step.SIGNING].basis == Basis.OWN
        assert dates[Step.SIX_MONTHS].date == dt.date(2027, 2, 28)
        assert dates[Step.EVALUATION].date == dt.date(2026, 4, 1)  # refused: unchanged

    asyncio.run(run())


def test_ics_is_saved_through_the_file_dialog(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    agenda.add_own_date(services.repo, "2027", "Ledenvergadering", "20-5-2026")
    monkeypatch.setattr("views.files.shutil.which", lambda name: "/usr/bin/" + name)
    target = tmp_path / "mijn-agenda"  # no suffix: .ics is added

    async def run() -> None:
        h = await mounted(services, "/kalender")
        h.page.platform = ft.PagePlatform.LINUX
        h.conn.method_results["save_file"] = str(target)
        await h.click(h.one(ft.FilledButton, key="calendar-save-ics"))
        saved = tmp_path / "mijn-agenda.ics"
        await h.until(saved.exists)
        summaries = {
            str(e["summary"]) for e in Calendar.from_ical(saved.read_bytes()).walk("VEVENT")
        }
        assert "Ledenvergadering" in summaries
        await h.until(
            lambda: "mijn-agenda.ics" in (h.one(ft.Text, key="calendar-ics-status").value or "")
        )

    asyncio.run(run())


def test_calendar_without_a_round_offers_the_first_step(services: Services) -> None:
    async def run() -> None:
        h = await mounted(services, "/kalender")
        assert h.all(key="calendar-start-round")

    asyncio.run(run())


def test_round_card_next_date_follows_a_moved_signing_date(
    services: Services, on_day: Callable[[dt.date], None]
) -> None:
    rounds_service.create_round(services.repo, 2027, ["Noorderveen"], ["Het Anker"])
    agenda.move_date(services.repo, "2027", Step.SIGNING, "30-11-2026")
    on_day(dt.date(2026, 11, 2))

    async def run() -> None:
        h = await mounted(services, "/")
        line = h.one(ft.Text, key="overview-deadline").value or ""
        assert line.startswith("Volgende datum: 30 november 2026 — Ondertekening")

    asyncio.run(run())


def test_overview_tooltips_stay_out_of_the_screen_reader_tree(demo: Services) -> None:
    """A tooltip Flutter web puts in the semantics tree left an aria-owns naming a
    node that was gone once the tooltip closed (axe: critical
    aria-valid-attr-value on Overzicht). Overzicht says each tooltip's words
    in its own text or label, so the tooltips are for mice only."""

    async def run() -> None:
        h = await mounted(demo, "/")
        await h.until(lambda: bool(h.all(key="overview-deadline")))
        with_tooltip = [c for c in h.all() if getattr(c, "tooltip", None) is not None]
        assert with_tooltip, "the calendar's dots have tooltips for mice"
        in_tree = [
            c
            for c in with_tooltip
            if not (isinstance(c.tooltip, ft.Tooltip) and c.tooltip.exclude_from_semantics)
        ]
        assert in_tree == [], [(type(c).__name__, c.key, c.tooltip) for c in in_tree]

    asyncio.run(run())
