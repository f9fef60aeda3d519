"""Helpers for in-process view tests: the app mounted on a data folder, a loop
for tests written without async, and a check after every test that no event
handler failed (the ``services`` fixture is in tests/conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest

from app.services.context import Services
from tests.views.harness import Harness
from views.main import make_main

T = TypeVar("T")


@pytest.fixture(autouse=True)
def no_handler_errors() -> Iterator[None]:
    """Fail a view test in which any event handler raised: the app shows a calm
    message and goes on, so the test would not notice otherwise. A test that
    raises an error on purpose clears views.errors.RECORDED_ERRORS."""
    Harness.made.clear()
    yield
    errors = [error for h in Harness.made for error in h.errors()]
    Harness.made.clear()
    assert errors == [], errors


def event_loop_for_sync_tests() -> asyncio.AbstractEventLoop:
    """The current loop, or a new one when an earlier asyncio.run() closed it."""
    try:
        loop = asyncio.get_event_loop()
        if loop.is_closed():
            raise RuntimeError("closed")
    except RuntimeError:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
    return loop


async def mounted(services: Services, route: str = "/") -> Harness:
    """The app on ``services``, opened at ``route`` (for async tests)."""
    h = Harness()
    await h.mount(make_main(services), route=route)
    return h


def mount(services: Services, route: str = "/") -> Harness:
    """The app on ``services``, opened at ``route`` (for sync tests)."""
    return run(mounted(services, route))


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run one step of a sync test (a click, a typed text) to its end."""
    return event_loop_for_sync_tests().run_until_complete(coro)
