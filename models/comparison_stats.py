"""Statistics across organisations (Vergelijken): pure functions on summaries.

Decisions:

* Each organisation counts once: the distributions, themes and outcomes use
  its latest round within the filters (``latest_per_organisation``).
* Scores are whole percents per checklist group (``checklist_scoring``); an
  organisation without a score for a group is left out of that group's
  distribution, not counted as 0.
* The median of an even count is the mean of the middle two (may be x.5).
* "Below half" means a score under 50 %.
* Small groups: fewer than :data:`MIN_GROUP` organisations are never shown
  on their own (no one must be recognisable). When the whole selection is
  that small, :attr:`Overview.suppressed` is set and no figures are given;
  in a breakdown (per corporation, gemeente, province) the small groups are
  taken together as one "other" row (itself suppressed when still small).
* Change since the previous round: an organisation with two rounds compares
  its latest (or the chosen year's) round with the one before it.
* Bod and agreements data are optional per bundle; their outcomes count only
  the organisations whose bundle has them, and say how many that is.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from models.agreements import SignStatus
from models.comparison import OrgRound, latest_per_organisation
from models.overleg import DemandStatus
from models.themes import CUSTOM_THEME_ID

#: Fewest organisations shown as a group of their own.
MIN_GROUP = 5
#: Items listed in "most often answered nee".
TOP_ITEMS = 10
OTHER = ""  # the name of the "other (small groups)" row


@dataclass(frozen=True)
class Distribution:
    count: int = 0
    lowest: int | None = None
    median: float | None = None
    highest: int | None = None
    below_half: int = 0


def distribution(values: Iterable[int | None]) -> Distribution:
    known = sorted(v for v in values if v is not None)
    if not known:
        return Distribution()
    return Distribution(
        count=len(known),
        lowest=known[0],
        median=float(statistics.median(known)),
        highest=known[-1],
        below_half=sum(1 for v in known if v < 50),
    )


@dataclass(frozen=True)
class ItemCount:
    """How many organisations answered an item "nee", of how many that answered it."""

    item_id: str
    no: int
    answered: int


def most_often_no(
    items: Sequence[OrgRound], item_order: Sequence[str], top: int = TOP_ITEMS
) -> list[ItemCount]:
    """Items with the most "nee" answers (ties in checklist order); items nobody
    answered "nee" are left out."""
    applicable = ("ja", "deels", "nee")
    answered = Counter(k for item in items for k, a in item.answers.items() if a in applicable)
    no = Counter(k for item in items for k, a in item.answers.items() if a == "nee")
    position = {item_id: i for i, item_id in enumerate(item_order)}
    ranked = sorted((i for i in no if i in position), key=lambda i: (-no[i], position[i]))
    return [ItemCount(i, no[i], answered[i]) for i in ranked[:top]]


@dataclass(frozen=True)
class RoundChange:
    organisation: str
    previous_year: int
    year: int
    previous: int | None
    current: int | None
    groups: dict[str, int | None] = field(default_factory=dict)

    @property
    def delta(self) -> int | None:
        if self.previous is None or self.current is None:
            return None
        return self.current - self.previous


def round_changes(items: Iterable[OrgRound], year: int | None = None) -> list[RoundChange]:
    """Per organisation with two rounds: the overall and group changes between
    its latest round (or the round of ``year``) and the round before it."""
    by_org: dict[str, list[OrgRound]] = {}
    for item in items:
        if item.key:
            by_org.setdefault(item.key, []).append(item)
    changes = []
    for rounds in by_org.values():
        rounds.sort(key=lambda r: r.year)
        current = next((r for r in rounds if r.year == year), None) if year else rounds[-1]
        earlier = [r for r in rounds if current is not None and r.year < current.year]
        if current is None or not earlier:
            continue
        before = earlier[-1]
        groups = {
            g: (None if now is None or then is None else now - then)
            for g, now in current.group_scores.items()
            for then in [before.group_scores.get(g)]
        }
        changes.append(
            RoundChange(
                organisation=current.organisation,
                previous_year=before.year,
                year=current.year,
                previous=before.overall,
                current=current.overall,
                groups=groups,
            )
        )
    return sorted(changes, key=lambda c: c.organisation.casefold())


@dataclass(frozen=True)
class ChangeSummary:
    count: int = 0
    better: int = 0
    same: int = 0
    worse: int = 0
    median_delta: float | None = None
    group_median_delta: dict[str, float | None] = field(default_factory=dict)


def change_summary(changes: Sequence[RoundChange]) -> ChangeSummary:
    deltas = [c.delta for c in changes if c.delta is not None]
    group_ids = sorted({g for c in changes for g in c.groups})
    group_median: dict[str, float | None] = {}
    for group_id in group_ids:
        values = [d for c in changes if (d := c.groups.get(group_id)) is not None]
        group_median[group_id] = float(statistics.median(values)) if values else None
    return ChangeSummary(
        count=len(deltas),
        better=sum(1 for d in deltas if d > 0),
        same=sum(1 for d in deltas if d == 0),
        worse=sum(1 for d in deltas if d < 0),
        median_delta=float(statistics.median(deltas)) if deltas else None,
        group_median_delta=group_median,
    )


@dataclass(frozen=True)
class ThemeCount:
    """How many organisations chose a theme, and how many made it a "must"."""

    theme_id: str
    organisations: int
    must: int


def theme_counts(items: Iterable[OrgRound]) -> list[ThemeCount]:
    """Catalogue themes by how often they were chosen; all own themes count
    together as "eigen" (their names could tell who wrote them)."""
    chosen: Counter[str] = Counter()
    must: Counter[str] = Counter()
    for item in items:
        ids = {t.theme_id for t in item.themes}
        chosen.update(ids)
        must.update({t.theme_id for t in item.themes if t.priority == "must"})
    ranked = sorted(chosen, key=lambda t: (-chosen[t], t == CUSTOM_THEME_ID, t))
    return [ThemeCount(t, chosen[t], must[t]) for t in ranked]


@dataclass(frozen=True)
class GroupRow:
    """One row of a breakdown: a corporation, gemeente or province (or OTHER)."""

    name: str
    organisations: int
    overall: Distribution


def breakdown(
    items: Sequence[OrgRound], pick: Callable[[OrgRound], tuple[str, ...]]
) -> list[GroupRow]:
    """Organisations per value (an organisation with two gemeenten counts in
    both); values with fewer than MIN_GROUP organisations go into OTHER."""
    members: dict[str, list[OrgRound]] = {}
    for item in items:
        for value in pick(item) or ("?",):
            members.setdefault(value, []).append(item)
    rows: list[GroupRow] = []
    small: dict[int, OrgRound] = {}  # by identity: one organisation counts once
    for name, group in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold())):
        if len(group) >= MIN_GROUP and name != "?":
            rows.append(GroupRow(name, len(group), distribution(i.overall for i in group)))
        else:
            small.update({id(i): i for i in group})
    if small:
        rest = list(small.values())
        rows.append(
            GroupRow(
                OTHER,
                len(rest),
                distribution(i.overall for i in rest) if len(rest) >= MIN_GROUP else Distribution(),
            )
        )
    return rows


@dataclass(frozen=True)
class DemandOutcome:
    """Outcomes of the demands in the talks, over organisations with bod data."""

    organisations: int = 0
    demands: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def agreed(self) -> int:
        return self.by_status.get(DemandStatus.AGREED.value, 0)

    @property
    def partly_agreed(self) -> int:
        return self.by_status.get(DemandStatus.PARTLY_AGREED.value, 0)


def demand_outcome(items: Iterable[OrgRound]) -> DemandOutcome:
    with_data = [i for i in items if i.demand_statuses is not None]
    totals: Counter[str] = Counter()
    for item in with_data:
        totals.update(item.demand_statuses or {})
    by_status = {s.value: totals.get(s.value, 0) for s in DemandStatus}
    return DemandOutcome(len(with_data), sum(by_status.values()), by_status)


@dataclass(frozen=True)
class SigningOutcome:
    """How the tenant organisations signed, over organisations with a register."""

    organisations: int = 0
    by_status: dict[str, int] = field(default_factory=dict)


def signing_outcome(items: Iterable[OrgRound]) -> SigningOutcome:
    statuses = [i.tenant_signing for i in items if i.tenant_signing is not None]
    counts = Counter(statuses)
    return SigningOutcome(len(statuses), {s.value: counts.get(s.value, 0) for s in SignStatus})


@dataclass(frozen=True)
class Overview:
    """Everything the overview screen and the report show for a selection."""

    organisations: int
    rounds: int
    suppressed: bool
    overall: Distribution = Distribution()
    groups: dict[str, Distribution] = field(default_factory=dict)
    most_no: list[ItemCount] = field(default_factory=list)
    changes: ChangeSummary = ChangeSummary()
    themes: list[ThemeCount] = field(default_factory=list)
    corporations: list[GroupRow] = field(default_factory=list)
    gemeenten: list[GroupRow] = field(default_factory=list)
    provinces: list[GroupRow] = field(default_factory=list)
    demands: DemandOutcome = DemandOutcome()
    signing: SigningOutcome = SigningOutcome()


def overview(
    items: Sequence[OrgRound],
    group_ids: Sequence[str],
    item_order: Sequence[str],
    year: int | None = None,
) -> Overview:
    """The overview of ``items`` (already filtered; ``year`` is the chosen round
    year, used to pick the round whose change is shown)."""
    current = latest_per_organisation(i for i in items if year is None or i.year == year)
    if len(current) < MIN_GROUP:
        return Overview(organisations=len(current), rounds=len(items), suppressed=True)
    changes = round_changes(items, year)
    return Overview(
        organisations=len(current),
        rounds=len(items),
        suppressed=False,
        overall=distribution(i.overall for i in current),
        groups={g: distribution(i.group_scores.get(g) for i in current) for g in group_ids},
        most_no=most_often_no(current, item_order),
        changes=change_summary(changes) if len(changes) >= MIN_GROUP else ChangeSummary(),
        themes=theme_counts(current),
        corporations=breakdown(current, lambda i: i.corporations),
        gemeenten=breakdown(current, lambda i: i.gemeenten),
        provinces=breakdown(current, lambda i: i.provinces),
        demands=_at_least(demand_outcome(current), DemandOutcome()),
        signing=_at_least(signing_outcome(current), SigningOutcome()),
    )


_Outcome = TypeVar("_Outcome", DemandOutcome, SigningOutcome)


def _at_least(outcome: _Outcome, empty: _Outcome) -> _Outcome:
    """An outcome over fewer than MIN_GROUP organisations is not shown."""
    return outcome if outcome.organisations >= MIN_GROUP else empty
