"""The agreements register: caps, validation, signing and agreements from demands."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from models import agreements
from models.agreements import (
    MAX_AGREEMENTS,
    PARTY_ORDER,
    Agreement,
    AgreementsRegister,
    Party,
    Responsible,
    SignStatus,
    agreement_from_demand,
)
from models.base import InvalidInput
from models.position import Demand, ThemePosition
from models.themes import CUSTOM_THEME_ID


def _agreement(**kwargs: object) -> Agreement:
    data: dict[str, object] = {"theme_id": "beschikbaarheid", "what": "Nieuwbouw"}
    data.update(kwargs)
    return Agreement.model_validate(data)


def test_register_starts_with_three_open_signatures_in_fixed_order() -> None:
    register = AgreementsRegister(round_id="2027")
    assert [s.party for s in register.signatures] == list(PARTY_ORDER)
    assert all(s.status == SignStatus.OPEN for s in register.signatures)
    assert not register.all_signed()


def test_missing_signature_is_added_and_duplicate_refused() -> None:
    register = AgreementsRegister.model_validate(
        {"round_id": "2027", "signatures": [{"party": "gemeente", "status": "getekend"}]}
    )
    assert [s.party for s in register.signatures] == list(PARTY_ORDER)
    assert register.signature(Party.MUNICIPALITY).status == SignStatus.SIGNED
    with pytest.raises(ValidationError):
        AgreementsRegister.model_validate(
            {"round_id": "2027", "signatures": [{"party": "gemeente"}, {"party": "gemeente"}]}
        )


def test_years_sorted_unique_and_bounded() -> None:
    assert _agreement(years=[2029, 2027, 2027]).years == [2027, 2029]
    with pytest.raises(ValidationError):
        _agreement(years=[1990])
    with pytest.raises(ValidationError):
        _agreement(years=list(range(2027, 2040)))


def test_years_text() -> None:
    assert _agreement(years=[2027, 2028, 2029]).years_text() == "2027–2029"
    assert _agreement(years=[2027, 2029]).years_text() == "2027, 2029"
    assert _agreement(years=[]).years_text() == ""


def test_check_years_inside_period() -> None:
    assert agreements.check_years([2028, 2027], 2027, 2031) == [2027, 2028]
    with pytest.raises(InvalidInput):
        agreements.check_years([2032], 2027, 2031)
    with pytest.raises(InvalidInput):
        agreements.check_years([2026], 2027, 2031)


def test_target_value_must_be_finite() -> None:
    with pytest.raises(ValidationError):
        _agreement(target_value=float("nan"))
    with pytest.raises(ValidationError):
        _agreement(target_value=1e12)
    assert _agreement(target_value=-0.5).target_value == -0.5


def test_cap_on_agreements() -> None:
    register = AgreementsRegister(round_id="2027")
    many = [_agreement() for _ in range(MAX_AGREEMENTS)]
    full = register.model_copy(update={"agreements": many})
    with pytest.raises(InvalidInput):
        agreements.add_agreement(full, _agreement())
    with pytest.raises(ValidationError):
        AgreementsRegister.model_validate({"round_id": "2027", "agreements": [*many, _agreement()]})


def test_add_replace_remove_and_numbers() -> None:
    register = AgreementsRegister(round_id="2027")
    first, second = _agreement(), _agreement(theme_id="leefbaarheid")
    register = agreements.add_agreement(agreements.add_agreement(register, first), second)
    assert register.number(second.id) == "A2"
    with pytest.raises(InvalidInput):
        agreements.add_agreement(register, first)
    changed = agreements.replace_agreement(register, first.model_copy(update={"what": "Anders"}))
    assert changed.agreement(first.id).what == "Anders"
    removed = agreements.remove_agreement(changed, first.id)
    assert [a.id for a in removed.agreements] == [second.id]
    with pytest.raises(KeyError):
        agreements.remove_agreement(removed, first.id)


def test_by_theme_groups_in_first_seen_order() -> None:
    items = [
        _agreement(theme_id="leefbaarheid"),
        _agreement(),
        _agreement(theme_id="leefbaarheid"),
        _agreement(theme_id="eigen", theme_title="Tuinen"),
    ]
    register = AgreementsRegister(round_id="2027", agreements=items)
    groups = register.by_theme()
    assert [(g[0], g[1], len(g[2])) for g in groups] == [
        ("leefbaarheid", "", 2),
        ("beschikbaarheid", "", 1),
        ("eigen", "Tuinen", 1),
    ]


def _signing(
    party: Party, status: SignStatus, day: dt.date | None = None, reason: str = ""
) -> agreements.Signature:
    return agreements.Signature(party=party, status=status, date=day, reason=reason)


def test_sign_needs_date_and_reason_for_reservation() -> None:
    register = AgreementsRegister(round_id="2027")
    day = dt.date(2026, 12, 14)
    with pytest.raises(InvalidInput):
        agreements.sign(register, _signing(Party.TENANTS, SignStatus.SIGNED))
    with pytest.raises(InvalidInput):
        agreements.sign(register, _signing(Party.TENANTS, SignStatus.RESERVATION, day, "  "))
    with pytest.raises(InvalidInput):
        agreements.sign(register, _signing(Party.MUNICIPALITY, SignStatus.NOT_SIGNED, day))
    signed = agreements.sign(
        register, _signing(Party.TENANTS, SignStatus.RESERVATION, day, "Huren te hoog")
    )
    signed = agreements.sign(signed, _signing(Party.CORPORATION, SignStatus.SIGNED, day, "ignored"))
    signed = agreements.sign(signed, _signing(Party.MUNICIPALITY, SignStatus.SIGNED, day))
    assert signed.all_signed() and signed.has_reservations()
    assert signed.signature(Party.TENANTS).reason == "Huren te hoog"
    assert signed.signature(Party.CORPORATION).reason == ""
    reopened = agreements.sign(signed, _signing(Party.TENANTS, SignStatus.OPEN, day, "x"))
    assert reopened.signature(Party.TENANTS) == agreements.Signature(party=Party.TENANTS)
    assert not reopened.all_signed()


def test_agreement_from_demand_keeps_link_and_text() -> None:
    demand = Demand(id="d1", what="120 nieuwe sociale huurwoningen", amount="120 per jaar")
    theme = ThemePosition(id="tp1", theme_id="beschikbaarheid", title="Wonen", demands=[demand])
    agreement = agreement_from_demand(
        theme, demand, years=[2027], responsible=Responsible.CORPORATION, target_value=120
    )
    register = agreements.add_agreement(AgreementsRegister(round_id="2027"), agreement)
    assert register.for_demand("d1") == [agreement]
    assert agreement.source_theme_position_id == "tp1"
    assert agreement.theme_id == "beschikbaarheid"
    assert agreement.theme_title == ""  # a catalogue theme's name comes from the catalogue
    assert agreement.what == "120 nieuwe sociale huurwoningen"
    assert agreement.target == "120 per jaar" and agreement.target_value == 120
    assert agreement.years == [2027]
    assert register.for_demand("") == []


def test_agreement_from_an_own_theme_keeps_its_name() -> None:
    demand = Demand(what="Een huurdersloket")
    theme = ThemePosition(theme_id=CUSTOM_THEME_ID, title="Loket", demands=[demand])
    agreement = agreement_from_demand(theme, demand, years=[2027])
    assert agreement.theme_id == CUSTOM_THEME_ID and agreement.theme_title == "Loket"
    assert agreement.responsible == Responsible.CORPORATION
    assert agreement.target_value is None


def test_new_round_starts_empty_and_unmet_are_offered() -> None:
    items = [_agreement(), _agreement()]
    register = AgreementsRegister(round_id="2027", agreements=items)
    assert agreements.copy_for_new_round(register, "2028").agreements == []
    assert agreements.unmet_as_starting_points(register, {items[0].id}) == [items[1]]
    assert agreements.unmet_as_starting_points(register) == items


def test_round_trip_through_json() -> None:
    register = agreements.add_agreement(
        AgreementsRegister(round_id="2027"), _agreement(years=[2027])
    )
    reservation = _signing(Party.TENANTS, SignStatus.RESERVATION, dt.date(2026, 12, 1), "Huur")
    register = agreements.sign(register, reservation)
    again = AgreementsRegister.model_validate(register.model_dump(mode="json"))
    assert again == register


def test_unknown_fields_refused() -> None:
    with pytest.raises(ValidationError):
        AgreementsRegister.model_validate({"round_id": "2027", "extra": 1})
