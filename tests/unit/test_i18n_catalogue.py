"""Every user-visible string has a Dutch translation (not fuzzy), the English
catalogue exists, and Dutch formatting follows nl_NL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import i18n
from app.i18n_tools import extract_msgids, missing, translated


def test_extraction_finds_strings() -> None:
    msgids = extract_msgids()
    assert "Why?" in msgids and "Enter a whole number, for example 250." in msgids


@pytest.mark.parametrize("language", ["nl", "en"])
def test_catalogue_is_complete(language: str) -> None:
    gaps = missing(language)
    assert not gaps, (
        f"{len(gaps)} untranslated ({language}); run `python -m app.i18n_tools "
        f"missing {language}`:\n" + "\n".join(f"{w}: {m}" for m, w in list(gaps.items())[:30])
    )


def test_placeholders_match() -> None:
    import re

    strings, _ = translated("nl")
    wrong = [
        m
        for m, t in strings.items()
        if set(re.findall(r"\{(\w+)\}", m)) != set(re.findall(r"\{(\w+)\}", t))
    ]
    assert not wrong, wrong


def test_dutch_is_default_and_english_switches() -> None:
    try:
        i18n.set_language("nl")
        assert i18n._("Why?") == "Waarom?"
        i18n.set_language("en")
        assert i18n._("Why?") == "Why?"
        i18n.set_language("xx")
        assert i18n.get_language() == "nl"
    finally:
        i18n.set_language("nl")


def test_dutch_formats() -> None:
    assert i18n.format_date(dt.date(2027, 3, 14)) == "14 maart 2027"
    assert i18n.format_money(Decimal("1234.50")).replace("\u00a0", " ") == "€ 1.234,50"
    assert i18n.format_number(1250) == "1.250"
    assert i18n.format_date(None) == ""
