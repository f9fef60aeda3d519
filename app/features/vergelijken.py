"""Vergelijken as a feature: a section and a subcommand, no round record.

Comparing the exports of many organisations (design §11) keeps nothing in
the user's data folder, so ``model`` is ``None`` and the record machinery
(store, export, copy, demo) skips it; the shell places its section between
Delen and Instellingen. ``aantafel vergelijk`` is added by ``app.cli`` itself,
not through ``cli``: the command reads bundles with the exchange reader, which
reads FEATURES, so declaring it here would make an import cycle.
"""

from __future__ import annotations

from app.features.base import Feature, NavSection
from models.text import N_

FEATURE = Feature(
    kind="vergelijken",
    label=N_("Compare"),
    model=None,
    section=NavSection(
        route="/vergelijken",
        label=N_("Compare"),  # Dutch "Vergelijken", fixed by design §9
        icon="COMPARE_ARROWS",
        view="views.vergelijken:VergelijkenSection",
        order=110,
    ),
)
