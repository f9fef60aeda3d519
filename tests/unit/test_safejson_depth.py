"""The fast nesting scan gives exactly the depth a character-by-character
scan gives, on any JSON and on any text at all (Hypothesis); the parser
itself refuses what is nested deeper than the limit."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.exchange.errors import ImportRefused
from app.exchange.limits import MAX_JSON_DEPTH
from app.exchange.safejson import loads_strict, nesting_depth


def reference_depth(text: str) -> int:
    """The original scan: walk every character, track strings and escapes."""
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
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


tricky_text = st.text(alphabet=st.sampled_from('ab"\\[]{}é\n'), max_size=12)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | tricky_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(tricky_text, children, max_size=4)
    ),
    max_leaves=30,
)


@given(json_values)
def test_same_depth_as_reference_on_json(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False)
    assert nesting_depth(text) == reference_depth(text)
    assert nesting_depth(text.encode("utf-8")) == reference_depth(text)


@given(json_values)
def test_same_depth_with_escaped_unicode(value: object) -> None:
    text = json.dumps(value, ensure_ascii=True)
    assert nesting_depth(text) == reference_depth(text)


def test_a_nesting_bomb_is_seen_as_too_deep() -> None:
    bomb = "[" * 1_000_000 + "]" * 1_000_000
    assert nesting_depth(bomb) > MAX_JSON_DEPTH
    assert nesting_depth('"' + "[" * 100 + '"') == 0  # brackets in a string do not count
    assert nesting_depth('{"a": "]]]]", "b": [[[1]]]}') == 4


def _nested(depth: int) -> bytes:
    """Objects and arrays in turn, ``depth`` deep, with a value inside."""
    half = depth // 2
    return b'{"a": [' * half + b"1" + b"]}" * half


def test_the_parser_reads_what_the_limit_allows() -> None:
    """jiter's own recursion limit is MAX_JSON_DEPTH: data nested that deep is
    read (a jiter with a lower limit would refuse valid exports)."""
    assert nesting_depth(_nested(MAX_JSON_DEPTH)) == MAX_JSON_DEPTH
    assert loads_strict(_nested(MAX_JSON_DEPTH), "data.json") is not None
    assert loads_strict(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH, "data.json")


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 2, MAX_JSON_DEPTH + 100, 2_000_000])
def test_deeper_is_refused_as_nested_too_deeply(depth: int) -> None:
    """Deeper data is refused by the parser itself (no scan runs before it),
    with the message a volunteer reads, up to a nesting bomb."""
    with pytest.raises(ImportRefused) as info:
        loads_strict(_nested(depth), "data.json")
    assert "nested too deeply" in info.value.message


def test_a_deep_file_refused_for_another_reason_is_still_too_deep() -> None:
    """When jiter refuses a file for something else (here a name twice), the
    standard parser explains; the scan before it keeps deep input from it."""
    raw = b'{"b": 1, "b": 2, "c": ' + _nested(MAX_JSON_DEPTH + 50) + b"}"
    with pytest.raises(ImportRefused) as info:
        loads_strict(raw, "data.json")
    assert "nested too deeply" in info.value.message
