"""The shipped checklist content loads and is complete in both languages."""

import json

import pytest
from pydantic import ValidationError

from app.content.checklist import checklist_content, group_title, item_article, item_text
from app.paths import content_dir
from models.checklist import Basis, ChecklistContent


def raw() -> dict:
    return json.loads((content_dir() / "checklist.json").read_text(encoding="utf-8"))


def test_loads_38_items_in_six_groups() -> None:
    content = checklist_content()
    assert [g.id for g in content.groups] == ["A", "B", "C", "D", "E", "F"]
    assert len(content.items()) == 38
    assert [i.number for i in content.items()] == list(range(1, 39))


def test_every_item_complete_in_both_languages() -> None:
    for group in checklist_content().groups:
        assert group.title["nl"].strip() and group.title["en"].strip()
        for item in group.items:
            for lang in ("nl", "en"):
                assert item.text[lang].strip(), item.id
                assert item.rationale[lang].strip(), item.id
            assert item.basis in set(Basis)
            if item.basis is Basis.LAW:
                assert item.article and item.article["nl"] and item.article["en"]


def test_unverified_facts_are_not_presented_as_law() -> None:
    """domain.md marks the 15 December article unverified and the agenda right
    only applies 'by analogy': those items must not claim to be law."""
    content = checklist_content()
    assert content.item("C15").basis is not Basis.LAW
    assert content.item("C17").basis is not Basis.LAW
    for item in content.items():
        if item.basis is Basis.LAW:
            assert "15 december" not in item_article(item, "nl").lower()


def test_helpers_pick_language() -> None:
    content = checklist_content()
    group = content.groups[0]
    assert group_title(group, "nl") == "A. Formele positie en middelen"
    assert group_title(group, "en") == "A. Formal position and resources"
    assert item_text(content.item("B8"), "en").startswith("We received")
    assert item_article(content.item("B9"), "nl") == ""


def _broken(mutate) -> dict:  # type: ignore[no-untyped-def]
    data = raw()
    mutate(data)
    return data


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["groups"][0]["items"][0]["text"].pop("en"),
        lambda d: d["groups"][0]["items"][0]["rationale"].update(nl="  "),
        lambda d: d["groups"][0]["items"][0].pop("basis"),
        lambda d: d["groups"][0]["items"][0].pop("article"),  # law item without article
        lambda d: d["groups"][0]["items"][1].update(article={"nl": "x", "en": "x"}),  # no date
        lambda d: d["groups"][0]["items"][0].update(who="iedereen"),
        lambda d: d["groups"][0]["items"][1].update(id="A1"),  # duplicate id
        lambda d: d["groups"][1]["items"][0].update(id="A99"),  # wrong group
        lambda d: d["groups"][0]["title"].pop("nl"),
        lambda d: d["groups"][0]["items"][0].update(basis="wet?"),
        lambda d: d["groups"][0]["items"][0].update(extra="x"),
    ],
)
def test_validation_catches_broken_content(mutate) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        ChecklistContent.model_validate(_broken(mutate))
