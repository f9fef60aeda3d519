"""Spoiling a valid record in one place, and what a validator says of it: for
the tests that hold the plain-dict validators (Vergelijken) to the models."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError
from pydantic_core import SchemaValidator

from app.exchange.plain_validation import Rules, plain_schema


def spoil(raw: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """A deep copy of ``raw`` with the value at ``path`` (keys and list indexes) replaced."""
    spoiled = copy.deepcopy(raw)
    target: Any = spoiled
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return spoiled


def refusals(validate: Any, data: Any, with_message: bool = False) -> list[tuple[Any, ...]]:
    """Where and why ``validate`` refuses (a copy of) ``data``; it must refuse."""
    with pytest.raises(ValidationError) as info:
        validate(copy.deepcopy(data))
    if with_message:
        return [(e["loc"], e["type"], e["msg"]) for e in info.value.errors()]
    return [(e["loc"], e["type"]) for e in info.value.errors()]


def plain_validator(model: type[BaseModel], rules: Rules | None = None) -> Any:
    """``model``'s plain schema as a validator of its own, to hold it to the
    model (the app validates a whole data.json with these schemas in it)."""
    return SchemaValidator(plain_schema(model, rules)).validate_python
