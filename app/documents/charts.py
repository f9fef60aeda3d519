"""Bar charts for print, made with ReportLab's graphics (vector, sharp on paper).

A chart is a ``Drawing`` (a flowable): horizontal bars, one per label, the
value written at the end of each bar, labels shortened to fit. Labels are
drawn as plain strings (no markup), in DejaVu Sans so any Latin-script name
prints. Bars are one calm colour; the first (highest) bar may be emphasised.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from app.documents.fonts import REGULAR, register_fonts
from app.documents.styles import GREY, INK, RULE, TEAL
from app.documents.template import fit

#: Height of one bar row, and the label column's width.
ROW = 7 * mm
LABEL_WIDTH = 58 * mm
WIDTH = 165 * mm
FONT_SIZE = 9


def bar_chart(
    labels: Sequence[str],
    values: Sequence[int],
    value_texts: Sequence[str] | None = None,
    width: float = WIDTH,
) -> Drawing:
    """One horizontal bar per label, top to bottom in the given order."""
    register_fonts()
    count = max(len(values), 1)
    height = count * ROW + 4 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = 2 * mm
    chart.width = width - LABEL_WIDTH - 22 * mm
    chart.height = count * ROW
    # ReportLab draws the first category at the bottom: reverse for reading order.
    data = [max(int(v), 0) for v in values][::-1] or [0]
    chart.data = [data]
    chart.bars[0].fillColor = TEAL
    chart.bars[0].strokeColor = None
    chart.barWidth = ROW * 0.6
    chart.groupSpacing = ROW * 0.4
    top = max(data) if max(data) > 0 else 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.visible = False
    chart.valueAxis.visibleGrid = False
    axis = chart.categoryAxis
    axis.categoryNames = [fit(label, REGULAR, FONT_SIZE, LABEL_WIDTH - 3 * mm) for label in labels][
        ::-1
    ] or [""]
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = FONT_SIZE
    axis.labels.fillColor = INK
    axis.labels.boxAnchor = "e"
    axis.labels.dx = -2 * mm
    axis.strokeColor = RULE
    axis.tickLeft = 0
    texts = list(value_texts) if value_texts is not None else [str(v) for v in values]
    chart.barLabelFormat = _Labels(texts[::-1])
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = FONT_SIZE
    chart.barLabels.fillColor = GREY
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 1.5 * mm
    drawing.add(chart)
    return drawing


class _Labels:
    """ReportLab calls a bar label formatter with the value; we give the prepared text."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)
        self._next = 0

    def __call__(self, _value: float) -> str:
        text = self._texts[self._next % len(self._texts)] if self._texts else ""
        self._next += 1
        return text
