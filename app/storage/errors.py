"""Storage errors; each carries an English msgid the app translates for the user."""

from __future__ import annotations


class StorageError(Exception):
    """Base class. ``message`` is an English msgid, ``params`` fill it."""

    message = "The data could not be read or written."

    def __init__(self, message: str | None = None, **params: object) -> None:
        super().__init__(message or self.message)
        if message:
            self.message = message
        self.params = params


class ReadOnlyError(StorageError):
    message = "Aan Tafel is open elsewhere with this data folder, so nothing can be saved here."


class DataFolderInUse(StorageError):
    message = (
        "Aan Tafel is already open with this data folder. Close it first and try again."
    )


class NewerSchemaError(StorageError):
    message = (
        "This data was made with a newer version of Aan Tafel. Update the app to open it."
    )
