"""Monitoring as a feature: per agreement and half year how far it got; the Monitor
document (``aantafel print monitor``), ``tabellen/monitoring.csv`` and demo checks
of the 2026 agreements. Reached from Overzicht (``/monitoring``); no navigation
entry of its own (design §9). It must come after the afspraken feature in
FEATURES: its demo follows the demo agreements."""

from __future__ import annotations

from app.features.base import DocumentSpec, Feature, Table
from app.features.builders import dated
from app.features.tables import Column, table
from app.services import monitoring as service
from app.services.demo_agenda import fill_demo_monitoring
from models.monitoring import Check, Monitoring
from models.numbers import number_to_input
from models.text import N_

_MONITORING_COLUMNS: tuple[Column[Check], ...] = (
    (N_("Agreement"), lambda c: c.agreement_label or c.agreement_id),
    (N_("Half year"), lambda c: service.half_year_label(c.period)),
    (N_("Status"), lambda c: service.status_label(c.status)),
    (N_("Figure reached"), lambda c: number_to_input(c.reached)),
    (N_("Source"), lambda c: c.source),
    (N_("Note"), lambda c: c.note),
)


def monitoring_tables(record: Monitoring) -> list[Table]:
    """monitoring.csv: one row per agreement and half year, oldest first."""
    checks = sorted(record.checks, key=lambda c: (c.agreement_label, c.period.key()))
    return [table("monitoring.csv", _MONITORING_COLUMNS, checks)]


FEATURE = Feature(
    service=service,
    label=N_("Monitoring"),
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
