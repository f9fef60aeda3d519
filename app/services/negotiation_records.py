"""What the bod and afspraken features share: their two round records and theme titles.

The bod feature (record kind ``"bod"``: the bod, the meeting log and the
demand statuses) and the afspraken feature (record kind ``"afspraken"``:
the agreements register and its signing) read each other's record — the
bod screen shows last year's agreement next to the bod, the register makes
agreements from the demands the talks agreed on — so the loading and
saving of both records lives here, not in either feature's service
(feature services do not import each other, design §10).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from app.content.themes import get_theme, text
from app.storage.repository import Repository
from models.agreements import AgreementsRegister
from models.base import InvalidInput, Record
from models.bod import Bod
from models.text import N_
from models.themes import CUSTOM_THEME_ID

BOD_KIND = "bod"
REGISTER_KIND = "afspraken"

R = TypeVar("R", bound=Record)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _load(repo: Repository, round_id: str, kind: str, model: type[R]) -> R:
    data = repo.load_round_doc(round_id, kind)
    return model.model_validate(data if data is not None else {"round_id": round_id})


def _save(repo: Repository, kind: str, record: R) -> R:
    """Validate the whole record, stamp ``updated``, store it (this round's file only)."""
    data = {**record.model_dump(mode="json"), "updated": _now().isoformat()}
    try:
        checked = type(record).model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        field = ".".join(str(p) for p in errors[0]["loc"])[:80] if errors else "?"
        raise InvalidInput(
            N_("This value cannot be saved ({field}). Check what you typed."), field=field
        ) from None
    stored = checked.model_dump(mode="json")
    repo.save_round_doc(str(stored["round_id"]), kind, stored)
    return checked


def load_bod(repo: Repository, round_id: str) -> Bod:
    """The round's bod record; an empty one (period from the round's year) when new."""
    return _load(repo, round_id, BOD_KIND, Bod)


def save_bod(repo: Repository, bod: Bod) -> Bod:
    return _save(repo, BOD_KIND, bod)


def change_bod(repo: Repository, round_id: str, edit: Callable[[Bod], Bod]) -> Bod:
    """Load, edit and save on a fresh read: one edit never undoes another window's."""
    return save_bod(repo, edit(load_bod(repo, round_id)))


def load_register(repo: Repository, round_id: str) -> AgreementsRegister:
    return _load(repo, round_id, REGISTER_KIND, AgreementsRegister)


def save_register(repo: Repository, register: AgreementsRegister) -> AgreementsRegister:
    return _save(repo, REGISTER_KIND, register)


def change_register(
    repo: Repository,
    round_id: str,
    edit: Callable[[AgreementsRegister], AgreementsRegister],
) -> AgreementsRegister:
    return save_register(repo, edit(load_register(repo, round_id)))


def theme_name(theme_id: str, own_title: str = "") -> str:
    """A theme's display name: the catalogue title, or the own theme's name."""
    if theme_id == CUSTOM_THEME_ID:
        return own_title
    theme = get_theme(theme_id)
    return text(theme.title) if theme else theme_id
