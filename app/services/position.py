"""Use cases of the position (inzet): themes, demands, priorities, order.

Each round keeps its position in the round document ``"position"`` (one
:class:`models.position.Position`). Every change loads, changes and saves that
document at once: edits save themselves and only the round's own file is
rewritten. Text is stored exactly as typed.

Public API for other features (the documents engineer's meeting brief and
position paper): :func:`load_position`, :func:`ordered_themes`,
:func:`top_priorities`, :func:`theme_summaries`, :func:`known_parties`,
:func:`theme_title` and the models in :mod:`models.position`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.content.themes import get_theme, theme_catalogue, theme_title
from app.services import rounds as rounds_service
from app.services.organisation import load_organisation
from app.services.record_store import RoundRecordStore, check_changes, found
from app.storage.repository import Repository
from models.base import InvalidInput, with_changes
from models.position import (
    MAX_DEMANDS_PER_THEME,
    MISSING_MESSAGES,
    TOP_COUNT,
    Demand,
    Position,
    Priority,
    ThemePosition,
    copy_for_new_round,
    missing_parts,
    ordered_themes,
    top_priorities,
)
from models.position import add_theme as _add_theme
from models.position import move_demand as _move_demand
from models.position import move_theme as _move_theme
from models.position import remove_theme as _remove_theme
from models.round import Round
from models.smart import SmartHint
from models.smart_fields import validate_amount, validate_deadline
from models.smart_parts import DemandParts, fill_parts
from models.text import N_
from models.themes import CUSTOM_THEME_ID

KIND = "position"
STORE = RoundRecordStore(KIND, Position)

#: Fields of a theme the form may change (not id, theme_id or demands).
THEME_FIELDS = frozenset(
    {
        "title",
        "situation",
        "situation_source",
        "wishes",
        "arguments",
        "red_line",
        "priority",
        "member_input",
    }
)
DEMAND_FIELDS = frozenset({"what", "amount", "deadline", "responsible"})
INFO_FIELDS = frozenset({"member_summary", "adopted_on"})

__all__ = [
    "DEMAND_FIELDS",
    "KIND",
    "MISSING_MESSAGES",
    "THEME_FIELDS",
    "TOP_COUNT",
    "ThemeSummary",
    "add_demand",
    "add_standard_themes",
    "add_theme",
    "copy_from_previous",
    "copy_previous_round",
    "demand_hints",
    "known_parties",
    "load_position",
    "move_demand",
    "move_theme",
    "ordered_themes",
    "previous_round_with_position",
    "progress",
    "remove_demand",
    "remove_theme",
    "round_year",
    "save_position",
    "theme_summaries",
    "theme_summaries_for",
    "theme_title",
    "top_priorities",
    "update_demand",
    "update_position_info",
    "update_theme",
]


#: The round's position; an empty one when nothing was written yet.
load_position = STORE.load
#: Validate the whole position and store it (atomically, this round's file only).
#:
#: Stamps ``updated`` so a shared file can be compared with this version.
save_position = STORE.save


def _theme_or_error(position: Position, theme_position_id: str) -> ThemePosition:
    gone = N_("This theme is no longer part of your position.")
    return found(position.theme, theme_position_id, gone)


def add_theme(
    repo: Repository, round_id: str, theme_id: str, title: str = ""
) -> tuple[Position, ThemePosition]:
    """Add a catalogue theme (by id) or an own theme (``CUSTOM_THEME_ID`` + title)."""
    if theme_id != CUSTOM_THEME_ID and get_theme(theme_id) is None:
        raise InvalidInput(N_("This theme does not exist."))
    position, item = _add_theme(load_position(repo, round_id), theme_id, title)
    return save_position(repo, position), item


def add_standard_themes(repo: Repository, round_id: str) -> Position:
    """Add every catalogue theme that is not in the position yet (the usual first step)."""
    position = load_position(repo, round_id)
    for theme in theme_catalogue().themes:
        if not any(t.theme_id == theme.id for t in position.themes):
            position, _item = _add_theme(position, theme.id)
    return save_position(repo, position)


def remove_theme(repo: Repository, round_id: str, theme_position_id: str) -> Position:
    position = load_position(repo, round_id)
    _theme_or_error(position, theme_position_id)
    return save_position(repo, _remove_theme(position, theme_position_id))


def update_theme(
    repo: Repository, round_id: str, theme_position_id: str, **changes: Any
) -> Position:
    """Change text fields and/or the priority of one theme.

    ``priority`` may be a :class:`Priority`, its value ("must") or ``None``.
    An own theme's title may not become empty (it is how the theme is found).
    """
    check_changes(changes, THEME_FIELDS)
    position = load_position(repo, round_id)
    item = _theme_or_error(position, theme_position_id)
    if "title" in changes and item.theme_id == CUSTOM_THEME_ID and not changes["title"].strip():
        raise InvalidInput(N_("Give your own theme a name."))
    updated = with_changes(item, changes)
    return save_position(repo, position.replace_theme(updated))


def update_position_info(repo: Repository, round_id: str, **changes: Any) -> Position:
    """Change ``member_summary`` and/or ``adopted_on`` (a date or ``None``)."""
    check_changes(changes, INFO_FIELDS)
    return STORE.update(repo, round_id, **changes)


def _validate_demand_field(name: str, value: str) -> None:
    if name == "amount":
        validate_amount(value)
    elif name == "deadline":
        validate_deadline(value)


def update_demand(
    repo: Repository, round_id: str, theme_position_id: str, demand_id: str, **changes: str
) -> Position:
    """Change fields of one demand; 'how much' and 'by when' are validated first.

    A new demand sentence ("what") also fills how much, by when and who as
    far as the sentence says them, in the fields that are empty or still hold
    the app's earlier suggestion (:func:`models.smart_parts.fill_parts`).

    An invalid number or year raises :class:`InvalidInput` with a Dutch-ready
    message and nothing is stored (the form keeps showing what was typed).
    """
    check_changes(changes, DEMAND_FIELDS)
    for name, value in changes.items():
        _validate_demand_field(name, value)
    position = load_position(repo, round_id)
    item = _theme_or_error(position, theme_position_id)
    demands = []
    found = False
    for demand in item.demands:
        if demand.id == demand_id:
            if "what" in changes:
                changes = {**_parts_from_what(repo, round_id, demand, changes["what"]), **changes}
            demand = with_changes(demand, changes)
            found = True
        demands.append(demand)
    if not found:
        raise InvalidInput(N_("This demand no longer exists."))
    return save_position(repo, position.replace_theme(item.model_copy(update={"demands": demands})))


def default_party(repo: Repository, round_id: str) -> str:
    """Who a demand sentence without a party suggests: the round's first
    housing association (most demands are about what it does)."""
    round_ = rounds_service.get_round(repo, round_id)
    return round_.housing_associations[0] if round_ and round_.housing_associations else ""


def _parts_from_what(repo: Repository, round_id: str, demand: Demand, what: str) -> dict[str, str]:
    """How much, by when and who after the sentence changed to ``what``."""
    filled = fill_parts(
        demand.what,
        what,
        DemandParts(demand.amount, demand.deadline, demand.responsible),
        known_parties(repo, round_id),
        default_party(repo, round_id),
    )
    return {"amount": filled.amount, "deadline": filled.deadline, "responsible": filled.responsible}


def add_demand(repo: Repository, round_id: str, theme_position_id: str) -> tuple[Position, Demand]:
    """Add an empty demand to a theme (the form fills it field by field)."""
    position = load_position(repo, round_id)
    item = _theme_or_error(position, theme_position_id)
    if len(item.demands) >= MAX_DEMANDS_PER_THEME:
        raise InvalidInput(
            N_("A theme has at most {maximum} demands. Remove one first."),
            maximum=MAX_DEMANDS_PER_THEME,
        )
    demand = Demand()
    updated = item.model_copy(update={"demands": [*item.demands, demand]})
    return save_position(repo, position.replace_theme(updated)), demand


def remove_demand(
    repo: Repository, round_id: str, theme_position_id: str, demand_id: str
) -> Position:
    """Remove a demand; a theme always keeps at least one (then it is emptied)."""
    position = load_position(repo, round_id)
    item = _theme_or_error(position, theme_position_id)
    demands = [d for d in item.demands if d.id != demand_id] or [Demand()]
    return save_position(repo, position.replace_theme(item.model_copy(update={"demands": demands})))


def move_theme(repo: Repository, round_id: str, theme_position_id: str, offset: int) -> Position:
    """Move a theme up (-1) or down (+1) within its priority group."""
    position = load_position(repo, round_id)
    _theme_or_error(position, theme_position_id)
    moved = _move_theme(position, theme_position_id, offset)
    return position if moved is position else save_position(repo, moved)


def move_demand(
    repo: Repository, round_id: str, theme_position_id: str, demand_id: str, offset: int
) -> Position:
    position = load_position(repo, round_id)
    _theme_or_error(position, theme_position_id)
    try:
        moved = _move_demand(position, theme_position_id, demand_id, offset)
    except KeyError:
        raise InvalidInput(N_("This demand no longer exists.")) from None
    return position if moved is position else save_position(repo, moved)


def copy_from_previous(repo: Repository, from_round_id: str, to_round_id: str) -> bool:
    """Copy last round's position as the starting point; returns whether it copied.

    Decision: never overwrite. When the new round already has themes, or the
    old round has none, nothing happens (so running it twice is harmless).
    Also the ``ROUND_COPIERS`` entry.
    """
    source = load_position(repo, from_round_id)
    target = load_position(repo, to_round_id)
    if not source.themes or target.themes:
        return False
    save_position(repo, copy_for_new_round(source, to_round_id))
    return True


def known_parties(repo: Repository, round_id: str) -> list[str]:
    """Names that count as a responsible party in the SMART check.

    The round's municipalities (as "gemeente X" and the bare name is *not*
    used: a place name says where, not who) and housing associations, and
    the organisation's own name.
    """
    names: list[str] = []
    round_ = rounds_service.get_round(repo, round_id)
    if round_ is not None:
        names += list(round_.housing_associations)
        names += [f"gemeente {m}" for m in round_.municipalities]
    organisation = load_organisation(repo)
    if organisation is not None and organisation.name:
        names.append(organisation.name)
    return names


def round_year(repo: Repository, round_id: str) -> int | None:
    round_ = rounds_service.get_round(repo, round_id)
    return round_.year if round_ else None


def demand_hints(demand: Demand, parties: list[str], year: int | None) -> list[SmartHint]:
    """SMART hints for a demand; none for an untouched, empty demand."""
    if demand.is_empty():
        return []
    return demand.smart_hints(parties, year)


@dataclass(frozen=True)
class ThemeSummary:
    """One line of the overview: the theme, its title, and what it still lacks."""

    theme: ThemePosition
    title: str
    missing: list[str]  # keys of MISSING_MESSAGES
    priority: Priority | None

    @property
    def complete(self) -> bool:
        return not self.missing


def theme_summaries(repo: Repository, round_id: str) -> list[ThemeSummary]:
    """The overview rows, in priority order (see :func:`models.position.ordered_themes`)."""
    position = load_position(repo, round_id)
    return theme_summaries_for(position, known_parties(repo, round_id), round_year(repo, round_id))


def previous_round_with_position(repo: Repository, round_id: str) -> Round | None:
    """The previous round, when it has a position worth copying (else ``None``)."""
    previous = rounds_service.previous_round(repo, round_id)
    if previous is None or not load_position(repo, previous.id).themes:
        return None
    return previous


def progress(repo: Repository, round_id: str) -> tuple[int, int]:
    """(complete themes, all themes) of the round, e.g. for the overview screen."""
    rows = theme_summaries(repo, round_id)
    return sum(1 for r in rows if r.complete), len(rows)


def theme_summaries_for(
    position: Position, parties: list[str], year: int | None
) -> list[ThemeSummary]:
    """Overview rows for a position already in hand (no extra loading)."""
    return [
        ThemeSummary(t, theme_title(t), missing_parts(t, parties, year), t.priority)
        for t in ordered_themes(position)
    ]


def copy_previous_round(repo: Repository, round_id: str) -> Position:
    """Copy the previous round's position into this (empty) round; returns the result."""
    previous = previous_round_with_position(repo, round_id)
    if previous is None:
        raise InvalidInput(N_("There is no earlier position to copy."))
    copy_from_previous(repo, previous.id, round_id)
    return load_position(repo, round_id)
