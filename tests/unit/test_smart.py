"""The SMART check on many Dutch phrasings, and field validation."""

import pytest

from models.base import InvalidInput
from models.smart import check_demand
from models.smart_fields import validate_amount, validate_deadline

PARTIES = ["Woonstichting Het Anker", "Gemeente Noorderveen"]


def codes(*args, **kwargs):
    return [h.code for h in check_demand(*args, known_parties=PARTIES, **kwargs)]


@pytest.mark.parametrize(
    "text",
    [
        "Woonstichting Het Anker bouwt in 2027 120 sociale huurwoningen.",
        "Het Anker levert vóór 1 juli 2028 honderdtwintig woningen op.",
        "De corporatie isoleert elk jaar 150 woningen.",
        "De gemeente geeft binnen 6 maanden grond voor 40 woningen.",
        "Alle E-, F- en G-woningen zijn eind 2028 verbeterd door de corporatie.",
        "Geen huurverhoging na isolatie; de verhuurder zegt dit in 2027 schriftelijk toe.",
        "De huurverhoging van de corporatie blijft jaarlijks 0,5 procentpunt onder de CAO.",
        "Minstens 95% passend toewijzen door Het Anker, per kwartaal gemeld.",
        "De wethouder tekent de afspraken op 15-12-2027 met tweehonderd nieuwe woningen.",
        "De gemeente Noorderveen betaalt in '28 de helft van de kosten.",
        "Het Anker meldt maandelijks hoeveel statushouders (max. 25%) een huis krijgen.",
        "Woonstichting Het Anker besteedt in 2027 € 150 per woning aan leefbaarheid.",
        "De huurdersvereniging krijgt vóór 1 juni 2027 € 5.000 budget voor een adviseur.",
        "Het Anker verbetert uiterlijk Q4 2027 alle portieken.",
        "Per 1 januari 2028 betaalt de gemeente de helft van de kosten.",
        "De corporatie bouwt in de periode 2027-2030 jaarlijks 80 woningen.",
        "Vóór de zomer van 2027 stelt Het Anker 2 buurtbeheerders aan.",
        "De gemeente wijst binnen drie maanden grond aan voor tweehonderd woningen.",
        "Het Anker zorgt dat geen enkele huurder na renovatie meer betaalt, vanaf 2027.",
        "De wethouder organiseert twee keer per jaar een overleg met twaalf huurders.",
        "Huurverhoging 2027: maximaal de inflatie, door de verhuurder.",
        "Het Anker lost alle schimmelklachten op binnen 6 weken na melding.",
    ],
)
def test_smart_demands_get_no_hints(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meer woningen", {"short", "measurable", "time", "who"}),
        ("Meer betaalbare woningen", {"measurable", "time", "who"}),
        ("Er moeten meer sociale huurwoningen komen in onze gemeente", {"measurable", "time"}),
        ("De corporatie bouwt 120 woningen", {"time"}),
        ("Bouwen!", {"short", "measurable", "time", "who"}),
        ("In 2027 komen er 120 sociale huurwoningen bij in Noorderveen", {"who"}),
        ("De corporatie bouwt in 2027 meer woningen", {"measurable"}),
        ("De corporatie bouwt in 2027 2000 woningen", set()),
        ("Het Anker gaat in 2029 de wachttijd verkorten", {"measurable"}),
        ("We willen dat er wat gebeurt aan de schimmel", {"measurable", "time", "who"}),
        ("Betaalbare huren!!!", {"short", "measurable", "time", "who"}),
    ],
)
def test_missing_criteria(text, expected):
    assert set(codes(text)) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De corporatie streeft naar 100 woningen in 2027", "streeft"),
        ("De corporatie bouwt zoveel mogelijk woningen: 100 in 2027", "zoveel mogelijk"),
        ("Het Anker spant zich in, waar mogelijk 50 woningen in 2027", "waar mogelijk"),
        ("De gemeente zorgt in 2027 voor voldoende woningen, 30 per jaar", "voldoende"),
        ("De corporatie gaat in 2027 onderzoeken of 20 woningen kunnen", "onderzoeken"),
        ("ZO VEEL MOGELIJK 80 woningen door Het Anker in 2027", "ZO VEEL MOGELIJK"),
    ],
)
def test_vague_words_are_named(text, word):
    hints = check_demand(text, known_parties=PARTIES)
    vague = [h for h in hints if h.code == "vague"]
    assert vague and vague[0].params["word"] == word


@pytest.mark.parametrize(
    "deadline", ["zo snel mogelijk", "binnenkort", "op termijn", "Z.S.M.", "te zijner tijd"]
)
def test_vague_moments_are_not_dates(deadline):
    hints = check_demand("De corporatie bouwt 100 woningen", deadline=deadline)
    assert {h.code for h in hints} >= {"vague", "time"}
    assert any("not a date" in h.message for h in hints)


def test_fields_together_make_a_smart_demand():
    assert not check_demand(
        "Nieuwe sociale huurwoningen opleveren",
        amount="120 woningen",
        deadline="eind 2027",
        responsible="Woonstichting Het Anker",
    )


def test_time_hint_has_the_dutch_wording_in_its_msgid():
    hints = check_demand("De corporatie bouwt 120 woningen in Noorderveen")
    assert hints[-1].message == "There is no year in it. By when must this be done?"


@pytest.mark.parametrize("who", ["iedereen", "samen", "alle partijen", "?", "nog onbekend"])
def test_vague_responsible_party(who):
    hints = check_demand("120 woningen bouwen in Noorderveen", "", "2027", who)
    assert [h.code for h in hints] == ["who_vague"]


@pytest.mark.parametrize(
    "who", ["Het Anker", "de gemeente", "samen met de gemeente", "Ayşe Yılmaz"]
)
def test_named_responsible_party(who):
    assert check_demand("120 woningen bouwen in Noorderveen", "", "2027", who) == []


def test_known_party_without_prefix_counts():
    text = "Het Anker bouwt in 2027 120 woningen"
    assert check_demand(text) != []
    assert check_demand(text, known_parties=["Woonstichting Het Anker"]) == []
    assert check_demand("De bouwt in 2027 120 woningen", known_parties=["Woonstichting De"])


def test_deadline_before_the_round_is_flagged():
    hints = check_demand("De corporatie bouwt 120 woningen", deadline="2025", round_year=2027)
    assert [h.code for h in hints] == ["past"]
    assert hints[0].params == {"year": 2025, "round_year": 2027}
    assert check_demand("De corporatie bouwt 120", deadline="2027", round_year=2027) == []


def test_empty_demand_only_asks_what():
    assert [h.code for h in check_demand("")] == ["what"]


def test_hostile_text_never_crashes():
    for text in ["<b>&amp;</b>" * 100, "🏠" * 5000, "ığüşöç ąęłńóśźż", "\x00\n\t", "9" * 400]:
        check_demand(text, text, text, text, known_parties=[text])


@pytest.mark.parametrize(
    "value", ["", "eind 2027", "1 juli 2028", "1-7-2028", "31/12/2030", "voor de zomer", "Q3 2027"]
)
def test_valid_deadlines(value):
    assert validate_deadline(value) == value


@pytest.mark.parametrize(
    ("value", "param"),
    [("20277", "20277"), ("eind 1850", "1850"), ("3000", "3000"), ("1-7-1999", "1999")],
)
def test_impossible_years_are_refused_in_dutch_ready_form(value, param):
    with pytest.raises(InvalidInput) as info:
        validate_deadline(value)
    assert info.value.params == {"year": param}
    assert "{year}" in info.value.message


@pytest.mark.parametrize("value", ["32-1-2028", "1-13-2028", "0/5/2028"])
def test_impossible_dates_are_refused(value):
    with pytest.raises(InvalidInput) as info:
        validate_deadline(value)
    assert info.value.params == {"date": value}


@pytest.mark.parametrize("value", ["", "120 woningen", "1.200", "12,5%", "€ 5.000", "3.5", "95%."])
def test_readable_amounts(value):
    assert validate_amount(value) == value


@pytest.mark.parametrize("value", ["1,2,3", "12..5", "1.2.3,4,5"])
def test_unreadable_amounts(value):
    with pytest.raises(InvalidInput):
        validate_amount(value)
