"""Gap rules: how far the bod on a theme falls short of our demand.

The rules, per year the bod gives a figure for (the compared figure of
:meth:`models.bod.ThemeBod.compared_figure`):

* **meets** — the figure reaches our demand (at least the number we ask,
  or at most it for figures where less is better: sales, demolition,
  liberalisation, rent increase);
* **partly** — it does not reach our demand but stays on the right side of
  our red line;
* **does not meet** — it does not reach our demand and we set no red line;
* **below red line** — it crosses our red line.

Over the years: any year below the red line makes the theme *below red
line*; all years meeting makes it *meets*; some years meeting or partly
meeting makes it *partly*; otherwise *does not meet*. Without figures, or
without the number we ask, the gap is *unknown* and the volunteer compares
the text by hand (the reaction status is always theirs to set).

A red line is internal: :func:`for_partners` turns *below red line* into
*does not meet* so nothing printed for the partners can reveal it.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.base import LabelledEnum
from models.bod import FIGURES, BodFigure, ThemeBod
from models.text import N_


class Verdict(LabelledEnum):
    MEETS = "voldoet", N_("Meets our demand")
    PARTLY = "deels", N_("Partly meets our demand")
    NOT_MET = "voldoet_niet", N_("Does not meet our demand")
    BELOW_RED_LINE = "onder_rode_lijn", N_("Below our red line")
    UNKNOWN = "onbekend", N_("Compare it yourself")


@dataclass(frozen=True)
class YearGap:
    year: int
    value: float
    verdict: Verdict


@dataclass(frozen=True)
class Gap:
    """The outcome for one theme; ``years`` lists the compared years in order."""

    verdict: Verdict
    figure: BodFigure | None = None
    demand: float | None = None
    red_line: float | None = None
    years: tuple[YearGap, ...] = ()

    @property
    def shortfall_years(self) -> list[YearGap]:
        """The years that do not meet the demand (for the plain-words text)."""
        return [y for y in self.years if y.verdict != Verdict.MEETS]

    @property
    def worst(self) -> YearGap | None:
        """The year furthest from the demand, in the figure's direction."""
        if not self.years or self.figure is None:
            return None
        more_is_better = FIGURES[self.figure].more_is_better
        pick = min if more_is_better else max
        return pick(self.years, key=lambda y: y.value)


def _reaches(value: float, target: float, more_is_better: bool) -> bool:
    return value >= target if more_is_better else value <= target


def year_verdict(
    value: float, demand: float, red_line: float | None, more_is_better: bool
) -> Verdict:
    """The verdict for one year's figure (see the module docstring)."""
    if _reaches(value, demand, more_is_better):
        return Verdict.MEETS
    if red_line is None:
        return Verdict.NOT_MET
    if _reaches(value, red_line, more_is_better):
        return Verdict.PARTLY
    return Verdict.BELOW_RED_LINE


def combine(verdicts: list[Verdict]) -> Verdict:
    """The theme's verdict from its years' verdicts."""
    if not verdicts:
        return Verdict.UNKNOWN
    if Verdict.BELOW_RED_LINE in verdicts:
        return Verdict.BELOW_RED_LINE
    if all(v == Verdict.MEETS for v in verdicts):
        return Verdict.MEETS
    if any(v in (Verdict.MEETS, Verdict.PARTLY) for v in verdicts):
        return Verdict.PARTLY
    return Verdict.NOT_MET


def theme_gap(theme: ThemeBod) -> Gap:
    """The gap between the bod on ``theme`` and our demand."""
    figure = theme.compared_figure()
    if figure is None or theme.demand_value is None:
        return Gap(Verdict.UNKNOWN, figure, theme.demand_value, theme.red_line_value)
    values = theme.values(figure)
    if not values:
        return Gap(Verdict.UNKNOWN, figure, theme.demand_value, theme.red_line_value)
    more_is_better = FIGURES[figure].more_is_better
    years = tuple(
        YearGap(
            year,
            value,
            year_verdict(value, theme.demand_value, theme.red_line_value, more_is_better),
        )
        for year, value in values.items()
    )
    return Gap(
        combine([y.verdict for y in years]),
        figure,
        theme.demand_value,
        theme.red_line_value,
        years,
    )


def for_partners(gap: Gap) -> Gap:
    """The gap as partners may see it: no red line, no "below red line"."""
    years = tuple(
        YearGap(
            y.year, y.value, Verdict.NOT_MET if y.verdict == Verdict.BELOW_RED_LINE else y.verdict
        )
        for y in gap.years
    )
    verdict = Verdict.NOT_MET if gap.verdict == Verdict.BELOW_RED_LINE else gap.verdict
    return Gap(verdict, gap.figure, gap.demand, None, years)
