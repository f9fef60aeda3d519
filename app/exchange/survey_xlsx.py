"""Reading an Excel workbook (.xlsx) of survey answers, safely.

Microsoft Forms only exports answers as an .xlsx workbook, so a volunteer
should not have to open Excel and save as CSV first. We read it with
openpyxl (the well-kept standard library for .xlsx in Python) in read-only
mode with ``data_only=True``: only the values Excel stored are read, a
formula is never evaluated, and a formula without a stored value reads as
empty. With defusedxml installed openpyxl parses the sheets with its
protections against XML entity attacks.

Before openpyxl sees the file, the zip directory is checked the way the
export import checks bundles: a zip bomb (huge declared sizes or extreme
compression) is refused before anything is decompressed. The first sheet
is read; every cell becomes text and passes the same limits and formula
neutralising as a CSV cell (:func:`app.exchange.survey_csv.table_from_rows`).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from app.exchange.errors import ImportRefused
from app.exchange.survey_csv import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    CsvTable,
    read_csv_bytes,
    table_from_rows,
)
from models.text import N_

#: Sum of the declared uncompressed sizes of the workbook's parts.
MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_PARTS = 500


def is_xlsx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        raise _refuse() from None
    total = sum(i.file_size for i in infos)
    too_packed = any(
        i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    )
    if len(infos) > MAX_PARTS or total > MAX_UNCOMPRESSED or too_packed:
        raise ImportRefused(N_("This workbook is too large to read. Save it as CSV and try again."))
    if "xl/workbook.xml" not in names:
        raise _refuse()


def _refuse() -> ImportRefused:
    return ImportRefused(
        N_(
            "This file is damaged or is not an Excel workbook (.xlsx). Save it as CSV and "
            "try again."
        )
    )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return str(value)


def read_xlsx_bytes(data: bytes) -> CsvTable:
    """The first sheet of an .xlsx workbook as a table, or :class:`ImportRefused`."""
    from openpyxl import load_workbook

    _check_zip(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken workbook
        raise _refuse() from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ImportRefused(N_("This file is empty. There are no answers in it."))
        rows: list[list[str]] = []
        for raw in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1):
            if len(rows) > MAX_ROWS + 1:
                break
            rows.append([_text(v) for v in raw])
    except ImportRefused:
        raise
    except Exception:
        raise _refuse() from None
    finally:
        workbook.close()
    return table_from_rows(rows, delimiter="", encoding="xlsx")


def read_answers_bytes(data: bytes) -> CsvTable:
    """A CSV file or an Excel workbook (.xlsx) of answers, told apart by their first bytes."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(
            N_("This file is too large (more than {size} MB). Split it into smaller files."),
            size=MAX_FILE_BYTES // (1024 * 1024),
        )
    return read_xlsx_bytes(data) if is_xlsx(data) else read_csv_bytes(data)
