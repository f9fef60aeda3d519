"""Translations (gettext through babel.support) and nl_NL formatting (Babel).

Messages are English msgids; Dutch is the default language. Each locale folder
may hold several ``.po`` files (one per feature, so features can be worked on
side by side); they are compiled in memory at start-up and merged, so there is
no separate build step that could leave a stale ``.mo`` behind.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from babel.dates import format_date as _babel_format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal
from babel.support import Translations

from app.paths import locales_dir
from models.numbers import number_to_input, parse_number

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_BABEL_LOCALE = {"nl": "nl_NL", "en": "en_GB"}

_current_language = DEFAULT_LANGUAGE
_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_cache: dict[str, _gettext.NullTranslations] = {}


def load_translations(language: str, root: Path | None = None) -> _gettext.NullTranslations:
    """Compile and merge every ``.po`` file of ``language``; cached per language."""
    if root is None and language in _cache:
        return _cache[language]
    folder = (root or locales_dir()) / language / "LC_MESSAGES"
    merged: _gettext.NullTranslations | None = None
    for po_file in sorted(folder.glob("*.po")):
        with po_file.open("rb") as fh:
            catalog = read_po(fh, locale=language)
        buffer = BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        buffer.seek(0)
        translations = Translations(buffer)
        if merged is None:
            merged = translations
        else:
            assert isinstance(merged, Translations)
            merged.merge(translations)
    result = merged or _gettext.NullTranslations()
    if root is None:
        _cache[language] = result
    return result


def set_language(language: str) -> None:
    """Switch the language for all later ``_()`` calls."""
    global _current_language, _translations
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _current_language = language
    _translations = load_translations(language)


def get_language() -> str:
    return _current_language


def _(message: str, **params: object) -> str:
    """Translate ``message`` and fill ``{placeholders}`` from ``params``."""
    text = _translations.gettext(message)
    return text.format(**params) if params else text


def gettext_raw(message: str) -> str:
    """The translation as it stands (no ``{placeholders}`` filled): for
    libraries that format the text themselves, such as argparse."""
    return _translations.gettext(message)


def ngettext_raw(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def ngettext(singular: str, plural: str, n: int, **params: object) -> str:
    text = _translations.ngettext(singular, plural, n)
    return text.format(n=n, **params)


def babel_locale() -> str:
    return _BABEL_LOCALE[_current_language]


def format_date(value: dt.date | None, fmt: str = "long") -> str:
    """'14 maart 2027' in Dutch; empty string for no date."""
    if value is None:
        return ""
    return _babel_format_date(value, format=fmt, locale=babel_locale())


def format_money(amount: Decimal | float | int | None) -> str:
    """'€ 1.234,50' in Dutch."""
    if amount is None:
        return ""
    return format_currency(amount, "EUR", locale=babel_locale())


def format_number(value: Decimal | float | int) -> str:
    return format_decimal(value, locale=babel_locale())


def read_number(text: str) -> float | None:
    """A number the user typed, read with the app's language's signs ("1.250" in Dutch
    is "1,250" in English); refused with the models' one message when unreadable."""
    return parse_number(text, _current_language)


def number_for_input(value: float | None) -> str:
    """A stored number as the user types it in the app's language (the field's start value)."""
    return number_to_input(value, _current_language)


set_language(DEFAULT_LANGUAGE)
