"""The repository: opens a data folder safely and reads/writes its records.

Opening does, in order: take the folder lock (or fall back to read-only),
repair damaged files from backups, migrate old schemas (after a backup), and
make a rotating backup. Records go in and out as plain dicts; the services
turn them into models. Round documents live in one file per round.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Document

from app.paths import DataPaths
from app.storage.atomic import AtomicJSONStorage
from app.storage.backups import rotate_backup
from app.storage.errors import DataFolderInUse, ReadOnlyError, StorageError
from app.storage.journal import data_transaction
from app.storage.lock import FolderLock
from app.storage.migrations import SCHEMA_VERSION, RawDB, migrate, schema_version_of
from app.storage.recovery import Notice, Validator, check_files, recover
from models.text import N_

_SINGLE = 1  # doc_id of single-document tables

DAMAGED_READ_ONLY = N_(
    "Some of your data is damaged. Open Aan Tafel first: it repairs the data from a backup."
)


def _read_raw(file: Path) -> RawDB:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


LINK_REFUSED = N_(
    "The data folder holds a link ({file}) instead of a real file or folder. Aan Tafel does "
    "not follow links, so nothing outside the folder is read or changed. Replace the link "
    "by the real file or folder."
)


def refuse_links(paths: DataPaths) -> None:
    """Refuse symbolic links among the data files and folders.

    A link inside the data folder was followed: its target's permissions were
    changed and its content copied into backups, outside what the user
    chose. (The data folder itself may be a link: the path was resolved.)
    """
    candidates = [paths.main_db, paths.rounds_dir, paths.backups_dir, paths.damaged_dir]
    if paths.rounds_dir.is_dir() and not paths.rounds_dir.is_symlink():
        candidates.extend(paths.rounds_dir.iterdir())
    for path in candidates:
        if path.is_symlink():
            raise StorageError(LINK_REFUSED, file=str(path))


class Repository:
    """Access to one data folder. Use ``Repository.open``; call ``close`` at the end."""

    def __init__(
        self,
        paths: DataPaths,
        read_only: bool,
        lock: FolderLock | None,
        validate: Validator | None = None,
    ) -> None:
        self.paths = paths
        #: Checks records against the models (given by the services layer).
        self.validate = validate
        self.read_only = read_only
        self._lock = lock
        self._main: TinyDB | None = None
        self._rounds: dict[str, TinyDB] = {}
        self.notices: list[Notice] = []

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        root: Path,
        *,
        read_only: bool = False,
        allow_read_only: bool = True,
        validate: Validator | None = None,
    ) -> Repository:
        """Open ``root`` for writing if we can get the lock.

        When another process holds the lock: with ``allow_read_only`` open
        read-only (the UI says so), otherwise raise DataFolderInUse (the CLI's
        writing commands refuse and change nothing).
        """
        paths = DataPaths(root)
        if not read_only:  # reading never creates anything
            root.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock: FolderLock | None = None
        in_use = False
        if not read_only:
            lock = FolderLock(paths.lock_file)
            if not lock.acquire():
                if not allow_read_only:
                    raise DataFolderInUse()
                lock = None
                read_only = True
                in_use = True
        repo = cls(paths, read_only, lock, validate)
        try:
            refuse_links(paths)
            repo._prepare()
        except BaseException:
            repo.close()
            raise
        if in_use:
            repo.notices.append(
                Notice(
                    N_(
                        "Aan Tafel is already open with this data folder, in another window or "
                        "on another account. This window is read-only: your changes here are "
                        "not saved."
                    )
                )
            )
        return repo

    def _prepare(self) -> None:
        if not self.read_only:
            self.notices.extend(recover(self.paths, self.validate))
        elif check_files(self.paths, self.validate):
            # Reading only, we may not repair; refuse rather than show half the data.
            raise StorageError(DAMAGED_READ_ONLY)
        main_raw = _read_raw(self.paths.main_db)
        rounds_raw = (
            {f.stem: _read_raw(f) for f in self.paths.rounds_dir.glob("*.json")}
            if self.paths.rounds_dir.is_dir()
            else {}
        )
        old_version = schema_version_of(main_raw) if main_raw else SCHEMA_VERSION
        needs_migration = bool(main_raw) and old_version != SCHEMA_VERSION
        if needs_migration:
            migrate(main_raw, rounds_raw)  # raises NewerSchemaError before any write
        self._main = self._open_db(self.paths.main_db)
        if needs_migration:
            if not self.read_only:
                rotate_backup(self.paths)  # the old data stays restorable
            self._seed(self._main, main_raw)
            for round_id, raw in rounds_raw.items():
                self._seed(self._round_db(round_id), raw)
        elif not main_raw and not self.read_only:
            self._main.table("meta").upsert(Document({"schema_version": SCHEMA_VERSION}, _SINGLE))
        if not self.read_only:
            rotate_backup(self.paths)
            self._restrict_permissions()

    def _seed(self, db: TinyDB, raw: RawDB) -> None:
        """Put migrated raw data into ``db``: written when writable, else only cached."""
        storage = db.storage
        assert isinstance(storage, AtomicJSONStorage)
        if self.read_only:
            storage.hold(raw)
            db.clear_cache()
        else:
            storage.write(raw)
            db.clear_cache()

    def _open_db(self, file: Path) -> TinyDB:
        return TinyDB(file, storage=AtomicJSONStorage, read_only=self.read_only)

    def _restrict_permissions(self) -> None:
        """Data files readable by the owner only (no-op where chmod is not supported)."""
        for path in [
            self.paths.root,
            self.paths.rounds_dir,
            self.paths.backups_dir,
            self.paths.damaged_dir,
            self.paths.documents_dir,
        ]:
            if path.is_dir() and not path.is_symlink():
                os.chmod(path, 0o700)
        for file in self.paths.data_files():
            os.chmod(file, 0o600)

    def _close_files(self) -> None:
        if self._main is not None:
            self._main.close()
        for db in self._rounds.values():
            db.close()
        self._rounds.clear()

    def close(self) -> None:
        self._close_files()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # ----------------------------------------------------------------- main db
    @property
    def main(self) -> TinyDB:
        assert self._main is not None, "repository is closed"
        return self._main

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError()

    def get_single(self, table: str) -> dict[str, Any] | None:
        doc = self.main.table(table).get(doc_id=_SINGLE)
        return dict(doc) if isinstance(doc, dict) else None

    def put_single(self, table: str, data: dict[str, Any]) -> None:
        self._check_writable()
        self.main.table(table).upsert(Document(data, doc_id=_SINGLE))

    def list_records(self, table: str) -> list[dict[str, Any]]:
        return [dict(d) for d in self.main.table(table).all()]

    def upsert_record(self, table: str, key: str, data: dict[str, Any]) -> None:
        self._check_writable()
        self.main.table(table).upsert(data, Query()[key] == data[key])

    def delete_record(self, table: str, key: str, value: Any) -> None:
        self._check_writable()
        self.main.table(table).remove(Query()[key] == value)

    # -------------------------------------------------------------- round docs
    def _round_db(self, round_id: str) -> TinyDB:
        db = self._rounds.get(round_id)
        if db is None:
            db = self._open_db(self.paths.round_db(round_id))
            self._rounds[round_id] = db
        return db

    def load_round_doc(self, round_id: str, kind: str) -> dict[str, Any] | None:
        """The document ``kind`` of a round, or None when none was saved yet."""
        if not self.paths.round_db(round_id).exists() and round_id not in self._rounds:
            return None
        doc = self._round_db(round_id).table(kind).get(doc_id=_SINGLE)
        return dict(doc) if isinstance(doc, dict) else None

    def save_round_doc(self, round_id: str, kind: str, data: dict[str, Any]) -> None:
        """Save one round document; rewrites only that round's file."""
        self._check_writable()
        self._round_db(round_id).table(kind).upsert(Document(data, doc_id=_SINGLE))

    def round_doc_kinds(self, round_id: str) -> list[str]:
        if not self.paths.round_db(round_id).exists():
            return []
        return sorted(self._round_db(round_id).tables())

    def delete_round_file(self, round_id: str) -> None:
        self._check_writable()
        db = self._rounds.pop(round_id, None)
        if db is not None:
            db.close()
        self.paths.round_db(round_id).unlink(missing_ok=True)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes inside the block land in all files or in none (design §6).

        When the block fails, the old files are put back and every cached
        TinyDB handle is dropped, so nothing half-written stays in memory.
        """
        self._check_writable()
        try:
            with data_transaction(self.paths):
                yield
        except BaseException:
            self._reopen()
            raise

    def _reopen(self) -> None:
        """Forget cached file contents: close every handle, reopen the main file."""
        self._close_files()
        self._main = self._open_db(self.paths.main_db)

    def make_backup(self) -> Path | None:
        """A rotating backup now (e.g. the 'make a backup' button)."""
        return rotate_backup(self.paths)

    def restore_backup(self, source: Path) -> Path | None:
        """Put back a backup while this process holds the folder lock (Instellingen).

        The backup is validated before anything changes; the open TinyDB
        handles are closed and reopened around the swap (the lock stays held)
        so no cached data from before survives. Returns the safety backup of
        the data from before, as ``restore_backup`` does.
        """
        from app.storage.backups import INVALID_BACKUP, invalid_members, read_backup
        from app.storage.backups import restore_backup as _restore

        self._check_writable()
        manifest, contents = read_backup(source)  # refused before anything is closed
        bad = invalid_members(manifest, contents, self.validate)
        if bad:
            raise StorageError(INVALID_BACKUP, file=bad[0])
        if self._main is not None:
            self._main.close()
            self._main = None
        for db in self._rounds.values():
            db.close()
        self._rounds.clear()
        try:
            return _restore(self.paths, source, self.validate)
        finally:
            self._main = self._open_db(self.paths.main_db)


__all__ = ["DataFolderInUse", "Repository"]
