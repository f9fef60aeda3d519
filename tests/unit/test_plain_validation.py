"""A plain validator checks exactly what its model checks (Vergelijken uses
it for the position and the checklist of hundreds of bundles)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from app.exchange.reader import read_bundle
from models.agreements import AgreementsRegister
from models.bod import Bod
from models.checklist import ChecklistAnswers
from models.position import Position
from tests.bundle_factory import make_bundle
from tests.spoiled_records import plain_validator, refusals, spoil

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


def test_the_same_refusals_as_the_model() -> None:
    checklist = _records("checklist")[0]
    first = next(iter(checklist["answers"]))
    position = _records("position")[0]
    cases: list[tuple[type[BaseModel], dict[str, Any]]] = [
        (ChecklistAnswers, spoil(checklist, ("answers", first, "answer"), "misschien")),
        (ChecklistAnswers, spoil(checklist, ("answers", first, "admin"), True)),
        (ChecklistAnswers, spoil(checklist, ("answers", first, "item_id"), "../x")),
        (ChecklistAnswers, spoil(checklist, ("answers", first, "note"), "x" * 100_001)),
        (ChecklistAnswers, spoil(checklist, ("round_id",), 2027)),
        (Position, spoil(position, ("themes", 0, "wishes"), "x" * 100_001)),
        (Position, spoil(position, ("themes", 0, "priority"), "heel erg")),
        (Position, spoil(position, ("themes", 0, "demands"), [{}] * 1000)),
        (Position, spoil(position, ("extra",), 1)),
    ]
    for model, data in cases:
        assert refusals(plain_validator(model), data) == refusals(model.model_validate, data)


@pytest.mark.parametrize("model", [Bod, AgreementsRegister])
def test_a_model_with_its_own_checks_is_not_turned_into_dicts(model: type[BaseModel]) -> None:
    with pytest.raises(TypeError):
        plain_validator(model)
