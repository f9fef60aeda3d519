"""Fast paper entry: what a code means, and how many keys a form takes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.survey import Importance, Neighbourhood, SurveyDesign, SurveyResponse
from models.survey import design_from_themes as make_design
from models.survey_entry import encode, keystrokes, parse_entry

SIX = [(f"t{i}", f"Thema {i}") for i in range(1, 7)]


def _design(themes: list[tuple[str, str]] = SIX) -> SurveyDesign:
    hoods = [Neighbourhood(name=n) for n in ("Bloemenbuurt", "Centrum", "De Hoven")]
    return make_design(themes).model_copy(update={"neighbourhoods": hoods})


def test_full_form_with_top_three_and_six_themes_takes_eight_keystrokes() -> None:
    design = _design()
    state = parse_entry(design, "2 315 124")
    assert state.complete and not state.error
    answer = state.response
    assert answer.neighbourhood == "Centrum"
    assert answer.top == ["t3", "t1", "t5"]
    assert answer.importance == {
        "t1": Importance.VERY,
        "t2": Importance.VERY,
        "t3": Importance.VERY,
        "t4": Importance.IMPORTANT,
        "t5": Importance.VERY,
        "t6": Importance.DONT_KNOW,
    }
    assert keystrokes(design, answer) == 8


def test_next_slot_says_what_the_next_key_is_for() -> None:
    design = _design()
    assert parse_entry(design, "").next_slot.kind == "neighbourhood"  # type: ignore[union-attr]
    state = parse_entry(design, "13")
    assert state.next_slot is not None and state.next_slot.params == {"n": 2}
    state = parse_entry(design, "1312")
    assert state.next_slot is not None and state.next_slot.theme == "t4"


def test_wrong_keys_stop_with_a_message() -> None:
    design = _design()
    assert parse_entry(design, "7").error  # only three neighbourhoods
    assert parse_entry(design, "133").error  # same theme twice
    assert parse_entry(design, "1123x").error  # importance is 1-4
    assert parse_entry(design, "1123111199").error  # more keys than questions
    assert parse_entry(design, "112").response.top == ["t1", "t2"]


def test_a_key_out_of_range_says_which_numbers_the_question_takes() -> None:
    design = _design()
    hood, top, importance = (parse_entry(design, code) for code in ("7", "19", "11235"))
    assert (hood.error, hood.error_params["n"]) == (
        "Type 1 to {n} for the neighbourhood, or 0.",
        3,
    )
    assert (top.error, top.error_params["n"]) == ("Type a theme number from 1 to {n}, or 0.", 6)
    assert (importance.error, importance.error_params["n"]) == (
        "Type 1 to {n} for the importance, or 0.",
        4,
    )
    assert (hood.used, top.used, importance.used) == (0, 1, 4)


def test_short_code_leaves_the_rest_unanswered() -> None:
    state = parse_entry(_design(), "0")
    assert state.response.neighbourhood == "" and state.response.top == []
    assert state.response.importance == {}


def test_no_neighbourhood_question_and_no_top_three() -> None:
    design = make_design(SIX[:2]).model_copy(update={"ask_neighbourhood": False})
    state = parse_entry(design, "23")
    assert state.complete
    assert state.response.top == ["t2"]
    assert state.response.importance == {"t1": Importance.NOT_SO, "t2": Importance.VERY}


@given(
    hood=st.sampled_from(["", "Bloemenbuurt", "Centrum", "De Hoven"]),
    top=st.permutations([k for k, _ in SIX]).map(lambda p: p[:3]),
    levels=st.lists(st.integers(0, 4), min_size=6, max_size=6),
)
def test_encode_and_parse_round_trip(hood: str, top: list[str], levels: list[int]) -> None:
    design = _design()
    importance = {k: Importance(v) for (k, _), v in zip(SIX, levels, strict=True) if v}
    for key in top:
        importance[key] = Importance.VERY
    response = SurveyResponse(
        neighbourhood=hood,
        top=list(top),
        importance={k: importance[k] for k, _ in SIX if k in importance},
    )
    again = parse_entry(design, encode(design, response)).response
    assert (again.neighbourhood, again.top, again.importance) == (
        response.neighbourhood,
        response.top,
        response.importance,
    )
    assert keystrokes(design, response) <= 8
