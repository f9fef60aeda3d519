"""The bod record: figures, period, caps, late flag and the gap rules."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from models.bod import (
    MAX_BOD_THEMES,
    Bod,
    BodFigure,
    FigureValue,
    ThemeBod,
    bod_deadline,
    check_figure_value,
    default_documents,
    figures_for_theme,
    is_late,
)
from models.bod_gap import Verdict, combine, for_partners, theme_gap, year_verdict


def _theme(**kwargs: object) -> ThemeBod:
    data: dict[str, object] = {"theme_id": "beschikbaarheid"}
    data.update(kwargs)
    return ThemeBod.model_validate(data)


def _figures(figure: BodFigure, values: dict[int, float]) -> list[FigureValue]:
    return [FigureValue(year=y, figure=figure, value=v) for y, v in values.items()]


# --- validation -----------------------------------------------------------


def test_negative_or_fractional_homes_refused() -> None:
    with pytest.raises(ValidationError, match="negative"):
        FigureValue(year=2027, figure=BodFigure.NEW_SOCIAL, value=-1)
    with pytest.raises(ValidationError, match="whole"):
        FigureValue(year=2027, figure=BodFigure.SALES, value=2.5)
    with pytest.raises(ValidationError):
        FigureValue(year=2027, figure=BodFigure.LEEFBAARHEID, value=-10)
    assert FigureValue(year=2027, figure=BodFigure.RENT, value=-1.5).value == -1.5
    assert check_figure_value(BodFigure.RENT, 101) is not None
    assert check_figure_value(BodFigure.NEW_SOCIAL, float("inf")) is not None
    assert check_figure_value(BodFigure.LEEFBAARHEID, 125.5) is None


def test_years_must_lie_in_bod_period() -> None:
    inside = _theme(figures=_figures(BodFigure.NEW_SOCIAL, {2027: 80, 2031: 90}))
    bod = Bod(round_id="2027", first_year=2027, themes=[inside])
    assert bod.period == (2027, 2031)
    assert bod.years == [2027, 2028, 2029, 2030, 2031]
    outside = _theme(figures=_figures(BodFigure.NEW_SOCIAL, {2032: 80}))
    with pytest.raises(ValidationError, match="outside"):
        Bod(round_id="2027", first_year=2027, themes=[outside])
    with pytest.raises(ValidationError):
        bod.themes = [outside]  # validated on assignment too


def test_one_value_per_figure_and_year() -> None:
    twice = [
        FigureValue(year=2027, figure=BodFigure.SALES, value=1),
        FigureValue(year=2027, figure=BodFigure.SALES, value=2),
    ]
    with pytest.raises(ValidationError):
        _theme(figures=twice)


def test_caps_on_lists() -> None:
    themes = [_theme() for _ in range(MAX_BOD_THEMES + 1)]
    with pytest.raises(ValidationError):
        Bod(round_id="2027", first_year=2027, themes=themes)
    with pytest.raises(ValidationError):
        _theme(figures=[FigureValue(year=2027, figure=BodFigure.RENT, value=1)] * 71)


def test_default_document_checklist_and_round_trip() -> None:
    bod = Bod(round_id="2027", first_year=2027)
    assert len(bod.documents) == len(default_documents()) >= 5
    assert not any(d.received for d in bod.documents)
    assert Bod.model_validate(bod.model_dump(mode="json")) == bod
    assert not bod.is_entered()


def test_late_flag_after_30_june_of_preparation_year() -> None:
    assert bod_deadline(2027) == dt.date(2026, 6, 30)
    assert not is_late(dt.date(2026, 6, 24), 2027)
    assert not is_late(dt.date(2026, 6, 30), 2027)
    assert is_late(dt.date(2026, 7, 1), 2027)
    assert not is_late(None, 2027)


def test_figures_for_theme() -> None:
    assert BodFigure.NEW_SOCIAL in figures_for_theme("beschikbaarheid")
    assert figures_for_theme("betaalbaarheid") == [BodFigure.RENT]
    assert figures_for_theme("eigen") == list(BodFigure)


def test_theme_for_finds_own_theme_by_title() -> None:
    own = _theme(theme_id="eigen", theme_title="Tuinen")
    bod = Bod(round_id="2027", first_year=2027, themes=[own])
    assert bod.theme_for("eigen", "Tuinen") == own
    assert bod.theme_for("eigen", "Anders") is None
    assert bod.theme_for("beschikbaarheid") is None


# --- gap rules ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "demand", "red", "more", "expected"),
    [
        (120, 120, 100, True, Verdict.MEETS),
        (130, 120, None, True, Verdict.MEETS),
        (110, 120, 100, True, Verdict.PARTLY),
        (100, 120, 100, True, Verdict.PARTLY),
        (99, 120, 100, True, Verdict.BELOW_RED_LINE),
        (110, 120, None, True, Verdict.NOT_MET),
        (10, 20, 30, False, Verdict.MEETS),
        (25, 20, 30, False, Verdict.PARTLY),
        (31, 20, 30, False, Verdict.BELOW_RED_LINE),
        (25, 20, None, False, Verdict.NOT_MET),
    ],
)
def test_year_verdict(
    value: float, demand: float, red: float | None, more: bool, expected: Verdict
) -> None:
    assert year_verdict(value, demand, red, more) == expected


def test_combine_years() -> None:
    assert combine([]) == Verdict.UNKNOWN
    assert combine([Verdict.MEETS, Verdict.MEETS]) == Verdict.MEETS
    assert combine([Verdict.MEETS, Verdict.NOT_MET]) == Verdict.PARTLY
    assert combine([Verdict.PARTLY, Verdict.NOT_MET]) == Verdict.PARTLY
    assert combine([Verdict.NOT_MET, Verdict.NOT_MET]) == Verdict.NOT_MET
    assert combine([Verdict.MEETS, Verdict.BELOW_RED_LINE]) == Verdict.BELOW_RED_LINE


def test_theme_gap_uses_theme_figure_and_reports_worst_year() -> None:
    theme = _theme(
        figures=[
            *_figures(BodFigure.NEW_SOCIAL, {2027: 80, 2028: 130}),
            *_figures(BodFigure.RENT, {2027: 3}),
        ],
        demand_value=120,
        red_line_value=90,
    )
    gap = theme_gap(theme)
    assert gap.figure == BodFigure.NEW_SOCIAL
    assert gap.verdict == Verdict.BELOW_RED_LINE
    assert gap.worst is not None and gap.worst.year == 2027
    assert [y.year for y in gap.shortfall_years] == [2027]
    partner = for_partners(gap)
    assert partner.verdict == Verdict.NOT_MET and partner.red_line is None
    assert Verdict.BELOW_RED_LINE not in {y.verdict for y in partner.years}


def test_theme_gap_lower_is_better_and_chosen_figure() -> None:
    theme = _theme(
        theme_id="betaalbaarheid",
        figures=[
            *_figures(BodFigure.RENT, {2027: 2.5, 2028: 4.0}),
            *_figures(BodFigure.SALES, {2027: 5}),
        ],
        demand_value=3.0,
    )
    assert theme_gap(theme).verdict == Verdict.PARTLY
    chosen = theme.model_copy(update={"key_figure": BodFigure.SALES, "demand_value": 10})
    gap = theme_gap(chosen)
    assert (gap.figure, gap.verdict) == (BodFigure.SALES, Verdict.MEETS)


def test_theme_gap_unknown_without_figures_or_demand() -> None:
    assert theme_gap(_theme(text="Wij bouwen veel")).verdict == Verdict.UNKNOWN
    no_demand = _theme(figures=_figures(BodFigure.NEW_SOCIAL, {2027: 80}))
    assert theme_gap(no_demand).verdict == Verdict.UNKNOWN
    chosen_empty = _theme(
        figures=_figures(BodFigure.NEW_SOCIAL, {2027: 80}),
        key_figure=BodFigure.SALES,
        demand_value=5,
    )
    assert theme_gap(chosen_empty).verdict == Verdict.UNKNOWN
