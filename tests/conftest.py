"""Test-wide settings: Hypothesis without deadlines (CI machines are slow and
shared), Dutch as the language for every test; the data folders most tests
start from (a fresh one, one with a round, one with the demo)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from app import i18n
from app.services.context import Services
from app.services.rounds import create_round
from tests.folders import demo_folder

settings.register_profile(
    "ci", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, max_examples=30)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """A fresh, empty data folder, opened as the app opens it."""
    opened = Services.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second, empty data folder: another organisation to import into."""
    opened = Services.open(tmp_path / "other")
    yield opened
    opened.close()


@pytest.fixture
def round_id(services: Services) -> str:
    """An empty round 2027 in ``services`` with one municipality and one corporation."""
    return create_round(services.repo, 2027, ["Noorderveen"], ["Woonstichting Het Anker"]).id


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo, made once per test module (open it read-only
    with ``demo_services``, or copy it before writing)."""
    return demo_folder(tmp_path_factory.mktemp("demo") / "data")


@pytest.fixture
def demo_services(demo_dir: Path) -> Iterator[Services]:
    """The module's demo folder, opened read-only."""
    opened = Services.open(demo_dir, read_only=True)
    yield opened
    opened.close()


@pytest.fixture
def demo(demo_dir: Path, tmp_path: Path) -> Iterator[Services]:
    """A private, writable copy of the module's demo folder."""
    opened = Services.open(shutil.copytree(demo_dir, tmp_path / "demo"))
    yield opened
    opened.close()
