"""Parsing what volunteers type into the organisation and round forms."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.base import InvalidInput
from models.organisation import (
    Organisation,
    parse_email,
    parse_money,
    parse_name_list,
    parse_required_line,
    parse_whole_number,
)
from models.round import new_round_id, parse_year


@pytest.mark.parametrize(
    "text, value", [("250", 250), (" 1.250 ", 1250), ("0", 0), ("", None), ("1 000", 1000)]
)
def test_whole_numbers(text: str, value: int | None) -> None:
    assert parse_whole_number(text) == value


@pytest.mark.parametrize("text", ["-1", "2,5", "veel", "12a", "1.25", "99999999999"])
def test_bad_whole_numbers(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_whole_number(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("2.500,50", "2500.50"),
        ("€ 1234", "1234.00"),
        ("1234.5", "1234.50"),
        ("18.500", "18500.00"),
        ("12,-", "12.00"),
        ("EUR 10", "10.00"),
        ("", None),
    ],
)
def test_money(text: str, value: str | None) -> None:
    assert parse_money(text) == (Decimal(value) if value else None)


@pytest.mark.parametrize("text", ["tien euro", "1,2,3", "-5", "1.2.3,4,5"])
def test_bad_money(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_money(text)


@pytest.mark.parametrize("text, value", [("2027", 2027), (" 2015 ", 2015), ("2100", 2100)])
def test_years(text: str, value: int) -> None:
    assert parse_year(text) == value


@pytest.mark.parametrize("text", ["2014", "2101", "27", "twintig", "", "2027.0"])
def test_bad_years(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_year(text)
    assert info.value.message  # a message to show next to the field


def test_lists_and_required() -> None:
    assert parse_name_list("Noorderveen, Zuiderveen;\nOostveen,,") == [
        "Noorderveen",
        "Zuiderveen",
        "Oostveen",
    ]
    with pytest.raises(InvalidInput):
        parse_required_line("   ")
    assert parse_email("") == ""
    with pytest.raises(InvalidInput):
        parse_email("geen adres")


def test_round_ids_are_unique_and_readable() -> None:
    assert new_round_id(2027, set()) == "2027"
    assert new_round_id(2027, {"2027", "2027-2"}) == "2027-3"


@given(st.text(max_size=300))
def test_any_name_is_kept_exactly(name: str) -> None:
    org = Organisation(name=name)
    assert Organisation.model_validate(org.model_dump(mode="json")).name == name


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValueError):
        Organisation.model_validate({"name": "x", "evil": 1})


def test_municipality_names_drop_the_word_gemeente() -> None:
    from models.organisation import parse_municipality_list

    assert parse_municipality_list("Gemeente Dalfsen, gemeente  Ommen; Zwolle") == [
        "Dalfsen",
        "Ommen",
        "Zwolle",
    ]
    assert parse_municipality_list("Gemeentebelangen-stad") == ["Gemeentebelangen-stad"]
    assert parse_municipality_list("gemeente ") == []
