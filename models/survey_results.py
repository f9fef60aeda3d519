"""Counting a survey: response, ranking, answers per theme, warnings, remarks.

:func:`count_survey` turns a :class:`~models.survey.Survey` into plain
figures that the view, the documents and the position all read. It is one
pass over the answers (20,000 answers take a few tens of milliseconds), and
adds the hand-counted totals to the individual forms.

Ranking: in a top three a first choice earns 3 points, a second 2, a third 1
(a "Borda count": every choice counts, a first choice most). Without a top
question the importance answers decide ("very important" 2 points,
"important" 1). Ties are broken by the share of "very important", then by the
form's order, so the same answers always give the same ranking.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from models.survey import ANSWERED, Channel, Importance, Survey, SurveyTheme
from models.text import N_

#: Fewer answers than this: the figures say little (warned).
SMALL_COUNT = 30
#: A response below this share of the members is "small" (warned).
SMALL_SHARE = 0.05
#: One neighbourhood giving more than this share of the answers is skew
#: (when member counts per neighbourhood are unknown) ...
SKEW_SHARE = 0.6
#: ... or, with member counts, more than this many percentage points above
#: its share of the members.
SKEW_POINTS = 0.2


@dataclass(frozen=True)
class NeighbourhoodCount:
    name: str
    answers: int
    members: int | None = None

    @property
    def rate(self) -> float | None:
        return self.answers / self.members if self.members else None


@dataclass(frozen=True)
class ThemeCount:
    key: str
    title: str
    rank: int
    points: int
    #: How often chosen 1st, 2nd, 3rd.
    choices: tuple[int, ...]
    #: Counts in ``ANSWERED`` order: very, important, not so, don't know.
    importance: tuple[int, int, int, int]
    remarks: tuple[str, ...] = ()

    @property
    def mentions(self) -> int:
        return sum(self.choices)

    @property
    def answered(self) -> int:
        return sum(self.importance)

    def share_important(self) -> float | None:
        """Share of "very important" + "important" among those who answered."""
        if not self.answered:
            return None
        return (self.importance[0] + self.importance[1]) / self.answered


@dataclass(frozen=True)
class Warning:
    """A reason to read the figures with care; ``message`` is an English msgid."""

    code: str
    message: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SurveyCount:
    total: int
    paper: int
    online: int
    counted_by_hand: int
    members: int | None
    neighbourhoods: tuple[NeighbourhoodCount, ...]
    themes: tuple[ThemeCount, ...]
    general_remarks: tuple[str, ...]
    warnings: tuple[Warning, ...]

    @property
    def rate(self) -> float | None:
        return self.total / self.members if self.members else None

    def theme(self, key: str) -> ThemeCount:
        for item in self.themes:
            if item.key == key:
                return item
        raise KeyError(key)


def count_survey(survey: Survey, members: int | None = None) -> SurveyCount:
    """All figures of ``survey``; ``members`` is the organisation's member count."""
    design = survey.design
    keys = design.theme_keys()
    size = design.top_size
    choices = {k: [0] * max(size, 1) for k in keys}
    importance = {k: [0, 0, 0, 0] for k in keys}
    remarks: dict[str, list[str]] = {k: [] for k in keys}
    general: list[str] = []
    places: Counter[str] = Counter()
    paper = online = 0
    for response in survey.responses:
        if response.channel is Channel.ONLINE:
            online += 1
        else:
            paper += 1
        places[response.neighbourhood] += 1
        for position, key in enumerate(response.top[:size]):
            if key in choices:
                choices[key][position] += 1
        for key, value in response.importance.items():
            if value and key in importance:
                importance[key][value - 1] += 1
        for remark in response.remarks:
            (remarks.get(remark.theme, general)).append(remark.text)
    by_hand = 0
    for batch in survey.totals:
        by_hand += batch.forms
        places.update({name: n for name, n in batch.neighbourhoods.items() if n > 0})
        unplaced = batch.forms - sum(batch.neighbourhoods.values())
        if unplaced > 0:
            places[""] += unplaced
        for key, counts in batch.importance.items():
            if key in importance:
                for index, n in enumerate(counts[:4]):
                    importance[key][index] += max(n, 0)
        for key, counts in batch.top.items():
            if key in choices:
                for index, n in enumerate(counts[: len(choices[key])]):
                    choices[key][index] += max(n, 0)
    total = paper + online + by_hand
    themes = _rank(design.themes, size, choices, importance, remarks)
    hoods = _neighbourhoods(survey, places)
    return SurveyCount(
        total=total,
        paper=paper,
        online=online,
        counted_by_hand=by_hand,
        members=members,
        neighbourhoods=hoods,
        themes=themes,
        general_remarks=tuple(general),
        warnings=tuple(_warnings(total, members, hoods)),
    )


def _points(size: int, choices: Sequence[int], importance: Sequence[int]) -> int:
    if size:
        return sum(n * (size - position) for position, n in enumerate(choices[:size]))
    return 2 * importance[0] + importance[1]


def _rank(
    themes: Sequence[SurveyTheme],
    size: int,
    choices: dict[str, list[int]],
    importance: dict[str, list[int]],
    remarks: dict[str, list[str]],
) -> tuple[ThemeCount, ...]:
    rows = []
    for order, theme in enumerate(themes):
        key, title = theme.key, theme.title
        imp = importance[key]
        answered = sum(imp)
        very_share = imp[0] / answered if answered else 0.0
        points = _points(size, choices[key], imp)
        rows.append((-points, -very_share, order, key, title))
    rows.sort()
    return tuple(
        ThemeCount(
            key=key,
            title=title,
            rank=rank,
            points=-neg_points,
            choices=tuple(choices[key][:size]),
            importance=_four(importance[key]),
            remarks=tuple(remarks[key]),
        )
        for rank, (neg_points, _share, _order, key, title) in enumerate(rows, start=1)
    )


def _four(counts: list[int]) -> tuple[int, int, int, int]:
    return (counts[0], counts[1], counts[2], counts[3])


def _neighbourhoods(survey: Survey, places: Counter[str]) -> tuple[NeighbourhoodCount, ...]:
    """The design's neighbourhoods in their order, then other names, then "unknown" ("")."""
    known = survey.design.neighbourhoods
    result = [NeighbourhoodCount(n.name, places.get(n.name, 0), n.members) for n in known]
    named = {n.name for n in known}
    others = sorted((name, n) for name, n in places.items() if name and name not in named)
    result += [NeighbourhoodCount(name, n) for name, n in others]
    if places.get(""):
        result.append(NeighbourhoodCount("", places[""]))
    return tuple(result)


def _warnings(
    total: int, members: int | None, hoods: Sequence[NeighbourhoodCount]
) -> list[Warning]:
    found: list[Warning] = []
    if total == 0:
        return found
    if total < SMALL_COUNT:
        found.append(
            Warning(
                "small",
                N_("Only {n} members answered. Treat the figures as an indication, not a result."),
                {"n": total},
            )
        )
    elif members and total / members < SMALL_SHARE:
        found.append(
            Warning(
                "small_share",
                N_(
                    "Fewer than 1 in 20 members answered ({n} of {members}). Say so when you "
                    "use the figures."
                ),
                {"n": total, "members": members},
            )
        )
    placed = [h for h in hoods if h.name]
    placed_total = sum(h.answers for h in placed)
    member_total = sum(h.members or 0 for h in placed)
    if len(placed) < 2 or placed_total < SMALL_COUNT:
        return found
    with_members = member_total > 0 and all(h.members for h in placed)
    for hood in placed:
        share = hood.answers / placed_total
        if with_members:
            expected = (hood.members or 0) / member_total
            skewed = share - expected > SKEW_POINTS
        else:
            expected = None
            skewed = share > SKEW_SHARE
        if skewed:
            found.append(
                Warning(
                    "skew",
                    N_(
                        "{percent}% of the answers come from {name}. The results say more "
                        "about {name} than about all members."
                    ),
                    {"percent": round(share * 100), "name": hood.name},
                )
            )
    return found


# --------------------------------------------------------------- comparison
@dataclass(frozen=True)
class PriorityDifference:
    """A theme where the board's priority and the members' ranking differ."""

    key: str
    title: str
    priority: str
    rank: int
    message: str


def compare_priorities(
    count: SurveyCount, priorities: dict[str, str | None]
) -> list[PriorityDifference]:
    """Where the board's priorities (``key -> "must"/"should"/"could"/None``) and the
    members' ranking differ.

    Decision: a "must" theme that members put in the lower half, and a "could"
    (wens) or unprioritised theme that members put in their top three, are
    pointed out. "Should" is in between and never flagged. A theme nobody chose
    ranks last: that is a finding too.
    """
    if count.total == 0 or not count.themes:
        return []
    half = (len(count.themes) + 1) // 2
    found: list[PriorityDifference] = []
    for theme in count.themes:
        if theme.key not in priorities:
            continue
        priority = priorities[theme.key]
        if priority == "must" and theme.rank > half:
            found.append(
                PriorityDifference(
                    theme.key,
                    theme.title,
                    priority,
                    theme.rank,
                    N_("You made this a must, but your members rank it {rank} of {n}."),
                )
            )
        elif priority in ("could", None) and theme.rank <= min(3, len(count.themes) - 1):
            found.append(
                PriorityDifference(
                    theme.key,
                    theme.title,
                    priority or "",
                    theme.rank,
                    N_(
                        "Your members rank this {rank} of {n}, but your position does not make "
                        "it a priority."
                    ),
                )
            )
    return found


def importance_counts(count: ThemeCount) -> list[tuple[Importance, int]]:
    return list(zip(ANSWERED, count.importance, strict=True))
