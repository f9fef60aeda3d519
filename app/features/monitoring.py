"""Monitoring as a feature: per agreement and half year how far it got; the Monitor
document (``aantafel print monitor``), ``tabellen/monitoring.csv`` and demo checks
of the 2026 agreements. Reached from Overzicht (``/monitoring``); no navigation
entry of its own (design §9). It must come after the afspraken feature in
FEATURES: its demo follows the demo agreements."""

from __future__ import annotations

from app.features.base import DocumentSpec, Feature, Table
from app.features.builders import dated
from app.i18n import _
from app.services import monitoring as service
from app.services.demo_agenda import fill_demo_monitoring
from models.monitoring import Monitoring
from models.numbers import number_to_input
from models.text import N_


def monitoring_tables(record: Monitoring) -> list[Table]:
    """monitoring.csv: one row per agreement and half year, oldest first."""
    header = [
        _("Agreement"),
        _("Half year"),
        _("Status"),
        _("Figure reached"),
        _("Source"),
        _("Note"),
    ]
    checks = sorted(record.checks, key=lambda c: (c.agreement_label, c.period.key()))
    rows = [
        [
            c.agreement_label or c.agreement_id,
            service.half_year_label(c.period),
            service.status_label(c.status),
            number_to_input(c.reached),
            c.source,
            c.note,
        ]
        for c in checks
    ]
    return [("monitoring.csv", header, rows)]


FEATURE = Feature(
    service=service,
    label=N_("Monitoring"),
    model=Monitoring,
    demo=fill_demo_monitoring,
    tables=monitoring_tables,
    documents=(
        DocumentSpec(
            kind="monitor",
            title=N_("Monitor of the agreements"),
            description=N_(
                "Per theme the agreements and how far they got, what is behind, and questions "
                "for the evaluation meeting."
            ),
            file_stem=N_("Monitor"),
            build=dated(service.monitor_pdf),
            contents=service.monitor_contents,
            shows_round=service.monitored_round,
            audience=N_(
                "For the evaluation meeting with the municipality and the housing association. "
                "Your notes are printed as you typed them: read them before you share it."
            ),
        ),
    ),
)
