"""What a document will leave out, said before it is made (issue 12).

Documents never print placeholders ("nog niet ingevuld") to the table; a
missing meeting detail or speaker is simply left out. Documenten shows these
lines first, so the user can fill the gap or knowingly print without it.
"""

from __future__ import annotations

from app.documents.brief import brief_themes
from app.documents.data import PositionDoc
from app.i18n import _
from models.meeting import Meeting


def brief_gaps(doc: PositionDoc, meeting: Meeting) -> list[str]:
    """What the brief will leave out because it is not filled in (it never prints a
    placeholder to the table), so the user can add it first."""
    missing = []
    if meeting.date is None:
        missing.append(_("date"))
    if not meeting.place.strip():
        missing.append(_("place"))
    if not meeting.participant_list():
        missing.append(_("participants"))
    lines = []
    if missing:
        lines.append(
            _(
                "Not filled in yet: {missing}. Add them below, or the brief is printed "
                "without them.",
                missing=", ".join(missing),
            )
        )
    silent = [d.title for d in brief_themes(doc) if not meeting.speaker_for(d.theme.id).strip()]
    if silent:
        lines.append(
            _(
                "No speaker chosen for: {themes}. The brief then has no 'who speaks' line.",
                themes=", ".join(silent),
            )
        )
    if not missing and not silent:
        lines.append(_("Meeting details are filled in."))
    return lines
