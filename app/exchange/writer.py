"""Builds an export bundle (a .zip anyone can open) from a round's records.

Pure: records in, zip bytes out; the service gathers the records and writes
the file. Personal data (board members' e-mail and phone, and whatever a
feature declares in ``personal_fields``) is left out unless ``personal_data`` is
True; the manifest records that choice.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from typing import Any

from app import __version__
from app.exchange.csv_tables import csv_bytes
from app.exchange.registry import REGISTRY, exportable_kinds, tables_of
from app.exchange.schema import FORMAT
from app.storage.migrations import SCHEMA_VERSION
from models.organisation import BoardMember, Organisation
from models.round import Round

MANIFEST = "manifest.json"
DATA = "data.json"
PDF_DIR = "documenten/"
CSV_DIR = "tabellen/"
#: The round's dates for a calendar program (not listed in the manifest, which
#: older versions read strictly; import ignores it).
CALENDAR = "agenda.ics"


def organisation_for_export(organisation: Organisation, personal_data: bool) -> Organisation:
    """The profile without the board's contact details, unless allowed."""
    if personal_data:
        return organisation
    blank = {name: "" for name in BoardMember.PERSONAL_FIELDS}
    return organisation.model_copy(
        update={"board": [m.model_copy(update=blank) for m in organisation.board]}
    )


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")


def build_bundle(
    round_: Round,
    organisation: Organisation | None,
    documents: dict[str, dict[str, Any]],
    *,
    personal_data: bool,
    pdfs: dict[str, bytes] | None = None,
    now: dt.datetime | None = None,
    calendar: bytes | None = None,
) -> bytes:
    """The bundle's bytes. ``documents`` maps kind -> stored document; kinds
    that are not registered are left out (we could not import them back)."""
    created = now or dt.datetime.now().astimezone().replace(microsecond=0)
    kinds = exportable_kinds(list(documents))
    docs: dict[str, dict[str, Any]] = {}
    tables: dict[str, bytes] = {}
    for kind in kinds:
        entry = REGISTRY[kind]
        model = entry.model.model_validate(documents[kind])
        data = model.model_dump(mode="json")
        if not personal_data:
            data = entry.strip_personal(data)
        docs[kind] = data
        for name, header, rows in tables_of(entry, entry.model.model_validate(data)):
            tables[name] = csv_bytes(header, rows)
    org = organisation_for_export(organisation, personal_data) if organisation else None
    data_json = {
        "round": round_.model_dump(mode="json"),
        "organisation": org.model_dump(mode="json") if org else None,
        "documents": docs,
    }
    # only plain file names inside documenten/ (never a path)
    pdf_files = {
        name.replace("\\", "/").rsplit("/", 1)[-1]: content
        for name, content in sorted((pdfs or {}).items())
    }
    pdf_files = {n: c for n, c in pdf_files.items() if n not in ("", ".", "..")}
    manifest = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "created": created.isoformat(),
        "organisation": organisation.name if organisation else "",
        "round": {"id": round_.id, "year": round_.year, "title": round_.display_title()},
        "personal_data": personal_data,
        "documents": kinds,
        "pdfs": [PDF_DIR + name for name in pdf_files],
        "tables": [CSV_DIR + name for name in tables],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, _json(manifest))
        zf.writestr(DATA, _json(data_json))
        for name, content in pdf_files.items():
            zf.writestr(PDF_DIR + name, content)
        for name, content in tables.items():
            zf.writestr(CSV_DIR + name, content)
        if calendar:
            zf.writestr(CALENDAR, calendar)
    return buffer.getvalue()
