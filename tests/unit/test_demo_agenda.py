"""Demo data of the calendar (2027) and the monitoring (2026, a mix of statuses)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader

from app.services import afspraken, agenda, monitoring
from app.services import rounds as rounds_service
from app.services.context import Services
from app.services.demo_afspraken import register_2026
from app.services.demo_agenda import fill_demo_calendar, fill_demo_monitoring
from app.services.negotiation_records import save_register
from models.calendar import Basis, Step
from models.monitoring import Status


def test_demo_calendar_and_monitoring(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "data")
    try:
        repo = services.repo
        old = rounds_service.create_round(repo, 2026, ["Noorderveen"], ["Het Anker"])
        new = rounds_service.create_round(repo, 2027, ["Noorderveen"], ["Het Anker"])
        save_register(repo, register_2026(old.id))
        for round_, previous in ((old, None), (new, old)):
            fill_demo_calendar(repo, round_, previous)
            fill_demo_monitoring(repo, round_, previous)
            fill_demo_monitoring(repo, round_, previous)  # twice changes nothing

        dates = {d.step: d for d in agenda.round_dates(repo, new.id)}
        assert dates[Step.SIGNING].date == dt.date(2026, 11, 30)
        assert dates[Step.SIGNING].basis == Basis.OWN
        own = [d.title for d in agenda.round_dates(repo, new.id) if d.step is None]
        assert "Algemene ledenvergadering: inzet vaststellen" in own
        assert agenda.load_calendar(repo, old.id).own_dates == []

        statuses = {s.status for s in monitoring.agreement_statuses(repo, old.id)}
        assert statuses == {Status.DELAYED, Status.REALISED, Status.NOT_REALISED}
        assert len(monitoring.load_monitoring(repo, old.id).checks) == 6
        assert monitoring.load_monitoring(repo, new.id).checks == []
        assert repo.load_round_doc(new.id, "monitoring") is not None

        reader = PdfReader(io.BytesIO(monitoring.monitor_pdf(repo, old.id)))
        text = "\n".join(p.extract_text() for p in reader.pages)
        behind = text[text.index("Wat loopt achter") : text.index("Beschikbaarheid")]
        assert "90 nieuwe sociale huurwoningen" in behind
        assert "huurverhoging" in behind
        assert "150 woningen met label" not in behind  # realised: not behind
        assert "62 van 90 woningen (69%)" in text

        # while 2027 is being prepared, its Monitor follows the running 2026 agreements
        assert monitoring.monitored_round(repo, new.id, dt.date(2026, 12, 2)) == old.id
        assert monitoring.monitored_round(repo, new.id, dt.date(2027, 1, 1)) == new.id
        prepared = PdfReader(io.BytesIO(monitoring.monitor_pdf(repo, new.id, dt.date(2026, 12, 2))))
        text_2027 = "\n".join(p.extract_text() for p in prepared.pages)
        assert "Prestatieafspraken 2026" in text_2027 and "Wat loopt achter" in text_2027
        assert "90 nieuwe sociale huurwoningen" in text_2027
        followed = rounds_service.get_round(repo, monitoring.monitored_round(repo, new.id))
        assert followed is not None
        assert monitoring.monitor_contents(repo, new.id)[0] == (
            f"De afspraken van {followed.display_title()}."
        )

        # the next round offers only what was not realised as a starting point
        offered = [a.what for a in afspraken.previous_agreements(repo, new.id)]
        assert len(offered) == 2
        assert not any("label E, F of G" in what for what in offered)
        # the CSV-readable label of a check says which agreement it was
        labels = {c.agreement_label for c in monitoring.load_monitoring(repo, old.id).checks}
        assert "A1 Het Anker levert 90 nieuwe sociale huurwoningen op." in labels
    finally:
        services.close()
