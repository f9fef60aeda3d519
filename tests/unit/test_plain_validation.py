"""A plain validator checks exactly what its model checks (Vergelijken uses
it for the position and the checklist of hundreds of bundles)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from app.exchange.plain_validation import plain_validator
from app.exchange.reader import read_bundle
from models.agreements import AgreementsRegister
from models.bod import Bod
from models.checklist import ChecklistAnswers
from models.position import Position
from tests.bundle_factory import make_bundle

MODELS: dict[str, type[BaseModel]] = {"position": Position, "checklist": ChecklistAnswers}


def _records(kind: str) -> list[dict[str, Any]]:
    return [
        read_bundle(make_bundle(i).payload).data.documents[kind]  # raw, as in data.json
        for i in range(6)
    ]


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_same_values_as_the_model(kind: str) -> None:
    model = MODELS[kind]
    for raw in _records(kind):
        assert plain_validator(model)(raw) == model.model_validate(raw).model_dump()


def _errors(validate: Any, data: Any) -> list[tuple[Any, str]]:
    with pytest.raises(ValidationError) as info:
        validate(data)
    return [(e["loc"], e["type"]) for e in info.value.errors()]


def _spoil(raw: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    spoiled = copy.deepcopy(raw)
    target: Any = spoiled
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return spoiled


def test_the_same_refusals_as_the_model() -> None:
    checklist = _records("checklist")[0]
    first = next(iter(checklist["answers"]))
    position = _records("position")[0]
    cases: list[tuple[type[BaseModel], dict[str, Any]]] = [
        (ChecklistAnswers, _spoil(checklist, ("answers", first, "answer"), "misschien")),
        (ChecklistAnswers, _spoil(checklist, ("answers", first, "admin"), True)),
        (ChecklistAnswers, _spoil(checklist, ("answers", first, "item_id"), "../x")),
        (ChecklistAnswers, _spoil(checklist, ("answers", first, "note"), "x" * 100_001)),
        (ChecklistAnswers, _spoil(checklist, ("round_id",), 2027)),
        (Position, _spoil(position, ("themes", 0, "wishes"), "x" * 100_001)),
        (Position, _spoil(position, ("themes", 0, "priority"), "heel erg")),
        (Position, _spoil(position, ("themes", 0, "demands"), [{}] * 1000)),
        (Position, _spoil(position, ("extra",), 1)),
    ]
    for model, data in cases:
        assert _errors(plain_validator(model), data) == _errors(model.model_validate, data)


@pytest.mark.parametrize("model", [Bod, AgreementsRegister])
def test_a_model_with_its_own_checks_is_not_turned_into_dicts(model: type[BaseModel]) -> None:
    with pytest.raises(TypeError):
        plain_validator(model)
