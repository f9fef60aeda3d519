"""Loader for the shipped theme catalogue (``assets/content/themes.json``).

The file is validated on first use (both languages, 3-6 questions, unique
ids); a broken content file is a programming error and fails loudly in tests.
Helpers return texts in the current language, falling back to Dutch.
"""

from __future__ import annotations

from functools import cache

from app.content import current_regime, load_json
from app.i18n import get_language
from models.position import ThemePosition
from models.themes import CUSTOM_THEME_ID, Localized, Theme, ThemeCatalogue

CONTENT_NAME = "themes"


@cache
def theme_catalogue() -> ThemeCatalogue:
    """The validated catalogue, parsed once per process."""
    catalogue = ThemeCatalogue.model_validate(load_json(CONTENT_NAME))
    ids = [t.id for t in catalogue.themes]
    if len(set(ids)) != len(ids) or CUSTOM_THEME_ID in ids:
        raise ValueError("themes.json: theme ids must be unique and not the own-theme id")
    return catalogue


def text(value: Localized, language: str | None = None) -> str:
    """``value`` in the current (or given) language."""
    return value.get(language or get_language())


def get_theme(theme_id: str) -> Theme | None:
    """The catalogue theme, or ``None`` for an own theme or an unknown id."""
    return theme_catalogue().by_id(theme_id)


def theme_title(item: ThemePosition, language: str | None = None) -> str:
    """Display title of a theme in a position: the catalogue title or the own name.

    An unknown catalogue id (e.g. content from a newer app version) shows its
    id rather than failing.
    """
    if item.theme_id == CUSTOM_THEME_ID:
        return item.title
    theme = get_theme(item.theme_id)
    return text(theme.title, language) if theme else item.theme_id


def help_texts(theme: Theme, language: str | None = None) -> list[str]:
    """Every text the theme's help shows, in the order it shows them."""
    values = [theme.why, *theme.questions, *theme.indicators, theme.example_demand]
    hooks = theme.hooks_for(current_regime())
    return [text(v, language) for v in values + [hook.text for hook in hooks]] + [
        hook.source for hook in hooks
    ]
