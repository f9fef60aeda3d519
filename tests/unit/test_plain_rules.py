"""The bod and the agreements register validated as plain dicts check exactly
what their models check, their checks across fields included
(``app.exchange.plain_rules``; Vergelijken uses them)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from pydantic import BaseModel, Field, field_validator, model_validator

from app.exchange.plain_rules import AGREEMENTS_RULES, BOD_RULES
from app.exchange.plain_validation import Rules, as_is
from app.exchange.reader import read_bundle
from models.agreements import Agreement, AgreementsRegister, Party, Signature, SignStatus
from models.base import Record
from models.bod import Bod, BodFigure, FigureValue, ThemeBod
from models.overleg import DemandStatus, DemandTrack, StatusChange
from tests.bundle_factory import make_bundle
from tests.spoiled_records import plain_validator, refusals, spoil

RULES: dict[type[BaseModel], Rules] = {Bod: BOD_RULES, AgreementsRegister: AGREEMENTS_RULES}
KINDS: dict[type[BaseModel], str] = {Bod: "bod", AgreementsRegister: "afspraken"}


def _bod() -> dict[str, Any]:
    """A bod with themes and figures (the generated bundles have none)."""
    return Bod(
        round_id="2027",
        first_year=2027,
        themes=[
            ThemeBod(
                theme_id="beschikbaarheid",
                figures=[
                    FigureValue(year=2027, figure=BodFigure.NEW_SOCIAL, value=40),
                    FigureValue(year=2028, figure=BodFigure.NEW_SOCIAL, value=50),
                    FigureValue(year=2027, figure=BodFigure.SALES, value=3),
                ],
                demand_value=60,
            ),
            ThemeBod(theme_id="betaalbaarheid", figures=[]),
        ],
        demand_tracks=[
            DemandTrack(
                demand_id="d1",
                history=[StatusChange(status=DemandStatus.AGREED, date=dt.date(2027, 9, 1))],
            ),
            DemandTrack(demand_id="d2"),
        ],
    ).model_dump(mode="json")


def _register() -> dict[str, Any]:
    return AgreementsRegister(
        round_id="2027",
        agreements=[
            Agreement(theme_id="beschikbaarheid", years=[2028, 2027], target_value=12),
            Agreement(theme_id="betaalbaarheid"),
        ],
        signatures=[Signature(party=Party.TENANTS, status=SignStatus.SIGNED)],
    ).model_dump(mode="json")


def _records(model: type[BaseModel]) -> list[dict[str, Any]]:
    made = [_bod() if model is Bod else _register()]
    for i in range(8):
        documents = read_bundle(make_bundle(i).payload).data.documents  # raw, as in data.json
        if KINDS[model] in documents:
            made.append(documents[KINDS[model]])
    return made


@pytest.mark.parametrize("model", [Bod, AgreementsRegister])
def test_same_values_as_the_model(model: type[BaseModel]) -> None:
    validate = plain_validator(model, RULES[model])
    for raw in _records(model):
        assert validate(copy.deepcopy(raw)) == model.model_validate(raw).model_dump()


def test_the_register_is_normalised_as_the_model_does() -> None:
    raw = _register()
    raw["signatures"] = [{"party": "gemeente", "status": "getekend"}]
    plain = plain_validator(AgreementsRegister, AGREEMENTS_RULES)(copy.deepcopy(raw))
    assert [s["party"] for s in plain["signatures"]] == [
        "huurdersorganisatie",
        "corporatie",
        "gemeente",
    ]
    assert plain == AgreementsRegister.model_validate(raw).model_dump()
    del raw["signatures"]  # the default: one open signature per party, as dicts
    plain = plain_validator(AgreementsRegister, AGREEMENTS_RULES)(copy.deepcopy(raw))
    assert plain == AgreementsRegister.model_validate(raw).model_dump()
    assert all(isinstance(s, dict) for s in plain["signatures"])


def test_a_missing_first_year_comes_from_the_round_as_in_the_model() -> None:
    raw = _bod()
    raw["round_id"] = "2028-2"
    del raw["first_year"], raw["themes"]
    plain = plain_validator(Bod, BOD_RULES)(copy.deepcopy(raw))
    assert plain["first_year"] == 2028
    assert plain == Bod.model_validate(raw).model_dump()


def _cases() -> list[tuple[type[BaseModel], dict[str, Any]]]:
    bod, register = _bod(), _register()
    figure = ("themes", 0, "figures", 0)
    second_theme = {**bod["themes"][0], "figures": []}
    second_signature = {"party": "huurdersorganisatie", "status": "open"}
    first_id = register["agreements"][0]["id"]
    return [
        (Bod, spoil(bod, (*figure, "value"), -4)),  # a negative number of homes
        (Bod, spoil(bod, (*figure, "value"), 2.5)),  # half a home
        (Bod, spoil(bod, (*figure, "value"), 1e300)),
        (Bod, spoil(bod, (*figure, "year"), 2035)),  # outside the bod's period
        (Bod, spoil(bod, (*figure, "year"), 1900)),  # outside the years at all
        (Bod, spoil(bod, ("themes", 0, "figures", 1, "year"), 2027)),  # the same figure twice
        (Bod, spoil(bod, ("themes", 1), second_theme)),  # two themes with one id
        (Bod, spoil(bod, ("themes", 0, "demand_value"), 1e300)),
        (Bod, spoil(bod, ("first_year",), "volgend jaar")),
        (Bod, spoil(bod, ("demand_tracks", 0, "history", 0, "status"), "gewonnen")),
        (Bod, spoil(bod, ("demand_tracks",), [{"demand_id": "x"}] * 10_000)),
        (Bod, spoil(bod, ("extra",), 1)),
        (AgreementsRegister, spoil(register, ("signatures", 1), second_signature)),
        (AgreementsRegister, spoil(register, ("agreements", 1, "id"), first_id)),
        (AgreementsRegister, spoil(register, ("agreements", 0, "years"), [2027, 3000])),
        (AgreementsRegister, spoil(register, ("agreements", 0, "target_value"), 1e300)),
        (AgreementsRegister, spoil(register, ("signatures", 0, "party"), "buren")),
        (AgreementsRegister, spoil(register, ("round_id",), "")),
    ]


@pytest.mark.parametrize(("model", "data"), _cases())
def test_the_same_refusals_as_the_model(model: type[BaseModel], data: dict[str, Any]) -> None:
    plain = refusals(plain_validator(model, RULES[model]), data, with_message=True)
    assert plain == refusals(model.model_validate, data, with_message=True)


class _Part(Record):
    value: int = 0


class _Checked(Record):
    parts: list[_Part] = Field(default_factory=list)

    @model_validator(mode="after")
    def _not_empty(self) -> _Checked:
        return self


class _FieldChecked(Record):
    parts: list[_Part] = Field(default_factory=list)

    @field_validator("parts")
    @classmethod
    def _few(cls, value: list[_Part]) -> list[_Part]:
        return value


def test_a_model_check_without_its_rule_is_refused() -> None:
    with pytest.raises(TypeError):
        plain_validator(
            Bod,
            {k: v for k, v in BOD_RULES.items() if v is not BOD_RULES[Bod._figures_inside_period]},
        )  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        plain_validator(_Checked)
    with pytest.raises(TypeError):  # as_is is for checks that read the raw input only
        plain_validator(_Checked, {_Checked._not_empty: as_is})
    # a field check that is given model objects cannot be given dicts instead
    with pytest.raises(TypeError):
        plain_validator(_FieldChecked)
