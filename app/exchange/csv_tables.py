"""CSV tables that open correctly in Dutch Excel.

UTF-8 with a byte order mark (so Excel detects the encoding), ';' as the
separator (Dutch Excel's list separator), CRLF line ends, every field quoted
when needed. A cell that starts with = + - @ (or a tab/CR) would be run as a
formula by spreadsheet programs; such cells get a leading apostrophe, which
Excel shows as plain text. data.json keeps the text exactly as typed.
"""

from __future__ import annotations

import csv
import io

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([_safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([_safe_cell(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
