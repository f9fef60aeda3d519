"""Taking an item out of a list by its id (models.base.without_id)."""

from dataclasses import dataclass

import pytest

from models.base import without_id


@dataclass(frozen=True)
class Item:
    id: str
    text: str = ""


def test_without_id_leaves_out_that_item_and_keeps_the_order() -> None:
    items = [Item("a"), Item("b"), Item("c")]
    assert without_id(items, "b") == [Item("a"), Item("c")]
    assert items == [Item("a"), Item("b"), Item("c")]  # a new list; the old one is as it was


def test_without_an_id_that_is_not_there_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        without_id([Item("a")], "b")
    with pytest.raises(KeyError):
        without_id([], "a")
