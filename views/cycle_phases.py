"""Overzicht: every phase of the round with its usual dates and why (models.cycle).

Folded by default, so the round card stays short; the current phase is bold.
"""

from __future__ import annotations

import flet as ft

from app.i18n import _
from models.cycle import phase_windows
from models.round import Phase


def phase_dates(year: int, current: Phase) -> ft.Control:
    """An expansion tile listing each phase of round ``year`` with its dates and basis."""
    rows: list[ft.Control] = []
    for window in phase_windows(year):
        is_current = window.phase is current
        rows.append(
            ft.Text(
                f"{_(window.phase.label)}: {_(window.explanation, **window.params(year))}",
                size=15,
                weight=ft.FontWeight.BOLD if is_current else ft.FontWeight.NORMAL,
                key=f"overview-phase-dates-{window.phase.value}",
            )
        )
    return ft.ExpansionTile(
        title=ft.Text(_("When is each phase?"), size=16),
        controls_padding=ft.Padding.only(left=16, right=16, bottom=12),
        expanded_alignment=ft.Alignment.TOP_LEFT,
        expanded_cross_axis_alignment=ft.CrossAxisAlignment.START,
        controls=[ft.Column(rows, spacing=6, horizontal_alignment=ft.CrossAxisAlignment.START)],
        key="overview-phase-dates",
    )
