"""Use cases of the Documenten section and ``aantafel print``: build, name and save PDFs.

Which documents exist is declared by the features (``Feature.documents`` in
``app.features``); this module looks a kind up and calls its builder.
Builds are slow-ish (0.1–1 s): the UI calls :func:`build_document` through
``asyncio.to_thread``. Nothing here changes stored data except
:func:`write_pdf` (the user's own file). Meeting details: ``app.services.meeting``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.features import document_specs
from app.features.base import DocumentOptions, DocumentSpec
from app.i18n import _
from app.services.files import open_path, write_user_file
from app.services.rounds import existing_round
from app.services.settings import apply_regime
from app.storage.repository import Repository
from models.base import InvalidInput
from models.round import Round
from models.text import N_

#: Print kind -> its declaration (title, description, file stem, builder), in FEATURES order.
KINDS: dict[str, DocumentSpec] = document_specs()
#: The KIND choices of ``aantafel print``.
KIND_CHOICES: tuple[str, ...] = tuple(KINDS)


def spec(kind: str) -> DocumentSpec:
    """The declaration of a print kind; an unknown kind is the user's mistake."""
    try:
        return KINDS[kind]
    except KeyError:
        raise InvalidInput(N_("There is no document of the kind {kind}."), kind=kind) from None


def build_document(
    repo: Repository,
    kind: str,
    round_id: str,
    today: dt.date | None = None,
    personal_data: bool = True,
) -> bytes:
    """Gather the data and build one document; returns the PDF bytes.

    ``personal_data=False`` leaves every feature's personal fields out, as the
    export does.
    """
    existing_round(repo, round_id)
    apply_regime(repo)  # texts that differ per legal regime follow Instellingen
    options = DocumentOptions(today=today, personal_data=personal_data)
    return spec(kind).build(repo, round_id, options)


def contents(repo: Repository, kind: str, round_id: str) -> list[str]:
    """What the document will contain, in a few translated lines (for the view)."""
    return spec(kind).contents(repo, round_id)


def page_count(data: bytes) -> int:
    """Pages of a PDF made by our builders (ReportLab writes one ``/Type /Page`` per page).

    Good enough for the "2 pages" message without a PDF reader in the app.
    """
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def safe_file_stem(msgid: str) -> str:
    """A translated name without the characters Windows refuses in a file name."""
    return re.sub(r'[\\/:*?"<>|]+', "-", _(msgid)).strip(" .-")


def file_name(kind: str, round_: Round) -> str:
    """'Vergaderbrief 2027.pdf', 'Meeting brief 2027.pdf' in English: the
    document's name in the app's language; safe on Windows, macOS and Linux."""
    document = spec(kind)
    suffix = re.sub(r"[^0-9A-Za-z-]+", "-", round_.id).strip("-")
    return f"{safe_file_stem(document.file_stem or document.title)} {suffix}.pdf"


def round_pdfs(repo: Repository, round_id: str, personal_data: bool = False) -> dict[str, bytes]:
    """Every document of the round by file name (for the export's documenten/ folder).

    A document that refuses to be made (e.g. no process letter without
    checklist answers) is left out; any other failure fails the export.
    """
    round_ = existing_round(repo, round_id)
    pdfs: dict[str, bytes] = {}
    for kind in KINDS:
        try:
            pdfs[file_name(kind, round_)] = build_document(
                repo, kind, round_id, personal_data=personal_data
            )
        except InvalidInput:
            continue
    return pdfs


def write_pdf(data: bytes, target: Path) -> Path:
    """Write a PDF the user asked for (atomically: no half file on a crash)."""
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    return write_user_file(data, target)


def save_in_documents_dir(repo: Repository, kind: str, round_id: str, data: bytes) -> Path:
    """Keep a made document in the data folder's ``documenten`` folder (to open it)."""
    return write_pdf(
        data, repo.paths.documents_dir / file_name(kind, existing_round(repo, round_id))
    )


def open_in_viewer(path: Path, runner: Callable[..., Any] | None = None) -> bool:
    """Open a made PDF in the system's viewer (see :func:`app.services.files.open_path`)."""
    return open_path(path, runner)
