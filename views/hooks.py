"""Hooks shared by the sections.

``use_round_doc`` replaces the load/save wiring every per-round section
repeated: it reads the round's record of one kind through the bound
services (a fresh read on each render, so another section's edit shows),
and its ``update`` saves changed fields with the "opgeslagen" indicator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from models.base import Record
from views.context import use_app_state, use_services
from views.widgets import run_save

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class RoundDoc(Generic[R]):
    """The current record and the ways to save it (each returns whether it saved)."""

    value: R
    update: Callable[..., bool]  # update(**fields): validated, stamped, saved
    save: Callable[[R], bool]  # save(record): the whole record


def use_round_doc(kind: str, model: type[R], round_id: str) -> RoundDoc[R]:
    """The round's record of ``kind`` (a feature's record kind) as ``model``."""
    services = use_services()
    state = use_app_state()
    loaded = services.records.load(kind, round_id)
    if not isinstance(loaded, model):  # a programming error: kind and model disagree
        raise TypeError(f"record kind {kind!r} is not a {model.__name__}")

    def update(**changes: Any) -> bool:
        return run_save(state, lambda: services.records.update(kind, round_id, **changes))

    def save(record: R) -> bool:
        return run_save(state, lambda: services.records.save(kind, record))

    return RoundDoc(loaded, update, save)
