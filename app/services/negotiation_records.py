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

from collections.abc import Callable

from app.content.themes import get_theme, text
from app.services.record_store import RoundRecordStore
from app.storage.repository import Repository
from models.agreements import AgreementsRegister
from models.bod import Bod
from models.position import Position
from models.themes import CUSTOM_THEME_ID

BOD_KIND = "bod"
REGISTER_KIND = "afspraken"
POSITION_KIND = "position"

BOD_STORE = RoundRecordStore(BOD_KIND, Bod)
REGISTER_STORE = RoundRecordStore(REGISTER_KIND, AgreementsRegister)
#: The inzet, read (and for "last round's agreements into the inzet" written)
#: through a store of its kind: the position's service is another feature's.
POSITION_STORE = RoundRecordStore(POSITION_KIND, Position)


def load_bod(repo: Repository, round_id: str) -> Bod:
    """The round's bod record; an empty one (period from the round's year) when new."""
    return BOD_STORE.load(repo, round_id)


def save_bod(repo: Repository, bod: Bod) -> Bod:
    return BOD_STORE.save(repo, bod)


def change_bod(repo: Repository, round_id: str, edit: Callable[[Bod], Bod]) -> Bod:
    """Load, edit and save on a fresh read: one edit never undoes another window's."""
    return BOD_STORE.change(repo, round_id, edit)


def load_register(repo: Repository, round_id: str) -> AgreementsRegister:
    return REGISTER_STORE.load(repo, round_id)


def save_register(repo: Repository, register: AgreementsRegister) -> AgreementsRegister:
    return REGISTER_STORE.save(repo, register)


def change_register(
    repo: Repository,
    round_id: str,
    edit: Callable[[AgreementsRegister], AgreementsRegister],
) -> AgreementsRegister:
    return REGISTER_STORE.change(repo, round_id, edit)


def load_inzet(repo: Repository, round_id: str) -> Position:
    return POSITION_STORE.load(repo, round_id)


def save_inzet(repo: Repository, position: Position) -> Position:
    return POSITION_STORE.save(repo, position)


def theme_name(theme_id: str, own_title: str = "") -> str:
    """A theme's display name: the catalogue title, or the own theme's name."""
    if theme_id == CUSTOM_THEME_ID:
        return own_title
    theme = get_theme(theme_id)
    return text(theme.title) if theme else theme_id
