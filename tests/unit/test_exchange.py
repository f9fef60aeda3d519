"""Export bundles and the import: contents, personal data, CSV, conflicts,
other organisations, old schema versions, and the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.exchange.csv_tables import csv_bytes
from app.exchange.reader import read_bundle
from app.exchange.registry import REGISTRY
from app.features import record_kinds
from app.services import checklist as checklist_service
from app.services import position as position_service
from app.services import record_store
from app.services import rounds as rounds_service
from app.services.context import Services
from app.services.exchange import (
    Change,
    apply_import,
    export_round,
    preview_import,
    summary_lines,
    write_export,
)
from app.services.organisation import load_organisation, save_organisation
from models.checklist import Answer
from models.organisation import Organisation
from tests.data.bad.make_bad_files import DATA, MANIFEST, _bundle

EMAIL = "voorzitter@de-eendracht.example"


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Services]:
    s = Services.open(tmp_path / "b")
    yield s
    s.close()


def unchanged() -> dict[str, Change]:
    """The round and every feature's record unchanged (tests name what did change)."""
    return {"round": Change.SAME, **{kind: Change.SAME for kind in record_kinds()}}


def members(payload: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_bundle_contents_and_manifest(demo: Services) -> None:
    payload = export_round(demo.repo, "2027")
    files = members(payload)
    assert {"manifest.json", "data.json", "tabellen/inzet.csv", "tabellen/checklist.csv"} <= set(
        files
    )
    manifest = json.loads(files["manifest.json"])
    assert manifest["format"] == "aantafel-export"
    assert manifest["personal_data"] is False
    assert manifest["round"] == {"id": "2027", "year": 2027, "title": "Prestatieafspraken 2027"}
    assert manifest["organisation"] == "Huurdersvereniging De Eendracht"
    data = json.loads(files["data.json"])
    assert set(data["documents"]) == set(record_kinds())  # every feature's record


def test_personal_data_left_out_unless_allowed(demo: Services) -> None:
    without = members(export_round(demo.repo, "2027"))
    assert not any(EMAIL.encode() in content for content in without.values())
    assert not any(b"06-12345678" in content for content in without.values())
    data = json.loads(without["data.json"])
    # names are personal data too (issue 11 item 9); roles are not
    assert data["organisation"]["board"][0]["name"] == ""
    assert data["organisation"]["board"][0]["role"] == "voorzitter"
    with_pd = members(export_round(demo.repo, "2027", personal_data=True))
    assert EMAIL.encode() in with_pd["data.json"]
    assert b"Anneke de Vries" in with_pd["data.json"]
    assert json.loads(with_pd["manifest.json"])["personal_data"] is True


def test_csv_opens_in_dutch_excel(demo: Services) -> None:
    table = members(export_round(demo.repo, "2027"))["tabellen/inzet.csv"]
    assert table.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(table.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Thema", "Prioriteit"]
    assert all(len(r) == len(rows[0]) for r in rows)
    assert b"\r\n" in table


def test_csv_defuses_formulas_and_keeps_separators() -> None:
    raw = csv_bytes(["a", "b"], [['=HYPERLINK("x")', "één; twee\ndrie"]])
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ['\'=HYPERLINK("x")', "één; twee\ndrie"]


def test_round_trip_into_empty_folder(demo: Services, empty: Services) -> None:
    bundle = read_bundle(export_round(demo.repo, "2027"))
    preview = preview_import(empty.repo, bundle)
    assert preview.new_round and preview.organisation_added
    assert all(r.change is Change.NEW for r in preview.records)
    stored = apply_import(empty.repo, preview)
    assert stored == rounds_service.get_round(demo.repo, "2027")
    assert position_service.load_position(empty.repo, "2027") == position_service.load_position(
        demo.repo, "2027"
    )
    # a default export leaves out who does an action (personal data, issue 11 item 9)
    imported = checklist_service.load_checklist(empty.repo, "2027").model_dump(mode="json")
    original = checklist_service.load_checklist(demo.repo, "2027").model_dump(mode="json")
    assert imported == REGISTRY["checklist"].strip_personal(original)
    organisation = load_organisation(empty.repo)
    assert organisation is not None and organisation.board[0].email == ""
    assert organisation.board[0].name == "" and organisation.board[0].role


def test_nothing_changes_before_apply(demo: Services, empty: Services) -> None:
    bundle = read_bundle(export_round(demo.repo, "2027"))
    preview_import(empty.repo, bundle)
    assert rounds_service.list_rounds(empty.repo) == []
    assert load_organisation(empty.repo) is None


def test_local_newer_edit_is_kept_unless_chosen(demo: Services, empty: Services) -> None:
    apply_import(
        empty.repo, preview_import(empty.repo, read_bundle(export_round(demo.repo, "2027")))
    )
    bundle = read_bundle(export_round(demo.repo, "2027"))
    # a local edit after the export
    checklist_service.set_answer(empty.repo, "2027", "A1", Answer.NO)
    local = checklist_service.load_checklist(empty.repo, "2027")
    preview = preview_import(empty.repo, bundle)
    changes = {r.kind: r.change for r in preview.records}
    assert changes == {
        **unchanged(),
        "checklist": Change.LOCAL_NEWER,
    }
    assert preview.has_conflicts
    assert any("die van jou blijft" in line for line in summary_lines(preview))
    apply_import(empty.repo, preview)
    assert checklist_service.load_checklist(empty.repo, "2027") == local
    apply_import(empty.repo, preview, prefer_file=True)
    assert checklist_service.load_checklist(empty.repo, "2027").answer_of("A1") != Answer.NO


def test_file_newer_replaces_local(
    demo: Services, empty: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_import(
        empty.repo, preview_import(empty.repo, read_bundle(export_round(demo.repo, "2027")))
    )
    # later edits at the source (an hour later): the checklist carries its own
    # time; the round's time stands in for the position
    later = dt.datetime.now().astimezone().replace(microsecond=0) + dt.timedelta(hours=1)
    monkeypatch.setattr(record_store, "now", lambda: later)
    monkeypatch.setattr(rounds_service, "now", lambda: later)
    checklist_service.set_answer(demo.repo, "2027", "A1", Answer.NOT_APPLICABLE)
    position_service.update_position_info(demo.repo, "2027", member_summary="Nieuw overzicht")
    round_ = rounds_service.get_round(demo.repo, "2027")
    assert round_ is not None
    rounds_service.update_round(demo.repo, round_.model_copy(update={"title": "Nieuw"}))
    preview = preview_import(empty.repo, read_bundle(export_round(demo.repo, "2027")))
    changes = {r.kind: r.change for r in preview.records}
    assert changes == {
        **unchanged(),
        "round": Change.FILE_NEWER,
        "position": Change.FILE_NEWER,
        "checklist": Change.FILE_NEWER,
    }
    assert not preview.has_conflicts
    stored = apply_import(empty.repo, preview)
    assert stored.title == "Nieuw"
    assert position_service.load_position(empty.repo, "2027").member_summary == "Nieuw overzicht"
    assert checklist_service.load_checklist(empty.repo, "2027").answer_of("A1") == (
        Answer.NOT_APPLICABLE
    )


def test_position_edit_alone_counts_as_newer(
    demo: Services, empty: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The position carries its own time: an edit to it alone (the round's
    details untouched) makes the file's version newer, and a later local edit
    is kept."""
    apply_import(
        empty.repo, preview_import(empty.repo, read_bundle(export_round(demo.repo, "2027")))
    )
    later = dt.datetime.now().astimezone().replace(microsecond=0) + dt.timedelta(hours=1)
    monkeypatch.setattr(record_store, "now", lambda: later)
    position_service.update_position_info(demo.repo, "2027", member_summary="Aan de bron")
    bundle = read_bundle(export_round(demo.repo, "2027"))
    changes = {r.kind: r.change for r in preview_import(empty.repo, bundle).records}
    assert changes["position"] == Change.FILE_NEWER and changes["round"] == Change.SAME
    monkeypatch.setattr(record_store, "now", lambda: later + dt.timedelta(hours=1))
    position_service.update_position_info(empty.repo, "2027", member_summary="Hier later")
    changes = {r.kind: r.change for r in preview_import(empty.repo, bundle).records}
    assert changes["position"] == Change.LOCAL_NEWER


def test_existing_profile_is_never_overwritten(demo: Services, empty: Services) -> None:
    save_organisation(empty.repo, Organisation(name="Huurdersvereniging De Eendracht"))
    preview = preview_import(empty.repo, read_bundle(export_round(demo.repo, "2027")))
    assert preview.organisation_kept and not preview.organisation_added
    apply_import(empty.repo, preview)
    assert load_organisation(empty.repo) == Organisation(name="Huurdersvereniging De Eendracht")


def test_other_organisation_becomes_a_separate_round(demo: Services, empty: Services) -> None:
    save_organisation(empty.repo, Organisation(name="Bewonersraad Zuid"))
    rounds_service.create_round(empty.repo, 2027, ["Zuidstad"], ["Woonzorg Zuid"])
    preview = preview_import(empty.repo, read_bundle(export_round(demo.repo, "2027")))
    assert preview.new_round and preview.target_round_id == "2027-2"
    stored = apply_import(empty.repo, preview)
    assert stored.id == "2027-2" and "De Eendracht" in stored.title
    assert position_service.load_position(empty.repo, "2027-2").round_id == "2027-2"
    assert position_service.load_position(empty.repo, "2027").themes == []


def test_older_schema_version_is_migrated() -> None:
    data = json.loads(json.dumps(DATA))
    round_ = data["round"]
    del round_["municipalities"], round_["housing_associations"]
    round_["municipality"] = "Noorderveen"
    round_["housing_association"] = "Het Anker"
    bundle = read_bundle(_bundle(manifest={**MANIFEST, "schema_version": 1}, data=data))
    assert bundle.data.round.municipalities == ["Noorderveen"]
    assert bundle.data.round.housing_associations == ["Het Anker"]


def test_cli_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "ronde.zip"
    assert main(["--data-dir", str(a), "demo"]) == 0
    assert main(["--data-dir", str(a), "export", "--round", "2026", "--out", str(out)]) == 0
    assert json.loads(members(out.read_bytes())["manifest.json"])["round"]["id"] == "2026"
    assert main(["--data-dir", str(b), "import", "--preview", str(out)]) == 0
    assert "Deze ronde heb je nog niet" in capsys.readouterr().out
    services = Services.open(b)
    assert rounds_service.list_rounds(services.repo) == []
    services.close()
    assert main(["--data-dir", str(b), "import", str(out)]) == 0
    assert "Geïmporteerd: Prestatieafspraken 2026." in capsys.readouterr().out
    services = Services.open(b)
    assert [r.id for r in rounds_service.list_rounds(services.repo)] == ["2026"]
    services.close()


def test_cli_export_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a"
    assert main(["--data-dir", str(a), "export", "--out", str(tmp_path / "x.zip")]) == 2
    assert "nog geen ronde" in capsys.readouterr().err
    main(["--data-dir", str(a), "demo"])
    capsys.readouterr()
    assert main(["--data-dir", str(a), "export", "--round", "1999", "--out", "x.zip"]) == 2
    assert capsys.readouterr().err.strip() == "aantafel: Er is geen ronde 1999."
    missing = tmp_path / "nope" / "x.zip"
    assert main(["--data-dir", str(a), "export", "--out", str(missing)]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_export_to_folder_uses_default_name(demo: Services, tmp_path: Path) -> None:
    out = write_export(demo.repo, "2027", tmp_path)
    assert out.name == "aantafel-de-eendracht-2027.zip"
    assert read_bundle(out).data.round.id == "2027"


def test_meeting_travels_without_participants_unless_allowed(
    demo: Services, empty: Services
) -> None:
    from models.meeting import Meeting

    meeting = Meeting(
        round_id="2027", place="Gemeentehuis", participants="Wethouder Jansen\nA. de Vries"
    )
    demo.repo.save_round_doc("2027", "meeting", meeting.model_dump(mode="json"))
    plain = read_bundle(export_round(demo.repo, "2027"))
    assert plain.documents["meeting"].model_dump()["participants"] == ""
    assert plain.documents["meeting"].model_dump()["place"] == "Gemeentehuis"
    full = read_bundle(export_round(demo.repo, "2027", personal_data=True))
    assert full.documents["meeting"] == meeting
    apply_import(empty.repo, preview_import(empty.repo, full))
    assert empty.repo.load_round_doc("2027", "meeting") == meeting.model_dump(mode="json")


def test_pdfs_from_the_documents_service_go_into_documenten(
    demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import documents

    calls: list[bool] = []

    def round_pdfs(repo: object, round_id: str, personal_data: bool) -> dict[str, bytes]:
        calls.append(personal_data)
        return {"vergaderbrief.pdf": b"%PDF-1.4 brief", "../sneaky.pdf": b"%PDF-1.4 x"}

    monkeypatch.setattr(documents, "round_pdfs", round_pdfs)
    files = members(export_round(demo.repo, "2027"))
    assert files["documenten/vergaderbrief.pdf"] == b"%PDF-1.4 brief"
    assert files["documenten/sneaky.pdf"] == b"%PDF-1.4 x"
    assert calls == [False]
    manifest = json.loads(files["manifest.json"])
    assert "documenten/vergaderbrief.pdf" in manifest["pdfs"]
    assert read_bundle(export_round(demo.repo, "2027")).data.round.id == "2027"
