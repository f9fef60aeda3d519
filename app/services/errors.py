"""Errors the UI may need to tell the user about, without importing storage."""

from app.storage.errors import DataFolderInUse, NewerSchemaError, ReadOnlyError, StorageError
from models.base import InvalidInput

__all__ = ["DataFolderInUse", "InvalidInput", "NewerSchemaError", "ReadOnlyError", "StorageError"]


def user_message(exc: Exception) -> str:
    """A Dutch (or English) one-liner for an error the user caused or can fix."""
    from app.i18n import _

    if isinstance(exc, (InvalidInput, StorageError)):
        return _(exc.message, **exc.params)
    return _("Something went wrong. Your earlier work is safe. Please try again.")
