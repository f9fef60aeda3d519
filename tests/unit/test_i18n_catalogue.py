"""Every user-visible string has a Dutch translation (not fuzzy), the English
catalogue exists, and Dutch formatting follows nl_NL."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from babel.messages.pofile import read_po

from app import i18n
from app.i18n_tools import extract_msgids, missing, translated
from app.paths import locales_dir


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


def test_every_catalogue_entry_is_used() -> None:
    """A msgid no source file uses any more is dead text: translators keep it up
    for nothing and the readability measure counts it. argparse.po holds
    argparse's own messages (app/cli_argparse.py), not ours."""
    used = set(extract_msgids())
    unused = [
        f"{po.parent.parent.name}/{po.name}: {message.id!r}"
        for language in ("nl", "en")
        for po in sorted((locales_dir() / language / "LC_MESSAGES").glob("*.po"))
        if po.name != "argparse.po"
        for message in read_po(io.BytesIO(po.read_bytes()), locale=language)
        if message.id and (message.id if isinstance(message.id, str) else message.id[0]) not in used
    ]
    assert unused == [], unused
