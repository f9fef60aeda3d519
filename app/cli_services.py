"""What a subcommand's handler gets from ``app.cli``: its way to the services.

Every subcommand sets ``func=handler`` with ``handler(args, access) -> int``.
``access`` (a :class:`ServiceAccess`, made by ``app.cli``) opens the data
folder as :class:`app.services.context.Services`, the same bound services the
views use, so a command calls ``services.agenda.write_ics(round_id, out)``
and never opens a repository itself.

Why a parameter and not an import: a feature declares its subcommands
(``Feature.cli``), so its CLI module is imported by ``app.features``, and the
services bundle imports ``app.features``: importing it here would be a cycle.

A handler checks its input first (the file to read, the path to write) and
only then opens the folder: opening may already repair and back up, and a
refused command must leave the folder as it was.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol

from models.base import InvalidInput
from models.round import Round
from models.text import N_

#: Said when there is no round at all and the command needs one.
NO_ROUND_YET = N_("There is no round yet. Create one first, or run 'aantafel demo'.")


class ServiceAccess(Protocol):
    """The services of the data folder (``--data-dir``) for one command."""

    def open(self, *, read_only: bool, allow_read_only: bool = True) -> AbstractContextManager[Any]:
        """``with access.open(read_only=True) as services:`` — closed afterwards.

        ``allow_read_only=False`` refuses (exit 2) when the app has the folder
        open, instead of silently opening it read-only.
        """
        ...

    def module(self, name: str) -> Any:
        """The service module ``name`` itself, for a command that opens no folder."""
        ...


def chosen_round(services: Any, code: str | None, no_round: str = NO_ROUND_YET) -> Round:
    """The round ``--round CODE`` names, else the latest; InvalidInput when there is none."""
    if code:
        found: Round | None = services.rounds.get_round(code)
        if found is None:
            raise InvalidInput(N_("There is no round {round}."), round=code)
        return found
    latest: Round | None = services.rounds.latest_round()
    if latest is None:
        raise InvalidInput(no_round)
    return latest
