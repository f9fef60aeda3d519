"""What the English screens showed when they were looked at (issue 13): Dutch
month names in the year's timeline, the Dutch word 'Bod' in the menu, and a
red Flutter error box under "Make document" (a live region around an
invisible status line)."""

from __future__ import annotations

from collections.abc import Iterator

import flet as ft
import pytest

from app.i18n import set_language
from app.services.context import Services
from app.services.demo import add_demo
from app.services.settings import update_settings
from tests.views.conftest import mount
from tests.views.harness import Harness


@pytest.fixture
def english(services: Services) -> Iterator[Services]:
    set_language("en")
    add_demo(services.repo)
    update_settings(services.repo, welcome_done=True, language="en")
    yield services
    set_language("nl")


def _texts(h: Harness) -> set[str]:
    return {str(t.value) for t in h.all(ft.Text) if t.value}


def test_the_timeline_names_the_months_in_english(english: Services) -> None:
    texts = _texts(mount(english, "/"))
    assert {"Mar", "May", "Oct"} <= texts
    assert not {"mrt", "mei", "okt"} & texts


def test_the_menu_says_bid(english: Services) -> None:
    h = mount(english, "/bod")
    labels = [str(d.label) for d in h.all(ft.NavigationRailDestination)]
    assert "Bid" in labels and "Bod" not in labels
    assert h.one(ft.Text, key="bod-title").value == "Bid"


def test_no_live_region_wraps_an_invisible_control(services: Services) -> None:
    """Flutter paints "Semantics.content must be provided and visible" for it."""
    add_demo(services.repo)
    for route in ("/documenten", "/organisatie", "/inzet"):
        h = mount(services, route)
        empty = [s for s in h.all(ft.Semantics) if s.content is None or not s.content.visible]
        assert empty == [], route
