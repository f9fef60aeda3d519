"""The names the app makes itself follow the language: a new round's name and
the names of saved files ("Meeting brief 2027.pdf" in English, "Vergaderbrief
2027.pdf" in Dutch). A round keeps the name it was given when the language
changes later: the stored name is the one every screen, document and export shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.features import document_specs
from app.i18n import set_language
from app.services.agenda import ics_file_name
from app.services.context import Services
from app.services.demo import add_demo
from app.services.documents import file_name
from app.services.rounds import create_round, get_round


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = Services.open(tmp_path / "data")
    yield s
    s.close()
    set_language("nl")


def test_a_new_round_is_named_in_the_current_language_and_keeps_it(services: Services) -> None:
    set_language("en")
    english = create_round(services.repo, 2027, [], [])
    assert english.title == english.display_title() == "Performance agreements 2027"
    set_language("nl")
    dutch = create_round(services.repo, 2028, [], [])
    assert dutch.display_title() == "Prestatieafspraken 2028"
    stored = get_round(services.repo, english.id)
    assert stored is not None and stored.display_title() == "Performance agreements 2027"
    # a name the user typed is kept as typed
    assert create_round(services.repo, 2029, [], [], title=" Ronde Zuid ").title == "Ronde Zuid"


def test_file_names_follow_the_language(services: Services) -> None:
    round_ = create_round(services.repo, 2027, [], [])
    kinds = list(document_specs())
    set_language("en")
    english = {kind: file_name(kind, round_) for kind in kinds}
    assert english["brief"] == "Meeting brief 2027.pdf"
    assert english["position"] == "Position paper (internal) 2027.pdf"
    assert english["achterban"] == "Members' survey report 2027.pdf"
    assert ics_file_name(round_) == "Year-calendar-2027.ics"
    set_language("nl")
    dutch = {kind: file_name(kind, round_) for kind in kinds}
    assert dutch["brief"] == "Vergaderbrief 2027.pdf"
    assert dutch["position"] == "Inzetnotitie intern 2027.pdf"
    assert dutch["survey"] == "Enquete 2027.pdf"
    assert dutch["monitor"] == "Monitor 2027.pdf"
    assert ics_file_name(round_) == "Jaarkalender-2027.ics"
    # every document has its own name in each language, and a translated one
    assert len(set(english.values())) == len(set(dutch.values())) == len(kinds)
    changed = {k for k in kinds if english[k] != dutch[k]}
    assert changed == set(kinds) - {"monitor"}


def test_the_example_in_english_has_english_round_names(services: Services) -> None:
    set_language("en")
    current = add_demo(services.repo)
    assert current.display_title() == "Performance agreements 2027"
