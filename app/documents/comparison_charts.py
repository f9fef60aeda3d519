"""Tables and charts of the Vergelijkingsrapport (ReportLab graphics, vector).

Split off from ``comparison_report`` to keep each module small: percent and
change texts in Dutch notation, a compact number table, and the histogram of
total scores (how many organisations score 0-9 %, 10-19 %, ... 90-100 %).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from app.content.themes import get_theme, text
from app.documents.fonts import BOLD, REGULAR
from app.documents.markup import escape
from app.documents.styles import INK, RULE, TEAL, styles
from app.documents.template import CONTENT_WIDTH
from app.i18n import _
from models.themes import CUSTOM_THEME_ID


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%".replace(".", ",")


def signed(value: float | None) -> str:
    if value is None:
        return "—"
    shown = f"{value:+.0f}" if float(value).is_integer() else f"{value:+.1f}".replace(".", ",")
    return shown


def theme_name(theme_id: str) -> str:
    if theme_id == CUSTOM_THEME_ID:
        return _("Own themes (together)")
    theme = get_theme(theme_id)
    return text(theme.title) if theme else theme_id


def number_table(rows: list[list[object]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("FONT", (0, 0), (-1, 0), BOLD, 9),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F8F8")]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def cell(value: str, bold: bool = False) -> Paragraph:
    s = styles()
    return Paragraph(escape(value), s.cell_bold if bold else s.cell)


def histogram(values: Sequence[int | None], width: float = CONTENT_WIDTH) -> Drawing:
    """How many organisations score 0–9 %, 10–19 %, … 90–100 % in total."""
    bins = [0] * 10
    for value in values:
        if value is not None:
            bins[min(value // 10, 9)] += 1
    height = 52 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 9 * mm
    chart.width, chart.height = width - 16 * mm, height - 14 * mm
    chart.data = [bins]
    chart.bars[0].fillColor = TEAL
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(bins), 1)
    chart.valueAxis.valueStep = max(1, (max(bins) + 4) // 5)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = [f"{i * 10}–{i * 10 + 9}" for i in range(9)] + ["90–100"]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    drawing.add(chart)
    return drawing
