"""The survey model: design from themes, caps, counting, ranking, warnings, comparison."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from models import survey as survey_model
from models.base import InvalidInput
from models.survey import (
    MAX_RESPONSES,
    Channel,
    Importance,
    Neighbourhood,
    Remark,
    Survey,
    SurveyResponse,
    TotalsBatch,
)
from models.survey_results import compare_priorities, count_survey

THEMES = [("a", "Betaalbaarheid"), ("b", "Duurzaamheid"), ("c", "Leefbaarheid"), ("d", "Ouderen")]


def _survey(**design: object) -> Survey:
    base = survey_model.design_from_themes(THEMES)
    hoods = [Neighbourhood(name="Noord"), Neighbourhood(name="Zuid")]
    return Survey(
        round_id="2027", design=base.model_copy(update={"neighbourhoods": hoods, **design})
    )


def _answer(top: list[str], hood: str = "Noord", **importance: int) -> SurveyResponse:
    return SurveyResponse(
        neighbourhood=hood, top=top, importance={k: Importance(v) for k, v in importance.items()}
    )


def test_design_top_three_only_with_three_themes() -> None:
    assert survey_model.design_from_themes(THEMES).top_size == 3
    assert survey_model.design_from_themes(THEMES[:2]).top_size == 1
    assert survey_model.design_from_themes(THEMES[:1]).top_size == 0
    assert next(t.title for t in survey_model.design_from_themes(THEMES).themes) == "Betaalbaarheid"


def test_design_keeps_settings_of_previous_design() -> None:
    previous = _survey(address="u", return_note="Kantoor").design
    again = survey_model.design_from_themes(THEMES[:3], previous)
    assert again.address == "u" and again.return_note == "Kantoor"
    assert again.neighbourhood_names() == ["Noord", "Zuid"]
    assert len(again.themes) == 3


def test_parse_neighbourhoods_with_member_counts() -> None:
    hoods = survey_model.parse_neighbourhoods("Bloemenbuurt: 410\n\n  Centrum \nDe Hoven: 1.020")
    assert [(h.name, h.members) for h in hoods] == [
        ("Bloemenbuurt", 410),
        ("Centrum", None),
        ("De Hoven", 1020),
    ]
    with pytest.raises(InvalidInput):
        survey_model.parse_neighbourhoods("Noord\nnoord")


def test_caps_refuse_too_many_answers_whole() -> None:
    survey = _survey()
    with pytest.raises(InvalidInput):
        survey_model.add_responses(survey, [SurveyResponse() for _ in range(MAX_RESPONSES + 1)])
    with pytest.raises(ValidationError):
        Remark(text="x" * 2001)
    with pytest.raises(ValidationError):
        SurveyResponse(top=["a", "b", "c", "d"])


def test_response_must_fit_the_design() -> None:
    survey = _survey()
    with pytest.raises(InvalidInput):
        survey_model.add_responses(survey, [_answer(["a", "a"])])
    with pytest.raises(InvalidInput):
        survey_model.add_responses(survey, [_answer(["zz"])])
    added = survey_model.add_responses(survey, [_answer(["a", "b"])])
    changed = survey_model.replace_response(
        added, added.responses[0].model_copy(update={"top": ["c"]})
    )
    assert changed.responses[0].top == ["c"]


def test_counting_and_borda_ranking() -> None:
    survey = survey_model.add_responses(
        _survey(),
        [
            _answer(["b", "a", "c"], a=1, b=1),
            _answer(["b", "c", "a"], a=2),
            _answer(["a", "b", "d"], hood="Zuid", d=3),
            SurveyResponse(channel=Channel.ONLINE, top=["c"], importance={"c": Importance.VERY}),
        ],
    )
    count = count_survey(survey, members=100)
    assert (count.total, count.paper, count.online) == (4, 3, 1)
    assert count.rate == 0.04
    # b: 3+3+2 = 8; a: 2+1+3 = 6; c: 1+2+3 = 6 (c has a 'very important' share of 1.0)
    assert [(t.key, t.points) for t in count.themes] == [("b", 8), ("c", 6), ("a", 6), ("d", 1)]
    assert count.theme("b").choices == (2, 1, 0)
    assert count.theme("a").importance == (1, 1, 0, 0)
    assert {h.name: h.answers for h in count.neighbourhoods} == {"Noord": 2, "Zuid": 1, "": 1}


def test_totals_batches_add_to_the_forms() -> None:
    survey = _survey().model_copy(
        update={
            "totals": [
                TotalsBatch(
                    forms=40,
                    neighbourhoods={"Zuid": 30},
                    importance={"a": [20, 10, 5, 5]},
                    top={"d": [25, 5, 0]},
                )
            ]
        }
    )
    count = count_survey(survey, members=None)
    assert count.total == count.counted_by_hand == 40
    assert count.themes[0].key == "d" and count.themes[0].points == 85
    assert count.theme("a").importance == (20, 10, 5, 5)
    assert {h.name: h.answers for h in count.neighbourhoods} == {"Noord": 0, "Zuid": 30, "": 10}


def test_small_response_warning() -> None:
    survey = survey_model.add_responses(_survey(), [_answer(["a"]) for _ in range(10)])
    assert [w.code for w in count_survey(survey).warnings] == ["small"]
    many = survey_model.add_responses(
        _survey(), [_answer(["a"], hood=h) for h in ["Noord", "Zuid"] * 20]
    )
    assert [w.code for w in count_survey(many, members=1000).warnings] == ["small_share"]
    assert count_survey(many, members=400).warnings == ()


def test_skew_warning_by_share_and_by_members() -> None:
    answers = [_answer(["a"], hood="Noord") for _ in range(35)] + [
        _answer(["a"], hood="Zuid") for _ in range(5)
    ]
    skewed = survey_model.add_responses(_survey(), answers)
    warnings = count_survey(skewed).warnings
    assert [w.code for w in warnings] == ["skew"]
    assert warnings[0].params == {"percent": 88, "name": "Noord"}
    # Noord has 85% of the members: 88% of the answers is no skew.
    hoods = [Neighbourhood(name="Noord", members=850), Neighbourhood(name="Zuid", members=150)]
    fair = skewed.model_copy(
        update={"design": skewed.design.model_copy(update={"neighbourhoods": hoods})}
    )
    assert count_survey(fair).warnings == ()


def test_remarks_grouped_by_theme() -> None:
    response = SurveyResponse(
        remarks=[Remark(theme="b", text="Schimmel in de badkamer"), Remark(text="Bedankt!")]
    )
    count = count_survey(survey_model.add_responses(_survey(), [response]))
    assert count.theme("b").remarks == ("Schimmel in de badkamer",)
    assert count.general_remarks == ("Bedankt!",)


def test_compare_priorities_points_out_differences() -> None:
    answers = [_answer(["c", "d", "b"]) for _ in range(5)]
    count = count_survey(survey_model.add_responses(_survey(), answers))
    found = compare_priorities(count, {"a": "must", "b": "must", "c": "could", "d": "should"})
    assert [(d.key, d.priority) for d in found] == [("c", "could"), ("b", "must"), ("a", "must")]
    found = compare_priorities(count, {"a": "must", "b": "should", "c": "must", "d": None})
    assert [(d.key, d.rank) for d in found] == [("d", 2), ("a", 4)]


def test_new_round_takes_the_design_not_the_answers_or_contacts() -> None:
    survey = survey_model.add_responses(_survey(address="u"), [_answer(["a"])]).model_copy(
        update={"contacts": [survey_model.SurveyContact(name="Fatma", phone="06-1")]}
    )
    fresh = survey_model.copy_for_new_round(survey, "2028")
    assert fresh.round_id == "2028" and fresh.design == survey.design
    assert fresh.responses == [] and fresh.contacts == []
    wiped = survey_model.without_contacts(survey)
    assert wiped.contacts == [] and wiped.responses == survey.responses
