"""Dutch date parsing for dates typed by users (models.dates)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.base import InvalidInput
from models.dates import date_to_input, parse_date

D = dt.date(2027, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "14-3-2027",
        "14-03-2027",
        " 14-3-2027 ",
        "14/3/2027",
        "14.3.2027",
        "14-3-27",
        "14 maart 2027",
        "14 Maart 2027",
        "14 MRT 2027",
        "14 mrt. 2027",
        "14  maart   2027",
        "14 march 2027",
        "14 mar 2027",
        "2027-03-14",
        "2027-3-14",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == D


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty_is_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "morgen",
        "14-3",
        "14 maart",
        "3/14/2027x",
        "14-3/2027",
        "2027/03/14/1",
        "1 2 3",
        "14-3-202",
    ],
)
def test_unreadable_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_date(text)
    assert "14-3-2027" in err.value.message


def test_impossible_date_says_so() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_date("31-2-2027")
    assert "does not exist" in err.value.message


def test_unknown_month_names_the_word() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_date("14 maan 2027")
    assert err.value.params == {"month": "maan"}


def test_year_out_of_range() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_date("14-3-1999")
    assert err.value.params == {"minimum": 2000, "maximum": 2100}


def test_all_dutch_months() -> None:
    names = (
        "januari februari maart april mei juni juli augustus september oktober november december"
    )
    for number, name in enumerate(names.split(), start=1):
        assert parse_date(f"1 {name} 2030") == dt.date(2030, number, 1)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_round_trip_through_input_form(value: dt.date) -> None:
    assert parse_date(date_to_input(value)) == value
    assert parse_date(value.isoformat()) == value


@given(st.text(max_size=40))
def test_never_crashes(text: str) -> None:
    try:
        result = parse_date(text)
    except InvalidInput:
        return
    assert result is None or isinstance(result, dt.date)
