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

from app.content.themes import get_theme, text
from app.services.record_store import RoundRecordStore
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


#: The round's bod record; an empty one (period from the round's year) when new.
load_bod = BOD_STORE.load
save_bod = BOD_STORE.save
#: Load, edit and save on a fresh read: one edit never undoes another window's.
change_bod = BOD_STORE.change
load_register = REGISTER_STORE.load
save_register = REGISTER_STORE.save
change_register = REGISTER_STORE.change
load_inzet = POSITION_STORE.load
save_inzet = POSITION_STORE.save


def theme_name(theme_id: str, own_title: str = "") -> str:
    """A theme's display name: the catalogue title, or the own theme's name."""
    if theme_id == CUSTOM_THEME_ID:
        return own_title
    theme = get_theme(theme_id)
    return text(theme.title) if theme else theme_id
