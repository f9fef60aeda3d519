"""How much, by when and who, read from one demand sentence (models.smart_parts)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.smart import check_demand
from models.smart_fields import validate_amount, validate_deadline
from models.smart_parts import DemandParts, fill_parts, parts_from_sentence, suggested_fields

PARTIES = ["Woonstichting Het Anker", "gemeente Dalfsen", "Huurdersvereniging De Linde"]
DEFAULT = "Woonstichting Het Anker"


def parts(sentence: str) -> DemandParts:
    return parts_from_sentence(sentence, PARTIES, DEFAULT)


#: a sentence, and below it: how much | by when (empty: nothing to read)
CASES = """
Het Anker bouwt eind 2028 120 nieuwe sociale huurwoningen
    120 nieuwe sociale huurwoningen | eind 2028
Het Anker bouwt 300 woningen in 2028
    300 woningen | 2028
De huur stijgt in 2027 niet meer dan de inflatie
    niet meer dan de inflatie | 2027
De huur stijgt max. inflatie in 2027
    max. inflatie | 2027
De huur stijgt maximaal met de inflatie, eind 2027
    maximaal met de inflatie | eind 2027
Het Anker isoleert voor 2028 300 slecht geïsoleerde woningen
    300 slecht geïsoleerde woningen | voor 2028
De gemeente zet uiterlijk 1 juli 2028 honderdtwintig bankjes neer
    honderdtwintig bankjes | uiterlijk 1 juli 2028
Het Anker levert 1 juli 2028 tweehonderd woningen op
    tweehonderd woningen | 1 juli 2028
€ 150 per woning voor 1-7-2028
    € 150 per woning | voor 1-7-2028
1.200 woningen krijgen zonnepanelen voor 2029
    1.200 woningen | voor 2029
Minstens 95% passend toewijzen, elk jaar
    Minstens 95% | elk jaar
Reparaties binnen 2 weken bij 90 procent van de huizen
    90 procent | binnen 2 weken
De huur stijgt 2% per jaar
    2% | per jaar
Alle woningen hebben label B in het derde kwartaal van 2029
    Alle woningen | derde kwartaal van 2029
Het Anker bouwt 2000 woningen tussen 2027 en 2030
    2000 woningen | 2030
voor 1 juli 60 woningen
    60 woningen | voor 1 juli
Een huurder krijgt een antwoord
     |
Het Anker bouwt eind 2
    2 |
"""


@pytest.mark.parametrize(
    ("sentence", "amount", "deadline"),
    [
        (sentence, *(part.strip() for part in parts.split("|")))
        for sentence, parts in zip(*[iter(CASES.strip().splitlines())] * 2, strict=True)
    ],
)
def test_amount_and_deadline_come_from_the_sentence(
    sentence: str, amount: str, deadline: str
) -> None:
    found = parts(sentence)
    assert (found.amount, found.deadline) == (amount, deadline)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Het Anker bouwt eind 2028 120 woningen", "Woonstichting Het Anker"),
        ("De gemeente geeft in 2028 grond voor 40 woningen", "gemeente Dalfsen"),
        ("De gemeente Dalfsen geeft grond", "gemeente Dalfsen"),
        ("De Linde houdt twee keer per jaar een avond", "Huurdersvereniging De Linde"),
        ("De huur stijgt niet meer dan de inflatie", DEFAULT),  # the profile's corporation
    ],
)
def test_who_is_the_named_party_or_the_profiles_corporation(sentence: str, who: str) -> None:
    assert parts(sentence).responsible == who


def test_several_municipalities_give_the_plain_word() -> None:
    found = parts_from_sentence("De gemeente geeft grond", ["gemeente A", "gemeente B"], "")
    assert found.responsible == "de gemeente"


def test_nothing_from_an_empty_sentence_and_no_default_without_a_corporation() -> None:
    assert parts("  ") == DemandParts()
    assert parts_from_sentence("De huur blijft gelijk", [], "").responsible == ""


def test_the_example_demands_become_smart() -> None:
    for sentence in (
        "Het Anker bouwt eind 2028 120 nieuwe sociale huurwoningen",
        "De huur stijgt in 2027 niet meer dan de inflatie",
        "Het Anker isoleert voor 2028 300 slecht geïsoleerde woningen",
    ):
        found = parts(sentence)
        hints = check_demand(
            sentence, found.amount, found.deadline, found.responsible, known_parties=PARTIES
        )
        assert hints == [], (sentence, hints)


def test_typing_letter_by_letter_lets_the_fields_follow() -> None:
    sentence = "Het Anker bouwt eind 2028 120 nieuwe sociale huurwoningen"
    current = DemandParts()
    previous = ""
    for end in range(1, len(sentence) + 1):
        current = fill_parts(previous, sentence[:end], current, PARTIES, DEFAULT)
        previous = sentence[:end]
    assert current == parts(sentence)


def test_what_the_volunteer_typed_is_never_overwritten() -> None:
    mine = DemandParts("ongeveer honderd", "voor de zomer", "de wethouder")
    after = fill_parts(
        "Het Anker bouwt", "Het Anker bouwt eind 2028 120 woningen", mine, PARTIES, DEFAULT
    )
    assert after == mine


def test_only_the_fields_still_holding_the_suggestion_follow() -> None:
    before = "Het Anker bouwt eind 2028 120 woningen"
    current = DemandParts("120 woningen", "medio 2029", "Woonstichting Het Anker")
    after = fill_parts(before, "Het Anker bouwt eind 2030 150 woningen", current, PARTIES, DEFAULT)
    assert after == DemandParts("150 woningen", "medio 2029", "Woonstichting Het Anker")
    assert suggested_fields("Het Anker bouwt eind 2030 150 woningen", after, PARTIES, DEFAULT) == {
        "amount",
        "responsible",
    }


_DUTCH = st.text(
    alphabet=st.sampled_from(list("abcdeéëijklmnoprstuvwz 0123456789.,-/%€'")), max_size=80
)
_PIECES = st.lists(
    st.sampled_from(
        [
            "Het Anker",
            "bouwt",
            "eind",
            "voor",
            "uiterlijk",
            "2027",
            "2028",
            "1 juli",
            "1-7-2028",
            "120",
            "1.200",
            "12,5",
            "woningen",
            "nieuwe",
            "95%",
            "max.",
            "inflatie",
            "de",
            "gemeente",
            "binnen",
            "twee",
            "weken",
            "elk jaar",
            "honderdtwintig",
            "per woning",
            "€",
            "150",
            "alle",
            "geen",
            "huurders",
        ]
    ),
    max_size=14,
).map(" ".join)


@given(st.one_of(_DUTCH, _PIECES))
def test_any_sentence_gives_parts_that_are_in_it_and_pass_the_field_checks(
    sentence: str,
) -> None:
    found = parts(sentence)
    for value in (found.amount, found.deadline):
        assert value == "" or " ".join(value.split()) in " ".join(sentence.split())
    validate_amount(found.amount)
    validate_deadline(found.deadline)
    assert found.responsible in ("", "de gemeente", *PARTIES)


@given(st.one_of(_DUTCH, _PIECES), st.one_of(_DUTCH, _PIECES))
def test_filling_twice_is_filling_once(before: str, after: str) -> None:
    """Following a sentence is stable: applying the same change again keeps the fields."""
    once = fill_parts(before, after, DemandParts(), PARTIES, DEFAULT)
    assert fill_parts(after, after, once, PARTIES, DEFAULT) == once
