"""Strict JSON: jiter parses, and each refusal still says exactly what is wrong
(the standard parser explains what jiter refused)."""

from __future__ import annotations

import pytest

from app.exchange.errors import ImportRefused
from app.exchange.safejson import loads_strict


@pytest.mark.parametrize(
    ("raw", "message", "params"),
    [
        (b'{"a": "\xff"}', "is not readable text", {}),
        (b'{"a": 1, "b": {"c": 1, "c": 2}}', "appears twice", {"key": "c"}),
        (b'{"a": NaN}', "invalid number", {}),
        (b'{"a": -Infinity}', "invalid number", {}),
        (b'{"a": [' * 150 + b"]}" * 150, "nested too deeply", {}),
        (b'{"a": 1,}', "is not valid JSON", {}),
        (b'{"a": "\\ud800"', "is not valid JSON", {}),
    ],
)
def test_each_refusal_says_why(raw: bytes, message: str, params: dict[str, str]) -> None:
    with pytest.raises(ImportRefused) as info:
        loads_strict(raw, "data.json")
    assert message in info.value.message
    assert info.value.params["file"] == "data.json"
    assert params.items() <= info.value.params.items()


def test_valid_json_with_a_byte_order_mark() -> None:
    raw = '\ufeff{"naam": "Súdwest-Fryslân", "n": [1, 2.5, null, true]}'.encode()
    assert loads_strict(raw, "data.json") == {"naam": "Súdwest-Fryslân", "n": [1, 2.5, None, True]}


def test_a_lone_surrogate_is_read_as_before() -> None:
    """jiter refuses it; the standard parser (what the app always used) accepts it."""
    assert loads_strict(b'{"a": "\\ud800"}', "data.json") == {"a": "\ud800"}
