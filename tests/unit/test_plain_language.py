"""Plain Dutch stays plain: Flesch-Douma per catalogue (tests/plain_language.py).

Issue 13's target: every catalogue scores at least 60, and no sentence in a
help text (the "Waarom?" texts, the glossary, the checklist and the theme
help) is longer than 20 words. A rewrite that makes any of them harder to
read fails here; ``python benchmarks/readability.py`` shows the scores and
``tests/plain_language.py`` lists the offending sentences.
"""

from __future__ import annotations

import pytest

from tests.plain_language import (
    MAX_SENTENCE_WORDS,
    TARGET,
    catalogues,
    long_sentences,
    reading_ease,
    sentences,
)

CATALOGUES = ("ui", "waarom", "woordenlijst", "checklist", "themahulp")
HELP_TEXTS = ("waarom", "woordenlijst", "checklist", "themahulp")


@pytest.fixture(scope="module")
def texts() -> dict[str, list[str]]:
    return catalogues()


def test_every_catalogue_is_measured(texts: dict[str, list[str]]) -> None:
    assert set(texts) == set(CATALOGUES)
    assert all(len(t) >= 5 for t in texts.values()), {k: len(v) for k, v in texts.items()}


@pytest.mark.parametrize("name", CATALOGUES)
def test_catalogue_reads_at_b1(texts: dict[str, list[str]], name: str) -> None:
    score = reading_ease(texts[name])
    assert score >= TARGET, f"{name}: Flesch-Douma {score:.1f} < {TARGET}"


@pytest.mark.parametrize("name", HELP_TEXTS)
def test_help_texts_have_no_long_sentences(texts: dict[str, list[str]], name: str) -> None:
    too_long = long_sentences(texts[name])
    assert too_long == [], f"{name}: sentences over {MAX_SENTENCE_WORDS} words: {too_long}"


def test_the_measure_can_fail() -> None:
    """A long, officialese sentence scores far below the target."""
    hard = [
        "De gemeentelijke volkshuisvestingsverordening verplicht woningcorporaties "
        "tot het jaarlijks uitbrengen van een activiteitenoverzicht ten behoeve van "
        "de prestatieafspraken met inachtneming van de woonvisie."
    ]
    assert reading_ease(hard) < TARGET
    assert long_sentences(hard)
    assert long_sentences(["Kort. " + "woord " * 21 + "."]) != []
    assert long_sentences(["Kort. " + "woord " * 19 + "."]) == []


def test_the_content_files_are_measured_in_both_regimes() -> None:
    """The Wvrv wording (explanation_wvrv, rationale_wvrv) counts too."""
    glossary = " ".join(catalogues()["woordenlijst"])
    assert "onder de Wvrv wel over het nakomen" in glossary


@pytest.mark.parametrize(
    "text",
    [
        "De corporatie bouwt 250.000 woningen in heel Nederland.",
        "Volgens art. 44 lid 1 stuurt de corporatie een bod.",
        "Vraag bijv. de gemeente om een gesprek.",
        "Dit gaat o.a. over de huur en de servicekosten.",
        "De huur stijgt max. 5% en min. 1%.",
        "Er komen ca. 120 woningen bij.",
        "Zie nr. 3 van de lijst en Art. 7 van de wet.",
    ],
)
def test_a_sentence_does_not_end_inside_a_number_or_an_abbreviation(text: str) -> None:
    assert sentences(text) == [text]


def test_sentences_end_at_full_stop_question_and_exclamation_mark() -> None:
    assert sentences("Eerst dit. Dan 1.250 leden? Ja! Klaar") == [
        "Eerst dit.",
        "Dan 1.250 leden?",
        "Ja!",
        "Klaar",
    ]
    assert sentences("Zie art. 44. Het bod komt.") == ["Zie art. 44.", "Het bod komt."]


def test_reading_ease_counts_a_number_as_one_sentence() -> None:
    """textstat alone made two sentences of "250.000": a higher score for the same text."""
    one = ["De corporatie verkoopt dit jaar 250.000 woningen aan beleggers in de stad."]
    same_without_dots = [
        "De corporatie verkoopt dit jaar 250000 woningen aan beleggers in de stad."
    ]
    assert reading_ease(one) == pytest.approx(reading_ease(same_without_dots), abs=1)
