"""At the largest text size the rows that put a title next to buttons, or a
date next to its text, stack instead (issue 13: seen in screenshots at
1024x768, where theme names stood one letter per line in Bod and Inzet)."""

from __future__ import annotations

from collections.abc import Iterator

import flet as ft
import pytest

from app.services.context import Services
from app.services.demo import add_demo
from app.services.settings import update_settings
from tests.views.conftest import mount
from tests.views.harness import Harness


@pytest.fixture
def demo(services: Services) -> Iterator[Services]:
    add_demo(services.repo)
    update_settings(services.repo, welcome_done=True)
    yield services


def _largest(services: Services) -> None:
    update_settings(services.repo, text_scale=2.0)


def _bod_rows(h: Harness) -> list[ft.Control]:
    return [c for c in h.all() if str(getattr(c, "key", "") or "").startswith("bod-row-")]


def test_bod_overview_rows_stack_at_the_largest_text(demo: Services) -> None:
    rows = _bod_rows(mount(demo, "/bod"))
    assert rows and all(isinstance(r, ft.Row) for r in rows)
    _largest(demo)
    h = mount(demo, "/bod")
    rows = _bod_rows(h)
    assert rows and all(isinstance(r, ft.Column) for r in rows)
    # the title is first and alone on its line: it has the full width
    assert all(isinstance(r.controls[0], ft.Text) for r in rows)  # type: ignore[attr-defined]
    # the compared figures stand one per line, not in the window's columns
    boxes = [c for c in h.all(ft.Container) if c.col == 12]
    assert len(boxes) >= 5
    assert h.errors() == []


def test_inzet_open_buttons_go_under_the_theme_at_the_largest_text(demo: Services) -> None:
    h = mount(demo, "/inzet")
    button = h.all(ft.FilledTonalButton)[0]
    assert isinstance(button.parent, ft.Row)
    _largest(demo)
    h = mount(demo, "/inzet")
    buttons = [b for b in h.all(ft.FilledTonalButton) if str(b.key).startswith("open-")]
    assert buttons and all(isinstance(b.parent, ft.Column) for b in buttons)
    assert h.errors() == []


def test_dates_stand_above_their_text_at_the_largest_text(demo: Services) -> None:
    h = mount(demo, "/")
    assert isinstance(h.one(key="calendar-next-0"), ft.Row)
    assert not h.one(key="timeline").wrap
    _largest(demo)
    h = mount(demo, "/")
    assert isinstance(h.one(key="calendar-next-0"), ft.Column)
    timeline = h.one(key="timeline")
    assert timeline.wrap and timeline.scroll is None  # readable months over several lines
    assert h.errors() == []


def test_round_cards_and_demand_choices_stack_at_the_largest_text(demo: Services) -> None:
    _largest(demo)
    h = mount(demo, "/rondes")
    select = h.one(ft.OutlinedButton, key="round-2026-select")
    assert isinstance(select.parent, ft.Row) and select.parent.wrap
    assert isinstance(select.parent.parent, ft.Column)  # under the title, not beside it
    h = mount(demo, "/afspraken")
    button = next(b for b in h.all(ft.OutlinedButton) if str(b.key).startswith("make-agreement-"))
    assert isinstance(button.parent, ft.Row) and button.parent.wrap
    assert isinstance(button.parent.parent, ft.Column)
    assert h.errors() == []


def test_helper_texts_and_messages_wrap_under_a_narrow_field(demo: Services) -> None:
    """'Afgesproken met de woningcorporatie (Overl…' was cut off (issue 13)."""
    h = mount(demo, "/organisatie")
    budget = h.one(ft.TextField, key="org-budget")
    assert budget.helper and budget.helper_max_lines and budget.helper_max_lines >= 3
    assert budget.error_max_lines and budget.error_max_lines >= 3
    assert h.errors() == []


@pytest.mark.parametrize(
    ("route", "field", "button"),
    [
        ("/inzet", "own-theme-name", "add-own-theme"),
        ("/vergelijken", "compare-folder", "compare-read"),
        ("/delen", "import-path", "import-path-open"),
        ("/delen", "export-path", "export-path-save"),
    ],
)
def test_a_typed_name_has_a_line_of_its_own(
    demo: Services, route: str, field: str, button: str
) -> None:
    """The own theme's name, the folder to compare and the paths to share stand
    as wide as their card, the button under them: beside it their labels were
    squeezed into several lines at the largest text size on 1024x768."""
    _largest(demo)
    h = mount(demo, route)
    typed = h.one(ft.TextField, key=field)
    assert isinstance(typed.parent, ft.Row) and typed.parent.controls == [typed]
    assert h.one(key=button).parent is not typed.parent
    assert h.errors() == []
