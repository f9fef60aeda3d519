"""Fixtures for in-process view tests: a fresh data folder and a mounted app."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.context import Services
from tests.views.harness import Harness
from views.main import make_main


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = Services.open(tmp_path / "data")
    yield s
    s.close()


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


def mount(services: Services, route: str = "/") -> Harness:
    h = Harness()
    event_loop_for_sync_tests().run_until_complete(h.mount(make_main(services), route=route))
    return h
