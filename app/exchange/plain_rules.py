"""The model-level checks of the bod and the agreements register, on plain dicts.

Vergelijken validates the bod and the register of hundreds of bundles
straight into dicts (``app.exchange.plain_validation``); each function here
is the dict version of one ``@model_validator`` of ``models.bod`` or
``models.agreements``: the same check, the same error, the same
normalisation. ``tests/unit/test_plain_rules.py`` holds each pair to giving
the same results and refusals; a model validator added without a rule here
makes building the plain validator fail.
"""

from __future__ import annotations

from typing import Any

from app.exchange.plain_validation import Rules, as_is
from models.agreements import PARTY_ORDER, AgreementsRegister, Signature
from models.bod import Bod, FigureValue, ThemeBod, bod_period, check_figure_value

Plain = dict[str, Any]


def figure_value(value: Plain) -> Plain:
    """``FigureValue._plausible``."""
    problem = check_figure_value(value["figure"], value["value"])
    if problem is not None:
        raise ValueError(problem)
    return value


def theme_bod(theme: Plain) -> Plain:
    """``ThemeBod._one_value_per_year_and_figure``."""
    keys = [(f["year"], f["figure"]) for f in theme["figures"]]
    if len(keys) != len(set(keys)):
        raise ValueError("two values for the same figure and year")
    return theme


def bod(record: Plain) -> Plain:
    """``Bod._figures_inside_period``."""
    first, last = bod_period(record["first_year"])
    for theme in record["themes"]:
        for item in theme["figures"]:
            if not first <= item["year"] <= last:
                raise ValueError(f"year {item['year']} outside the bod period {first}-{last}")
    ids = [t["id"] for t in record["themes"]]
    if len(ids) != len(set(ids)):
        raise ValueError("two themes with the same id")
    return record


def agreements_register(record: Plain) -> Plain:
    """``AgreementsRegister._one_signature_per_party``: one signature per
    party, in party order, a missing one added as open."""
    by_party: dict[Any, Plain] = {}
    for signature in record["signatures"]:
        if signature["party"] in by_party:
            raise ValueError(f"two signatures for {signature['party'].value}")
        by_party[signature["party"]] = signature
    ids = [a["id"] for a in record["agreements"]]
    if len(ids) != len(set(ids)):
        raise ValueError("two agreements with the same id")
    ordered = [by_party.get(party) or Signature(party=party).model_dump() for party in PARTY_ORDER]
    if ordered != record["signatures"]:
        record["signatures"] = ordered
    return record


#: Model validator -> its rule for the plain dict.
BOD_RULES: Rules = {
    FigureValue._plausible: figure_value,
    ThemeBod._one_value_per_year_and_figure: theme_bod,
    Bod._figures_inside_period: bod,
    Bod._first_year_from_round: as_is,  # it reads the raw input: a dict either way
}
AGREEMENTS_RULES: Rules = {AgreementsRegister._one_signature_per_party: agreements_register}
