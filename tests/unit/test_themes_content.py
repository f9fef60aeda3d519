"""The shipped theme catalogue: complete, bilingual, and honest about its basis."""

import json

import pytest

from app.content.themes import get_theme, text, theme_catalogue, theme_title
from app.paths import content_dir
from models.position import ThemePosition
from models.themes import CUSTOM_THEME_ID, ThemeCatalogue

REQUIRED = {
    "beschikbaarheid",
    "betaalbaarheid",
    "kwaliteit_duurzaamheid",
    "leefbaarheid",
    "wonen_zorg",
    "proces_samenwerking",
}


def test_catalogue_has_the_required_themes():
    ids = [t.id for t in theme_catalogue().themes]
    assert set(ids) >= REQUIRED
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("theme", theme_catalogue().themes, ids=lambda t: t.id)
def test_every_theme_is_complete_in_both_languages(theme):
    assert 3 <= len(theme.questions) <= 6
    assert theme.indicators and theme.legal_hooks
    texts = [theme.title, theme.why, theme.example_demand, *theme.questions, *theme.indicators]
    texts += [hook.text for hook in theme.legal_hooks]
    for item in texts:
        assert item.nl.strip() and item.en.strip()
    for hook in theme.legal_hooks:
        assert hook.basis in ("wet", "advies")
        assert hook.source.strip()


@pytest.mark.parametrize("theme", theme_catalogue().themes, ids=lambda t: t.id)
def test_example_demand_passes_the_smart_check(theme):
    from models.smart import check_demand

    parties = ["Woonstichting Het Anker", "Gemeente Noorderveen"]
    assert check_demand(theme.example_demand.nl, known_parties=parties) == []


def test_pending_law_is_not_presented_as_law():
    """domain.md: national agreements are not law; the Wvrv is law only for a user who
    chose that regime (its hooks then carry ``regime="wvrv"``)."""
    for theme in theme_catalogue().themes:
        for hook in theme.legal_hooks:
            if "Nationale" in hook.source or "Kamerbrief" in hook.source:
                assert hook.basis == "advies", hook
            if "36512" in hook.source and hook.regime is None:
                assert hook.basis == "advies", hook


def test_language_fallback_and_titles():
    theme = get_theme("betaalbaarheid")
    assert theme is not None
    assert text(theme.title, "nl") == "Betaalbaarheid"
    assert text(theme.title, "en") == "Affordability"
    assert theme_title(ThemePosition(theme_id="betaalbaarheid"), "nl") == "Betaalbaarheid"
    own = ThemePosition(theme_id=CUSTOM_THEME_ID, title="Servicekosten <&> 🏠")
    assert theme_title(own) == "Servicekosten <&> 🏠"
    assert theme_title(ThemePosition(theme_id="onbekend")) == "onbekend"
    assert get_theme(CUSTOM_THEME_ID) is None


def test_content_file_rejects_unknown_fields():
    data = json.loads((content_dir() / "themes.json").read_text(encoding="utf-8"))
    data["themes"][0]["extra"] = 1
    with pytest.raises(ValueError):
        ThemeCatalogue.model_validate(data)
