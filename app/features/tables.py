"""A CSV table of the export (``tabellen/``) declared column by column.

A feature's ``tables`` used to write a header list and, apart from it, a row
list of the same length; each column is now one line, its header's English
msgid next to what a row shows in it, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from app.features.base import Table
from app.i18n import _

T = TypeVar("T")

#: One column: the header's English msgid and the cell of an item.
Column = tuple[str, Callable[[T], str]]


def table(file_name: str, columns: Sequence[Column[T]], items: Iterable[T]) -> Table:
    """``(file_name, translated headers, one row per item)``."""
    header = [_(title) for title, _cell in columns]
    rows = [[cell(item) for _title, cell in columns] for item in items]
    return (file_name, header, rows)
