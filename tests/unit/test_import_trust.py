"""Issue 11 item 4: an import never erases the receiver's personal data, and a
file dated in the future does not count as newer."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from app.exchange.reader import read_bundle
from app.services import rounds
from app.services.context import Services
from app.services.exchange import Change, apply_import, preview_import, write_export
from tests.folders import demo_folder


def _doc(root: Path, kind: str) -> dict[str, Any]:
    services = Services.open(root)
    try:
        doc = services.repo.load_round_doc("2027", kind)
    finally:
        services.close()
    assert doc is not None
    return doc


def _import(root: Path, bundle_file: Path) -> dict[str, Change]:
    services = Services.open(root)
    try:
        preview = preview_import(services.repo, read_bundle(bundle_file))
        apply_import(services.repo, preview)
        return {r.kind: r.change for r in preview.records}
    finally:
        services.close()


def test_default_export_keeps_the_receivers_participants(tmp_path: Path) -> None:
    here = tmp_path / "here"
    demo_folder(here)
    participants = _doc(here, "meeting")["participants"]
    assert participants.strip(), "the demo meeting has participants"
    colleague = shutil.copytree(here, tmp_path / "colleague")
    services = Services.open(colleague)
    try:  # the colleague edits the meeting goal later, then shares by default
        meeting = services.repo.load_round_doc("2027", "meeting") or {}
        current = rounds.get_round(services.repo, "2027")
        assert current is not None
        later = current.updated + dt.timedelta(minutes=1)  # a later edit, here
        services.repo.save_round_doc(
            "2027", "meeting", {**meeting, "goal": "Nieuw doel", "updated": later.isoformat()}
        )
        services.repo.upsert_record(
            rounds.TABLE,
            "id",
            current.model_copy(update={"updated": later}).model_dump(mode="json"),
        )
        export = write_export(services.repo, "2027", tmp_path / "ronde.zip")
    finally:
        services.close()
    changes = _import(here, export)
    assert changes["meeting"] is Change.FILE_NEWER
    meeting = _doc(here, "meeting")
    assert meeting["goal"] == "Nieuw doel"
    assert meeting["participants"] == participants


def test_a_file_from_the_year_9999_does_not_replace_local_work(tmp_path: Path) -> None:
    here = tmp_path / "here"
    demo_folder(here)
    before = _doc(here, "position")
    other = shutil.copytree(here, tmp_path / "other")
    services = Services.open(other)
    try:
        position = services.repo.load_round_doc("2027", "position") or {}
        services.repo.save_round_doc(
            "2027",
            "position",
            {**position, "member_summary": "Vervangen!", "updated": "9999-12-31T23:59:59"},
        )
        export = write_export(services.repo, "2027", tmp_path / "ronde.zip")
    finally:
        services.close()
    changes = _import(here, export)
    assert changes["position"] is Change.LOCAL_NEWER
    assert _doc(here, "position") == before
