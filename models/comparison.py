"""One organisation's round in a comparison (Vergelijken): a small summary.

When a consultant compares hundreds of exports, each bundle is reduced to an
:class:`OrgRound` right after it is read: the few facts the overview, the
filters, the report and the CSV need. The full records are dropped, so
memory stays small, and the statistics (``models.comparison_stats``) work on
plain values only.

:func:`summarise` is pure: the app passes the validated records of a bundle,
the checklist content and a gemeente -> province lookup. The bod and the
agreements register are optional (older bundles and organisations that have
not reached that phase have neither): their fields are then ``None``, which
the statistics count as "not known", never as zero.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from pydantic import BaseModel

from models.agreements import Party, SignStatus
from models.checklist import ChecklistContent
from models.checklist_scoring import OVERALL, GroupScore
from models.organisation import Organisation
from models.overleg import DemandStatus
from models.round import Round, display_title

#: Round document kinds the summary reads (as the exchange registers them).
POSITION_KIND = "position"
CHECKLIST_KIND = "checklist"
BOD_KIND = "bod"
AGREEMENTS_KIND = "afspraken"
SUMMARY_KINDS = (POSITION_KIND, CHECKLIST_KIND, BOD_KIND, AGREEMENTS_KIND)


class ThemeChoice(NamedTuple):
    """A theme in an organisation's position: catalogue id (or "eigen" + title).

    A named tuple: a comparison makes one for each theme of hundreds of
    bundles, and a tuple is made several times faster than a frozen dataclass.
    """

    theme_id: str
    title: str
    priority: str | None
    demands: int


@dataclass(frozen=True)
class OrgRound:
    """What a comparison knows of one organisation in one round."""

    file_name: str
    organisation: str
    year: int
    round_title: str
    phase: str
    gemeenten: tuple[str, ...]
    corporations: tuple[str, ...]
    provinces: tuple[str, ...]
    member_count: int | None
    #: group id -> score in whole percent (None: nothing applicable answered)
    group_scores: Mapping[str, int | None]
    overall: int | None
    #: item id -> answer value ("ja", "deels", "nee", "nvt"); unanswered left out
    answers: Mapping[str, str]
    themes: tuple[ThemeChoice, ...]
    #: demand status value -> count; None when the bundle has no bod record
    demand_statuses: Mapping[str, int] | None = None
    #: the tenants' signing status value; None without an agreements register
    tenant_signing: str | None = None
    agreements: int | None = None
    #: normalised organisation name (matching two rounds of one organisation)
    key: str = field(default="", compare=False)

    @property
    def demand_count(self) -> int:
        return sum(t.demands for t in self.themes)


def org_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """The values with spaces tidied, each once (case ignored; the first spelling kept)."""
    seen: dict[str, str] = {}
    for value in values:
        cleaned = " ".join(value.split())
        if cleaned:
            seen.setdefault(cleaned.casefold(), cleaned)
    return tuple(seen.values())


def _plain(record: BaseModel | Mapping[str, Any] | None) -> Mapping[str, Any]:
    """A record as plain data: the app validates the records of hundreds of
    bundles straight into dicts (``app.exchange.plain_validation``)."""
    if record is None:
        return {}
    if type(record) is dict:  # the usual case, without the ABC instance check
        return record
    return record.model_dump() if isinstance(record, BaseModel) else record


def _filled_count(demands: list[Mapping[str, str]]) -> int:
    """How many demands are not empty (``models.position.Demand.is_empty``,
    negated, on plain demands; one comprehension rather than a call each)."""
    return len(
        [
            d
            for d in demands
            if d["what"].strip()
            or d["amount"].strip()
            or d["deadline"].strip()
            or d["responsible"].strip()
        ]
    )


def _themes(position: Mapping[str, Any]) -> tuple[ThemeChoice, ...]:
    # priority is a StrEnum: already "must", "should", ...
    return tuple(
        [
            ThemeChoice(
                theme["theme_id"],
                theme["title"],
                theme["priority"],
                _filled_count(theme["demands"]),
            )
            for theme in position.get("themes", ())
        ]
    )


#: Per content (there is one): every item id in content order, and each
#: group's id with where its items start and end in that order.
_GROUPS: list[tuple[ChecklistContent, list[str], list[tuple[str, int, int]]]] = []


def _groups_of(content: ChecklistContent) -> tuple[list[str], list[tuple[str, int, int]]]:
    if not _GROUPS or _GROUPS[0][0] is not content:
        item_ids: list[str] = []
        spans = []
        for group in content.groups:
            start = len(item_ids)
            item_ids += [i.id for i in group.items]
            spans.append((group.id, start, len(item_ids)))
        _GROUPS[:] = [(content, item_ids, spans)]
    return _GROUPS[0][1], _GROUPS[0][2]


@lru_cache(maxsize=4096)
def _percent(yes: int, partly: int, no: int) -> int | None:
    """``GroupScore.percent`` for these counts (hundreds of bundles share a few)."""
    return GroupScore(OVERALL, yes=yes, partly=partly, no=no).percent


def _scores(
    content: ChecklistContent, checklist: Mapping[str, Any]
) -> tuple[dict[str, str], dict[str, int | None], int | None]:
    """The answers (item id -> "ja", "deels", "nee", "nvt"; unanswered left out),
    each group's score and the overall one, as ``models.checklist_scoring``
    scores them (answers to items no longer in the content are ignored)."""
    answers = {
        item_id: item["answer"]  # StrEnums: already the strings
        for item_id, item in checklist.get("answers", {}).items()
        if item["answer"] is not None
    }
    item_ids, spans = _groups_of(content)
    in_order = list(map(answers.get, item_ids))
    scores: dict[str, int | None] = {}
    yes = partly = no = 0
    for group_id, start, end in spans:
        part = in_order[start:end]
        counts = part.count("ja"), part.count("deels"), part.count("nee")
        scores[group_id] = _percent(*counts)
        yes, partly, no = yes + counts[0], partly + counts[1], no + counts[2]
    return answers, scores, _percent(yes, partly, no)


_NO_STATUSES = {status.value: 0 for status in DemandStatus}


def _demand_statuses(bod: Mapping[str, Any]) -> dict[str, int] | None:
    """Demands per status (``DemandTrack.status`` on a plain track: its last
    change, "ingebracht" without history); None without tracks."""
    if not bod.get("demand_tracks"):
        return None
    counts = dict(_NO_STATUSES)
    for track in bod["demand_tracks"]:
        history = track["history"]
        counts[history[-1]["status"] if history else DemandStatus.SUBMITTED] += 1
    return counts


def _tenant_signing(register: Mapping[str, Any]) -> str | None:
    if not register:
        return None
    for signature in register["signatures"]:
        if signature["party"] == Party.TENANTS:
            return str(signature["status"].value)
    return SignStatus.OPEN.value


def summarise(
    file_name: str,
    round_: Round | Mapping[str, Any],
    organisation: Organisation | Mapping[str, Any] | None,
    documents: Mapping[str, BaseModel | Mapping[str, Any]],
    content: ChecklistContent,
    province_of: Callable[[str], str | None],
    organisation_name: str = "",
) -> OrgRound:
    """The summary of one validated bundle (its round, profile and records as
    models or, as the app reads hundreds, as plain data).

    Gemeenten and corporations are the round's own (the partners of this
    year's table) and, when the round names none, the organisation's.
    """
    round_data, profile = _plain(round_), _plain(organisation)
    name = organisation_name or profile.get("name", "")
    gemeenten = _unique(round_data["municipalities"] or profile.get("municipalities", ()))
    corporations = _unique(
        round_data["housing_associations"] or profile.get("housing_associations", ())
    )
    provinces = _unique(p for g in gemeenten if (p := province_of(g)))
    answers, scores, overall = _scores(content, _plain(documents.get(CHECKLIST_KIND)))
    register = _plain(documents.get(AGREEMENTS_KIND))
    return OrgRound(
        file_name=file_name,
        organisation=name,
        year=round_data["year"],
        round_title=display_title(round_data["title"], round_data["year"]),
        phase=round_data["phase"].value,
        gemeenten=gemeenten,
        corporations=corporations,
        provinces=provinces,
        member_count=profile.get("member_count"),
        group_scores=scores,
        overall=overall,
        answers=answers,
        themes=_themes(_plain(documents.get(POSITION_KIND))),
        demand_statuses=_demand_statuses(_plain(documents.get(BOD_KIND))),
        tenant_signing=_tenant_signing(register),
        agreements=len(register["agreements"]) if register else None,
        key=org_key(name),
    )


@dataclass(frozen=True)
class Filters:
    """What the consultant narrows the comparison to; empty means "all"."""

    corporation: str = ""
    gemeente: str = ""
    province: str = ""
    year: int | None = None

    def matches(self, item: OrgRound) -> bool:
        def has(values: tuple[str, ...], wanted: str) -> bool:
            return not wanted or wanted.casefold() in (v.casefold() for v in values)

        return (
            has(item.corporations, self.corporation)
            and has(item.gemeenten, self.gemeente)
            and has(item.provinces, self.province)
            and (self.year is None or item.year == self.year)
        )

    @property
    def active(self) -> bool:
        return bool(self.corporation or self.gemeente or self.province or self.year)


def apply_filters(items: Iterable[OrgRound], filters: Filters) -> list[OrgRound]:
    return [i for i in items if filters.matches(i)]


def latest_per_organisation(items: Iterable[OrgRound]) -> list[OrgRound]:
    """One round per organisation (its latest), so no organisation counts twice.

    Organisations without a name cannot be matched and each count once.
    """
    latest: dict[str, OrgRound] = {}
    unnamed: list[OrgRound] = []
    for item in items:
        if not item.key:
            unnamed.append(item)
            continue
        current = latest.get(item.key)
        if current is None or item.year > current.year:
            latest[item.key] = item
    return sorted([*latest.values(), *unnamed], key=lambda i: (i.organisation.casefold(), i.year))


def choices(items: Iterable[OrgRound]) -> dict[str, list[str] | list[int]]:
    """The values each filter can take in ``items`` (for the filter menus)."""
    listed = list(items)

    def values(pick: Callable[[OrgRound], tuple[str, ...]]) -> list[str]:
        return sorted({v for i in listed for v in pick(i)}, key=str.casefold)

    return {
        "corporation": values(lambda i: i.corporations),
        "gemeente": values(lambda i: i.gemeenten),
        "province": values(lambda i: i.provinces),
        "year": sorted({i.year for i in listed}),
    }
