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


def mount(services: Services, route: str = "/") -> Harness:
    h = Harness()
    asyncio.get_event_loop().run_until_complete(h.mount(make_main(services), route=route))
    return h
