"""Plain Dutch, measured: the Flesch-Douma reading ease (textstat's Dutch
Flesch formula: 206.835 - 0.93 x words per sentence - 77 x syllables per
word) per catalogue of Dutch text, and the longest sentence in words.

Catalogues: the UI texts (every Dutch msgstr), the "Waarom?" texts (the
explanations given to SectionHeader), the glossary, the checklist items and
the theme help (assets/content). Used by tests/unit/test_plain_language.py
and benchmarks/readability.py. Target (issue 13): every catalogue >= 60,
no sentence in a help text longer than 20 words.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

from tests.source_tree import parse_file

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "assets" / "content"
TARGET = 60.0
MAX_SENTENCE_WORDS = 20


def _dutch_catalogue() -> dict[str, str]:
    merged: dict[str, str] = {}
    for po in sorted((ROOT / "assets" / "locales" / "nl" / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fh:
            for message in read_po(fh, locale="nl"):
                if message.id and isinstance(message.id, str) and isinstance(message.string, str):
                    merged[message.id] = message.string
    return merged


def _nl_values(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("nl"), str):
            yield node["nl"]
        for key, value in node.items():
            # names and headings ("huurcommissie", a theme's title) are not prose
            if key not in ("nl", "en", "id", "term", "title"):
                yield from _nl_values(value)
    elif isinstance(node, list):
        for item in node:
            yield from _nl_values(item)


def _literal(node: ast.AST, constants: dict[str, str]) -> str | None:
    """The msgid in ``_("...")`` or ``_(WHY)`` (a module constant ``WHY = N_("...")``)."""
    if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_" and node.args):
        return None
    inner = node.args[0]
    if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
        return inner.value
    if isinstance(inner, ast.Name):
        return constants.get(inner.id)
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "N_":
                value = value.args[0] if value.args else value
            if (
                isinstance(target, ast.Name)
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
            ):
                found[target.id] = value.value
    return found


def _why_msgids() -> list[str]:
    """The English msgids of every section's 'Waarom?' text: SectionHeader's
    second argument, or the second half of a section's ``header = (title, why)``."""
    found: list[str] = []
    for path in sorted((ROOT / "views").rglob("*.py")):
        tree = parse_file(path)
        constants = _module_constants(tree)
        for node in ast.walk(tree):
            why: ast.AST | None = None
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "SectionHeader":
                why = node.args[1] if len(node.args) >= 2 else None
            elif (
                isinstance(node, ast.Assign)
                and [getattr(t, "id", "") for t in node.targets] == ["header"]
                and isinstance(node.value, ast.Tuple)
                and len(node.value.elts) == 2
            ):
                why = node.value.elts[1]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "round_section":
                pair = node.args[1] if len(node.args) >= 2 else None
                why = pair.elts[1] if isinstance(pair, ast.Tuple) and len(pair.elts) == 2 else None
            # "intro + ' ' + _(...)": the translated part counts
            while isinstance(why, ast.BinOp):
                why = why.right
            msgid = _literal(why, constants) if why is not None else None
            if msgid:
                found.append(msgid)
    return found


def catalogues() -> dict[str, list[str]]:
    """Catalogue name -> its Dutch texts."""
    dutch = _dutch_catalogue()
    content = {
        name: json.loads((CONTENT / f"{name}.json").read_text(encoding="utf-8"))
        for name in ("glossary", "checklist", "themes")
    }
    return {
        "ui": [t for t in dutch.values() if t],
        "waarom": [dutch.get(m, "") for m in _why_msgids() if dutch.get(m)],
        "woordenlijst": list(_nl_values(content["glossary"])),
        "checklist": list(_nl_values(content["checklist"])),
        "themahulp": list(_nl_values(content["themes"])),
    }


def _as_prose(texts: list[str]) -> str:
    """One text; a fragment without end punctuation counts as a sentence."""
    parts = []
    for text in texts:
        text = re.sub(r"\{[^}]*\}", "", text).strip()  # placeholders are not words
        if text:
            parts.append(text if text[-1] in ".!?:" else text + ".")
    return " ".join(parts)


#: Dutch abbreviations whose full stop does not end a sentence ("art. 44",
#: "bijv. een brief", "o.a. de huur", "max. 5%", "ca. 120", "nr. 3").
ABBREVIATIONS = (
    "art", "bijv", "bv", "o.a", "m.a.w", "d.w.z", "i.p.v", "m.b.t", "t.a.v", "t.o.v",
    "z.s.m", "e.d", "enz", "etc", "max", "min", "ca", "nr", "incl", "excl", "evt",
    "vgl", "resp", "blz", "jl", "dhr", "mevr", "mr", "drs", "ir", "ing",
)  # fmt: skip
_KEPT_DOT = "\u2024"  # one dot leader: stands in for a dot that ends no sentence
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")\.", re.IGNORECASE
)
_NUMBER_DOT = re.compile(r"(?<=\d)\.(?=\d)")  # 250.000


def sentences(text: str) -> list[str]:
    """The sentences of a Dutch text: each ends at ".", "!" or "?" followed by
    a space or the end of the text, but not at the dot of an abbreviation
    (art., bijv., o.a.) nor inside a number (250.000)."""
    kept = _NUMBER_DOT.sub(_KEPT_DOT, text)
    kept = _ABBREVIATION.sub(lambda m: m[0].replace(".", _KEPT_DOT), kept)
    parts = re.split(r"(?<=[.!?])\s+", kept.strip())
    return [p.replace(_KEPT_DOT, ".") for p in parts if p.strip()]


def reading_ease(texts: list[str]) -> float:
    """Flesch-Douma of the texts together: 206.835 - 0.93 x words per sentence
    - 77 x syllables per word. Words and syllables are textstat's (Dutch
    hyphenation); the sentences are ours, because textstat ends a sentence at
    every full stop ("250.000" and "art. 44" made two). As in textstat, a piece
    of one or two words (a button label) does not count as a sentence."""
    import textstat

    textstat.set_lang("nl")
    prose = _as_prose(texts)
    words = textstat.lexicon_count(prose)
    if words == 0:
        return 0.0
    counted = max(1, sum(1 for s in sentences(prose) if textstat.lexicon_count(s) > 2))
    return 206.835 - 0.93 * words / counted - 77 * textstat.syllable_count(prose) / words


def long_sentences(texts: list[str], limit: int = MAX_SENTENCE_WORDS) -> list[str]:
    """Sentences of more than ``limit`` words."""
    return [s for s in sentences(_as_prose(texts)) if len(s.split()) > limit]
