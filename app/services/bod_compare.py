"""The bod side by side with our inzet, per theme, and the gap in plain words.

Gathers, for each theme: the bod on it, our demands and red line (from the
inzet), the numbers to compare with and last round's agreements on the
theme, and the gap (:mod:`models.bod_gap`). The Bod section, the Overzicht
and the Reactie op het bod all read this; the Reactie reads it through
:func:`for_partners`, which drops everything internal.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.i18n import _, format_number
from app.services import rounds as rounds_service
from app.services.negotiation_records import load_bod, load_inzet, load_register, theme_name
from app.storage.repository import Repository
from models.agreements import Agreement
from models.bod import FIGURES, Bod, ThemeBod
from models.bod_gap import Gap, Verdict, YearGap, theme_gap
from models.bod_gap import for_partners as gap_for_partners
from models.position import Demand, ThemePosition, ordered_themes


@dataclass(frozen=True)
class ThemeComparison:
    """One theme of the comparison. ``key`` is stable for views (``tp:<id>``/``bod:<id>``)."""

    key: str
    title: str
    theme_id: str
    theme_title: str
    position: ThemePosition | None
    bod: ThemeBod | None
    gap: Gap
    demands: tuple[Demand, ...] = ()
    red_line: str = ""
    last_agreements: tuple[Agreement, ...] = field(default_factory=tuple)


def _filled(theme: ThemePosition) -> tuple[Demand, ...]:
    return tuple(d for d in theme.demands if not d.is_empty())


def _same_theme(theme_id: str, title: str, other_id: str, other_title: str) -> bool:
    return theme_id == other_id and (theme_id != "eigen" or title == other_title)


def _empty_gap(bod: ThemeBod | None) -> Gap:
    return theme_gap(bod) if bod is not None else Gap(Verdict.UNKNOWN)


def _row(
    key: str,
    theme_id: str,
    theme_title: str,
    last: list[Agreement],
    position: ThemePosition | None,
    bod: ThemeBod | None,
) -> ThemeComparison:
    """One theme's row: what we asked (``position``) next to the bod on it."""
    return ThemeComparison(
        key=key,
        title=theme_name(theme_id, theme_title),
        theme_id=theme_id,
        theme_title=theme_title,
        position=position,
        bod=bod,
        gap=_empty_gap(bod),
        demands=_filled(position) if position is not None else (),
        red_line=position.red_line if position is not None else "",
        last_agreements=tuple(
            a for a in last if _same_theme(a.theme_id, a.theme_title, theme_id, theme_title)
        ),
    )


def comparisons(repo: Repository, round_id: str, bod: Bod | None = None) -> list[ThemeComparison]:
    """The inzet's themes in priority order, then themes only the bod has."""
    bod = bod if bod is not None else load_bod(repo, round_id)
    position = load_inzet(repo, round_id)
    previous = rounds_service.previous_round(repo, round_id)
    last = load_register(repo, previous.id).agreements if previous is not None else []
    rows: list[ThemeComparison] = []
    used: set[str] = set()
    for theme in ordered_themes(position):
        theme_bod = bod.theme_for(theme.theme_id, theme.title)
        if theme_bod is not None:
            used.add(theme_bod.id)
        rows.append(_row(f"tp:{theme.id}", theme.theme_id, theme.title, last, theme, theme_bod))
    rows += [
        _row(f"bod:{b.id}", b.theme_id, b.theme_title, last, None, b)
        for b in bod.themes
        if b.id not in used
    ]
    return rows


def for_partners(row: ThemeComparison) -> ThemeComparison:
    """The row as the partners may read it: no red line (text, number or verdict),
    no internal note."""
    bod = row.bod
    if bod is not None:
        bod = bod.model_copy(update={"red_line_value": None, "internal_note": ""})
    return replace(row, bod=bod, gap=gap_for_partners(row.gap), red_line="")


def _num(value: float) -> str:
    return format_number(value)


def _years(items: list[YearGap]) -> str:
    return ", ".join(str(y.year) for y in items)


def gap_words(gap: Gap, partners: bool = False) -> str:
    """The gap in one or two plain sentences (translated).

    ``partners=True`` speaks as "we" (the Reactie op het bod) and, with a
    partner gap (:func:`for_partners`), never mentions a red line.
    """
    if gap.figure is None:
        if partners:
            return _("The bod gives no figures on this theme.")
        return _("The bod gives no figures on this theme. Compare its text with your demand.")
    if gap.demand is None:
        if partners:
            return _("The bod gives figures on this theme; see the table.")
        return _("Fill in the number you ask for, to see how far the bod is from it.")
    if not gap.years:
        return _("The bod gives no figures for the number you compare. Compare the text.")
    info = FIGURES[gap.figure]
    figure = _(info.label)
    unit = _(info.unit)
    if info.more_is_better:
        asked = _("at least {number} {unit} a year", number=_num(gap.demand), unit=unit)
    else:
        asked = _("at most {number} {unit} a year", number=_num(gap.demand), unit=unit)
    if gap.verdict == Verdict.MEETS:
        if partners:
            return _(
                "{figure}: the bod meets our demand ({asked}) in every year.",
                figure=figure,
                asked=asked,
            )
        return _(
            "{figure}: the bod meets your demand ({asked}) in every year.",
            figure=figure,
            asked=asked,
        )
    worst = gap.worst
    assert worst is not None
    short = gap.shortfall_years
    params = {
        "figure": figure,
        "asked": asked,
        "years": _years(short),
        "value": _num(worst.value),
        "year": worst.year,
    }
    if partners:
        return _(
            "{figure}: the bod does not meet our demand ({asked}) in {years}; "
            "furthest off: {value} in {year}.",
            **params,
        )
    text = _(
        "{figure}: the bod does not meet your demand ({asked}) in {years}; "
        "furthest off: {value} in {year}.",
        **params,
    )
    below = [y for y in gap.years if y.verdict == Verdict.BELOW_RED_LINE]
    if below and gap.red_line is not None:
        text += " " + _(
            "That is past your red line ({number}) in {years}.",
            number=_num(gap.red_line),
            years=_years(below),
        )
    elif gap.red_line is not None:
        text += " " + _("It stays within your red line.")
    return text
