"""In-process tests of Vergelijken: works without any data of one's own, reads a
folder (progress, then the overview), lists skipped files with their reason,
filters, shows one organisation's summary, and never writes into the data folder."""

from __future__ import annotations

import asyncio
import shutil
import threading
from collections import Counter
from pathlib import Path

import flet as ft
import pytest

from app.exchange.plain_reader import PlainBundle
from app.services import vergelijken as vergelijken_service
from app.services.context import Services
from tests.bundle_factory import GeneratedBundle, write_bundles
from tests.unit.test_bad_imports import BAD, snapshot
from tests.unit.test_vergelijk_report import pdf_text
from tests.views.harness import Harness
from views import files as files_view
from views.main import make_main


@pytest.fixture
def exports(tmp_path: Path) -> tuple[Path, list[GeneratedBundle]]:
    folder = tmp_path / "exports"
    made = write_bundles(folder, 20)
    shutil.copy(BAD / "zip_slip.zip", folder / "gevaarlijk.zip")
    return folder, made


async def _read(h: Harness, folder: Path) -> None:
    await h.type_into(h.one(ft.TextField, key="compare-folder"), str(folder))
    await h.click(h.one(ft.OutlinedButton, key="compare-read"))
    await h.until(lambda: h.all(key="compare-counts"))


def test_compare_a_folder_without_own_data(
    services: Services, exports: tuple[Path, list[GeneratedBundle]], tmp_path: Path
) -> None:
    async def run() -> None:
        folder, made = exports
        before = snapshot(tmp_path / "data")
        h = Harness()
        await h.mount(make_main(services), route="/vergelijken")
        assert "Vergelijken" in h.texts()
        await _read(h, folder)
        assert h.one(ft.Text, key="compare-counts").value == "20 bestanden gelezen, 1 overgeslagen."
        skipped = h.one(ft.Text, key="compare-skipped-0").value
        assert "gevaarlijk.zip: onveilig bestand" in skipped
        organisations = len({b.organisation for b in made})
        assert f"Overzicht van {organisations} organisaties" in h.texts()
        assert h.one(ft.Text, key="compare-median").value.startswith(
            "De mediaan van de totaalscore is"
        )
        assert h.all(key="compare-histogram")
        # the outcome of the talks: demands agreed, and how the tenants signed
        latest = {b.organisation: b for b in sorted(made, key=lambda b: b.year)}.values()
        signing = Counter(b.tenant_signing for b in latest if b.tenant_signing)
        talks = [t.value for t in h.all(ft.Text) if (t.key or "").startswith("compare-demands")]
        assert talks[1].startswith("• Afgesproken: ") and " eisen (" in talks[1]
        assert (
            f"getekend met voorbehoud {signing['voorbehoud']}, "
            f"niet getekend {signing['niet_getekend']}," in talks[2]
        )
        # one organisation's summary
        first = sorted(made, key=lambda b: (b.organisation.casefold(), b.year))[0]
        await h.click(h.one(ft.TextButton, key=f"compare-org-{first.file_name}"))
        detail = h.texts()
        assert f"Gemeente: {first.gemeente}" in detail and f"Provincie: {first.provincie}" in detail
        assert first.demand_statuses and first.tenant_signing == "voorbehoud"
        assert f"Afgesproken {first.demand_statuses['afgesproken']}" in detail
        assert "de huurders: Getekend met voorbehoud" in detail
        assert snapshot(tmp_path / "data") == before
        assert h.errors() == []

    asyncio.run(run())


def test_a_small_selection_shows_no_figures(
    services: Services, exports: tuple[Path, list[GeneratedBundle]]
) -> None:
    async def run() -> None:
        folder, made = exports
        h = Harness()
        await h.mount(make_main(services), route="/vergelijken")
        await _read(h, folder)
        province = made[0].provincie
        picker = h.one(ft.Dropdown, key="filter-province")
        h.session.apply_patch(picker._i, {"value": province})
        await h.event(picker, "select", province)
        await h.until(lambda: h.all(key="compare-suppressed"))
        assert "no one" not in h.texts()
        assert "zodat je niemand kunt herkennen" in h.one(ft.Text, key="compare-suppressed").value
        assert h.errors() == []

    asyncio.run(run())


def test_a_folder_that_does_not_exist(services: Services, tmp_path: Path) -> None:
    async def run() -> None:
        h = Harness()
        await h.mount(make_main(services), route="/vergelijken")
        await h.type_into(h.one(ft.TextField, key="compare-folder"), str(tmp_path / "nergens"))
        await h.click(h.one(ft.OutlinedButton, key="compare-read"))
        assert "bestaat niet" in h.one(ft.Text, key="compare-status").value
        assert h.errors() == []

    asyncio.run(run())


def test_several_files_uploaded_in_the_browser(
    services: Services, exports: tuple[Path, list[GeneratedBundle]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Browser mode: the chosen files arrive as bytes (nothing is written anywhere)."""
    folder = exports[0]
    chosen = [*sorted(folder.glob("aantafel-*.zip"))[:5], folder / "gevaarlijk.zip"]
    monkeypatch.setattr(files_view.shutil, "which", lambda name: "/usr/bin/" + name)

    async def run() -> None:
        h = Harness()
        await h.mount(make_main(services), route="/vergelijken")
        h.conn.method_results["pick_files"] = [
            {"id": i, "name": p.name, "size": p.stat().st_size, "bytes": p.read_bytes()}
            for i, p in enumerate(chosen)
        ]
        await h.click(h.one(ft.FilledButton, key="compare-pick-files"))
        await h.until(lambda: h.all(key="compare-counts"))
        assert h.one(ft.Text, key="compare-counts").value == (
            "5 bestanden gelezen, 1 overgeslagen."
        )
        assert h.errors() == []

    asyncio.run(run())


def test_stop_ends_the_reading(
    services: Services, exports: tuple[Path, list[GeneratedBundle]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stop, pressed while the third file is being read, ends the run after it:
    three files read of 21, and the screen says it stopped. (Without the Stop
    the reader would go on to all 21.)"""
    folder = exports[0]
    third_file = threading.Event()
    go_on = threading.Event()
    opened: list[object] = []
    real_open = vergelijken_service.read_for_summary

    def slow_open(source: Path | bytes) -> PlainBundle:
        opened.append(source)
        if len(opened) == 3:
            third_file.set()
            go_on.wait(timeout=10)
        return real_open(source)

    monkeypatch.setattr(vergelijken_service, "read_for_summary", slow_open)

    async def run() -> None:
        h = Harness()
        await h.mount(make_main(services), route="/vergelijken")
        await h.type_into(h.one(ft.TextField, key="compare-folder"), str(folder))
        # the click's handler runs until the reading is over: let it run
        reading = asyncio.ensure_future(h.click(h.one(ft.OutlinedButton, key="compare-read")))
        await h.until(third_file.is_set)
        await h.until(lambda: h.all(key="compare-stop"))
        await h.click(h.one(ft.OutlinedButton, key="compare-stop"))
        go_on.set()
        await reading
        await h.until(lambda: h.all(key="compare-counts"))
        assert len(opened) == 3
        assert h.one(ft.Text, key="compare-counts").value == "3 bestanden gelezen, 0 overgeslagen."
        assert h.one(ft.Text, key="compare-status").value.startswith("Gestopt.")
        assert not h.all(key="compare-stop")  # the reading is over
        assert h.errors() == []

    try:
        asyncio.run(run())
    finally:
        go_on.set()


def test_the_report_and_the_table_are_saved_where_chosen(
    services: Services,
    exports: tuple[Path, list[GeneratedBundle]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, made = exports
    which = files_view.shutil.which
    monkeypatch.setattr(
        files_view.shutil,
        "which",
        lambda name: "/usr/bin/zenity" if name == "zenity" else which(name),
    )

    async def run() -> None:
        h = Harness()
        await h.mount(make_main(services), route="/vergelijken")
        await _read(h, folder)
        h.page.platform = ft.PagePlatform.LINUX  # a desktop window (the fake client has none)
        for key, name in (("compare-report", "rapport.pdf"), ("compare-csv", "tabel.csv")):
            h.conn.method_results["save_file"] = str(tmp_path / name)
            await h.click(h.one(key=key))
            await h.until(lambda: h.all(ft.Text, key="compare-report-status", visible=True))
            assert h.text("compare-report-status").startswith("Opgeslagen als ")
        text = pdf_text((tmp_path / "rapport.pdf").read_bytes())
        assert "Vergelijkingsrapport" in text and "Afgesproken: " in text
        assert not any(b.organisation in text for b in made)
        table = (tmp_path / "tabel.csv").read_bytes().decode("utf-8-sig")
        assert len(table.splitlines()) == 1 + len(made)
        assert h.errors() == []

    asyncio.run(run())
