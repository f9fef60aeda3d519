"""The model-level checks of the bod and the agreements register, on plain dicts.

Vergelijken validates the bod and the register of hundreds of bundles
straight into dicts (``app.exchange.plain_validation``); each function here
is the dict version of one ``@model_validator`` of ``models.bod`` or
``models.agreements``: the same check, the same error, the same
normalisation, each made by the one function in ``models`` that the model's
validator calls too (only the walk over dicts instead of objects is here).
``tests/unit/test_plain_rules.py`` holds each pair to giving the same results
and refusals; a model validator added without a rule here makes building the
plain schema fail.
"""

from __future__ import annotations

from typing import Any

from app.exchange.plain_validation import Rules, as_is
from models.agreements import (
    TWO_AGREEMENTS,
    AgreementsRegister,
    Signature,
    in_party_order,
)
from models.base import refuse_duplicates
from models.bod import (
    TWO_THEMES,
    TWO_VALUES,
    Bod,
    FigureValue,
    ThemeBod,
    check_bod_years,
    check_figure_value,
)

Plain = dict[str, Any]


def figure_value(value: Plain) -> Plain:
    """``FigureValue._plausible``."""
    problem = check_figure_value(value["figure"], value["value"])
    if problem is not None:
        raise ValueError(problem)
    return value


def theme_bod(theme: Plain) -> Plain:
    """``ThemeBod._one_value_per_year_and_figure``."""
    refuse_duplicates(((f["year"], f["figure"]) for f in theme["figures"]), TWO_VALUES)
    return theme


def bod(record: Plain) -> Plain:
    """``Bod._figures_inside_period``."""
    years = (f["year"] for theme in record["themes"] for f in theme["figures"])
    check_bod_years(record["first_year"], years)
    refuse_duplicates((t["id"] for t in record["themes"]), TWO_THEMES)
    return record


def agreements_register(record: Plain) -> Plain:
    """``AgreementsRegister._one_signature_per_party``: one signature per
    party, in party order, a missing one added as open."""
    ordered = in_party_order(
        record["signatures"],
        lambda s: s["party"],
        lambda party: Signature(party=party).model_dump(),
    )
    refuse_duplicates((a["id"] for a in record["agreements"]), TWO_AGREEMENTS)
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
