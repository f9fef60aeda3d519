"""Helpers for in-process view tests: the app mounted on a data folder, and a
loop for tests written without async (the ``services`` fixture is in tests/conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from app.services.context import Services
from tests.views.harness import Harness
from views.main import make_main

T = TypeVar("T")


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
