"""Statistics across organisations: medians, small-group suppression, one count
per organisation, changes between rounds, optional bod and agreements data,
filters, and the gemeente -> province table."""

from __future__ import annotations

import datetime as dt

import pytest

from app.content.checklist import checklist_content
from app.content.gemeenten import gemeente_table, province_of, provinces
from models.agreements import AgreementsRegister, Party, Signature, SignStatus
from models.bod import Bod
from models.checklist import Answer, ChecklistAnswers, ItemAnswer
from models.comparison import (
    Filters,
    OrgRound,
    ThemeChoice,
    apply_filters,
    latest_per_organisation,
    org_key,
    summarise,
)
from models.comparison_stats import (
    MIN_GROUP,
    OTHER,
    breakdown,
    distribution,
    most_often_no,
    overview,
    round_changes,
    theme_counts,
)
from models.organisation import Organisation
from models.overleg import DemandStatus, DemandTrack, StatusChange
from models.round import Round

GROUPS = ["A", "B"]
ITEMS = ["A1", "A2", "B8"]


def org(
    name: str,
    overall: int | None,
    *,
    year: int = 2027,
    corporation: str = "Het Anker",
    gemeente: str = "Utrecht",
    answers: dict[str, str] | None = None,
    themes: tuple[ThemeChoice, ...] = (),
    demands: dict[str, int] | None = None,
    signing: str | None = None,
) -> OrgRound:
    return OrgRound(
        file_name=f"{name}-{year}.zip",
        organisation=name,
        year=year,
        round_title=f"Prestatieafspraken {year}",
        phase="voorbereiding",
        gemeenten=(gemeente,),
        corporations=(corporation,),
        provinces=(province_of(gemeente) or "",),
        member_count=None,
        group_scores={"A": overall, "B": None if overall is None else 100 - overall},
        overall=overall,
        answers=answers or {},
        themes=themes,
        demand_statuses=demands,
        tenant_signing=signing,
        key=org_key(name),
    )


def test_distribution_median_and_below_half() -> None:
    odd = distribution([80, 20, 50, None])
    assert (odd.count, odd.lowest, odd.median, odd.highest, odd.below_half) == (3, 20, 50.0, 80, 1)
    even = distribution([10, 40, 60, 90])
    assert even.median == 50.0 and even.below_half == 2
    assert distribution([None]).count == 0 and distribution([]).median is None


def test_fewer_than_five_organisations_show_no_figures() -> None:
    four = [org(f"Org {i}", 10 * i) for i in range(4)]
    # a second round of one of them does not make a fifth organisation
    four.append(org("Org 1", 90, year=2026))
    shown = overview(four, GROUPS, ITEMS)
    assert shown.suppressed and shown.organisations == 4 and shown.rounds == 5
    assert shown.overall.count == 0 and shown.themes == []
    five = [*four, org("Org 9", 70)]
    assert not overview(five, GROUPS, ITEMS).suppressed
    assert MIN_GROUP == 5


def test_each_organisation_counts_once_with_its_latest_round() -> None:
    items = [org("A", 20, year=2026), org("a ", 60, year=2027), org("B", 40)]
    latest = latest_per_organisation(items)
    assert [(i.organisation, i.year) for i in latest] == [("a ", 2027), ("B", 2027)]
    assert distribution(i.overall for i in latest).median == 50.0


def test_change_since_the_previous_round() -> None:
    items = [
        org("A", 20, year=2026),
        org("A", 60, year=2027),
        org("B", 40),
        org("C", 70, year=2025),
        org("C", 50, year=2027),
    ]
    changes = round_changes(items)
    assert [(c.organisation, c.previous_year, c.delta) for c in changes] == [
        ("A", 2026, 40),
        ("C", 2025, -20),
    ]
    assert changes[0].groups == {"A": 40, "B": -40}
    assert round_changes(items, year=2026) == []


def test_small_groups_are_taken_together() -> None:
    items = [org(f"Groot {i}", 50 + i, corporation="Groot") for i in range(5)]
    items += [org(f"Klein {i}", 10, corporation=f"Klein {i % 2}") for i in range(4)]
    rows = breakdown(items, lambda i: i.corporations)
    assert [(r.name, r.organisations) for r in rows] == [("Groot", 5), (OTHER, 4)]
    assert rows[0].overall.median == 52.0
    assert rows[1].overall.count == 0  # four together are still too few to show


def test_items_most_often_no_in_checklist_order_on_ties() -> None:
    items = [
        org("A", 50, answers={"A1": "nee", "A2": "nee", "B8": "ja"}),
        org("B", 50, answers={"A1": "deels", "A2": "nee", "B8": "nee"}),
        org("C", 50, answers={"A1": "nee", "A2": "nvt"}),
    ]
    ranked = [(i.item_id, i.no, i.answered) for i in most_often_no(items, ITEMS)]
    assert ranked == [("A1", 2, 3), ("A2", 2, 2), ("B8", 1, 2)]


def test_own_themes_count_together() -> None:
    own_a = ThemeChoice("eigen", "Onze flat", None, 1)
    own_b = ThemeChoice("eigen", "Iets anders", None, 1)
    items = [
        org("A", 50, themes=(ThemeChoice("betaalbaarheid", "", "must", 2), own_a)),
        org("B", 50, themes=(ThemeChoice("betaalbaarheid", "", "could", 1), own_b)),
        org("C", 50, themes=(ThemeChoice("leefbaarheid", "", "must", 1),)),
    ]
    counts = theme_counts(items)
    assert [(t.theme_id, t.organisations, t.must) for t in counts] == [
        ("betaalbaarheid", 2, 1),
        ("eigen", 2, 0),
        ("leefbaarheid", 1, 1),
    ]


def test_bod_and_agreements_outcomes_only_where_present() -> None:
    items = [
        org(f"Org {i}", 50, demands={"afgesproken": 2, "afgewezen": 1}, signing="voorbehoud")
        for i in range(5)
    ]
    items += [org("Zonder bod", 50)]
    shown = overview(items, GROUPS, ITEMS)
    assert shown.demands.organisations == 5
    assert shown.demands.agreed == 10 and shown.demands.demands == 15
    assert shown.signing.organisations == 5 and shown.signing.by_status["voorbehoud"] == 5
    few = overview(items[3:] + [org(f"X{i}", 50) for i in range(5)], GROUPS, ITEMS)
    assert few.demands.organisations == 0  # only 2 with a bod: not shown


def test_filters() -> None:
    items = [
        org("A", 50, gemeente="Den Haag", corporation="Staedion"),
        org("B", 50, gemeente="Groningen", corporation="Lefier", year=2026),
    ]
    assert [i.organisation for i in apply_filters(items, Filters(province="zuid-holland"))] == ["A"]
    assert [i.organisation for i in apply_filters(items, Filters(corporation="Lefier"))] == ["B"]
    assert [i.organisation for i in apply_filters(items, Filters(year=2027))] == ["A"]
    assert apply_filters(items, Filters(gemeente="Utrecht")) == []


def test_summarise_reads_checklist_position_bod_and_register() -> None:
    now = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    round_ = Round(
        id="2027",
        year=2027,
        municipalities=["Den Haag"],
        housing_associations=["Staedion"],
        created=now,
        updated=now,
    )
    content = checklist_content()
    answers = ChecklistAnswers(
        round_id="2027",
        answers={i.id: ItemAnswer(item_id=i.id, answer=Answer.NO) for i in content.groups[0].items},
    )
    bod = Bod(
        round_id="2027",
        first_year=2027,
        demand_tracks=[
            DemandTrack(
                demand_id="d1",
                history=[StatusChange(status=DemandStatus.AGREED, date=dt.date(2027, 9, 1))],
            ),
            DemandTrack(demand_id="d2"),
        ],
    )
    register = AgreementsRegister(
        round_id="2027", signatures=[Signature(party=Party.TENANTS, status=SignStatus.RESERVATION)]
    )
    summary = summarise(
        "x.zip",
        round_,
        Organisation(name="HV Test"),
        {"checklist": answers, "bod": bod, "afspraken": register},
        content,
        province_of,
    )
    assert summary.provinces == ("Zuid-Holland",)
    assert summary.group_scores[content.groups[0].id] == 0
    assert summary.overall == 0
    assert summary.demand_statuses is not None
    assert (
        summary.demand_statuses["afgesproken"] == 1 and summary.demand_statuses["ingebracht"] == 1
    )
    assert summary.tenant_signing == "voorbehoud" and summary.agreements == 0
    bare = summarise("y.zip", round_, None, {}, content, province_of)
    assert bare.demand_statuses is None and bare.tenant_signing is None and bare.overall is None


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Den Haag", "Zuid-Holland"),
        ("'s-Hertogenbosch", "Noord-Brabant"),
        ("gemeente Súdwest-Fryslân", "Fryslân"),
        ("sudwest fryslan", "Fryslân"),
        ("Bergen", None),  # two gemeenten have this name: no guess
        ("Atlantis", None),
    ],
)
def test_province_of_a_gemeente(name: str, province: str | None) -> None:
    assert province_of(name) == province


def test_gemeente_table_is_complete_and_names_its_source() -> None:
    table = gemeente_table()
    assert len(provinces()) == 12
    assert sum(len(g) for g in table.provinces.values()) == 342
    assert "CBS" in table.source["nl"]
