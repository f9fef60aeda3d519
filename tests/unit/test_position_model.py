"""Position model: validation, ordering, completeness, top priorities, copying."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from models.base import MAX_TEXT, InvalidInput
from models.position import (
    Demand,
    Position,
    Priority,
    ThemePosition,
    add_theme,
    can_move_theme,
    copy_for_new_round,
    is_complete,
    missing_parts,
    move_demand,
    move_theme,
    ordered_themes,
    remove_theme,
    top_priorities,
)
from models.themes import CUSTOM_THEME_ID

WHAT = "Het Anker bouwt in 2027 120 woningen"


def theme(theme_id, priority=None, what=WHAT):
    return ThemePosition(theme_id=theme_id, priority=priority, demands=[Demand(what=what)])


def five_themes(empty=""):
    """Themes a to e in this own order, with priorities could, none, must,
    should, must; the theme named ``empty`` has an empty demand."""
    priorities = [Priority.COULD, None, Priority.MUST, Priority.SHOULD, Priority.MUST]
    themes = [
        theme(i, p, what="" if i == empty else WHAT)
        for i, p in zip("abcde", priorities, strict=True)
    ]
    return Position(round_id="r", themes=themes)


def complete_theme(**overrides):
    data = dict(
        theme_id="beschikbaarheid",
        situation="Wachttijd 7 jaar",
        situation_source="Jaarverslag 2026",
        wishes="Meer woningen",
        demands=[Demand(what="Het Anker bouwt in 2027 120 sociale huurwoningen")],
        arguments="Lange wachtlijst",
        red_line="Geen verkoop",
        priority=Priority.MUST,
        member_input="ALV maart 2027",
    )
    data.update(overrides)
    return ThemePosition(**data)


def ids(themes):
    return [t.theme_id for t in themes]


def test_unknown_fields_and_bad_priority_are_refused():
    with pytest.raises(ValidationError):
        ThemePosition.model_validate({"theme_id": "x", "nonsense": 1})
    with pytest.raises(ValidationError):
        ThemePosition(theme_id="x", priority="urgent")
    with pytest.raises(ValidationError):
        Demand(what="x" * (MAX_TEXT + 1))


def test_new_theme_has_one_empty_demand_and_no_priority():
    item = ThemePosition(theme_id="leefbaarheid")
    assert len(item.demands) == 1 and item.demands[0].is_empty()
    assert item.priority is None
    assert ThemePosition(theme_id="x").id != item.id


def test_ordering_by_priority_then_own_order():
    assert ids(ordered_themes(five_themes())) == ["c", "e", "d", "a", "b"]


def test_move_within_priority_group_only():
    pos = Position(
        round_id="r",
        themes=[theme("a", Priority.MUST), theme("b", Priority.MUST), theme("c", Priority.SHOULD)],
    )
    b = pos.themes[1].id
    moved = move_theme(pos, b, -1)
    assert ids(ordered_themes(moved)) == ["b", "a", "c"]
    assert move_theme(moved, b, -1) is moved  # already at the top
    assert not can_move_theme(moved, b, -1)
    a = pos.themes[0].id
    assert move_theme(moved, a, +1) is moved  # "c" has another priority
    assert ids(ordered_themes(move_theme(moved, b, +1))) == ["a", "b", "c"]
    with pytest.raises(KeyError):
        move_theme(pos, "missing", 1)


def test_priority_change_moves_theme_to_its_group():
    pos = Position(round_id="r", themes=[theme("a", Priority.MUST), theme("b", Priority.SHOULD)])
    b = pos.themes[1]
    pos = pos.replace_theme(b.model_copy(update={"priority": Priority.MUST}))
    assert ids(ordered_themes(pos)) == ["a", "b"]
    pos = move_theme(pos, b.id, -1)
    assert ids(ordered_themes(pos)) == ["b", "a"]


def test_move_demand():
    d1, d2 = Demand(what="een"), Demand(what="twee")
    item = ThemePosition(theme_id="a", demands=[d1, d2])
    pos = Position(round_id="r", themes=[item])
    moved = move_demand(pos, item.id, d2.id, -1)
    assert [d.what for d in moved.themes[0].demands] == ["twee", "een"]
    assert move_demand(moved, item.id, d2.id, -1) is moved


def test_missing_parts_and_completeness():
    assert is_complete(complete_theme(), ["Woonstichting Het Anker"])
    empty = ThemePosition(theme_id="a")
    assert missing_parts(empty) == [
        "situation",
        "wishes",
        "demand",
        "arguments",
        "red_line",
        "priority",
        "member_input",
    ]
    vague = complete_theme(demands=[Demand(what="Meer woningen")])
    assert missing_parts(vague) == ["smart"]
    no_source = complete_theme(situation_source="")
    assert is_complete(no_source, ["Het Anker"])


def test_top_priorities_skips_empty_and_unprioritised():
    pos = five_themes(empty="c")
    assert ids(top_priorities(pos)) == ["e", "d", "a"]
    assert ids(top_priorities(pos, n=1)) == ["e"]
    assert top_priorities(pos, n=0) == []
    assert top_priorities(Position(round_id="r")) == []


def test_add_and_remove_theme():
    pos = Position(round_id="r")
    pos, item = add_theme(pos, "betaalbaarheid")
    assert pos.themes == [item]
    with pytest.raises(InvalidInput):
        add_theme(pos, "betaalbaarheid")
    with pytest.raises(InvalidInput) as info:
        add_theme(pos, CUSTOM_THEME_ID, "   ")
    assert info.value.message == "Give your own theme a name."
    pos, own = add_theme(pos, CUSTOM_THEME_ID, "Servicekosten & <stookkosten> 🔥")
    assert own.title == "Servicekosten & <stookkosten> 🔥"
    pos, _ = add_theme(pos, CUSTOM_THEME_ID, "Tweede eigen thema")
    assert len(pos.themes) == 3
    assert [t.id for t in remove_theme(pos, item.id).themes] == [t.id for t in pos.themes[1:]]


def test_copy_for_new_round_keeps_everything_but_the_round():
    old = Position(round_id="2026", themes=[complete_theme(), theme("x", Priority.COULD)])
    new = copy_for_new_round(old, "2027")
    assert new.round_id == "2027"
    assert new.themes == old.themes
    new.themes[0].demands[0].what = "changed"
    assert old.themes[0].demands[0].what != "changed"  # deep copy


texts = st.text(max_size=2000)


@given(texts, texts, texts)
def test_any_text_survives_a_json_round_trip(a, b, c):
    item = ThemePosition(
        theme_id=CUSTOM_THEME_ID,
        title=a,
        situation=b,
        red_line=c,
        demands=[Demand(what=a, amount=b, deadline=c, responsible=a)],
    )
    pos = Position(round_id="r", themes=[item])
    again = Position.model_validate(pos.model_dump(mode="json"))
    assert again == pos
    assert again.themes[0].title == a and again.themes[0].demands[0].deadline == c
