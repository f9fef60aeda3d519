"""The housing association's bod (overview of intended activities) for a round.

Woningwet art. 44 lid 1: the corporation sends, *vóór 1 juli* of the year
before the round year, its intended activities and contribution for the
next five years, sales included (domain §1 and its corrections). A round
for year Y therefore gets its bod before 1 July Y-1, covering Y..Y+4.

Public API:

- :class:`BodFigure` and :data:`FIGURES` — the figures a bod gives per year
  (new social homes, sales, demolition, liberalisation, homes improved,
  leefbaarheid euros, rent increase), with unit, direction and theme.
- :class:`FigureValue`, :class:`ThemeBod` (the bod on one theme: text,
  figures per year, the numbers to compare with, and our reaction),
  :class:`BodDocument` (checklist of what came with the bod) and
  :class:`Bod` — the stored record of kind "bod", which also holds the
  talks (:mod:`models.overleg`): one record per round.
- :func:`bod_period`, :func:`bod_deadline`, :func:`is_late`.

Validation: figures of homes are whole and never negative, euros never
negative, a rent change between -100% and +100%; every figure's year lies
inside the bod's five-year period; every list has a cap.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field, model_validator

from models.base import (
    Figure,
    Id,
    LabelledEnum,
    Line,
    LongText,
    Record,
    by_id,
    is_plausible_figure,
    new_id,
    refuse_duplicates,
)
from models.calendar import bod_deadline
from models.overleg import MAX_MEETINGS, MAX_TRACKS, DemandTrack, MeetingLog
from models.round import MAX_YEAR, MIN_YEAR
from models.text import N_
from models.themes import CUSTOM_THEME_ID

#: A bod covers the next five years (art. 44 lid 1).
PERIOD_YEARS = 5
#: Most themes in one bod.
MAX_BOD_THEMES = 60
#: Most figures per theme: every figure for every year, with room to spare.
MAX_FIGURES = 70
#: Most documents on the checklist.
MAX_DOCUMENTS = 40


class BodFigure(StrEnum):
    NEW_SOCIAL = "nieuwbouw_sociaal"
    SALES = "verkoop"
    DEMOLITION = "sloop"
    LIBERALISATION = "liberalisatie"
    IMPROVED = "verduurzaamd"
    LEEFBAARHEID = "leefbaarheid_euro"
    RENT = "huurverhoging"


@dataclass(frozen=True)
class FigureInfo:
    """How a figure is read: its label and unit (msgids), whether more is
    better for tenants, whether it counts homes (whole, not negative), and
    the catalogue theme it belongs to."""

    label: str
    unit: str
    more_is_better: bool
    counts_homes: bool
    theme_id: str
    minimum: float = 0.0


FIGURES: dict[BodFigure, FigureInfo] = {
    BodFigure.NEW_SOCIAL: FigureInfo(
        N_("New social rent homes"), N_("homes"), True, True, "beschikbaarheid"
    ),
    BodFigure.SALES: FigureInfo(N_("Homes sold"), N_("homes"), False, True, "beschikbaarheid"),
    BodFigure.DEMOLITION: FigureInfo(
        N_("Homes demolished"), N_("homes"), False, True, "beschikbaarheid"
    ),
    BodFigure.LIBERALISATION: FigureInfo(
        N_("Homes liberalised"), N_("homes"), False, True, "beschikbaarheid"
    ),
    BodFigure.IMPROVED: FigureInfo(
        N_("Homes improved to a better energy label"),
        N_("homes"),
        True,
        True,
        "kwaliteit_duurzaamheid",
    ),
    BodFigure.LEEFBAARHEID: FigureInfo(
        N_("Leefbaarheid budget"), N_("euros"), True, False, "leefbaarheid"
    ),
    BodFigure.RENT: FigureInfo(
        N_("Average rent increase"), N_("percent"), False, False, "betaalbaarheid", -100.0
    ),
}


def figures_for_theme(theme_id: str) -> list[BodFigure]:
    """The figures that belong to a catalogue theme (all of them for an own theme)."""
    if theme_id == CUSTOM_THEME_ID:
        return list(BodFigure)
    return [figure for figure, info in FIGURES.items() if info.theme_id == theme_id]


def check_figure_value(figure: BodFigure, value: float) -> str | None:
    """Why ``value`` cannot be a ``figure`` (an English msgid), or ``None`` when fine."""
    info = FIGURES[figure]
    if not is_plausible_figure(value):
        return N_("This number is too large.")
    if value < info.minimum:
        if info.counts_homes:
            return N_("A number of homes cannot be negative.")
        return N_("This figure cannot be negative.")
    if figure == BodFigure.RENT and value > 100:
        return N_("Enter the rent increase as a percentage between -100 and 100.")
    if info.counts_homes and value != int(value):
        return N_("Enter a whole number of homes.")
    return None


class FigureValue(Record):
    """One figure of the bod for one year."""

    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    figure: BodFigure
    value: float

    @model_validator(mode="after")
    def _plausible(self) -> FigureValue:
        problem = check_figure_value(self.figure, self.value)
        if problem is not None:
            raise ValueError(problem)
        return self


class ReactionStatus(LabelledEnum):
    """The tenants' reaction to the bod on one theme (set by the volunteer)."""

    OPEN = "open", N_("Not yet decided")
    AGREE = "eens", N_("We agree")
    PARTLY = "deels", N_("We partly agree")
    DISAGREE = "oneens", N_("We do not agree")


class ThemeBod(Record):
    """The bod on one theme, what we compare it with, and our reaction.

    ``theme_id``/``theme_title`` follow :class:`models.position.ThemePosition`.
    ``key_figure`` is the figure the gap is judged on; ``demand_value``,
    ``red_line_value``, ``woonvisie_value`` and ``last_agreement_value`` are
    the numbers to compare it with, per year (the volunteer reads them from
    the inzet, the woonvisie and last year's register). ``red_line_value``
    and ``internal_note`` are internal: never printed for the partners.
    ``agree``, ``miss`` and ``questions`` are the reaction the partners read.
    """

    id: Id = Field(default_factory=new_id)
    theme_id: Id
    theme_title: Line = ""
    text: LongText = ""
    figures: list[FigureValue] = Field(default_factory=list, max_length=MAX_FIGURES)
    key_figure: BodFigure | None = None
    demand_value: Figure | None = None
    red_line_value: Figure | None = None
    woonvisie_value: Figure | None = None
    last_agreement_value: Figure | None = None
    reaction: ReactionStatus = ReactionStatus.OPEN
    agree: LongText = ""
    miss: LongText = ""
    questions: LongText = ""
    internal_note: LongText = ""

    @model_validator(mode="after")
    def _one_value_per_year_and_figure(self) -> ThemeBod:
        refuse_duplicates(((f.year, f.figure) for f in self.figures), TWO_VALUES)
        return self

    def value(self, figure: BodFigure, year: int) -> float | None:
        for item in self.figures:
            if item.figure == figure and item.year == year:
                return item.value
        return None

    def values(self, figure: BodFigure) -> dict[int, float]:
        """The figure's values by year, in year order."""
        found = {f.year: f.value for f in self.figures if f.figure == figure}
        return dict(sorted(found.items()))

    def figures_used(self) -> list[BodFigure]:
        """The figures that have at least one value, in :class:`BodFigure` order."""
        present = {f.figure for f in self.figures}
        return [figure for figure in BodFigure if figure in present]

    def compared_figure(self) -> BodFigure | None:
        """The figure the gap is judged on: the chosen one, else the first filled one
        that belongs to the theme, else the first filled one."""
        if self.key_figure is not None:
            return self.key_figure
        used = self.figures_used()
        own = [f for f in used if f in figures_for_theme(self.theme_id)]
        if own:
            return own[0]
        return used[0] if used else None


class DocumentKey(LabelledEnum):
    """Documents that should come with the bod (own items use ``OWN``)."""

    BOD = "bod", N_("The overview of intended activities itself, for five years, sales included")
    PRIORITIES = "rijksprioriteiten", N_("How the bod follows the national housing priorities")
    DPI = "dpi", N_("The forecast of the financial room (dPi figures)")
    DVI = "dvi", N_("The account of last year (dVi figures)")
    RENT_POLICY = "huurbeleid", N_("The rent policy for the coming years")
    SALES_PLANS = "verkoop_sloop", N_("Plans for sales, demolition and liberalisation per complex")
    WOONVISIE = "woonvisie", N_("How the bod answers the woonvisie or volkshuisvestingsprogramma")
    OWN = "eigen"


class BodDocument(Record):
    """One line of the checklist of documents received with the bod."""

    key: DocumentKey
    label: Line = ""  # only for own items
    received: bool = False
    note: LongText = ""


def default_documents() -> list[BodDocument]:
    return [BodDocument(key=key) for key in DocumentKey if key != DocumentKey.OWN]


class Bod(Record):
    """The round's bod and the talks about it (record kind "bod").

    ``first_year`` starts the five-year period the bod covers (the round's
    year unless the corporation chose otherwise; taken from the round id when
    not given); every figure lies inside it.
    """

    round_id: Id
    first_year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    corporation: Line = ""
    received_on: dt.date | None = None
    summary: LongText = ""
    themes: list[ThemeBod] = Field(default_factory=list, max_length=MAX_BOD_THEMES)
    documents: list[BodDocument] = Field(
        default_factory=default_documents, max_length=MAX_DOCUMENTS
    )
    meetings: list[MeetingLog] = Field(default_factory=list, max_length=MAX_MEETINGS)
    demand_tracks: list[DemandTrack] = Field(default_factory=list, max_length=MAX_TRACKS)
    updated: dt.datetime | None = None

    @model_validator(mode="before")
    @classmethod
    def _first_year_from_round(cls, data: object) -> object:
        """A new record knows only its round id ("2027" or "2027-2"): the round's year
        starts the period (see :func:`models.round.new_round_id`)."""
        if isinstance(data, dict) and data.get("first_year") is None:
            match = re.match(r"^(\d{4})(-\d{1,3})?$", str(data.get("round_id", "")))
            if match:
                return {**data, "first_year": int(match.group(1))}
        return data

    @model_validator(mode="after")
    def _figures_inside_period(self) -> Bod:
        check_bod_years(self.first_year, (f.year for t in self.themes for f in t.figures))
        refuse_duplicates((t.id for t in self.themes), TWO_THEMES)
        return self

    @property
    def period(self) -> tuple[int, int]:
        return bod_period(self.first_year)

    @property
    def years(self) -> list[int]:
        first, last = self.period
        return list(range(first, last + 1))

    def theme(self, theme_bod_id: str) -> ThemeBod:
        return by_id(self.themes, theme_bod_id)

    def theme_for(self, theme_id: str, theme_title: str = "") -> ThemeBod | None:
        """The bod on a catalogue theme (or on an own theme of that title)."""
        for item in self.themes:
            if item.theme_id != theme_id:
                continue
            if theme_id != CUSTOM_THEME_ID or item.theme_title == theme_title:
                return item
        return None

    def is_entered(self) -> bool:
        """Whether anything of the bod itself was entered."""
        return bool(
            self.received_on
            or self.summary.strip()
            or any(t.text.strip() or t.figures for t in self.themes)
        )


def bod_period(first_year: int) -> tuple[int, int]:
    """The first and last year a bod starting in ``first_year`` covers."""
    return first_year, first_year + PERIOD_YEARS - 1


#: The refusals of the checks across fields (the model's and Vergelijken's plain ones).
TWO_VALUES = "two values for the same figure and year"
TWO_THEMES = "two themes with the same id"


def check_bod_years(first_year: int, years: Iterable[int]) -> None:
    """Every figure's year lies in the bod's period, else ``ValueError``."""
    first, last = bod_period(first_year)
    for year in years:
        if not first <= year <= last:
            raise ValueError(f"year {year} outside the bod period {first}-{last}")


def is_late(received_on: dt.date | None, round_year: int) -> bool:
    """Whether a bod that arrived on ``received_on`` came after the legal date."""
    return received_on is not None and received_on > bod_deadline(round_year)


#: What the law says, shown next to a late bod (domain corrections, Dec 2026).
LATE_LAW_TEXT = N_(
    "Woningwet art. 44 lid 1: the housing association sends its bod before 1 July "
    "(30 June at the latest), for the next five years, sales included."
)
