"""Storage errors; each carries an English msgid the app translates for the user."""

from __future__ import annotations

from models.base import UserError
from models.text import N_


class StorageError(UserError):
    """Base class. ``message`` is an English msgid, ``params`` fill it."""

    message = N_("The data could not be read or written.")


class ReadOnlyError(StorageError):
    message = N_("Aan Tafel is open elsewhere with this data folder, so nothing can be saved here.")


class DataFolderInUse(StorageError):
    message = N_("Aan Tafel is already open with this data folder. Close it first and try again.")


class NewerSchemaError(StorageError):
    message = N_("This data was made with a newer version of Aan Tafel. Update the app to open it.")
