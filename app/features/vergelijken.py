"""Vergelijken as a feature: a section and a subcommand, no round record.

Comparing the exports of many organisations (design §11) keeps nothing in
the user's data folder, so ``model`` is ``None`` and the record machinery
(store, export, copy, demo) skips it; the shell places its section between
Delen and Instellingen. ``aantafel vergelijk`` reaches its service through the
access ``app.cli`` hands it (:mod:`app.cli_services`), so declaring it here
makes no import cycle.
"""

from __future__ import annotations

from app.cli_vergelijk import add_vergelijk_parser
from app.features.base import Feature, NavSection
from models.text import N_

FEATURE = Feature(
    kind="vergelijken",
    label=N_("Compare"),  # Dutch "Vergelijken", fixed by design §9
    cli=(add_vergelijk_parser,),
    section=NavSection(
        icon="COMPARE_ARROWS",
        view="views.vergelijken:VergelijkenSection",
        order=110,
    ),
)
