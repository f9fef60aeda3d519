"""Test-wide settings: Hypothesis without deadlines (CI machines are slow and
shared), Dutch as the language for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from app import i18n

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
