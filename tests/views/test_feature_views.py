"""Views that features name as "module:Component" (section, Overzicht card) must exist."""

from __future__ import annotations

from app.features import FEATURES
from views.feature_views import component_of, overview_panels


def test_every_view_a_feature_names_can_be_imported() -> None:
    named = [f.overview_panel for f in FEATURES if f.overview_panel]
    named += [f.section.view for f in FEATURES if f.section is not None]
    assert named
    for path in named:
        assert callable(component_of(path)), path


def test_overzicht_shows_the_declared_cards_in_features_order() -> None:
    names = [panel.__name__ for panel in overview_panels()]
    assert names == ["OpenActionsPanel", "NegotiationPanel", "CalendarOverviewPanel"]
