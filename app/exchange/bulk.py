"""Reading many export bundles at once, read-only (Vergelijken, design §11).

Every file goes through the very same safe reader as an import (size
limits, zip bomb and zip slip checks, strict JSON: depth, duplicate names,
readable text; the manifest, the round and the profile validated). An import
then validates every round record (:func:`app.exchange.reader.read_bundle`);
Vergelijken validates, with the same models' schemas, the records it
summarises straight into plain data and leaves the others unused (``read=``
a reader of ``app.exchange.plain_reader``). Nothing is ever written: not into
the user's data folder, not next to the files. A file that is refused is *skipped
with its reason* and the run goes on; any unexpected error in one file (even
``MemoryError`` or ``RecursionError``) only skips that file.

Two copies of the same organisation and round (matched on the organisation's
name, case and spaces ignored, and the round's year) are counted once: the
newest file (by the manifest's ``created`` time) counts, the other is skipped
as a duplicate.

Memory stays flat for hundreds of files because the caller passes ``keep``,
which turns each validated bundle into the small summary it needs; the
bundle itself is dropped right away.

The function is synchronous; the UI runs it in a worker thread and passes
``progress`` (called after each file with done, total) and ``cancelled``
(checked before each file).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from app.exchange.errors import ImportRefused
from app.exchange.reader import read_bundle
from models.comparison import org_key
from models.text import N_

log = logging.getLogger(__name__)

T = TypeVar("T")


class Readable(Protocol):
    """What the reader gives back: at least whose bundle it is, of which
    round, and when it was made (to tell copies of one round apart)."""

    @property
    def organisation_name(self) -> str: ...

    @property
    def year(self) -> int: ...

    @property
    def created(self) -> dt.datetime: ...


B = TypeVar("B", bound=Readable)

#: Most files one run looks at (a folder with more is read up to this many).
MAX_FILES = 5000


class SkipReason(StrEnum):
    DAMAGED = "damaged"
    NOT_EXPORT = "not_export"
    NEWER_VERSION = "newer_version"
    DUPLICATE = "duplicate"
    UNSAFE = "unsafe"
    TOO_BIG = "too_big"
    NOT_IN_ORDER = "not_in_order"


#: Short label per reason (English msgids), for lists and the command line.
SKIP_LABELS: dict[SkipReason, str] = {
    SkipReason.DAMAGED: N_("damaged"),
    SkipReason.NOT_EXPORT: N_("not an Aan Tafel export"),
    SkipReason.NEWER_VERSION: N_("made with a newer version of Aan Tafel"),
    SkipReason.DUPLICATE: N_("older copy of the same organisation and round"),
    SkipReason.UNSAFE: N_("unsafe file"),
    SkipReason.TOO_BIG: N_("too large"),
    SkipReason.NOT_IN_ORDER: N_("contents not in order"),
}

# The reader's messages (msgids) sorted into reasons by a piece of their text.
# Anything not recognised is "not in order": the file was refused all the same.
_REASON_BY_TEXT: list[tuple[str, SkipReason]] = [
    ("damaged", SkipReason.DAMAGED),
    ("could not be opened", SkipReason.DAMAGED),
    ("newer version", SkipReason.NEWER_VERSION),
    ("not an Aan Tafel export", SkipReason.NOT_EXPORT),
    ("unsafe name", SkipReason.UNSAFE),
    ("twice. It is not imported", SkipReason.UNSAFE),
    ("password", SkipReason.UNSAFE),
    ("too large", SkipReason.TOO_BIG),
    ("too many parts", SkipReason.TOO_BIG),
    ("nested too deeply", SkipReason.UNSAFE),
]


def reason_of(refusal: ImportRefused) -> SkipReason:
    """Which kind of skip a refusal from the reader is."""
    for text, reason in _REASON_BY_TEXT:
        if text in refusal.message:
            return reason
    return SkipReason.NOT_IN_ORDER


@dataclass(frozen=True)
class Skipped:
    """A file that was not used, why, and the reader's own message (msgid + params)."""

    name: str
    reason: SkipReason
    message: str = ""
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadItem(Generic[T]):
    """One bundle that was read: its file name, identity and what ``keep`` made of it."""

    name: str
    organisation: str
    year: int
    created: dt.datetime
    value: T


@dataclass
class BulkResult(Generic[T]):
    read: list[ReadItem[T]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False
    total: int = 0


#: A source: a path, or (name, bytes) for a file uploaded in the browser.
Source = Path | tuple[str, bytes]


def bundle_files(folder: Path) -> list[Path]:
    """The .zip files directly in ``folder``, by name (sub-folders are not searched).

    Raises ``ImportRefused`` when the folder cannot be listed.
    """
    try:  # scandir: the entries know whether they are files without a stat each
        with os.scandir(folder) as entries:
            names = sorted(
                (e.name for e in entries if _is_zip_name(e.name) and e.is_file()),
                key=str.casefold,
            )
    except OSError:
        raise ImportRefused(
            N_("The folder {folder} cannot be opened."), folder=str(folder)
        ) from None
    base = Path(folder)
    return [base / name for name in names[:MAX_FILES]]


def _is_zip_name(name: str) -> bool:
    """``Path(name).suffix.lower() == ".zip"`` (a name that is only ".zip" has no suffix)."""
    return len(name) > 4 and name[-4:].lower() == ".zip"


def _name_of(source: Source) -> str:
    return source[0] if isinstance(source, tuple) else source.name


def read_many(
    sources: Iterable[Source],
    keep: Callable[[str, B], T],
    *,
    read: Callable[[Path | bytes], B] = read_bundle,  # type: ignore[assignment]
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BulkResult[T]:
    """Read every source; return what was kept and what was skipped, and why.

    ``keep(file name, bundle)`` runs once per valid bundle; an error inside it skips that file as
    "not in order" rather than stopping the run. ``read`` is the import's
    reader; Vergelijken passes its plain reader (``app.exchange.plain_reader``).
    """
    items = list(sources)[:MAX_FILES]
    result: BulkResult[T] = BulkResult(total=len(items))
    newest: dict[tuple[str, int], ReadItem[T]] = {}
    for done, source in enumerate(items):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        name = _name_of(source)
        try:
            bundle = read(source[1] if isinstance(source, tuple) else source)
            kept = keep(name, bundle)
            item = ReadItem(
                name, org_key(bundle.organisation_name), bundle.year, bundle.created, kept
            )
        except ImportRefused as exc:
            result.skipped.append(Skipped(name, reason_of(exc), exc.message, dict(exc.params)))
        except Exception:
            log.warning("skipped %s", name, exc_info=True)
            result.skipped.append(Skipped(name, SkipReason.DAMAGED))
        else:
            _add(result, newest, item)
        if progress is not None:
            progress(done + 1, len(items))
    result.read = [i for i in result.read if i is newest.get((i.organisation, i.year), i)]
    return result


def _add(
    result: BulkResult[T], newest: dict[tuple[str, int], ReadItem[T]], item: ReadItem[T]
) -> None:
    """Keep ``item``; when an earlier file has the same organisation and round,
    the older of the two becomes a skipped duplicate (unnamed organisations are
    never taken for one another)."""
    result.read.append(item)
    if not item.organisation:
        return
    key = (item.organisation, item.year)
    other = newest.get(key)
    if other is None:
        newest[key] = item
        return
    older, newer = (other, item) if _stamp(other) <= _stamp(item) else (item, other)
    newest[key] = newer
    result.skipped.append(
        Skipped(
            older.name,
            SkipReason.DUPLICATE,
            N_("{newer} is a newer copy of the same organisation and round."),
            {"newer": newer.name},
        )
    )


def _stamp(item: ReadItem[Any]) -> tuple[float, str]:
    """Order by creation time; a time without zone counts as UTC; ties by name."""
    created = item.created
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    return (created.timestamp(), item.name)
