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
