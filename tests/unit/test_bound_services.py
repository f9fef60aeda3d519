"""Views reach a service bound to the data folder (``services.<kind>``): every
function whose first parameter is ``repo`` gets it filled in, also a record
store's method named as a service function (``load_position = STORE.load``)."""

from __future__ import annotations

from pathlib import Path

from app.services.context import Services
from app.services.rounds import create_round
from models.checklist import Answer


def test_store_methods_named_as_service_functions_are_bound(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "data")
    round_ = create_round(services.repo, 2027, ["Utrecht"], ["Het Anker"])
    answers = services.checklist.load_checklist(round_.id)  # STORE.load, repo bound
    assert answers.round_id == round_.id and not answers.answers
    services.checklist.set_answer(round_.id, "A1", Answer.YES)
    saved = services.checklist.save_checklist(services.checklist.load_checklist(round_.id))
    assert saved.get("A1").answer is Answer.YES
    assert services.position.load_position(round_.id).round_id == round_.id
    assert services.checklist.KIND == "checklist"  # not a function: as it is
