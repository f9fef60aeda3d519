"""The checks across fields that a model's validator and Vergelijken's plain-dict
validation share (one function each in ``models``)."""

from __future__ import annotations

import pytest

from models.agreements import PARTY_ORDER, Party, in_party_order
from models.base import refuse_duplicates
from models.bod import check_bod_years


def test_refuse_duplicates_says_its_message_only_when_a_key_comes_twice() -> None:
    refuse_duplicates(iter([(2027, "a"), (2028, "a")]), "twice")
    with pytest.raises(ValueError, match=r"^twice$"):
        refuse_duplicates(iter([(2027, "a"), (2027, "a")]), "twice")


def test_bod_years_must_lie_in_the_five_year_period() -> None:
    check_bod_years(2027, [2027, 2031])
    with pytest.raises(ValueError, match="year 2032 outside the bod period 2027-2031"):
        check_bod_years(2027, [2028, 2032])


def test_signatures_come_one_per_party_in_party_order_for_objects_and_dicts() -> None:
    signed = {"party": Party.MUNICIPALITY, "status": "getekend"}
    ordered = in_party_order([signed], lambda s: s["party"], lambda p: {"party": p})
    assert [s["party"] for s in ordered] == list(PARTY_ORDER)
    assert ordered[PARTY_ORDER.index(Party.MUNICIPALITY)] is signed
    with pytest.raises(ValueError, match="two signatures for gemeente"):
        in_party_order([Party.MUNICIPALITY] * 2, lambda p: p, lambda p: p)
