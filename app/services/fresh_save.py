"""Saving an edit on a fresh read, so two windows never silently undo each
other (design §6).

A view keeps the record as it showed it. Saving the whole shown copy wrote
back every field as it was when the page opened: change the name in tab A,
then the member count in tab B, and A's name was gone without a word. Here a
save takes the *stored* record, applies only the fields the user changed, and
refuses (:class:`StaleCopy`) when one of those very fields was changed
elsewhere since it was shown. Edits of different fields in two windows both
survive; two edits of the same field are never silently lost.

The comparison is on content, which works as a version number that needs no
extra field in the stored records.
"""

from __future__ import annotations

from typing import Any

from app.storage.errors import StorageError
from models.text import N_


class StaleCopy(StorageError):
    message = N_(
        "This was changed in another window since you opened it, so your change was not "
        "saved. Reload the page (F5) to see the latest version and try again."
    )


def merge_edit(
    stored: dict[str, Any] | None, shown: dict[str, Any], changes: dict[str, Any]
) -> dict[str, Any]:
    """The stored record with ``changes`` applied (all plain JSON values).

    Raises StaleCopy when a changed field holds something else in storage
    than what the user saw; without a stored record the shown copy is the base.
    """
    base = shown if stored is None else stored
    for name in changes:
        if base.get(name) != shown.get(name):
            raise StaleCopy()
    return {**base, **changes}
