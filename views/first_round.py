"""The first round in one step: a first-time volunteer who has filled in the
organisation gets this year's round with the standard themes and lands on
the first theme's form, instead of three more screens ("Ronde beginnen",
"Volgende stap: jullie inzet", "Begin met de standaardthema's"; issue 13).

Used by the welcome's quick start and by Organisatie's next step. The
volunteer can still rename the round, remove themes or add their own later.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services.errors import user_message
from models.organisation import Organisation
from models.position import ordered_themes
from views.state import AppState

INZET_ROUTE = "/inzet"


def next_round_year(services: Any, today: dt.date | None = None) -> int:
    """Next year's round (prestatieafspraken are made the year before), or
    the year after the latest round."""
    latest = services.rounds.latest_round()
    year = (today or dt.date.today()).year + 1
    return max(year, latest.year + 1) if latest else year


def start_first_round(services: Any, state: AppState, organisation: Organisation) -> str:
    """Start the round with the standard themes and open the first theme.

    Returns "" when it worked, else the message to show (nothing is left
    half-done that the volunteer cannot see: a round without themes shows
    "Begin met de standaardthema's").
    """
    try:
        new = services.round_start.start_round(
            next_round_year(services),
            list(organisation.municipalities),
            list(organisation.housing_associations),
        )
        position = services.position.add_standard_themes(new.id)
    except Exception as exc:  # shown, never raised
        return user_message(exc)
    themes = ordered_themes(position)
    state.round_id = new.id
    state.open_theme = themes[0].id if themes else None
    state.mark_saved()
    state.data_changed()
    return ""
