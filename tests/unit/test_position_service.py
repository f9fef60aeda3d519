"""Position services: storage round trip, edits, validation, copying, demo data."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import position as svc
from app.services.context import Services
from app.services.demo import add_demo
from app.services.organisation import save_organisation
from app.services.round_start import start_round
from app.services.rounds import create_round, list_rounds
from models.base import InvalidInput
from models.organisation import Organisation
from models.position import Priority, is_complete, top_priorities
from models.themes import CUSTOM_THEME_ID


def test_empty_round_has_an_empty_position(services, round_id):
    assert svc.load_position(services.repo, round_id).themes == []


def test_fill_a_theme_and_read_it_back_after_reopening(tmp_path):
    s = Services.open(tmp_path / "d")
    rid = create_round(s.repo, 2027, ["Noorderveen"], ["Woonstichting Het Anker"]).id
    _, item = svc.add_theme(s.repo, rid, "betaalbaarheid")
    demand = item.demands[0]
    svc.update_theme(s.repo, rid, item.id, situation="Huur +5,8% <&> 🏠", priority="must")
    svc.update_demand(s.repo, rid, item.id, demand.id, what="Huur max CAO", deadline="2027")
    s.close()
    s = Services.open(tmp_path / "d")
    position = svc.load_position(s.repo, rid)
    again = position.theme(item.id)
    assert again.situation == "Huur +5,8% <&> 🏠"
    assert again.priority is Priority.MUST
    assert again.demands[0].what == "Huur max CAO" and again.demands[0].deadline == "2027"
    s.close()


def test_invalid_year_is_refused_and_nothing_is_stored(services, round_id):
    _, item = svc.add_theme(services.repo, round_id, "leefbaarheid")
    did = item.demands[0].id
    svc.update_demand(services.repo, round_id, item.id, did, deadline="eind 2027")
    with pytest.raises(InvalidInput) as info:
        svc.update_demand(services.repo, round_id, item.id, did, deadline="eind 20277")
    assert info.value.params == {"year": "20277"}
    with pytest.raises(InvalidInput):
        svc.update_demand(services.repo, round_id, item.id, did, amount="1,2,3 woningen")
    stored = svc.load_position(services.repo, round_id).theme(item.id).demands[0]
    assert stored.deadline == "eind 2027" and stored.amount == ""


def test_text_beyond_the_limit_gets_a_message(services, round_id):
    from models.base import MAX_TEXT

    _, item = svc.add_theme(services.repo, round_id, "leefbaarheid")
    svc.update_theme(services.repo, round_id, item.id, situation="é" * MAX_TEXT)
    with pytest.raises(InvalidInput) as info:
        svc.update_theme(services.repo, round_id, item.id, situation="x" * (MAX_TEXT + 1))
    assert info.value.params == {"maximum": "100.000"}
    with pytest.raises(InvalidInput):
        svc.update_demand(
            services.repo, round_id, item.id, item.demands[0].id, what="x" * (MAX_TEXT + 1)
        )
    stored = svc.load_position(services.repo, round_id).theme(item.id)
    assert stored.situation == "é" * MAX_TEXT


def test_position_info(services, round_id):
    import datetime as dt

    svc.update_position_info(services.repo, round_id, member_summary="ALV", adopted_on=None)
    svc.update_position_info(services.repo, round_id, adopted_on=dt.date(2027, 3, 19))
    position = svc.load_position(services.repo, round_id)
    assert position.member_summary == "ALV" and position.adopted_on == dt.date(2027, 3, 19)
    with pytest.raises(ValueError):
        svc.update_position_info(services.repo, round_id, themes=[])


def test_unknown_theme_and_fields_are_refused(services, round_id):
    with pytest.raises(InvalidInput):
        svc.add_theme(services.repo, round_id, "bestaat-niet")
    _, item = svc.add_theme(services.repo, round_id, CUSTOM_THEME_ID, "Servicekosten")
    with pytest.raises(ValueError):
        svc.update_theme(services.repo, round_id, item.id, theme_id="x")
    with pytest.raises(InvalidInput):
        svc.update_theme(services.repo, round_id, item.id, title="  ")
    with pytest.raises(InvalidInput):
        svc.update_theme(services.repo, round_id, "weg", situation="x")
    with pytest.raises(InvalidInput):
        svc.update_demand(services.repo, round_id, item.id, "weg", what="x")


def test_standard_themes_demands_and_ordering(services, round_id):
    position = svc.add_standard_themes(services.repo, round_id)
    assert len(position.themes) == 9
    assert len(svc.add_standard_themes(services.repo, round_id).themes) == 9  # idempotent
    first, second = position.themes[0], position.themes[1]
    svc.update_theme(services.repo, round_id, first.id, priority=Priority.MUST)
    svc.update_theme(services.repo, round_id, second.id, priority=Priority.MUST)
    svc.move_theme(services.repo, round_id, second.id, -1)
    rows = svc.theme_summaries(services.repo, round_id)
    assert [r.theme.id for r in rows[:2]] == [second.id, first.id]
    assert not rows[0].complete and "situation" in rows[0].missing
    _, extra = svc.add_demand(services.repo, round_id, first.id)
    svc.move_demand(services.repo, round_id, first.id, extra.id, -1)
    assert svc.load_position(services.repo, round_id).theme(first.id).demands[0].id == extra.id
    svc.remove_demand(services.repo, round_id, first.id, extra.id)
    svc.remove_demand(services.repo, round_id, first.id, first.demands[0].id)
    assert len(svc.load_position(services.repo, round_id).theme(first.id).demands) == 1
    svc.remove_theme(services.repo, round_id, second.id)
    assert len(svc.load_position(services.repo, round_id).themes) == 8


def test_new_round_copies_last_rounds_position(services, round_id):
    _, item = svc.add_theme(services.repo, round_id, "betaalbaarheid")
    svc.update_theme(services.repo, round_id, item.id, red_line="Niet boven CAO", priority="must")
    new = start_round(services.repo, 2028, ["Noorderveen"], [], copy_from=round_id)
    copied = svc.load_position(services.repo, new.id)
    assert copied.round_id == new.id
    assert copied.themes[0].red_line == "Niet boven CAO"
    # never overwrites work that is already there
    assert svc.copy_from_previous(services.repo, round_id, new.id) is False
    plain = create_round(services.repo, 2029, [], [])
    assert svc.load_position(services.repo, plain.id).themes == []


def test_known_parties_include_round_and_organisation(services, round_id):
    save_organisation(services.repo, Organisation(name="Huurdersvereniging De Eendracht"))
    parties = svc.known_parties(services.repo, round_id)
    assert "Woonstichting Het Anker" in parties
    assert "gemeente Noorderveen" in parties
    assert "Huurdersvereniging De Eendracht" in parties
    assert svc.round_year(services.repo, round_id) == 2027


def test_demo_position_is_complete_and_smart(services):
    current = add_demo(services.repo)
    position = svc.load_position(services.repo, current.id)
    parties = svc.known_parties(services.repo, current.id)
    assert len(position.themes) >= 6
    assert position.member_summary and position.adopted_on is not None
    for item in position.themes:
        assert is_complete(item, parties, current.year), (item.theme_id, item.demands)
    tops = top_priorities(position)
    assert [t.theme_id for t in tops] == [
        "betaalbaarheid",
        "kwaliteit_duurzaamheid",
        "beschikbaarheid",
    ]
    earlier = next(r for r in list_rounds(services.repo) if r.year == 2026)
    assert len(svc.load_position(services.repo, earlier.id).themes) == 3


_store = {}


def _shared_services():
    if "s" not in _store:
        folder = Path(tempfile.mkdtemp(prefix="aantafel-hyp-"))
        s = Services.open(folder / "data")
        rid = create_round(s.repo, 2027, [], []).id
        _, item = svc.add_theme(s.repo, rid, CUSTOM_THEME_ID, "x")
        _store.update(s=s, rid=rid, item=item)
    return _store["s"], _store["rid"], _store["item"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=3000), st.text(max_size=3000))
def test_any_text_is_saved_and_read_back_identical(title, text):
    s, rid, item = _shared_services()
    if not title.strip():
        title = title + "x"
    svc.update_theme(
        s.repo, rid, item.id, title=title, situation=text, red_line=text, member_input=text
    )
    svc.update_demand(s.repo, rid, item.id, item.demands[0].id, what=text, responsible=text)
    again = svc.load_position(s.repo, rid).theme(item.id)
    assert again.title == title
    assert again.situation == text and again.red_line == text and again.member_input == text
    assert again.demands[0].what == text and again.demands[0].responsible == text


def test_the_demand_sentence_fills_how_much_when_and_who(services, round_id):
    _, item = svc.add_theme(services.repo, round_id, "beschikbaarheid")
    did = item.demands[0].id
    svc.update_demand(services.repo, round_id, item.id, did, deadline="medio 2029")
    sentence = "Het Anker bouwt eind 2028 120 nieuwe sociale huurwoningen"
    position = svc.update_demand(services.repo, round_id, item.id, did, what=sentence)
    demand = position.theme(item.id).demands[0]
    assert demand.amount == "120 nieuwe sociale huurwoningen"
    assert demand.deadline == "medio 2029"  # typed by the volunteer: kept
    assert demand.responsible == "Woonstichting Het Anker"
    parties = svc.known_parties(services.repo, round_id)
    assert svc.demand_hints(demand, parties, 2027) == []
