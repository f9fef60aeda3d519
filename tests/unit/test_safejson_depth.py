"""The fast nesting scan gives exactly the depth a character-by-character
scan gives, on any JSON and on any text at all (Hypothesis)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from app.exchange.limits import MAX_JSON_DEPTH
from app.exchange.safejson import nesting_depth


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
