"""Developer tool: which msgids in the code lack a Dutch translation.

``python -m app.i18n_tools missing [nl|en]`` prints them as PO entries ready
to paste into a feature's catalogue; the catalogue test uses the same
functions. Extraction uses Babel with the keywords ``_``, ``N_`` and
``ngettext``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from app.paths import locales_dir

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("app", "views", "models")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def extract_msgids() -> dict[str, str]:
    """msgid -> 'file:line' of its first use."""
    found: dict[str, str] = {}
    for folder in SOURCE_DIRS:
        for filename, lineno, message, _comments, _context in extract_from_dir(
            ROOT / folder, keywords=KEYWORDS, comment_tags=(), strip_comment_tags=True
        ):
            # A plural entry is keyed by its singular msgid in the catalogue.
            msgid = message[0] if isinstance(message, tuple) else message
            if msgid:
                found.setdefault(msgid, f"{folder}/{filename}:{lineno}")
    return found


def translated(language: str) -> tuple[dict[str, str], set[str]]:
    """(msgid -> msgstr, fuzzy msgids) over all .po files of a language."""
    strings: dict[str, str] = {}
    fuzzy: set[str] = set()
    for po_file in sorted((locales_dir() / language / "LC_MESSAGES").glob("*.po")):
        with po_file.open("rb") as fh:
            catalog = read_po(fh, locale=language)
        for message in catalog:
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            value = (
                message.string if isinstance(message.string, str) else (message.string or [""])[0]
            )
            if message.fuzzy:
                fuzzy.add(key)
            if value:
                strings[key] = value
    return strings, fuzzy


def missing(language: str = "nl") -> dict[str, str]:
    strings, fuzzy = translated(language)
    return {m: where for m, where in extract_msgids().items() if m not in strings or m in fuzzy}


def _po_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def main(argv: list[str]) -> int:
    language = argv[1] if len(argv) > 1 else "nl"
    for msgid, where in sorted(missing(language).items(), key=lambda kv: kv[1]):
        print(f'#: {where}\nmsgid "{_po_escape(msgid)}"\nmsgstr ""\n')
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] if len(sys.argv) > 1 and sys.argv[1] == "missing" else ["missing"]))
