"""All-or-nothing changes across several data files (design §6).

A restore or an import writes the main file and one or more round files. Each
single write is atomic, but a crash, a kill or a full disk between two of
them used to leave part old, part new data. Here a change that spans files
runs inside :func:`data_transaction`:

1. **begin**: copy every data file into ``.onderbreking.new/`` with a list
   of their names, then rename that folder to ``.onderbreking/`` (one atomic
   step: from now on the old state can always be put back);
2. the caller writes and deletes data files as it likes;
3. **commit**: rename ``.onderbreking/`` to ``.onderbreking.klaar/`` (atomic)
   and delete it.

If anything fails in step 2, the old files are put back at once. If the
process dies (kill -9, power cut), :func:`finish_interrupted` puts them back
at the next start: a ``.onderbreking/`` folder means "roll back", a
``.onderbreking.new/`` or ``.onderbreking.klaar/`` folder is only removed.
So the folder is always either completely old or completely new.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from app.paths import DataPaths
from app.storage.atomic import _fsync_dir, atomic_write_bytes
from app.storage.errors import StorageError
from models.text import N_

_LIST = "bestanden.json"

UNDO_AT_NEXT_START = N_(
    "The change could not be finished and could not be undone yet. Your data is put back "
    "as it was when you start Aan Tafel again."
)
INTERRUPTED_CHECK = N_(
    "A restore or import was interrupted. Open Aan Tafel: it puts your data back as it was before."
)
INTERRUPTED_NOTICE = N_(
    "A restore or import was interrupted last time. Your data was put back as it was before it."
)


def journal_dir(paths: DataPaths) -> Path:
    return paths.root / ".onderbreking"


def _staging_dir(paths: DataPaths) -> Path:
    return paths.root / ".onderbreking.new"


def _done_dir(paths: DataPaths) -> Path:
    return paths.root / ".onderbreking.klaar"


def _remove_tree(folder: Path) -> None:
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)


def _write_synced(path: Path, payload: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())


def begin(paths: DataPaths) -> None:
    """Save the current data files so they can be put back (see module doc)."""
    finish_interrupted(paths)
    staging = _staging_dir(paths)
    _remove_tree(staging)
    staging.mkdir(mode=0o700)
    try:
        names: list[str] = []
        for index, file in enumerate(paths.data_files()):
            names.append(file.relative_to(paths.root).as_posix())
            _write_synced(staging / f"{index}.json", file.read_bytes())
        _write_synced(staging / _LIST, json.dumps(names).encode("utf-8"))
        _fsync_dir(staging)
        os.replace(staging, journal_dir(paths))
        _fsync_dir(paths.root)
    except BaseException:
        _remove_tree(staging)
        raise


def commit(paths: DataPaths) -> None:
    """The change is complete: forget the saved old files."""
    done = _done_dir(paths)
    _remove_tree(done)
    os.replace(journal_dir(paths), done)
    _fsync_dir(paths.root)
    _remove_tree(done)


def rollback(paths: DataPaths) -> None:
    """Put the saved old files back and remove data files that were added."""
    journal = journal_dir(paths)
    names: list[str] = json.loads((journal / _LIST).read_text(encoding="utf-8"))
    old = {paths.root / name for name in names}
    for index, name in enumerate(names):
        atomic_write_bytes(paths.root / name, (journal / f"{index}.json").read_bytes())
    for file in paths.data_files():
        if file not in old:
            file.unlink(missing_ok=True)
    if paths.rounds_dir.is_dir():
        _fsync_dir(paths.rounds_dir)
    commit(paths)


def interrupted(paths: DataPaths) -> bool:
    """True when a change was cut off and its old files still wait to go back."""
    return (journal_dir(paths) / _LIST).is_file()


def finish_interrupted(paths: DataPaths) -> bool:
    """At start: undo a change that was cut off. Returns True when it undid one."""
    _remove_tree(_staging_dir(paths))
    _remove_tree(_done_dir(paths))
    if not journal_dir(paths).is_dir():
        return False
    if not interrupted(paths):  # cannot happen: the folder appears complete
        _remove_tree(journal_dir(paths))
        return False
    rollback(paths)
    return True


@contextlib.contextmanager
def data_transaction(paths: DataPaths) -> Iterator[None]:
    """Run the block so that the data files change completely or not at all.

    On an exception the old files are put back before it is re-raised; when
    even that fails (the disk is still full), the journal stays and the next
    start puts them back.
    """
    begin(paths)
    try:
        yield
    except BaseException as exc:
        try:
            rollback(paths)
        except OSError:
            if isinstance(exc, Exception):
                raise StorageError(UNDO_AT_NEXT_START) from exc
            raise
        raise
    commit(paths)
