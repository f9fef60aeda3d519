"""The bundle of things a UI session or a CLI command works with.

Views get services already bound to the data folder: ``services.position``
is the position service with the repository filled in, so a view calls
``services.position.update_theme(round_id, theme_id, title=...)`` and never
sees a repository. Every feature in ``app.features.FEATURES`` is reachable
as ``services.<kind>`` (its ``Feature.service`` module), and every other
module ``app.services.<name>`` as ``services.<name>`` (``services.rounds``),
both through :func:`service_module`. Only the command line and the
storage-facing code use ``services.repo``.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from app.features import FEATURES, feature
from app.i18n import _
from app.services.record_check import is_valid_member
from app.services.record_store import RoundRecordStore, check_length
from app.storage.errors import StorageError
from app.storage.recovery import Notice
from app.storage.repository import Repository
from models.base import Record


@functools.cache
def _takes_repo(function: Callable[..., Any]) -> bool:
    try:
        parameters = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return False
    return bool(parameters) and parameters[0] == "repo"


class BoundService:
    """A service module with the repository filled in.

    Functions whose first parameter is ``repo`` come back with it bound;
    everything else (constants, types, pure helpers) comes back as it is.
    """

    def __init__(self, module: ModuleType, repo: Repository) -> None:
        self._module = module
        self._repo = repo

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._module, name)
        # a function, or a store's method named as a service function
        # (``load_position = STORE.load``)
        if (inspect.isfunction(value) or inspect.ismethod(value)) and _takes_repo(value):
            return functools.partial(value, self._repo)
        return value


class RoundRecords:
    """Load and save any feature's round record by kind (for ``use_round_doc``)."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo

    def _store(self, kind: str) -> RoundRecordStore[Record]:
        model = feature(kind).model
        if model is None:
            raise KeyError(f"feature {kind!r} keeps no round record")
        return RoundRecordStore(kind, model)

    def load(self, kind: str, round_id: str) -> Record:
        return self._store(kind).load(self._repo, round_id)

    def save(self, kind: str, record: Record) -> Record:
        return self._store(kind).save(self._repo, record)

    def update(self, kind: str, round_id: str, **changes: Any) -> Record:
        """Set fields (text length checked, validated with the model) and save."""
        for value in changes.values():
            check_length(value)
        return self._store(kind).update(self._repo, round_id, **changes)


def service_module(name: str) -> ModuleType:
    """The service of the feature with record kind ``name``; else the module
    ``app.services.<name>``. AttributeError when there is neither."""
    if name.startswith("_") or not name.isidentifier():
        raise AttributeError(name)
    for entry in FEATURES:
        if entry.kind == name and entry.service is not None:
            return entry.service
    try:
        return importlib.import_module(f"app.services.{name}")
    except ModuleNotFoundError:
        raise AttributeError(name) from None


@dataclass
class Services:
    repo: Repository

    @classmethod
    def open(
        cls, data_dir: Path, read_only: bool = False, allow_read_only: bool = True
    ) -> Services:
        """Open a data folder (see Repository.open for locking and repair)."""
        return cls(
            Repository.open(
                Path(data_dir),
                read_only=read_only,
                allow_read_only=allow_read_only,
                validate=is_valid_member,
            )
        )

    # ---------------------------------------------------------- bound services
    def _bind(self, module: ModuleType) -> BoundService:
        return BoundService(module, self.repo)

    @property
    def records(self) -> RoundRecords:
        return RoundRecords(self.repo)

    def __getattr__(self, name: str) -> BoundService:
        """``services.<kind>`` or ``services.<module>`` (see :func:`service_module`), bound."""
        return self._bind(service_module(name))

    # ---------------------------------------------------------------- the folder
    @property
    def read_only(self) -> bool:
        return self.repo.read_only

    @property
    def data_dir(self) -> Path:
        """The data folder (Instellingen shows and opens it)."""
        return self.repo.paths.root

    @property
    def notices(self) -> list[Notice]:
        return self.repo.notices

    def notice_texts(self) -> list[str]:
        """Start-up notices in the user's language."""
        return [_(n.message, **n.params) for n in self.repo.notices]

    def close(self) -> None:
        self.repo.close()


__all__ = ["BoundService", "RoundRecords", "Services", "StorageError", "service_module"]
