"""The member survey (achterbanraadpleging) of one round: design, answers, contacts.

One :class:`Survey` record per round holds three separate parts:

- ``design``: the questions, made from the round's themes (:func:`design_from_themes`):
  a top three (when there are at least three themes), one importance question
  per theme, the neighbourhood or complex, open remarks, optional contact
  details, and whether the organisation says "u" or "je" to its members;
- ``responses`` (one per returned form or online answer) and ``totals``
  (batches counted by hand), which hold no names or contact details;
- ``contacts``: members who want to help. Personal data, deliberately *not*
  linked to a response, so the answers stay anonymous and the contacts can be
  wiped at once ("wis alle contactgegevens") without touching the figures.

Every list has a cap (:data:`MAX_RESPONSES` answers per survey, etc.), so a
hostile import cannot blow up memory, documents or counting time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum, StrEnum
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from models.base import (
    Id,
    InvalidInput,
    LabelledEnum,
    Line,
    OptionalId,
    Record,
    by_id,
    new_id,
    without_id,
)
from models.text import N_

#: Most answers (forms plus online answers) one survey keeps.
MAX_RESPONSES = 20_000
#: Most themes one survey asks about (the form must stay short).
MAX_THEMES = 12
#: Most neighbourhoods or complexes to choose from.
MAX_NEIGHBOURHOODS = 30
#: Longest remark we keep (about a page); the rest of a longer text is refused.
MAX_REMARK = 2_000
#: Most remarks on one form (one general, one per theme).
MAX_REMARKS_PER_RESPONSE = MAX_THEMES + 1
#: Most batches of hand-counted totals, and most forms one batch may count.
MAX_TOTAL_BATCHES = 100
MAX_FORMS_PER_BATCH = 100_000
#: Most members who leave contact details.
MAX_CONTACTS = 5_000
#: How many themes members rank, when there are enough themes.
TOP_SIZE = 3

RemarkText = Annotated[str, StringConstraints(max_length=MAX_REMARK)]


class Address(StrEnum):
    """How the form speaks to members: informal "je" or formal "u"."""

    JE = "je"
    U = "u"


class Importance(IntEnum):
    """The answer to "how important is this theme to you?" (0 = not answered)."""

    NONE = 0
    VERY = 1
    IMPORTANT = 2
    NOT_SO = 3
    DONT_KNOW = 4


#: Answer labels, in the order of the tick boxes on the paper form.
IMPORTANCE_LABELS: dict[Importance, str] = {
    Importance.VERY: N_("Very important"),
    Importance.IMPORTANT: N_("Important"),
    Importance.NOT_SO: N_("Not so important"),
    Importance.DONT_KNOW: N_("Don't know"),
}
ANSWERED = (Importance.VERY, Importance.IMPORTANT, Importance.NOT_SO, Importance.DONT_KNOW)


class Channel(LabelledEnum):
    PAPER = "paper", N_("Paper form")
    ONLINE = "online", N_("Online")


class SurveyTheme(Record):
    """A theme the survey asks about.

    ``key`` is the id of the theme in the position (stable from round to
    round); ``title`` is the name as printed, kept so the results stay
    readable when the position changes later.
    """

    key: Id
    title: Line = Field(min_length=1)


class Neighbourhood(Record):
    """A neighbourhood or complex; ``members`` (if known) lets us check skew."""

    name: Line = Field(min_length=1)
    members: int | None = Field(default=None, ge=0, le=10_000_000)


class SurveyDesign(Record):
    address: Address = Address.JE
    themes: list[SurveyTheme] = Field(default_factory=list, max_length=MAX_THEMES)
    top_size: int = Field(default=0, ge=0, le=TOP_SIZE)
    ask_neighbourhood: bool = True
    neighbourhoods: list[Neighbourhood] = Field(default_factory=list, max_length=MAX_NEIGHBOURHOODS)
    ask_remarks: bool = True
    ask_contact: bool = True
    #: Where and when to hand the form in ("in de brievenbus van ons kantoor, vóór 1 maart").
    return_note: Line = ""

    def theme_keys(self) -> list[str]:
        return [t.key for t in self.themes]

    def title_of(self, key: str) -> str:
        return next((t.title for t in self.themes if t.key == key), key)

    def neighbourhood_names(self) -> list[str]:
        return [n.name for n in self.neighbourhoods]


class Remark(Record):
    """An open remark; ``theme`` is the key of the theme it is about ("" = general)."""

    theme: OptionalId = ""
    text: RemarkText = Field(min_length=1)


class SurveyResponse(Record):
    """One returned form or online answer. Holds no names or contact details."""

    id: Id = Field(default_factory=new_id)
    channel: Channel = Channel.PAPER
    neighbourhood: Line = ""
    top: list[str] = Field(default_factory=list, max_length=TOP_SIZE)
    importance: dict[str, Importance] = Field(default_factory=dict, max_length=MAX_THEMES)
    remarks: list[Remark] = Field(default_factory=list, max_length=MAX_REMARKS_PER_RESPONSE)


class TotalsBatch(Record):
    """Answers counted by hand: how many forms, and per question how many said what.

    ``importance`` maps a theme key to the counts in :data:`ANSWERED` order;
    ``top`` maps a theme key to how often it was chosen 1st, 2nd, 3rd.
    """

    id: Id = Field(default_factory=new_id)
    label: Line = ""
    forms: int = Field(ge=0, le=MAX_FORMS_PER_BATCH)
    neighbourhoods: dict[str, int] = Field(default_factory=dict, max_length=MAX_NEIGHBOURHOODS)
    importance: dict[str, list[int]] = Field(default_factory=dict, max_length=MAX_THEMES)
    top: dict[str, list[int]] = Field(default_factory=dict, max_length=MAX_THEMES)


class SurveyContact(Record):
    """A member who wants to help. Personal data: never in reports or default exports."""

    PERSONAL_FIELDS: ClassVar[tuple[str, ...]] = ("name", "phone", "email")

    name: Line = ""
    phone: Line = ""
    email: Line = ""


class Survey(Record):
    round_id: Id
    design: SurveyDesign = Field(default_factory=SurveyDesign)
    responses: list[SurveyResponse] = Field(default_factory=list, max_length=MAX_RESPONSES)
    totals: list[TotalsBatch] = Field(default_factory=list, max_length=MAX_TOTAL_BATCHES)
    contacts: list[SurveyContact] = Field(default_factory=list, max_length=MAX_CONTACTS)
    updated: dt.datetime | None = None

    def response(self, response_id: str) -> SurveyResponse:
        return by_id(self.responses, response_id)


# --------------------------------------------------------------------- design
def top_size_for(theme_count: int) -> int:
    """A top three with at least three themes; "which matters most" with two; none below."""
    if theme_count >= TOP_SIZE:
        return TOP_SIZE
    return 1 if theme_count == 2 else 0


def design_from_themes(
    themes: Sequence[tuple[str, str]], previous: SurveyDesign | None = None
) -> SurveyDesign:
    """A design asking about ``themes`` (``(key, title)`` in the board's order).

    Decision: the board's order, not its priorities, so the form does not steer
    members towards the board's choices. Settings of ``previous`` (address,
    neighbourhoods, which open questions) are kept; only the themes follow the
    position. More than :data:`MAX_THEMES` themes: the first ones are asked.
    """
    base = previous or SurveyDesign()
    chosen = [SurveyTheme(key=key, title=title or key) for key, title in themes][:MAX_THEMES]
    return base.model_copy(update={"themes": chosen, "top_size": top_size_for(len(chosen))})


def parse_neighbourhoods(text: str) -> list[Neighbourhood]:
    """Neighbourhoods typed one per line, optionally with a member count: "Bloemenbuurt: 410".

    Empty lines are skipped; a name may appear once.
    """
    result: list[Neighbourhood] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        name, members = line, None
        head, sep, tail = line.rpartition(":")
        if sep and tail.strip().replace(".", "").isdigit():
            name, members = head.strip(), int(tail.strip().replace(".", ""))
        if not name or len(name) > 300:
            raise InvalidInput(N_("Write one neighbourhood or complex per line."))
        if any(n.name.casefold() == name.casefold() for n in result):
            raise InvalidInput(N_("The neighbourhood {name} is in the list twice."), name=name)
        result.append(Neighbourhood(name=name, members=members))
    if len(result) > MAX_NEIGHBOURHOODS:
        raise InvalidInput(
            N_("You can list at most {maximum} neighbourhoods."), maximum=MAX_NEIGHBOURHOODS
        )
    return result


def format_neighbourhoods(items: Sequence[Neighbourhood]) -> str:
    """The inverse of :func:`parse_neighbourhoods`, for the text field."""
    return "\n".join(n.name if n.members is None else f"{n.name}: {n.members}" for n in items)


# -------------------------------------------------------------------- answers
def check_response(design: SurveyDesign, response: SurveyResponse) -> SurveyResponse:
    """Refuse a response that does not fit the design (unknown theme, double choice).

    An unknown neighbourhood is kept as typed (online tools spell freely); the
    counting groups it under its own name.
    """
    keys = set(design.theme_keys())
    if len(response.top) > design.top_size:
        raise InvalidInput(N_("This survey asks for at most {n} choices."), n=design.top_size)
    if len(set(response.top)) != len(response.top):
        raise InvalidInput(N_("A theme can be chosen only once in the top three."))
    unknown = (set(response.top) | set(response.importance)) - keys
    unknown |= {r.theme for r in response.remarks if r.theme} - keys
    if unknown:
        raise InvalidInput(N_("This answer is about a theme that is not in the survey."))
    return response


def add_responses(survey: Survey, new: Sequence[SurveyResponse]) -> Survey:
    """``survey`` with ``new`` answers appended; refused whole when over the cap."""
    if len(survey.responses) + len(new) > MAX_RESPONSES:
        raise InvalidInput(
            N_("A survey can hold at most {maximum} answers. Nothing was added."),
            maximum=f"{MAX_RESPONSES:,}".replace(",", "."),
        )
    for item in new:
        check_response(survey.design, item)
    return survey.model_copy(update={"responses": [*survey.responses, *new]})


def replace_response(survey: Survey, updated: SurveyResponse) -> Survey:
    survey.response(updated.id)  # KeyError when it was removed meanwhile
    check_response(survey.design, updated)
    responses = [updated if r.id == updated.id else r for r in survey.responses]
    return survey.model_copy(update={"responses": responses})


def remove_response(survey: Survey, response_id: str) -> Survey:
    return survey.model_copy(update={"responses": without_id(survey.responses, response_id)})


def copy_for_new_round(previous: Survey, round_id: str) -> Survey:
    """The design goes along to a new round; answers, totals and contacts do not."""
    return Survey(round_id=round_id, design=previous.design.model_copy(deep=True))


def without_contacts(survey: Survey) -> Survey:
    """ "Wis alle contactgegevens": the answers and figures stay, the contacts go."""
    return survey.model_copy(update={"contacts": []})
