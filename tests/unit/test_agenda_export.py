"""The calendar in the export bundle (agenda.ics, tabellen/kalender.csv) and back through
import; a new round copies the own dates one year later."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from icalendar import Calendar

from app.exchange.reader import read_bundle
from app.services import agenda
from app.services import rounds as rounds_service
from app.services.context import Services
from app.services.exchange import apply_import, export_round, preview_import
from app.services.round_start import start_round
from models.calendar import Step


def test_bundle_holds_the_calendar_and_imports_back(services: Services, other: Services) -> None:
    repo = services.repo
    rounds_service.create_round(repo, 2026, ["Noorderveen"], ["Het Anker"])
    agenda.add_own_date(repo, "2026", "Ledenvergadering", "12-5-2025", "Buurthuis")
    agenda.move_date(repo, "2026", Step.SIGNING, "1-12-2025")
    payload = export_round(repo, "2026", pdfs={})
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        ics = Calendar.from_ical(zf.read("agenda.ics"))
        kalender = zf.read("tabellen/kalender.csv").decode("utf-8-sig")
    assert "Ledenvergadering" in {str(e["summary"]) for e in ics.walk("VEVENT")}
    assert "12-5-2025;;Ledenvergadering;Eigen keuze;Buurthuis" in kalender
    assert "1-12-2025;;Ondertekening van de afspraken;Eigen keuze;" in kalender
    assert "1-7-2025;29-1-2026;Periode waarin je een geschil kunt indienen;Wet;" in kalender

    apply_import(other.repo, preview_import(other.repo, read_bundle(payload)))
    assert agenda.load_calendar(other.repo, "2026") == agenda.load_calendar(repo, "2026")


def test_a_new_round_keeps_the_own_dates_one_year_later(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "data")
    try:
        repo = services.repo
        rounds_service.create_round(repo, 2027, ["Noorderveen"], ["Het Anker"])
        agenda.add_own_date(repo, "2027", "Ledenvergadering", "29-2-2028")
        agenda.add_own_date(repo, "2027", "Bestuur", "10-3-2026")
        agenda.move_date(repo, "2027", Step.SIGNING, "1-12-2026")
        new = start_round(repo, 2028, ["Noorderveen"], ["Het Anker"], copy_from="2027")
        copied = agenda.load_calendar(repo, new.id)
        assert [(d.title, d.date) for d in copied.own_dates] == [
            ("Ledenvergadering", dt.date(2029, 2, 28)),
            ("Bestuur", dt.date(2027, 3, 10)),
        ]
        assert copied.moved == {}  # each year's process agreements set the dates anew
    finally:
        services.close()
