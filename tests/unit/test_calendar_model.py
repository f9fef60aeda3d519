"""The round calendar (models.calendar): dates, bases, dependencies, caps."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from models.base import InvalidInput
from models.calendar import (
    EDITABLE_STEPS,
    MAX_OWN_DATES,
    Basis,
    RoundCalendar,
    Step,
    add_months,
    add_own_date,
    all_dates,
    cycle_dates,
    dispute_window,
    end_of_february,
    move_step,
    remove_own_date,
    upcoming,
)
from models.calendar_checks import missed_steps


def by_step(year: int, chosen: RoundCalendar | None = None) -> dict[Step, object]:
    return {d.step: d for d in cycle_dates(year, chosen) if d.step is not None}


def test_round_2027_is_prepared_in_2026() -> None:
    dates = by_step(2027)
    assert dates[Step.BOD].date == dt.date(2026, 6, 30)  # "vóór 1 juli", art. 44 lid 1
    assert dates[Step.BOD].basis == Basis.LAW
    assert "44 lid 1" in dates[Step.BOD].explanation
    assert dates[Step.TALKS_START].date == dt.date(2026, 7, 1)
    assert dates[Step.SIX_MONTHS].date == dt.date(2027, 1, 1)
    assert dates[Step.SIGNING].date == dt.date(2026, 12, 15)
    assert dates[Step.SIGNING].basis == Basis.ADVICE
    assert "custom, not law" in dates[Step.SIGNING].explanation
    assert dates[Step.RENT_CHANGE].date == dt.date(2026, 7, 1)
    assert dates[Step.ACCOUNTS].date == dt.date(2026, 2, 28)
    assert dates[Step.CONCEPT_BOD].basis == Basis.OWN


def test_every_date_has_basis_and_one_line_explanation() -> None:
    for item in cycle_dates(2027):
        assert item.title and item.explanation
        assert "\n" not in item.explanation
        assert isinstance(item.basis, Basis)


def test_dates_are_in_date_order() -> None:
    dates = [d.date for d in cycle_dates(2027)]
    assert dates == sorted(dates)


def test_dispute_window_crosses_the_year_end() -> None:
    start, end = dispute_window(2027)
    assert (start, end) == (dt.date(2026, 7, 1), dt.date(2027, 1, 29))
    window = by_step(2027)[Step.DISPUTE_WINDOW]
    assert window.date == start and window.end == end
    assert window.last_day.year == window.date.year + 1
    # while the window is open it is still "upcoming", also after New Year
    assert window in upcoming(cycle_dates(2027), dt.date(2027, 1, 10), count=20)
    assert window not in upcoming(cycle_dates(2027), dt.date(2027, 1, 30), count=20)


def test_dispute_deadline_is_four_weeks_after_it_arises_but_not_after_29_january() -> None:
    # Talks start 1 July 2026: six months end 1 January 2027; deadline 29 January 2027.
    assert by_step(2027)[Step.DISPUTE_DEADLINE].date == dt.date(2027, 1, 29)
    # A dispute that arose on 1 October: four weeks later.
    chosen = move_step(
        RoundCalendar(round_id="2027"), 2027, Step.DISPUTE_ARISES, dt.date(2026, 10, 1)
    )
    deadline = by_step(2027, chosen)[Step.DISPUTE_DEADLINE]
    assert deadline.date == dt.date(2026, 10, 29)
    assert deadline.depends_on == Step.DISPUTE_ARISES
    # Late talks: four weeks would pass 29 January, so the window's end counts.
    late = move_step(RoundCalendar(round_id="2027"), 2027, Step.TALKS_START, dt.date(2026, 9, 1))
    assert by_step(2027, late)[Step.SIX_MONTHS].date == dt.date(2027, 3, 1)
    assert by_step(2027, late)[Step.DISPUTE_DEADLINE].date == dt.date(2027, 1, 29)


def test_29_february() -> None:
    assert end_of_february(2028) == dt.date(2028, 2, 29)
    assert end_of_february(2027) == dt.date(2027, 2, 28)
    assert by_step(2029)[Step.ACCOUNTS].date == dt.date(2028, 2, 29)  # leap year
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2028, 2, 29), 12) == dt.date(2029, 2, 28)
    # a signing date on 29 February can be chosen in a leap year
    chosen = move_step(RoundCalendar(round_id="2029"), 2029, Step.SIGNING, dt.date(2028, 2, 29))
    assert by_step(2029, chosen)[Step.SIGNING].date == dt.date(2028, 2, 29)


def test_dependent_dates_move_with_the_start_of_the_talks() -> None:
    chosen = move_step(RoundCalendar(round_id="2027"), 2027, Step.TALKS_START, dt.date(2026, 8, 31))
    dates = by_step(2027, chosen)
    assert dates[Step.TALKS_START].basis == Basis.OWN
    assert dates[Step.SIX_MONTHS].date == dt.date(2027, 2, 28)
    assert dates[Step.SIX_MONTHS].depends_on == Step.TALKS_START
    # back to the usual date: the dependent date follows again
    reset = move_step(chosen, 2027, Step.TALKS_START, None)
    assert by_step(2027, reset)[Step.SIX_MONTHS].date == dt.date(2027, 1, 1)
    assert by_step(2027, reset)[Step.TALKS_START].basis == Basis.LAW


def test_signing_date_is_editable_and_becomes_own_choice() -> None:
    chosen = move_step(RoundCalendar(round_id="2027"), 2027, Step.SIGNING, dt.date(2026, 11, 30))
    signing = by_step(2027, chosen)[Step.SIGNING]
    assert signing.date == dt.date(2026, 11, 30)
    assert signing.basis == Basis.OWN


def test_law_dates_cannot_be_moved() -> None:
    for step in set(Step) - EDITABLE_STEPS:
        with pytest.raises(InvalidInput):
            move_step(RoundCalendar(round_id="2027"), 2027, step, dt.date(2026, 6, 1))
    with pytest.raises(ValidationError):
        RoundCalendar(round_id="2027", moved={Step.BOD: dt.date(2026, 8, 1)})


def test_dates_far_from_the_round_are_refused() -> None:
    with pytest.raises(InvalidInput):
        move_step(RoundCalendar(round_id="2027"), 2027, Step.SIGNING, dt.date(2036, 12, 15))
    with pytest.raises(InvalidInput):
        add_own_date(
            RoundCalendar(round_id="2027"), 2027, "a", "Ledenvergadering", dt.date(2019, 1, 1)
        )


def test_own_dates_are_added_in_order_and_removed() -> None:
    chosen = add_own_date(
        RoundCalendar(round_id="2027"),
        2027,
        "alv",
        " Ledenvergadering ",
        dt.date(2026, 5, 20),
        "In het buurthuis",
    )
    chosen = add_own_date(chosen, 2027, "bestuur", "Bestuursvergadering", dt.date(2026, 3, 3))
    dates = all_dates(2027, chosen)
    own = [d for d in dates if d.basis == Basis.OWN and d.step is None]
    assert [(d.key, d.title) for d in own] == [
        ("eigen-bestuur", "Bestuursvergadering"),
        ("eigen-alv", "Ledenvergadering"),
    ]
    assert not own[0].translatable
    assert [d.date for d in dates] == sorted(d.date for d in dates)
    assert remove_own_date(chosen, "alv").own_dates == [chosen.own_dates[1]]


def test_own_dates_need_a_name_and_have_a_cap() -> None:
    empty = RoundCalendar(round_id="2027")
    with pytest.raises(InvalidInput):
        add_own_date(empty, 2027, "x", "   ", dt.date(2026, 5, 1))
    full = RoundCalendar(
        round_id="2027",
        own_dates=[
            {"id": f"d{i}", "title": "Overleg", "date": dt.date(2026, 5, 1)}
            for i in range(MAX_OWN_DATES)
        ],
    )
    with pytest.raises(InvalidInput):
        add_own_date(full, 2027, "extra", "Nog een", dt.date(2026, 5, 1))
    with pytest.raises(ValidationError):
        RoundCalendar(
            round_id="2027",
            own_dates=[
                {"id": f"d{i}", "title": "Overleg", "date": dt.date(2026, 5, 1)}
                for i in range(MAX_OWN_DATES + 1)
            ],
        )
    with pytest.raises(ValidationError):  # ids must be unique: they make the calendar UIDs
        RoundCalendar(
            round_id="2027",
            own_dates=[{"id": "same", "title": "A", "date": dt.date(2026, 5, 1)}] * 2,
        )


def test_stored_choices_round_trip_through_json() -> None:
    chosen = move_step(RoundCalendar(round_id="2027"), 2027, Step.SIGNING, dt.date(2026, 12, 1))
    chosen = add_own_date(chosen, 2027, "alv", "Ledenvergadering", dt.date(2026, 5, 20))
    again = RoundCalendar.model_validate(chosen.model_dump(mode="json"))
    assert again == chosen


def test_upcoming_gives_the_next_three() -> None:
    nxt = upcoming(cycle_dates(2027), dt.date(2026, 6, 1))
    assert [d.step for d in nxt] == [Step.BOD, Step.DISPUTE_WINDOW, Step.RENT_CHANGE]


def test_missed_bid_is_a_warning_with_what_to_do() -> None:
    dates = cycle_dates(2027)
    on_the_day = missed_steps(dates, dt.date(2026, 6, 30), set())
    assert Step.BOD not in [m.item.step for m in on_the_day]
    missed = missed_steps(dates, dt.date(2026, 7, 1), set())
    assert [m.item.step for m in missed] == [Step.EVALUATION, Step.BOD]
    assert "Bod" in missed[1].action
    assert missed_steps(dates, dt.date(2026, 7, 1), {Step.BOD, Step.EVALUATION}) == []
    later = missed_steps(dates, dt.date(2026, 12, 16), {Step.BOD, Step.EVALUATION})
    assert [m.item.step for m in later] == [Step.SIGNING]
