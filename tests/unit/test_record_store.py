"""Shared helpers of app.services.record_store."""

import pytest

from app.services.record_store import found
from models.base import InvalidInput
from models.text import N_

GONE = N_("This theme is no longer part of your position.")


def test_found_gives_what_the_lookup_finds() -> None:
    assert found({"a": 1}.__getitem__, "a", GONE) == 1


def test_an_item_that_is_gone_is_the_users_error_with_the_message_given() -> None:
    with pytest.raises(InvalidInput) as raised:
        found({"a": 1}.__getitem__, "b", GONE)
    assert raised.value.message == GONE
    assert raised.value.__suppress_context__  # no KeyError traceback behind it


def test_other_errors_of_the_lookup_are_not_turned_into_the_users() -> None:
    def broken(key: str) -> int:
        raise ValueError(key)

    with pytest.raises(ValueError):
        found(broken, "a", GONE)
