"""Table helpers for the Reactie op het bod and the Afsprakenoverzicht.

Cells hold only short texts of our own (labels, numbers, years) or theme
titles shortened to one line: free text never goes in a cell, because a
cell cannot break across pages (see :mod:`app.documents.blocks`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from app.documents.fonts import BOLD, REGULAR
from app.documents.markup import escape
from app.documents.styles import TEAL, styles
from app.documents.template import fit

#: Longest theme title in a cell (a longer one is shortened with "…").
CELL_TITLE = 80


def cell(text: str, bold: bool = False) -> Paragraph:
    s = styles(True)
    short = text if len(text) <= CELL_TITLE else text[:CELL_TITLE].rstrip() + "…"
    return Paragraph(escape(" ".join(short.split())), s.cell_bold if bold else s.cell)


def grid(
    header: Sequence[str], rows: Sequence[Sequence[str | Paragraph]], widths: Sequence[float]
) -> Table:
    """A calm table: teal rule under the header, zebra rows, numbers right-aligned."""
    data: list[list[str | Paragraph]] = [[cell(h, bold=True) for h in header]]
    data += [
        [
            c if isinstance(c, Paragraph) else fit(c, REGULAR, 9, widths[i] - 6)
            for i, c in enumerate(row)
        ]
        for row in rows
    ]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("FONT", (0, 0), (-1, 0), BOLD, 9),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F8F8")]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
