"""The tenant organisation's position (inzet) for one round, per theme.

Public API used by the services, the views and the document builders:

- :class:`Position` (one per round), :class:`ThemePosition` (one per theme),
  :class:`Demand` (the concrete, SMART demand) and :class:`Priority`.
- :func:`ordered_themes` — themes in the order the organisation wants them:
  by priority ("moet" before "belangrijk" before "wens"), then by the
  volunteer's own order within that priority.
- :func:`top_priorities` — the themes the meeting brief leads with.
- :func:`missing_parts`, :func:`is_complete` — what a theme still lacks.
- :func:`move_theme`, :func:`move_demand`, :func:`add_theme`,
  :func:`copy_for_new_round` — pure edits that return a new value.

All free text is kept exactly as typed (any length up to ``MAX_TEXT``, any
characters); nothing is stripped or normalised when stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import Field

from models.base import (
    Id,
    InvalidInput,
    LabelledEnum,
    LongText,
    Record,
    by_id,
    new_id,
    replace_by_id,
    step_indexes,
    without_id,
)
from models.smart import SmartHint, check_demand
from models.text import N_
from models.themes import CUSTOM_THEME_ID

#: How many themes the meeting brief leads with, unless asked otherwise.
TOP_COUNT = 3
#: Most themes in one position (six shipped ones plus own themes). A file
#: with thousands once made Inzet and the brief unusable (issue 11 item 7);
#: benchmarks/bench_largest_round.py shows the largest round stays quick.
MAX_THEMES = 30
#: Most demands in one theme.
MAX_DEMANDS_PER_THEME = 10


class Priority(LabelledEnum):
    """MoSCoW priority; Dutch labels: moet, belangrijk, wens."""

    MUST = "must", N_("Must have")
    SHOULD = "should", N_("Important")
    COULD = "could", N_("Nice to have")

    @property
    def rank(self) -> int:
        return PRIORITY_ORDER.index(self)


PRIORITY_ORDER = (Priority.MUST, Priority.SHOULD, Priority.COULD)


class Demand(Record):
    """One concrete demand: what, how much, by when and who is responsible."""

    id: Id = Field(default_factory=new_id)
    what: LongText = ""
    amount: LongText = ""
    deadline: LongText = ""
    responsible: LongText = ""

    def is_empty(self) -> bool:
        return not any(
            part.strip() for part in (self.what, self.amount, self.deadline, self.responsible)
        )

    def smart_hints(
        self, known_parties: Iterable[str] = (), round_year: int | None = None
    ) -> list[SmartHint]:
        """The SMART check for this demand (see :func:`models.smart.check_demand`)."""
        return check_demand(
            self.what,
            self.amount,
            self.deadline,
            self.responsible,
            known_parties=known_parties,
            round_year=round_year,
        )


class ThemePosition(Record):
    """What the organisation wants on one theme in one round.

    ``theme_id`` refers to the shipped catalogue, or is ``CUSTOM_THEME_ID``
    for a theme of the organisation's own; then ``title`` holds its name.
    ``priority`` is ``None`` until the volunteer chooses one.
    """

    id: Id = Field(default_factory=new_id)
    theme_id: Id
    title: LongText = ""
    situation: LongText = ""
    situation_source: LongText = ""
    wishes: LongText = ""
    demands: list[Demand] = Field(
        default_factory=lambda: [Demand()], max_length=MAX_DEMANDS_PER_THEME
    )
    arguments: LongText = ""
    red_line: LongText = ""
    priority: Priority | None = None
    member_input: LongText = ""

    def demand(self, demand_id: str) -> Demand:
        return by_id(self.demands, demand_id)


class Position(Record):
    """The whole position for one round: themes in the volunteer's order.

    ``member_summary`` sums up what the members said overall (the position
    paper opens with it); ``adopted_on`` is the day the board adopted the
    position (``None`` while it is still a draft). ``updated`` is the time of
    the last change, so an import can tell which of two versions is newer.
    """

    round_id: Id
    themes: list[ThemePosition] = Field(default_factory=list, max_length=MAX_THEMES)
    member_summary: LongText = ""
    adopted_on: dt.date | None = None
    updated: dt.datetime | None = None

    def theme(self, theme_position_id: str) -> ThemePosition:
        return by_id(self.themes, theme_position_id)

    def replace_theme(self, updated: ThemePosition) -> Position:
        """A copy with the theme of the same id replaced by ``updated``."""
        self.theme(updated.id)  # KeyError when there is none
        return self.model_copy(update={"themes": replace_by_id(self.themes, updated)})


def _sort_key(item: tuple[int, ThemePosition]) -> tuple[int, int]:
    index, theme = item
    rank = theme.priority.rank if theme.priority is not None else len(PRIORITY_ORDER)
    return (rank, index)


def ordered_themes(position: Position) -> list[ThemePosition]:
    """Themes by priority (moet, belangrijk, wens, not chosen), then the volunteer's order.

    The stored list order is the volunteer's own order; a priority change
    therefore moves a theme to its priority group without losing that order.
    """
    return [t for _, t in sorted(enumerate(position.themes), key=_sort_key)]


def move_theme(position: Position, theme_position_id: str, offset: int) -> Position:
    """Move a theme up (``offset`` < 0) or down within its priority group.

    Decision: a theme cannot jump over a theme with another priority — the
    priority decides the group, the volunteer decides the order inside it.
    Moving past the edge of the group is a no-op (returns ``position``).
    """
    ordered = ordered_themes(position)
    step = step_indexes(ordered, theme_position_id, offset)
    if step is None or ordered[step[0]].priority != ordered[step[1]].priority:
        return position
    index, target = step
    ordered[index], ordered[target] = ordered[target], ordered[index]
    return position.model_copy(update={"themes": ordered})


def can_move_theme(position: Position, theme_position_id: str, offset: int) -> bool:
    """Whether :func:`move_theme` would change anything (to enable arrow buttons)."""
    return move_theme(position, theme_position_id, offset) is not position


def move_demand(
    position: Position, theme_position_id: str, demand_id: str, offset: int
) -> Position:
    """Move a demand up or down inside its theme; no-op at the edges."""
    theme = position.theme(theme_position_id)
    demands = list(theme.demands)
    step = step_indexes(demands, demand_id, offset)
    if step is None:
        return position
    index, target = step
    demands[index], demands[target] = demands[target], demands[index]
    return position.replace_theme(theme.model_copy(update={"demands": demands}))


def add_theme(position: Position, theme_id: str, title: str = "") -> tuple[Position, ThemePosition]:
    """Add a catalogue theme or an own theme; returns the new position and the new theme.

    A catalogue theme can be in a position once; an own theme needs a name
    (any text, kept exactly) and may occur several times with different names.
    """
    if len(position.themes) >= MAX_THEMES:
        raise InvalidInput(
            N_("A position has at most {maximum} themes. Remove one first."), maximum=MAX_THEMES
        )
    if theme_id == CUSTOM_THEME_ID:
        if not title.strip():
            raise InvalidInput(N_("Give your own theme a name."))
    elif any(t.theme_id == theme_id for t in position.themes):
        raise InvalidInput(N_("This theme is already part of your position."))
    item = ThemePosition(theme_id=theme_id, title=title if theme_id == CUSTOM_THEME_ID else "")
    return position.model_copy(update={"themes": [*position.themes, item]}), item


def parse_own_title(text: str) -> str:
    """An own theme's name: any text, kept exactly, but not empty."""
    if not text.strip():
        raise InvalidInput(N_("Give your own theme a name."))
    return text


def remove_theme(position: Position, theme_position_id: str) -> Position:
    return position.model_copy(update={"themes": without_id(position.themes, theme_position_id)})


# --- completeness ---------------------------------------------------------

#: Parts of a theme, in form order, with the msgid shown when it is missing.
MISSING_MESSAGES = {
    "situation": N_("current situation"),
    "wishes": N_("what tenants want"),
    "demand": N_("a concrete demand"),
    "smart": N_("a SMART demand"),
    "arguments": N_("arguments"),
    "red_line": N_("red line"),
    "priority": N_("priority"),
    "member_input": N_("member input"),
}


def missing_parts(
    theme: ThemePosition, known_parties: Iterable[str] = (), round_year: int | None = None
) -> list[str]:
    """Keys of :data:`MISSING_MESSAGES` the theme still lacks, in form order.

    Decision: a theme is complete when every part is filled and every
    non-empty demand passes the SMART check; the source of the facts is
    recommended but not required (volunteers often know facts first hand).
    """
    parties = list(known_parties)
    missing = []
    if not theme.situation.strip():
        missing.append("situation")
    if not theme.wishes.strip():
        missing.append("wishes")
    filled = [d for d in theme.demands if not d.is_empty()]
    if not filled:
        missing.append("demand")
    elif any(d.smart_hints(parties, round_year) for d in filled):
        missing.append("smart")
    for key in ("arguments", "red_line"):
        if not getattr(theme, key).strip():
            missing.append(key)
    if theme.priority is None:
        missing.append("priority")
    if not theme.member_input.strip():
        missing.append("member_input")
    return missing


#: What a theme needs before it can go to the table: a SMART demand and a
#: priority. The other parts make the case stronger but are not needed first.
READY_PARTS = frozenset({"demand", "smart", "priority"})


def is_ready(missing: Iterable[str]) -> bool:
    """Ready to take along: none of :data:`READY_PARTS` is missing."""
    return not READY_PARTS.intersection(missing)


def is_complete(
    theme: ThemePosition, known_parties: Iterable[str] = (), round_year: int | None = None
) -> bool:
    return not missing_parts(theme, known_parties, round_year)


def top_priorities(position: Position, n: int = TOP_COUNT) -> list[ThemePosition]:
    """The first ``n`` themes the meeting brief leads with.

    Taken from :func:`ordered_themes`, skipping themes without a priority or
    without any filled demand (nothing to put on the table yet). "Wens"
    themes are included only when there are fewer than ``n`` others.
    """
    chosen = [
        t
        for t in ordered_themes(position)
        if t.priority is not None and any(not d.is_empty() for d in t.demands)
    ]
    return chosen[: max(n, 0)]


def copy_for_new_round(previous: Position, round_id: str) -> Position:
    """Last round's position as the starting point for ``round_id``.

    Everything is copied exactly (texts, priorities, order, ids): the ids
    stay the same so a theme can be followed from round to round. The
    volunteer updates facts and years afterwards; the SMART check flags
    deadlines that now lie in the past.
    """
    data = previous.model_dump(mode="json")
    data["round_id"] = round_id
    return Position.model_validate(data)
