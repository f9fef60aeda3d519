"""One root for what the user is told: every user-facing error is a UserError."""

from __future__ import annotations

import pytest

from app.exchange.errors import ImportRefused
from app.services.errors import user_message
from app.storage.errors import DataFolderInUse, NewerSchemaError, ReadOnlyError, StorageError
from app.storage.recovery import Notice
from models.base import InvalidInput, UserError, UserMessage
from models.text import N_


@pytest.mark.parametrize(
    "error",
    [
        InvalidInput(N_("There is no round {round}."), round="2031"),
        ImportRefused(N_("There is no round {round}."), round="2031"),
        StorageError(N_("There is no round {round}."), round="2031"),
    ],
)
def test_errors_share_one_root_and_say_one_dutch_line(error: UserError) -> None:
    assert isinstance(error, UserError) and isinstance(error, UserMessage)
    assert user_message(error) == "Er is geen ronde 2031."


@pytest.mark.parametrize("kind", [ReadOnlyError, DataFolderInUse, NewerSchemaError])
def test_storage_errors_keep_their_own_default_message(kind: type[StorageError]) -> None:
    error = kind()
    assert isinstance(error, UserError)
    assert error.message == kind.message and str(error) == kind.message
    assert user_message(error) != user_message(ValueError("x"))


def test_notices_are_user_messages_too() -> None:
    notice = Notice(N_("There is no round {round}."), {"round": "2031"})
    assert isinstance(notice, UserMessage) and not isinstance(notice, Exception)


def test_invalid_input_is_still_a_value_error() -> None:
    with pytest.raises(ValueError):
        raise InvalidInput(N_("There is no round {round}."), round="x")
