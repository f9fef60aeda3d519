"""Does stored data fit the app's models? (design §6: valid JSON is not enough)

A round whose phase has one wrong letter, or a list where an object belongs,
used to pass ``check``, survive the start and then break every screen and
document. This module validates every record of a data file (or a backup
member) with its pydantic model; the storage layer asks it through
``Repository.open(validate=...)`` at start, in ``check`` and before a restore.

Which model belongs to which record: the main file's tables are listed here,
a round file's records by their registered kind (app.exchange.registry).
Kinds and tables nobody registered are left alone: a feature that stores
something new validates it when it registers its model.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from app.exchange.registry import REGISTRY
from models.organisation import Organisation
from models.round import Round

#: Main-file tables and their models. Settings are left out on purpose: a bad
#: settings record falls back to the defaults (app.services.settings) and is
#: no reason to put back an older copy of the whole file.
MAIN_TABLES: dict[str, type[BaseModel]] = {"organisation": Organisation, "rounds": Round}
MAIN_MEMBER = "aantafel.json"
_ROUND_MEMBER = re.compile(r"^rondes/(?P<round>[^/]+)\.json$")


def _all_valid(model: type[BaseModel], table: dict[str, Any]) -> bool:
    for document in table.values():
        try:
            model.model_validate(document)
        except (ValidationError, ValueError, TypeError):
            return False
    return True


def is_valid_member(member: str, data: dict[str, Any]) -> bool:
    """True when every known record in the file ``member`` fits its model.

    ``data`` is the file's TinyDB content: ``{table: {doc_id: record}}``.
    """
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        return False
    if member == MAIN_MEMBER:
        models = MAIN_TABLES
    elif _ROUND_MEMBER.match(member):
        models = {kind: entry.model for kind, entry in REGISTRY.items()}
    else:
        return True
    return all(_all_valid(models[name], table) for name, table in data.items() if name in models)
