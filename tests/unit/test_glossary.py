"""Glossary content: every term of domain.md §6, both languages, plain
explanations, and search."""

from __future__ import annotations

from app.content.glossary import explanation, glossary, search

#: The Dutch headwords of domain.md §6, in its order.
DOMAIN_TERMS = [
    "prestatieafspraken",
    "lokale driehoek",
    "woningcorporatie",
    "huurdersorganisatie",
    "bewonerscommissie",
    "huurdersvereniging",
    "achterban",
    "achterbanraadpleging",
    "algemene ledenvergadering",
    "college van B&W",
    "wethouder",
    "woonvisie",
    "volkshuisvestingsprogramma",
    "volkshuisvestingsbeleid",
    "bod",
    "inzet",
    "zienswijze",
    "adviesrecht",
    "instemmingsrecht",
    "informatierecht",
    "Overlegwet",
    "Woningwet",
    "Btiv",
    "geschilbeslechting",
    "Adviescommissie geschilbeslechting",
    "naar redelijkheid bijdragen",
    "jaarschijf",
    "gelijkwaardig partnerschap",
    "procesbegeleider",
    "betaalbaarheid",
    "verduurzaming",
    "leefbaarheid",
    "aandachtsgroepen",
    "statushouders",
    "passend toewijzen",
    "huursomstijging",
    "liberalisatie",
    "DAEB",
    "dVi",
    "IBW",
    "volkshuisvestingsverslag",
    "visitatie",
    "RvC",
    "Nationale Prestatieafspraken",
    "woondeal",
    "Autoriteit woningcorporaties",
]


def test_every_domain_term_is_in_the_glossary() -> None:
    words = [t.term.nl for t in glossary().terms]
    missing = [term for term in DOMAIN_TERMS if not any(term in w for w in words)]
    assert not missing, missing


def test_both_languages_and_short_plain_explanations() -> None:
    for term in glossary().terms:
        assert term.term.nl and term.term.en, term.id
        assert term.explanation.nl and term.explanation.en, term.id
        assert term.explanation.nl != term.explanation.en, term.id
        # short: a volunteer reads it at a glance (B1: short sentences)
        assert len(term.explanation.nl) <= 220, term.id
        assert all(len(s.split()) <= 25 for s in term.explanation.nl.split(". ")), term.id


def test_sorted_and_unique() -> None:
    terms = glossary().terms
    assert [t.term.nl.casefold() for t in terms] == sorted(t.term.nl.casefold() for t in terms)
    assert len({t.id for t in terms}) == len(terms)


def test_search_matches_either_language_case_insensitive() -> None:
    assert [t.id for t in search("ZIENSWIJZE")] == ["zienswijze"]
    assert "prestatieafspraken" in [t.id for t in search("performance agreements")]
    assert search("") == glossary().terms
    assert search("xyzzy") == []


def test_explanation_follows_the_language() -> None:
    term = search("zienswijze")[0]
    assert explanation(term, "nl").startswith("Een schriftelijke reactie")
    assert explanation(term, "en").startswith("A written response")
