"""A record's own validation, giving plain dicts instead of model objects.

Vergelijken reads hundreds of bundles and keeps only a small summary of
each; creating a pydantic object for each of the ~200 checklist answers and
every demand of every bundle was most of its reading time. The schema made
here (:func:`plain_schema`; ``app.exchange.plain_reader`` builds its
validator of data.json from it) is pydantic's *own* schema of the model (the same types, unknown
fields refused, the same length caps and patterns, the same defaults), only
with every nested model turned into a typed dict: the checks are identical,
the result is plain data (about 2.5x faster).

A model-level validator (``@model_validator``) is written for the object,
not for a dict. Building a plain schema for such a model raises
``TypeError`` unless ``rules`` gives, for each such validator function, its
version for the plain dict (``app.exchange.plain_rules``): the same checks,
the same errors. A *before* validator sees the raw input either way, so its
rule may be :func:`as_is` (run the validator itself). A model validator
that gains no rule is refused when the schema is built, so a new check
cannot be skipped unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

PlainValidator = Callable[[Any], dict[str, Any]]
#: A model validator's function -> the function that does the same on the
#: plain dict (keys typed Any: pydantic's decorators are not typed as callables).
Rules = Mapping[Any, Callable[[Any], Any]]

_WRAPPERS = ("function-after", "function-before")


def as_is(value: Any) -> Any:
    """The rule of a *before* validator that works on a dict as it is."""
    raise AssertionError("as_is marks a rule; it is never called")  # pragma: no cover


def _as_plain_data(value: Any) -> Any:
    """A default as plain data: model objects (a default factory's) dumped."""
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, list):
        return [_as_plain_data(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_plain_data(v) for k, v in value.items()}
    return value


def _has_model(value: Any) -> bool:
    return bool(_as_plain_data(value) != value)


def _contains_model(node: Any) -> bool:
    if isinstance(node, list):
        return any(map(_contains_model, node))
    if not isinstance(node, dict):
        return False
    return node.get("type") == "model" or any(map(_contains_model, node.values()))


class _Converter:
    """Turns a pydantic core schema into its plain (typed-dict) version."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    def rule(self, wrapper: dict[str, Any]) -> dict[str, Any]:
        """A validator around a model (or its fields) with its rule for dicts."""
        function = wrapper["function"]
        rule = self.rules.get(function["function"])
        if rule is None or function.get("type") != "no-info":
            raise TypeError(f"{function['function']!r} has no rule for a plain dict")
        if rule is as_is:
            if wrapper["type"] != "function-before":
                raise TypeError(f"{function['function']!r} reads the object, not the input")
            rule = function["function"]
        return {"type": wrapper["type"], "function": {"type": "no-info", "function": rule}}

    def model(self, node: dict[str, Any]) -> dict[str, Any]:
        name = node["cls"].__name__
        if node.get("custom_init") or node.get("root_model") or node.get("post_init"):
            raise TypeError(f"{name} cannot be validated as a dict")
        fields, before = node["schema"], None
        if fields.get("type") == "function-before":
            before, fields = self.rule(fields), fields["schema"]
        if fields.get("type") != "model-fields" or fields.get("computed_fields"):
            raise TypeError(f"{name} cannot be validated as a dict")
        extra = (node.get("config") or {}).get("extra_fields_behavior", "ignore")
        typed: dict[str, Any] = {
            "type": "typed-dict",
            "fields": {
                field_name: {
                    "type": "typed-dict-field",
                    "schema": self.plain(field["schema"]),
                    "required": field["schema"].get("type") != "default",
                }
                for field_name, field in fields["fields"].items()
            },
            "extra_behavior": extra,
        }
        return typed if before is None else {**before, "schema": typed}

    def default(self, node: dict[str, Any]) -> dict[str, Any]:
        plain = {key: self.plain(value) for key, value in node.items() if key != "ref"}
        if "default" in node and _has_model(node["default"]):
            plain["default"] = _as_plain_data(node["default"])
        factory = node.get("default_factory")
        takes_data = node.get("default_factory_takes_data")
        if factory is not None and not takes_data and _has_model(factory()):
            plain["default_factory"] = lambda: _as_plain_data(factory())
        return plain

    def plain(self, node: Any) -> Any:
        """``node`` with every model schema as a typed-dict schema."""
        if isinstance(node, list):
            return [self.plain(item) for item in node]
        if not isinstance(node, dict):
            return node
        kind = node.get("type")
        if kind == "model":
            return self.model(node)
        if str(kind).startswith("function") and _contains_model(node.get("schema")):
            # a validator that expects model objects: only with its rule for dicts
            if kind not in _WRAPPERS or node["schema"].get("type") != "model":
                raise TypeError(f"{node['function']['function']!r} expects model objects")
            return {**self.rule(node), "schema": self.model(node["schema"])}
        if kind in ("definitions", "definition-ref"):
            raise TypeError("recursive models cannot be validated as dicts")
        if kind == "default":
            return self.default(node)
        # a "ref" makes pydantic guard against recursion on every value: not needed here
        return {key: self.plain(value) for key, value in node.items() if key != "ref"}


def plain_schema(model: type[BaseModel], rules: Rules | None = None) -> dict[str, Any]:
    """``model``'s own core schema with every model in it a typed dict, to
    build a validator from (or to put into a larger schema)."""
    return _Converter(rules or {}).plain(model.__pydantic_core_schema__)
