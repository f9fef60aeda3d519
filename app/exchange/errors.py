"""The error an import gives for any file it will not take.

It is an ``InvalidInput`` so the command line turns it into exit 2 with one
Dutch line, and the UI shows its translated message; nothing was changed.
"""

from __future__ import annotations

from models.base import InvalidInput


class ImportRefused(InvalidInput):
    """A bundle was refused; ``message`` is an English msgid, ``params`` fill it."""
