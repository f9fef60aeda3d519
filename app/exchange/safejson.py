"""Strict JSON parsing for files from outside.

Refuses, with a clear message: text that is not UTF-8, nesting deeper than
``MAX_JSON_DEPTH`` (checked by a scan *before* parsing, so Python's recursive
parser never runs into a RecursionError), duplicate keys in one object (two
readers could disagree on which one counts), and NaN/Infinity.
"""

from __future__ import annotations

import json
from typing import Any

from app.exchange.errors import ImportRefused
from app.exchange.limits import MAX_JSON_DEPTH
from models.text import N_


def nesting_depth(text: str) -> int:
    """The deepest nesting of [ and { outside strings (stops early past the limit)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ImportRefused(
                N_("The file is not in order: the name '{key}' appears twice in {file}."),
                key=key[:40],
                file="",
            )
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ImportRefused(N_("The file is not in order: {file} contains an invalid number."), file="")


def loads_strict(raw: bytes, file_name: str) -> Any:
    """Parse ``raw`` as strict JSON; every problem becomes ``ImportRefused``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportRefused(
            N_("The file is not in order: {file} is not readable text."), file=file_name
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if nesting_depth(text) > MAX_JSON_DEPTH:
        raise ImportRefused(
            N_("The file is not in order: {file} is nested too deeply."), file=file_name
        )
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except ImportRefused as exc:
        exc.params["file"] = file_name
        raise
    except (ValueError, RecursionError):
        raise ImportRefused(
            N_("The file is not in order: {file} is not valid JSON."), file=file_name
        ) from None
