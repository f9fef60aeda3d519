"""Strict JSON parsing for files from outside.

Refuses, with a clear message: text that is not UTF-8, nesting deeper than
``MAX_JSON_DEPTH``, duplicate keys in one object (two readers could disagree
on which one counts), and NaN/Infinity.

Nesting is limited by the parser itself: jiter refuses input nested deeper
than its recursion limit (``MAX_JSON_DEPTH``) in Rust, before anything deep
is built, so a nesting bomb costs nothing and no Python code ever recurses
into it. Only when jiter refuses a file does the standard parser run (to say
exactly why), and a scan *before* it (:func:`nesting_depth`) keeps Python's
recursive parser away from deep input.
"""

from __future__ import annotations

import json
from itertools import accumulate
from typing import Any

import jiter

from app.exchange.errors import ImportRefused
from app.exchange.limits import MAX_JSON_DEPTH
from models.text import N_

_BOM = "\ufeff".encode()
#: Every byte except the ones that shape JSON structure: " [ ] { }.
_NOT_STRUCTURE = bytes(c for c in range(256) if c not in b'"[]{}')
_ONE_KIND = bytes.maketrans(b"{}", b"[]")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
#: Bracket counts up to this are summed in one go; longer ones are walked
#: with an early stop (a nesting bomb is refused after MAX_JSON_DEPTH steps).
_FAST_BRACKETS = 50_000


def nesting_depth(text: str | bytes) -> int:
    """The deepest nesting of [ and { outside strings.

    Done with C-speed byte operations rather than a Python loop over every
    character (Vergelijken reads hundreds of bundles; the loop was most of the
    reading time): escaped backslashes and quotes are dropped, then every byte
    but ``"[]{}``; splitting on quotes leaves the parts outside strings. UTF-8
    continuation bytes are never ASCII, so no character can fake a bracket.
    An unterminated string drops its tail, which json.loads then refuses.
    """
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    structure = raw.translate(None, _NOT_STRUCTURE)
    quotes = structure.count(b'"')
    if structure.count(b'""') * 2 == quotes:
        # Counted from the left, every quote is one of a pair side by side: the
        # strings (quote 1 to 2, 3 to 4, ...) hold no bracket (the usual case).
        brackets = structure.translate(None, b'"') if quotes else structure
    else:
        # Two quotes side by side enclose (or separate) nothing: dropping them
        # leaves every other byte inside or outside a string as it was. Most
        # strings hold no bracket and vanish here, so few parts are left to split.
        structure = structure.replace(b'""', b"")
        brackets = b"".join(structure.split(b'"')[::2]) if b'"' in structure else structure
    if len(brackets) <= _FAST_BRACKETS:
        return _peeled_depth(brackets)
    depth = deepest = 0
    for byte in brackets:
        depth += _STEP[byte]
        if depth > deepest:
            deepest = depth
            if deepest > MAX_JSON_DEPTH:
                return deepest
    return deepest


def _peeled_depth(brackets: bytes) -> int:
    """The depth of a short bracket sequence, in C-speed passes.

    Each pass drops every innermost pair, so a well-nested sequence is empty
    after exactly as many passes as it is deep. Anything else (unbalanced, or
    deeper than the limit) is counted one bracket at a time.
    """
    rest = brackets.translate(_ONE_KIND)
    for depth in range(MAX_JSON_DEPTH + 2):
        if not rest:
            return depth
        peeled = rest.replace(b"[]", b"")
        if len(peeled) == len(rest):
            break
        rest = peeled
    return max(accumulate(map(_STEP.__getitem__, brackets), initial=0))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build the object in C (``dict(pairs)``); only when it came out smaller
    than the list of pairs is there a duplicate, and then we find which."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ImportRefused(
                    N_("The file is not in order: the name '{key}' appears twice in {file}."),
                    key=key[:40],
                    file="",
                )
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ImportRefused(N_("The file is not in order: {file} contains an invalid number."), file="")


def loads_strict(raw: bytes, file_name: str) -> Any:
    """Parse ``raw`` as strict JSON; every problem becomes ``ImportRefused``.

    jiter parses in one pass in Rust, refusing duplicate names, NaN and
    nesting deeper than ``MAX_JSON_DEPTH`` on the way (Vergelijken parses
    hundreds of files; a separate depth scan before parsing was a tenth of
    its reading time). It is at least as strict as the standard parser; when
    it refuses, the standard parser runs to say exactly why, so the messages
    (and anything only jiter refuses) stay as they were. Only keys are cached
    (``cache_mode="keys"``): an export's values are mostly unique texts.
    """
    body = raw.removeprefix(_BOM)
    try:  # jiter also refuses bytes that are not UTF-8
        return jiter.from_json(
            body, catch_duplicate_keys=True, allow_inf_nan=False, cache_mode="keys"
        )
    except ValueError:
        return _loads_explained(body, file_name)


def _loads_explained(body: bytes, file_name: str) -> Any:
    """The standard library's strict parse: slower, but it says what is wrong.

    The depth is scanned first: jiter's refusal may be its recursion limit,
    and Python's parser would read such a file (or, far deeper, hit its own
    recursion limit) instead of calling it too deeply nested.
    """
    if nesting_depth(body) > MAX_JSON_DEPTH:
        raise ImportRefused(
            N_("The file is not in order: {file} is nested too deeply."), file=file_name
        )
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportRefused(
            N_("The file is not in order: {file} is not readable text."), file=file_name
        ) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except ImportRefused as exc:
        exc.params["file"] = file_name
        raise
    except (ValueError, RecursionError):
        raise ImportRefused(
            N_("The file is not in order: {file} is not valid JSON."), file=file_name
        ) from None
