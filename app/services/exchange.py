"""Sharing a round as a file: export, preview an import, apply it.

Used by the Delen section and by ``aantafel export`` / ``aantafel import``.

Conflict rule (what "newer" means). A bundle holds one round: its round
record, its round documents (one per registered kind) and the organisation
profile. Each record is compared with the local one:

- not there locally -> **new**, added;
- equal content -> **unchanged**, nothing written;
- different content -> the newer one wins: a record's own ``updated`` time is
  used when both sides have one (the position and the checklist have one);
  otherwise the round's ``updated`` time stands in. Only when the
  file's time is strictly later is it **newer in the file** and taken. Equal
  or later local time -> **newer here**: the local edit is kept, unless the
  user chose to take the file's version anyway (``prefer_file``).

The organisation profile is only added when there is none locally; an
existing local profile is never overwritten, and a difference is reported.

When the file comes from another organisation (both profiles named, names
differ) and a round with the same id exists here, the file's round is added
as a new round with a new id, so two organisations' work never mixes.

Nothing is written before ``apply_import``; it makes a backup first so the
import can be undone from Instellingen.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from app.exchange.reader import Bundle, read_bundle
from app.exchange.registry import REGISTRY, record_time
from app.exchange.writer import build_bundle, organisation_for_export
from app.i18n import _
from app.services import agenda, documents
from app.services.exchange_safety import (
    LEFT_OUT_OF_DEFAULT_EXPORT,
    copy_without_personal_data,
    in_future,
    keep_local_personal,
)
from app.services.organisation import load_organisation, save_organisation
from app.services.rounds import TABLE as ROUNDS_TABLE
from app.services.rounds import get_round, list_rounds
from app.storage.atomic import atomic_write_bytes
from app.storage.repository import Repository
from models.base import InvalidInput, LabelledEnum
from models.round import Round, new_round_id
from models.text import N_


class Change(LabelledEnum):
    NEW = "new", N_("new, will be added")
    SAME = "same", N_("the same as here, nothing changes")
    FILE_NEWER = "file_newer", N_("newer in the file, will replace yours")
    LOCAL_NEWER = "local_newer", N_("yours is newer, yours is kept")


#: Label when the user chose to take the file's version where theirs is newer.
TAKE_FILE_LABEL = N_("yours is newer, but the file's version will replace it (your choice)")

ROUND_LABEL = N_("Round details")


@dataclass
class RecordChange:
    kind: str  # "round" or a registered document kind
    label: str  # English msgid
    change: Change


@dataclass
class ImportPreview:
    bundle: Bundle
    target_round_id: str
    new_round: bool
    records: list[RecordChange] = field(default_factory=list)
    organisation_added: bool = False
    organisation_kept: bool = False
    other_organisation: str = ""

    @property
    def has_conflicts(self) -> bool:
        return any(r.change is Change.LOCAL_NEWER for r in self.records)

    @property
    def changes_anything(self) -> bool:
        return self.organisation_added or any(
            r.change in (Change.NEW, Change.FILE_NEWER, Change.LOCAL_NEWER) for r in self.records
        )


# -------------------------------------------------------------------- export
def _documents(repo: Repository, round_id: str) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for kind in repo.round_doc_kinds(round_id):
        if kind in REGISTRY:
            data = repo.load_round_doc(round_id, kind)
            if data is not None:
                docs[kind] = data
    return docs


def round_pdfs(repo: Repository, round_id: str, personal_data: bool) -> dict[str, bytes]:
    """The round's PDFs for documenten/ (personal fields left out unless allowed).

    A failing build fails the export: a bundle must never silently lack its PDFs.
    Without personal data the PDFs are built from a copy of the data in which
    every declared personal field is replaced, so no document builder can
    print a name it was not meant to (issue 11 item 9).
    """
    if personal_data:
        return documents.round_pdfs(repo, round_id, personal_data=True)
    with tempfile.TemporaryDirectory(prefix="aantafel-export-") as folder:
        copy = copy_without_personal_data(repo, Path(folder))
        try:
            return documents.round_pdfs(copy, round_id, personal_data=False)
        finally:
            copy.close()


def export_round(
    repo: Repository,
    round_id: str,
    personal_data: bool = False,
    pdfs: dict[str, bytes] | None = None,
) -> bytes:
    """The bundle of one round as bytes (slow with PDFs: run off the UI loop).

    ``pdfs`` None means: build them with :func:`round_pdfs`.
    """
    round_ = get_round(repo, round_id)
    if round_ is None:
        raise InvalidInput(N_("This round no longer exists."))
    return build_bundle(
        round_,
        load_organisation(repo),
        _documents(repo, round_id),
        personal_data=personal_data,
        pdfs=round_pdfs(repo, round_id, personal_data) if pdfs is None else pdfs,
        calendar=agenda.agenda_ics(repo, round_id),
    )


def save_bundle(payload: bytes, out: Path) -> Path:
    """Write bundle bytes to ``out`` atomically (a failed write leaves no half
    file); '.zip' is added when missing; an existing folder gets a default name
    chosen by the caller first."""
    out = Path(out).expanduser()
    if out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    if not out.parent.is_dir():
        raise InvalidInput(N_("The folder {folder} does not exist."), folder=str(out.parent))
    try:
        atomic_write_bytes(out, payload)
    except OSError:
        raise InvalidInput(N_("The file {file} could not be written."), file=str(out)) from None
    return out


def write_export(repo: Repository, round_id: str, out: Path, personal_data: bool = False) -> Path:
    """Export a round to a file; a folder as ``out`` gets the default file name."""
    out = Path(out).expanduser()
    if out.is_dir():
        out = out / export_file_name(repo, round_id)
    return save_bundle(export_round(repo, round_id, personal_data), out)


def read_import_file(source: Path | bytes) -> Bundle:
    """Read and validate a bundle (raises ImportRefused, an InvalidInput)."""
    return read_bundle(source)


def export_file_name(repo: Repository, round_id: str) -> str:
    """A readable default name, e.g. 'aantafel-de-eendracht-2027.zip'."""
    organisation = load_organisation(repo)
    name = organisation.name if organisation else ""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]
    slug = re.sub(r"^huurdersvereniging-", "", slug)
    return "-".join(p for p in ("aantafel", slug, round_id) if p) + ".zip"


# -------------------------------------------------------------------- import
def _newer(file_time: dt.datetime | None, local_time: dt.datetime | None) -> bool:
    """The file's version counts as newer only with a time that is later than
    ours *and* not in the future: a file dated 9999 is not trusted to replace
    anything (the user can still choose to take it)."""
    if file_time is None or local_time is None or in_future(file_time):
        return False
    return file_time > local_time


def _compare(
    file_model: BaseModel,
    local_model: BaseModel | None,
    file_time: dt.datetime | None,
    local_time: dt.datetime | None,
) -> Change:
    if local_model is None:
        return Change.NEW
    if file_model.model_dump(mode="json") == local_model.model_dump(mode="json"):
        return Change.SAME
    return Change.FILE_NEWER if _newer(file_time, local_time) else Change.LOCAL_NEWER


def preview_import(repo: Repository, bundle: Bundle) -> ImportPreview:
    """What importing ``bundle`` would change. Reads only; writes nothing."""
    file_round = bundle.data.round
    local_org = load_organisation(repo)
    file_org = bundle.data.organisation
    other = ""
    if (
        local_org
        and file_org
        and local_org.name.strip()
        and file_org.name.strip()
        and local_org.name.strip().casefold() != file_org.name.strip().casefold()
    ):
        other = file_org.name
    local_round = get_round(repo, file_round.id)
    if local_round is not None and other:
        existing = {r.id for r in list_rounds(repo)}
        preview = ImportPreview(bundle, new_round_id(file_round.year, existing), True)
        local_round = None
    else:
        preview = ImportPreview(bundle, file_round.id, local_round is None)
    preview.other_organisation = other
    comparable_round = file_round.model_copy(update={"id": preview.target_round_id})
    preview.records.append(
        RecordChange(
            "round",
            ROUND_LABEL,
            _compare(
                comparable_round,
                local_round,
                file_round.updated,
                local_round.updated if local_round else None,
            ),
        )
    )
    for kind, model in bundle.documents.items():
        entry = REGISTRY[kind]
        local_model: BaseModel | None = None
        if local_round is not None:
            raw = repo.load_round_doc(local_round.id, kind)
            local_model = entry.model.model_validate(raw) if raw is not None else None
            if raw is not None and not bundle.manifest.personal_data:
                model = keep_local_personal(kind, model, raw)
                bundle.documents[kind] = model  # what apply_import writes
        file_time = record_time(model)
        local_time = record_time(local_model) if local_model is not None else None
        if file_time is None or local_time is None:
            file_time = file_round.updated
            local_time = local_round.updated if local_round else None
        preview.records.append(
            RecordChange(
                kind, entry.label or kind, _compare(model, local_model, file_time, local_time)
            )
        )
    if file_org is not None:
        if local_org is None:
            preview.organisation_added = True
        elif organisation_for_export(local_org, bundle.manifest.personal_data).model_dump(
            mode="json"
        ) != file_org.model_dump(mode="json"):
            preview.organisation_kept = True
    return preview


def _retarget(model: BaseModel, round_id: str) -> dict[str, Any]:
    data = model.model_dump(mode="json")
    if "round_id" in data:
        data["round_id"] = round_id
    return data


def apply_import(repo: Repository, preview: ImportPreview, prefer_file: bool = False) -> Round:
    """Write what the preview says; returns the imported round as stored.

    Everything was validated by the reader; a backup is made first. Round
    documents are written before the round record, so a crash halfway leaves
    no round that points at missing work.
    """
    bundle = preview.bundle
    target = preview.target_round_id
    take = {Change.NEW, Change.FILE_NEWER} | ({Change.LOCAL_NEWER} if prefer_file else set())
    decisions = {r.kind: r.change in take for r in preview.records}
    if not any(decisions.values()) and not preview.organisation_added:
        existing = get_round(repo, target)
        assert existing is not None
        return existing
    repo.make_backup()
    with repo.transaction():  # all files or none, also when killed halfway
        for kind, model in bundle.documents.items():
            if decisions.get(kind):
                repo.save_round_doc(target, kind, _retarget(model, target))
        round_ = bundle.data.round.model_copy(update={"id": target})
        if preview.new_round and preview.other_organisation and target != bundle.data.round.id:
            title = f"{round_.display_title()} ({preview.other_organisation})"[:300]
            round_ = round_.model_copy(update={"title": title})
        if decisions.get("round"):
            repo.upsert_record(ROUNDS_TABLE, "id", round_.model_dump(mode="json"))
        if preview.organisation_added and bundle.data.organisation is not None:
            save_organisation(repo, bundle.data.organisation)
    stored = get_round(repo, target)
    assert stored is not None
    return stored


def summary_lines(preview: ImportPreview, prefer_file: bool = False) -> list[str]:
    """The preview in plain words, for the screen and the command line."""
    manifest = preview.bundle.manifest
    lines = [
        _(
            "File of {organisation}, made on {date}: {round}.",
            organisation=manifest.organisation or _("an unnamed organisation"),
            date=manifest.created.strftime("%d-%m-%Y %H:%M"),
            round=manifest.round.title,
        )
    ]
    if manifest.personal_data:
        lines.append(_("The file contains personal data (contact details of board members)."))
    if preview.other_organisation:
        lines.append(
            _(
                "This file comes from another organisation. It is added as a separate round.",
            )
        )
    if preview.new_round:
        lines.append(_("This round is new here and will be added."))
    else:
        lines.append(_("You already have this round. Per part:"))
    for record in preview.records:
        label = (
            TAKE_FILE_LABEL
            if prefer_file and record.change is Change.LOCAL_NEWER
            else record.change.label
        )
        lines.append(f"• {_(record.label)}: {_(label)}")
    if preview.organisation_added:
        lines.append(_("The organisation profile from the file will be added."))
    elif preview.organisation_kept:
        lines.append(
            _("Your own organisation profile differs from the file's. Yours is kept unchanged.")
        )
    if not preview.changes_anything:
        lines.append(_("Nothing changes: you already have all of this."))
    return lines


#: Re-exported for the export screen (views reach it through this service).
__all__ = ["LEFT_OUT_OF_DEFAULT_EXPORT"]
