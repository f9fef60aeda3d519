"""Meeting details for the meeting brief (round document of kind "meeting").

What the board knows about the next tripartite meeting: when and where,
who takes part, what the meeting is for, and per theme who speaks and which
questions to raise. ``speakers`` and ``questions`` are keyed by the theme
position's id (see :class:`models.position.ThemePosition`), so they follow a
theme when it is moved or renamed. ``survey_return`` says where members hand
in the paper survey. All text is kept exactly as typed.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from models.base import Line, LongText, Record

#: Most themes we keep speakers or questions for (a hostile file cannot grow).
MAX_THEMES = 200


class Meeting(Record):
    round_id: Line
    date: dt.date | None = None
    time: Line = ""
    place: Line = ""
    participants: LongText = ""
    goal: LongText = ""
    speakers: dict[str, Line] = Field(default_factory=dict, max_length=MAX_THEMES)
    questions: dict[str, LongText] = Field(default_factory=dict, max_length=MAX_THEMES)
    survey_return: LongText = ""
    #: When the details were last saved (stamped by the record store).
    updated: dt.datetime | None = None

    def participant_list(self) -> list[str]:
        """Participants, one per line as typed; empty lines left out."""
        return [line.strip() for line in self.participants.splitlines() if line.strip()]

    def speaker_for(self, theme_position_id: str) -> str:
        return self.speakers.get(theme_position_id, "")

    def questions_for(self, theme_position_id: str) -> list[str]:
        """The questions to raise on a theme, one per non-empty line."""
        text = self.questions.get(theme_position_id, "")
        return [line.strip() for line in text.splitlines() if line.strip()]

    def has_details(self) -> bool:
        """Whether anything about the meeting itself was filled in."""
        return bool(self.date or self.time.strip() or self.place.strip() or self.participant_list())
