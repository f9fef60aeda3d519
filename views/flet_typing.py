"""Typing aids where Flet 1.0.5's own annotations fall short.

``with_key``: ``@ft.component`` accepts an extra ``key=`` keyword at call time
(it pops it before calling the function and uses it to match the component
between renders), but Flet types the decorator as ``Callable[P, R] ->
Callable[P, R]``, so mypy rejects ``Card(item, key=...)``. A ParamSpec cannot
be widened by a keyword argument, hence::

    with_key(Card, item.id)(item, on_open)

which is the same call as ``Card(item, on_open, key=item.id)``, with the
component's own arguments still checked against its signature.

``UseState``: ``ft.use_state(initial)`` takes ``T | Callable[[], T]``, so
mypy infers ``Never`` for a lazy initialiser (and plain ``None`` for
``use_state(None)``). Annotate the result instead::

    answers_state: UseState[ChecklistAnswers] = ft.use_state(lambda: load(...))
    answers, set_answers = answers_state
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeAlias, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

#: What ``ft.use_state`` returns: the value and its setter.
UseState: TypeAlias = tuple[T, Callable[[T], None]]


def with_key(component: Callable[P, R], key: str) -> Callable[P, R]:
    """``component`` as called with ``key=key`` (the Flet component key)."""

    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        # The one place that passes ``key`` past Flet's too narrow typing.
        return cast(Callable[..., R], component)(*args, key=key, **kwargs)

    return call
