"""Shared pydantic base classes and limits for all stored records.

Every record refuses unknown fields (an imported file cannot smuggle data in)
and caps string length so a hostile file cannot blow up memory or PDFs.
"""

import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Annotated, Any, Protocol, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

#: Longest free text we accept in one field (about 30 pages of prose).
MAX_TEXT = 100_000
#: Longest single-line value (names, titles).
MAX_LINE = 300

#: Longest identifier (a round id, an item id, a theme key).
MAX_ID = 64
#: Largest absolute number a figure may hold (homes, euros, a target): keeps
#: tables and charts readable, and refuses a hostile 1e308.
MAX_FIGURE = 1_000_000_000

LongText = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Line = Annotated[str, StringConstraints(max_length=MAX_LINE)]
#: An identifier that must be there (``round_id``, ``theme_id``, ...).
Id = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID)]
#: A reference to an item that may be absent ("" = none).
OptionalId = Annotated[str, StringConstraints(max_length=MAX_ID)]


def new_id() -> str:
    """A short random identifier for a new item (12 hex digits)."""
    return uuid.uuid4().hex[:12]


def is_plausible_figure(value: float) -> bool:
    """Whether a number is finite and within :data:`MAX_FIGURE` either way."""
    return math.isfinite(value) and abs(value) <= MAX_FIGURE


#: A number people enter (a target, a figure reached, a comparison value):
#: :func:`is_plausible_figure` as constraints pydantic checks itself (no
#: Python call per number: Vergelijken validates the bods of hundreds of bundles).
Figure = Annotated[float, Field(allow_inf_nan=False, ge=-MAX_FIGURE, le=MAX_FIGURE)]


class Record(BaseModel):
    """Base for stored records: strict about unknown fields, keeps text exactly."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


_Model = TypeVar("_Model", bound=BaseModel)


def with_changes(record: _Model, changes: Mapping[str, Any]) -> _Model:
    """A copy of ``record`` with ``changes``, validated with its model.

    ``model_copy(update=...)`` does not validate: a wrong value would only
    fail when the record is saved, far from the change that caused it.
    """
    return type(record).model_validate({**record.model_dump(), **changes})


def per_key(entries: Mapping[str, str], key: str, text: str) -> dict[str, str]:
    """A copy of ``entries`` with ``key`` set to ``text``, or removed when it is blank.

    For notes kept per theme: an emptied field leaves no empty entry behind.
    """
    kept = {k: v for k, v in entries.items() if k != key}
    if text.strip():
        kept[key] = text
    return kept


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_Item = TypeVar("_Item", bound=_Identified)


def refuse_duplicates(keys: Iterable[object], message: str) -> None:
    """Raise ``ValueError(message)`` when a key comes twice. For the checks across
    fields that a model and Vergelijken's plain-dict validation share."""
    seen = list(keys)
    if len(seen) != len(set(seen)):
        raise ValueError(message)


def by_id(items: Iterable[_Item], item_id: str) -> _Item:
    """The item whose ``id`` is ``item_id``; KeyError when there is none."""
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


def step_indexes(items: Sequence[_Item], item_id: str, offset: int) -> tuple[int, int] | None:
    """Where an item is and the neighbour it swaps with when moved one step
    (up when ``offset`` < 0, down when > 0); ``None`` at an edge or for 0.
    KeyError when no item has ``item_id``."""
    index = next((i for i, item in enumerate(items) if item.id == item_id), None)
    if index is None:
        raise KeyError(item_id)
    target = index + (1 if offset > 0 else -1)
    if offset == 0 or not 0 <= target < len(items):
        return None
    return index, target


def replace_by_id(items: Sequence[_Item], new: _Item) -> list[_Item]:
    """``items`` with the one whose ``id`` is ``new.id`` replaced by ``new``."""
    return [new if item.id == new.id else item for item in items]


def without_id(items: Sequence[_Item], item_id: str) -> list[_Item]:
    """``items`` without the one whose ``id`` is ``item_id``; KeyError when there is none."""
    kept = [item for item in items if item.id != item_id]
    if len(kept) == len(items):
        raise KeyError(item_id)
    return kept


class LabelledEnum(StrEnum):
    """A stored choice whose value and label are declared together, on one line.

    ``MEETS = "voldoet", N_("Meets our demand")``: the value is what is stored
    (Dutch, never renamed), ``label`` the English msgid shown to people
    (translate in the app). A member without a label (``OWN = "eigen"``) has
    ``label == ""``. Looking a member up by value works as for any enum:
    ``Verdict("voldoet")``.
    """

    _value_: str
    label: str

    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class UserMessage:
    """Something to tell the user in one line: an English msgid and its parameters.

    The root of everything the user is told: the errors below (bad input, a
    refused import, storage trouble) and the start-up notices
    (``app.storage.recovery.Notice``). The app layer translates with
    ``_(x.message, **x.params)``; the CLI prints that line and exits 2.
    """

    #: The default msgid of a subclass (``StorageError`` and its kinds have one).
    message: str = ""

    def __init__(self, message: str | None = None, **params: object) -> None:
        if message:
            self.message = message
        self.params: dict[str, object] = params


class UserError(UserMessage, Exception):
    """The one root of user-facing errors: nothing was changed; say ``message``."""

    def __init__(self, message: str | None = None, **params: object) -> None:
        UserMessage.__init__(self, message, **params)
        Exception.__init__(self, self.message)


class InvalidInput(UserError, ValueError):
    """A value typed by the user cannot be accepted.

    ``message`` is an English msgid (marked with ``N_``) that the app layer
    translates; ``params`` fill its ``{placeholders}``.
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message, **params)
