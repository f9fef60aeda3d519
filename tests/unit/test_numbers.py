"""Numbers as Dutch volunteers type them."""

import pytest

from models.base import InvalidInput
from models.numbers import number_to_input, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("120", 120),
        ("1.250", 1250),
        ("2,5", 2.5),
        ("2.5", 2.5),
        ("€ 125.000", 125000),
        ("-1,5", -1.5),
        ("3%", 3),
        ("  ", None),
        ("1.250.000,75", 1250000.75),
    ],
)
def test_parse(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["veel", "1,2,3", "12a", "1..2"])
def test_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_number(text)


def test_back_to_input() -> None:
    assert number_to_input(120.0) == "120"
    assert number_to_input(2.5) == "2,5"
    assert number_to_input(None) == ""


def test_only_number_in() -> None:
    from models.numbers import only_number_in

    assert only_number_in("120 woningen") == 120
    assert only_number_in("€ 5.000") == 5000
    assert only_number_in("minstens 95% van de woningen") == 95
    assert only_number_in("CAO min 0,5 procentpunt in 2027") is None
    assert only_number_in("alle woningen") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,250", 1250),
        ("2.5", 2.5),
        ("2,5", 2.5),
        ("€ 125,000", 125000),
        ("1,250,000.75", 1250000.75),
        ("1.250", 1.25),
    ],
)
def test_parse_in_english(text: str, value: float) -> None:
    """In English a comma groups thousands: "1,250" is 1250, not 1.25."""
    assert parse_number(text, "en") == value


def test_back_to_input_in_english() -> None:
    assert number_to_input(2.5, "en") == "2.5"
    assert parse_number(number_to_input(1250.75, "en"), "en") == 1250.75


def test_the_app_reads_numbers_in_its_language() -> None:
    from app.i18n import get_language, number_for_input, read_number, set_language

    before = get_language()
    try:
        set_language("en")
        assert read_number("1,250") == 1250
        assert number_for_input(2.5) == "2.5"
        set_language("nl")
        assert read_number("1,250") == 1.25
        assert number_for_input(2.5) == "2,5"
    finally:
        set_language(before)


def test_large_numbers_go_back_in_full() -> None:
    """ "{:g}" gave "1.25e+06", which the field then refused or read wrong."""
    assert number_to_input(1250000.75) == "1250000,75"
    assert parse_number(number_to_input(1250000.75)) == 1250000.75


def test_monitoring_figures_follow_the_language() -> None:
    from models.monitoring import parse_figure

    assert parse_figure("1,250", "en") == 1250
    assert parse_figure("1.250") == 1250
    assert parse_figure("12,5") == 12.5
    assert parse_figure("") is None


def test_the_monitoring_csv_writes_figures_the_dutch_way_in_any_language() -> None:
    """The exported CSV is read by others (the Woonbond): its figures do not
    change with the language the volunteer happens to use."""
    from app.features.monitoring import monitoring_tables
    from app.i18n import get_language, set_language
    from models.monitoring import Check, HalfYear, Monitoring

    record = Monitoring(
        round_id="r1",
        checks=[Check(agreement_id="a1", period=HalfYear(year=2027, half=1), reached=12.5)],
    )
    before = get_language()
    try:
        set_language("en")
        [(_name, _header, rows)] = monitoring_tables(record)
    finally:
        set_language(before)
    assert rows[0][3] == "12,5"
