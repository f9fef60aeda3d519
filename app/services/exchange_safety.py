"""What a default export leaves out, and what an import may trust (design §6).

- Personal data (names and contact details of people) is declared once per
  feature (``Feature.personal_fields``) and for the board; a default export
  strips it from data.json and the CSV tables (app.exchange.writer) and
  builds its PDFs from a throw-away copy of the data without it, so no
  document builder can print a name it was not meant to.
- An import of such a file must not erase the receiver's own names: the
  blanks are put back from the local record before comparing.
- A time in the future (a file dated 9999) is not trusted to be "newer".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from app.exchange.registry import REGISTRY
from app.exchange.writer import organisation_for_export
from app.i18n import _
from app.services.organisation import load_organisation, save_organisation
from app.services.rounds import TABLE as ROUNDS_TABLE
from app.services.rounds import list_rounds
from app.storage.repository import Repository
from models.text import N_

#: What a default export leaves out (msgids), for the export screen: the
#: board's personal fields and, derived, what each feature declares personal.
LEFT_OUT_OF_DEFAULT_EXPORT: tuple[str, ...] = (
    N_("names, e-mail addresses and phone numbers of board members"),
    *(
        entry.feature.personal_summary
        for entry in REGISTRY.values()
        if entry.feature.personal_fields
    ),
)


def names_left_out(node: Any, parts: list[str]) -> Any:
    """Like Feature.strip_personal, but a filled-in text becomes "(name left
    out)" instead of empty: a reader of the PDF sees that someone was named
    (a speaker, an action holder), not that nobody was."""
    if not parts:
        if isinstance(node, str):
            return _("(name left out)") if node.strip() else ""
        return [] if isinstance(node, list) else {} if isinstance(node, dict) else None
    head, rest = parts[0], parts[1:]
    if head == "*" and isinstance(node, list):
        return [names_left_out(v, rest) for v in node]
    if head == "*" and isinstance(node, dict):
        return {k: names_left_out(v, rest) for k, v in node.items()}
    if isinstance(node, dict) and head in node:
        return {**node, head: names_left_out(node[head], rest)}
    return node


def copy_without_personal_data(repo: Repository, folder: Path) -> Repository:
    """A throw-away data folder with the organisation, the settings and every
    round, their declared records without personal data. Kinds no feature
    declares are left out: what is not declared is not shared."""
    copy = Repository.open(folder)
    organisation = load_organisation(repo)
    if organisation is not None:
        save_organisation(copy, organisation_for_export(organisation, personal_data=False))
    settings = repo.get_single("settings")
    if settings:
        copy.put_single("settings", settings)
    for round_ in list_rounds(repo):
        copy.upsert_record(ROUNDS_TABLE, "id", round_.model_dump(mode="json"))
        for kind in repo.round_doc_kinds(round_.id):
            data = repo.load_round_doc(round_.id, kind) if kind in REGISTRY else None
            if data is None:
                continue
            for path in REGISTRY[kind].feature.personal_fields:
                data = names_left_out(data, path.split("."))
            copy.save_round_doc(round_.id, kind, data)
    return copy


#: Clocks and time zones differ a little between computers; more than this
#: ahead of ours is a wrong clock or a crafted file (year 9999).
FUTURE_TOLERANCE = dt.timedelta(days=1)


def in_future(moment: dt.datetime) -> bool:
    """True for a time that has not come yet (beyond a day's tolerance)."""
    now = dt.datetime.now(moment.tzinfo) if moment.tzinfo else dt.datetime.now()
    return moment > now + FUTURE_TOLERANCE


def _blank(value: Any) -> bool:
    return value in ("", None) or value == [] or value == {}


def _restore_personal(file_node: Any, local_node: Any, parts: list[str]) -> Any:
    """Put the local value back where the file holds a blank at ``parts``."""
    if not parts:
        return local_node if _blank(file_node) and not _blank(local_node) else file_node
    head, rest = parts[0], parts[1:]
    if head == "*" and isinstance(file_node, list) and isinstance(local_node, list):
        return [
            _restore_personal(value, local_node[i], rest) if i < len(local_node) else value
            for i, value in enumerate(file_node)
        ]
    if head == "*" and isinstance(file_node, dict) and isinstance(local_node, dict):
        return {
            key: _restore_personal(value, local_node[key], rest) if key in local_node else value
            for key, value in file_node.items()
        }
    if isinstance(file_node, dict) and isinstance(local_node, dict) and head in file_node:
        return {**file_node, head: _restore_personal(file_node[head], local_node.get(head), rest)}
    return file_node


def keep_local_personal(kind: str, file_model: BaseModel, local_raw: dict[str, Any]) -> BaseModel:
    """The file's record with our own personal fields put back.

    A default export blanks the fields its feature declares personal (its
    manifest says ``personal_data: false``); those blanks are not edits and
    must not erase the receiver's names. Only blanks are filled, field by
    field, so everything else the file changed still counts.
    """
    entry = REGISTRY[kind]
    merged: Any = file_model.model_dump(mode="json")
    for path in entry.feature.personal_fields:
        merged = _restore_personal(merged, local_raw, path.split("."))
    return entry.model.model_validate(merged)
