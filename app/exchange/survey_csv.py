"""Reading a CSV export of an online survey tool, safely.

What it takes: files from Dutch Excel (``;``, UTF-8 with BOM or
Windows-1252), from English tools and Google Forms (``,``, UTF-8), and
tab-separated or UTF-16 "Unicode text" from Excel. What it refuses, each with
one Dutch-translatable message and before anything is stored: an empty file,
a binary file (a spreadsheet .xlsx, a picture), text in an encoding we cannot
read, a file over :data:`MAX_FILE_BYTES`, more than :data:`MAX_ROWS` rows or
:data:`MAX_COLUMNS` columns, a cell longer than ``MAX_REMARK``, a broken quote.

Formulas are never executed: we only read text. A cell that starts with
``= + - @`` (or a tab or CR) would run as a formula when the text is later
opened in a spreadsheet, so it gets a leading apostrophe here — the same
neutralising the app's own CSV tables use — and is never passed on as is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.exchange.errors import ImportRefused
from models.survey import MAX_REMARK, MAX_RESPONSES
from models.text import N_

#: Largest CSV file we read (20,000 answers with remarks fit easily).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Most data rows (one answer each) and most columns.
MAX_ROWS = MAX_RESPONSES
MAX_COLUMNS = 200
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DELIMITERS = (";", ",", "\t")
_ALLOWED_CONTROL = {"\t", "\n", "\r"}


@dataclass(frozen=True)
class CsvTable:
    """A read CSV file: header, rows (all as long as the header), how it was read."""

    header: list[str]
    rows: list[list[str]]
    delimiter: str
    encoding: str


def neutralise(cell: str) -> str:
    """A cell as plain text: formula starts get a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        if b"\x00" in data[:4096] or data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            raise ImportRefused(
                N_(
                    "This is not a CSV file but a binary file (for example an Excel workbook). "
                    "Save it in Excel as 'CSV (gescheiden door "
                    "lijstscheidingsteken)' and try again."
                )
            )
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(ord(c) < 32 and c not in _ALLOWED_CONTROL for c in text):
            break
        return text, encoding
    raise ImportRefused(
        N_(
            "The characters in this file cannot be read. Save it as CSV with UTF-8 "
            "(or as CSV from Dutch Excel) and try again."
        )
    )


def _delimiter(text: str) -> str:
    """The separator that splits the first lines into the most, equal, columns."""
    sample = text[: 64 * 1024].splitlines()[:20]
    best, best_columns = ",", 1
    for candidate in _DELIMITERS:
        try:
            rows = list(csv.reader(sample, delimiter=candidate))
        except csv.Error:
            continue
        widths = {len(r) for r in rows if r}
        if len(widths) == 1 and (width := widths.pop()) > best_columns:
            best, best_columns = candidate, width
        elif rows and len(rows[0]) > best_columns and best_columns == 1:
            best, best_columns = candidate, len(rows[0])
    return best


def _too_large() -> ImportRefused:
    return ImportRefused(
        N_("This file is too large (more than {size} MB). Split it into smaller files."),
        size=MAX_FILE_BYTES // (1024 * 1024),
    )


def read_csv_bytes(data: bytes) -> CsvTable:
    """Read ``data`` as a survey CSV, or raise :class:`ImportRefused`."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large()
    text, encoding = _decode(data)
    if not text.strip():
        raise ImportRefused(N_("This file is empty. There are no answers in it."))
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return table_from_rows(reader, delimiter, encoding)
    except csv.Error as exc:
        raise ImportRefused(
            N_("This file is not a correct CSV file (line {line}). Check the quotes."),
            line=reader.line_num,
        ) from exc


def table_from_rows(rows: Iterable[list[str]], delimiter: str, encoding: str) -> CsvTable:
    """Rows of cells (from CSV or a workbook) as a checked table: caps, empty rows
    dropped, formula starts neutralised, every row as wide as the header."""
    kept: list[list[str]] = []
    for line, row in enumerate(rows, start=1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > MAX_COLUMNS and any(cell.strip() for cell in row[MAX_COLUMNS:]):
            raise ImportRefused(
                N_("This file has more than {maximum} columns. It is not a survey export."),
                maximum=MAX_COLUMNS,
            )
        if any(len(cell) > MAX_REMARK for cell in row):
            raise ImportRefused(
                N_("Line {line} has an answer longer than {maximum} characters."),
                line=line,
                maximum=f"{MAX_REMARK:,}".replace(",", "."),
            )
        kept.append([neutralise(cell.strip()) for cell in row[:MAX_COLUMNS]])
        if len(kept) > MAX_ROWS + 1:
            raise ImportRefused(
                N_("This file has more than {maximum} answers. Split it into smaller files."),
                maximum=f"{MAX_ROWS:,}".replace(",", "."),
            )
    if not kept:
        raise ImportRefused(N_("This file is empty. There are no answers in it."))
    header = kept[0]
    while header and not header[-1]:  # a workbook's empty columns at the right
        header = header[:-1]
    body = kept[1:]
    if len(header) < 2 or not body:
        raise ImportRefused(
            N_(
                "This file needs a first line with column names and at least one answer "
                "below it, in at least two columns."
            )
        )
    width = len(header)
    body = [(row + [""] * width)[:width] for row in body]
    return CsvTable(header=header, rows=body, delimiter=delimiter, encoding=encoding)


def read_survey_file(path: Path) -> bytes:
    """The file's bytes, refusing a missing, unreadable or too large file first."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportRefused(
                N_("This file is too large (more than {size} MB). Split it into smaller files."),
                size=MAX_FILE_BYTES // (1024 * 1024),
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise ImportRefused(N_("{file} is a folder, not a file."), file=str(path)) from None
    except OSError:
        raise ImportRefused(N_("The file {file} cannot be read."), file=str(path)) from None
