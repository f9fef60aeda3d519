"""The equal-partnership checklist ("Gelijkwaardigheidscheck"): content and answers.

Two kinds of model live here:

* the shipped *content* (groups and items, both languages) that
  ``app.content.checklist`` reads from ``assets/content/checklist.json``;
* the per-round *answers* a board stores: one ``ItemAnswer`` per item, with
  an optional note and actions for shortfalls.

Scoring, round comparison and the action list are in
``models.checklist_scoring``. Nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from models.base import LabelledEnum, Line, LongText, Record, by_id
from models.law import Who
from models.text import N_

#: Languages every content text must have.
CONTENT_LANGUAGES = ("nl", "en")
#: Most actions we keep for one item (a hostile file cannot grow without bound).
MAX_ACTIONS_PER_ITEM = 20

ItemId = Annotated[str, StringConstraints(pattern=r"^[A-Z][0-9]{1,3}$")]


class Basis(LabelledEnum):
    """Why an item is on the list. Only ``LAW`` items are presented as law."""

    LAW = "wet", N_("Law")
    ADVICE = "advies", N_("Advice")
    OWN = "eigen", N_("Our own suggestion")


class Answer(LabelledEnum):
    """How far an item is met this round."""

    YES = "ja", N_("Yes")
    PARTLY = "deels", N_("Partly")
    NO = "nee", N_("No")
    NOT_APPLICABLE = "nvt", N_("Not applicable")


#: Answers that are a shortfall and so call for an action.
SHORTFALL_ANSWERS = frozenset({Answer.PARTLY, Answer.NO})


# --------------------------------------------------------------------------- content


class _Content(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_languages(value: dict[str, str]) -> dict[str, str]:
    missing = [lang for lang in CONTENT_LANGUAGES if not value.get(lang, "").strip()]
    if missing:
        raise ValueError(f"missing text for language(s): {', '.join(missing)}")
    return value


Localized = dict[str, str]


class ChecklistItemDef(_Content):
    """One checklist item as shipped.

    ``article`` is required for law items, so an item cannot claim to be law
    without saying which article; an advice item may name the article that
    gives the right it builds on (the law gives the right, the item is
    advice). Whoever names an article also says when it was last ``checked``.
    ``who`` says who must act (the process letter asks each party only its
    own items). ``*_wvrv`` texts replace the normal ones when the user chose
    the Wvrv regime in Instellingen.
    """

    id: ItemId
    number: int = Field(ge=1, le=999)
    text: Localized
    rationale: Localized
    basis: Basis
    who: Who = Who.TOGETHER
    article: Localized | None = None
    checked: dt.date | None = None
    sources: list[str] = Field(default_factory=list)
    text_wvrv: Localized | None = None
    rationale_wvrv: Localized | None = None
    article_wvrv: Localized | None = None

    @field_validator("text", "rationale")
    @classmethod
    def _both_languages(cls, value: dict[str, str]) -> dict[str, str]:
        return _check_languages(value)

    @field_validator("article", "text_wvrv", "rationale_wvrv", "article_wvrv")
    @classmethod
    def _optional_languages(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        return None if value is None else _check_languages(value)

    @model_validator(mode="after")
    def _law_names_article(self) -> ChecklistItemDef:
        if self.basis is Basis.LAW and self.article is None:
            raise ValueError(f"item {self.id}: a law item needs its article")
        if self.article is not None and self.checked is None:
            raise ValueError(f"item {self.id}: an article needs the date it was checked")
        return self


class ChecklistGroupDef(_Content):
    """A group (A–F) of items."""

    id: Annotated[str, StringConstraints(pattern=r"^[A-Z]$")]
    title: Localized
    items: list[ChecklistItemDef] = Field(min_length=1)

    @field_validator("title")
    @classmethod
    def _both_languages(cls, value: dict[str, str]) -> dict[str, str]:
        return _check_languages(value)

    @model_validator(mode="after")
    def _items_belong_to_group(self) -> ChecklistGroupDef:
        for item in self.items:
            if not item.id.startswith(self.id):
                raise ValueError(f"item {item.id} is not in group {self.id}")
        return self


class ChecklistContent(_Content):
    """The whole shipped checklist: ids and numbers are unique, groups in order."""

    title: Localized
    intro: Localized
    groups: list[ChecklistGroupDef] = Field(min_length=1)

    @field_validator("title", "intro")
    @classmethod
    def _both_languages(cls, value: dict[str, str]) -> dict[str, str]:
        return _check_languages(value)

    @model_validator(mode="after")
    def _unique(self) -> ChecklistContent:
        group_ids = [g.id for g in self.groups]
        if len(set(group_ids)) != len(group_ids):
            raise ValueError("duplicate group id")
        ids = [i.id for i in self.items()]
        numbers = [i.number for i in self.items()]
        if len(set(ids)) != len(ids) or len(set(numbers)) != len(numbers):
            raise ValueError("duplicate item id or number")
        return self

    def items(self) -> list[ChecklistItemDef]:
        """All items in display order."""
        return [item for group in self.groups for item in group.items]

    def item(self, item_id: str) -> ChecklistItemDef:
        return by_id(self.items(), item_id)


# --------------------------------------------------------------------------- answers


class Action(Record):
    """Something the board will do about a shortfall: what, who, by when."""

    id: Line
    what: LongText = ""
    who: Line = ""
    due: dt.date | None = None
    done: bool = False
    done_on: dt.date | None = None


class ItemAnswer(Record):
    """The board's answer to one item in one round.

    ``to_confirm`` is set when the answer was copied from the previous round;
    it is shown as "nog bevestigen" until someone reviews the item.
    """

    item_id: ItemId
    answer: Answer | None = None
    note: LongText = ""
    actions: list[Action] = Field(default_factory=list, max_length=MAX_ACTIONS_PER_ITEM)
    to_confirm: bool = False


class ChecklistAnswers(Record):
    """All answers of one round, keyed by item id (stored as round doc "checklist")."""

    round_id: Line
    answers: dict[str, ItemAnswer] = Field(default_factory=dict, max_length=1000)
    updated: dt.datetime | None = None

    def get(self, item_id: str) -> ItemAnswer:
        """The answer for ``item_id``; an empty one if the item was never touched."""
        return self.answers.get(item_id) or ItemAnswer(item_id=item_id)

    def answer_of(self, item_id: str) -> Answer | None:
        found = self.answers.get(item_id)
        return found.answer if found else None
