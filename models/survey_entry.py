"""Fast entry of paper forms: one key per answer, Enter saves.

A volunteer with a pile of returned forms types one short code per form in a
single field, for example ``2 315 212`` (spaces are ignored):

1. the neighbourhood: its number in the list (``0`` = not filled in);
2. the top three: the numbers of the chosen themes, 1st, 2nd, 3rd (``0`` = empty);
3. per theme not in the top three, the importance: ``1`` very important,
   ``2`` important, ``3`` not so important, ``4`` don't know, ``0`` not answered.

Decision: a theme the member put in the top three is taken as "very
important" and skipped, so a form with a top three and six themes takes
1 + 3 + 3 keys and Enter: 8 keystrokes (:func:`keystrokes`). A form where the
member ticked something else for a top-three theme is corrected afterwards
in the list of entered forms. Enter on a shorter code saves what was typed;
the rest counts as not answered (members skip questions too).

Parsing is pure and instant, so the screen can show after every key what
the code means and what the next key is for. Numbers above 9 are typed as
letters: ``a`` = 10, ``b`` = 11, ``c`` = 12.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from models.survey import Channel, Importance, SurveyDesign, SurveyResponse
from models.text import N_

_DIGITS = "123456789abcdefghijklmnopqrstuvwxyz"


def key_for(number: int) -> str:
    """The key that stands for item ``number`` (1-based) in a list."""
    return _DIGITS[number - 1]


def _number_of(char: str) -> int | None:
    index = _DIGITS.find(char.lower())
    return index + 1 if index >= 0 else None


@dataclass(frozen=True)
class Slot:
    """One answer the next key fills in; ``label`` is an English msgid."""

    kind: str  # "neighbourhood" | "top" | "importance"
    label: str
    params: dict[str, object] = field(default_factory=dict)
    theme: str = ""


@dataclass(frozen=True)
class EntryState:
    """What a (partial) code means."""

    response: SurveyResponse
    used: int
    next_slot: Slot | None
    error: str = ""
    error_params: dict[str, object] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return self.next_slot is None and not self.error


def _has_neighbourhood(design: SurveyDesign) -> bool:
    return design.ask_neighbourhood and bool(design.neighbourhoods)


#: Per kind of slot: what to say when a key is not a number from 0 to the highest.
_OUT_OF_RANGE = {
    "neighbourhood": N_("Type 1 to {n} for the neighbourhood, or 0."),
    "top": N_("Type a theme number from 1 to {n}, or 0."),
    "importance": N_("Type 1 to {n} for the importance, or 0."),
}


def _highest_number(design: SurveyDesign, kind: str) -> int:
    """The highest key a slot of ``kind`` takes (0 always means "no answer")."""
    if kind == "neighbourhood":
        return len(design.neighbourhoods)
    if kind == "top":
        return len(design.themes)
    return len(Importance) - 1


def parse_entry(design: SurveyDesign, code: str) -> EntryState:
    """Read ``code`` key by key; stops at the first key that does not fit."""
    keys = [c for c in code if not c.isspace()]
    neighbourhood = ""
    top: list[str] = []
    importance: dict[str, Importance] = {}
    slots = _slots(design, top)
    position = 0
    error: str = ""
    params: dict[str, object] = {}
    for char in keys:
        slot = next(slots, None)
        if slot is None:
            error, params = N_("This form has no more questions. Press Enter to save."), {}
            break
        number = _number_of(char) if char != "0" else 0
        limit = _highest_number(design, slot.kind)
        if number is None or number > limit:
            error, params = _OUT_OF_RANGE[slot.kind], {"n": limit}
            break
        if slot.kind == "neighbourhood":
            neighbourhood = design.neighbourhoods[number - 1].name if number else ""
        elif slot.kind == "top":
            if number:
                key = design.themes[number - 1].key
                if key in top:
                    error, params = N_("That theme is already in the top three."), {}
                    break
                top.append(key)
        elif number:
            importance[slot.theme] = Importance(number)
        position += 1
    next_slot = None if error else next(slots, None)
    for key in top:
        importance.setdefault(key, Importance.VERY)
    response = SurveyResponse(
        channel=Channel.PAPER,
        neighbourhood=neighbourhood,
        top=top,
        importance={k: importance[k] for k in design.theme_keys() if k in importance},
    )
    return EntryState(response, position, next_slot, error, params)


def _slots(design: SurveyDesign, top: list[str]) -> Iterator[Slot]:
    """The answer slots in typing order; reads ``top`` lazily (it fills as we go)."""
    if _has_neighbourhood(design):
        yield Slot("neighbourhood", N_("Neighbourhood"))
    for choice in range(1, design.top_size + 1):
        yield Slot("top", N_("Choice {n}"), {"n": choice})
    for number, theme in enumerate(design.themes, start=1):
        if theme.key not in top:
            yield Slot(
                "importance", N_("{n}. {title}"), {"n": number, "title": theme.title}, theme.key
            )


def encode(design: SurveyDesign, response: SurveyResponse) -> str:
    """The shortest code that :func:`parse_entry` reads back as ``response``.

    Trailing "not answered" keys are left out (Enter saves what was typed).
    """
    keys: list[str] = []
    if _has_neighbourhood(design):
        names = design.neighbourhood_names()
        keys.append(
            key_for(names.index(response.neighbourhood) + 1)
            if response.neighbourhood in names
            else "0"
        )
    theme_keys = design.theme_keys()
    for choice in range(design.top_size):
        keys.append(
            key_for(theme_keys.index(response.top[choice]) + 1)
            if choice < len(response.top)
            else "0"
        )
    for theme in design.themes:
        if theme.key not in response.top:
            keys.append(str(int(response.importance.get(theme.key, Importance.NONE))))
    return "".join(keys).rstrip("0")


def keystrokes(design: SurveyDesign, response: SurveyResponse) -> int:
    """Keys to type for ``response`` including the Enter that saves it."""
    return len(encode(design, response)) + 1
