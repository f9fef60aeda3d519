"""Issue 11 item 9: the export screen says which personal data a default
export leaves out (names too, not only contact details)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import flet as ft

from app.services.context import Services
from app.services.demo import add_demo
from tests.views.harness import Harness
from views.main import make_main


def test_export_screen_names_what_is_left_out(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "data")
    try:
        add_demo(services.repo)

        async def run() -> None:
            h = Harness()
            await h.mount(make_main(services), route="/delen")
            note = h.one(ft.Text, key="export-left-out").value or ""
            assert "namen" in note and "bestuursleden" in note, note
            assert "wie per thema het woord voert" in note
            assert "checklist" in note
            assert h.errors() == []

        asyncio.run(run())
    finally:
        services.close()
