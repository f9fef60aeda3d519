"""Plain input data for the document builders.

Builders take these values (and the domain models inside them), never a
repository: :mod:`app.services.documents` gathers and resolves everything
(theme titles from the catalogue, the day of printing) so that a builder is
a pure function of its arguments and easy to test with hand-made data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from models.checklist import ChecklistAnswers, ChecklistContent
from models.checklist_scoring import ActionEntry, ChecklistScores, Comparison
from models.meeting import Meeting
from models.organisation import BoardMember
from models.position import Position, ThemePosition


@dataclass(frozen=True)
class RoundInfo:
    """Who writes, for which round, and the date printed on the document."""

    organisation: str
    round_title: str
    year: int
    today: dt.date
    municipalities: Sequence[str] = ()
    housing_associations: Sequence[str] = ()
    #: On whose behalf the organisation speaks ("namens 1.240 leden"); None = unknown.
    member_count: int | None = None
    #: Who to contact (name, role, e-mail, phone); empty without personal data.
    contact: str = ""


@dataclass(frozen=True)
class LegalHookText:
    text: str
    is_law: bool
    source: str = ""
    checked: dt.date | None = None


@dataclass(frozen=True)
class ThemeDoc:
    """A theme of the position, ready to print (title and catalogue help resolved)."""

    theme: ThemePosition
    title: str
    why: str = ""
    questions: Sequence[str] = ()
    hooks: Sequence[LegalHookText] = ()
    #: The members' survey figures for this theme ("Ledenenquête: plaats 1 van 7. ..."), if any.
    member_figures: str = ""


@dataclass(frozen=True)
class SurveyTheme:
    """One theme on the paper survey: its name and a short explanation."""

    title: str
    why: str = ""


@dataclass(frozen=True)
class PositionDoc:
    """The position with its themes in priority order (see ``ordered_themes``)."""

    position: Position
    themes: Sequence[ThemeDoc]
    top: Sequence[ThemeDoc] = ()
    #: On whose behalf: "312 van de 1.240 leden deden mee (25%). Hun top drie: ..."
    #: ("" without a survey); ``participation`` the short form for the brief's heading.
    members: str = ""
    participation: str = ""


@dataclass(frozen=True)
class ChecklistDoc:
    """Everything the checklist report and the process letter need."""

    content: ChecklistContent
    answers: ChecklistAnswers
    scores: ChecklistScores
    comparison: Comparison
    actions: Sequence[ActionEntry] = ()
    previous_title: str = ""
    previous_answers: ChecklistAnswers | None = None
    board: Sequence[BoardMember] = field(default_factory=tuple)


__all__ = [
    "ChecklistDoc",
    "LegalHookText",
    "Meeting",
    "PositionDoc",
    "RoundInfo",
    "SurveyTheme",
    "ThemeDoc",
]
