"""Shared pydantic base classes and limits for all stored records.

Every record refuses unknown fields (an imported file cannot smuggle data in)
and caps string length so a hostile file cannot blow up memory or PDFs.
"""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

#: Longest free text we accept in one field (about 30 pages of prose).
MAX_TEXT = 100_000
#: Longest single-line value (names, titles).
MAX_LINE = 300

LongText = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Line = Annotated[str, StringConstraints(max_length=MAX_LINE)]


class Record(BaseModel):
    """Base for stored records: strict about unknown fields, keeps text exactly."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class UserMessage:
    """Something to tell the user in one line: an English msgid and its parameters.

    The root of everything the user is told: the errors below (bad input, a
    refused import, storage trouble) and the start-up notices
    (``app.storage.recovery.Notice``). The app layer translates with
    ``_(x.message, **x.params)``; the CLI prints that line and exits 2.
    """

    #: The default msgid of a subclass (``StorageError`` and its kinds have one).
    message: str = ""

    def __init__(self, message: str | None = None, **params: object) -> None:
        if message:
            self.message = message
        self.params: dict[str, object] = params


class UserError(UserMessage, Exception):
    """The one root of user-facing errors: nothing was changed; say ``message``."""

    def __init__(self, message: str | None = None, **params: object) -> None:
        UserMessage.__init__(self, message, **params)
        Exception.__init__(self, self.message)


class InvalidInput(UserError, ValueError):
    """A value typed by the user cannot be accepted.

    ``message`` is an English msgid (marked with ``N_``) that the app layer
    translates; ``params`` fill its ``{placeholders}``.
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message, **params)
