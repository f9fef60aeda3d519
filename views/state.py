"""Observable UI state shared by all sections of one session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import flet as ft


@ft.observable
@dataclass
class AppState:
    """What every section needs to know: the chosen round and save feedback."""

    round_id: str | None = None
    saved_at: dt.datetime | None = None
    save_error: str = ""
    read_only: bool = False
    notices: list[str] = field(default_factory=list)
    #: Bumped when data changes in a way other sections must reload for
    #: (a new round, an import): components list it in their dependencies.
    data_version: int = 0
    #: Instellingen (views/instellingen.py): applied to the whole UI at once.
    language: str = "nl"
    text_scale: float = 1.0
    high_contrast: bool = False
    #: The first-run welcome (views/welcome.py) is shown on Overzicht.
    show_welcome: bool = False
    #: Where the glossary's "Back" button returns to.
    glossary_return: str = "/"
    #: A theme Inzet opens when it appears (views/first_round.py: after the
    #: first round is started the volunteer lands on the first theme).
    open_theme: str | None = None

    def mark_saved(self) -> None:
        """Light the 'opgeslagen' indicator."""
        self.saved_at = dt.datetime.now()
        self.save_error = ""

    def mark_save_failed(self, message: str) -> None:
        self.save_error = message

    def data_changed(self) -> None:
        self.data_version += 1
