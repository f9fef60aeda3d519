"""Errors the UI may need to tell the user about, without importing storage."""

import errno

from app.storage.errors import DataFolderInUse, NewerSchemaError, ReadOnlyError, StorageError
from models.base import InvalidInput, UserError
from models.text import N_

__all__ = [
    "DataFolderInUse",
    "InvalidInput",
    "NewerSchemaError",
    "ReadOnlyError",
    "StorageError",
    "UserError",
]


DISK_FULL = N_(
    "The disk is full, so this could not be saved. Make room on the disk (for example by "
    "emptying the recycle bin) and try again."
)


def is_disk_full(exc: BaseException) -> bool:
    """No space left, or over the user's disk quota."""
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def user_message(exc: Exception) -> str:
    """A Dutch (or English) one-liner for an error the user caused or can fix."""
    from app.i18n import _

    if isinstance(exc, UserError):
        return _(exc.message, **exc.params)
    if is_disk_full(exc):
        return _(DISK_FULL)
    return _("Something went wrong. Your earlier work is safe. Please try again.")
