"""Which glossary words a text uses (the explain buttons of theme help and
checklist items are built from this)."""

from __future__ import annotations

from app.content.checklist import checklist_content, item_rationale, item_text
from app.content.glossary import explanation, glossary, terms_in
from app.content.themes import help_texts, theme_catalogue
from tests.plain_language import long_sentences


def _ids(texts: list[str], language: str = "nl") -> list[str]:
    return [term.id for term, _word in terms_in(texts, language)]


def test_words_are_found_as_written_in_order_once() -> None:
    found = terms_in(
        ["De huursom stijgt niet meer dan de CAO-loonstijging. Vraag het de VTW."], "nl"
    )
    assert [(t.id, w) for t, w in found] == [
        ("huursomstijging", "huursom"),
        ("cao", "CAO-loonstijging"),
        ("vtw", "VTW"),
    ]
    assert _ids(["Het bod, en nog eens het bod."]) == ["bod"]


def test_whole_words_only_and_abbreviations_as_written() -> None:
    assert _ids(["Het tegenbod en de bodem"]) == []
    assert _ids(["Een smart idee"]) == []  # SMART only in capitals
    assert _ids(["Een SMART eis"]) == ["smart"]
    assert _ids(["De dvi"]) == []  # dVi only as written
    assert _ids(["visitaties en VTW's"]) == ["visitatie", "vtw"]


def test_the_longer_word_wins_where_two_overlap() -> None:
    assert _ids(["De Adviescommissie geschilbeslechting adviseert."]) == ["adviescommissie"]
    assert _ids(["De maximale huursomstijging"]) == ["huursomstijging-maximum"]


def test_english_texts_use_the_english_words() -> None:
    assert _ids(["Under the Tenant Consultation Act the bid"], "en") == ["overlegwet", "bod"]
    assert _ids(["the bod"], "en") == []  # Dutch words are not looked for in English text


def test_everyday_words_are_not_explained_every_time() -> None:
    assert _ids(["De gemeente, de woningcorporatie en de huurdersorganisatie"]) == []


def test_the_words_the_issue_names_are_explained_where_they_appear() -> None:
    theme_texts = [t for theme in theme_catalogue().themes for t in help_texts(theme)]
    item_texts = [
        t
        for group in checklist_content().groups
        for item in group.items
        for t in (item_text(item), item_rationale(item))
    ]
    found = set(_ids(theme_texts + item_texts))
    assert {"smart", "cao", "vtw", "dvi", "ibw", "overlegwet", "bod", "ondergrens"} <= found


def test_every_word_list_belongs_to_a_short_plain_explanation() -> None:
    for term in glossary().terms:
        if term.words is None:
            continue
        for language in ("nl", "en"):
            text = explanation(term, language)
            assert text, term.id
            assert not long_sentences([text]), (term.id, text)
