"""Issue 11 item 9: a default export carries no names of people anywhere: not
in data.json, not in the CSV tables, not in the bundled PDFs. The export
screen says what is left out."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pypdf

from app.services.context import Services
from app.services.demo import add_demo
from app.services.exchange import export_round
from app.services.organisation import load_organisation
from models.checklist import ChecklistAnswers
from models.meeting import Meeting


def _demo_names(services: Services) -> set[str]:
    """Every name of a person in the demo: board, participants, speakers, action owners."""
    organisation = load_organisation(services.repo)
    assert organisation is not None
    names = {m.name for m in organisation.board}
    meeting = Meeting.model_validate(services.repo.load_round_doc("2027", "meeting"))
    names |= set(meeting.participant_list()) | set(meeting.speakers.values())
    checklist = ChecklistAnswers.model_validate(services.repo.load_round_doc("2027", "checklist"))
    names |= {a.who for answer in checklist.answers.values() for a in answer.actions}
    names = {n.strip() for n in names if n.strip()}
    # Participants lines may add a role ("Anneke de Vries (voorzitter)"): the name part counts.
    return {n.split(" (")[0].split(",")[0].strip() for n in names}


def _texts(bundle: bytes) -> dict[str, str]:
    texts: dict[str, str] = {}
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        for name in zf.namelist():
            payload = zf.read(name)
            if name.endswith(".pdf"):
                reader = pypdf.PdfReader(io.BytesIO(payload))
                texts[name] = "\n".join(page.extract_text() or "" for page in reader.pages)
            else:
                texts[name] = payload.decode("utf-8-sig")
    return texts


def test_default_export_has_no_names_of_people(tmp_path: Path) -> None:
    services = Services.open(tmp_path)
    try:
        add_demo(services.repo)
        names = _demo_names(services)
        assert {"Anneke de Vries", "Mehmet Yılmaz"} <= names
        assert len(names) >= 5, names
        texts = _texts(export_round(services.repo, "2027"))
        with_names = _texts(export_round(services.repo, "2027", personal_data=True))
    finally:
        services.close()
    assert any(n.endswith(".pdf") for n in texts) and any(n.endswith(".csv") for n in texts)
    leaks = {
        (member, name)
        for member, text in texts.items()
        for name in names
        if name in text or name in text.replace("\n", " ")
    }
    assert leaks == set()
    # The export with personal data, asked for explicitly, still has them.
    assert any("Anneke de Vries" in text for text in with_names.values())
    data = json.loads(texts["data.json"])
    assert all(m["name"] == "" for m in data["organisation"]["board"])
    assert data["organisation"]["board"][0]["role"]  # roles stay: not personal
