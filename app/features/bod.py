"""The bod as a feature: the corporation's bod, the talks about it, the Reactie op het bod.

Record kind ``"bod"`` (:class:`models.bod.Bod`): the bod per theme, the
checklist of documents received, the meeting log and each demand's status.
Not copied into a new round (a bod belongs to one year). The names of who
attended a meeting are personal data.
"""

from __future__ import annotations

from app.features.base import CalendarEvent, DocumentSpec, Feature, NavSection
from app.features.builders import dated
from app.i18n import _
from app.services import bod as service
from app.services import negotiation_documents as documents
from app.services.demo_bod import fill_demo_bod
from app.storage.repository import Repository
from models.text import N_

PERSONAL_FIELDS = ("meetings.*.attendees",)


def _events(repo: Repository, round_id: str) -> list[CalendarEvent]:
    """The logged meetings of the talks. The bod's legal date (before 1 July) is in
    the round calendar already, with its basis; listing it here too would put it in
    the .ics twice."""
    meetings = service.load_bod(repo, round_id).meetings
    return [CalendarEvent(date=m.date, title=_("Meeting on the bod")) for m in meetings]


FEATURE = Feature(
    service=service,
    label=N_("Bod"),
    demo=fill_demo_bod,
    personal_fields=PERSONAL_FIELDS,
    personal_summary=N_("who was at the meetings with the partners"),
    tables=documents.bod_tables,
    documents=(
        DocumentSpec(
            kind="reactie",
            title=N_("Reaction to the bod"),
            description=N_(
                "For the partners: per theme what you agree with, what you miss and your "
                "questions, with the figures side by side. Never your red lines."
            ),
            build=dated(documents.reactie_pdf),  # holds no names of people
            contents=documents.reactie_contents,
            audience=N_(
                "For the housing association and the municipality: your reaction to the bod, "
                "without red lines, speakers or internal notes."
            ),
        ),
    ),
    section=NavSection(
        icon="HANDSHAKE_OUTLINED",
        view="views.bod:BodSection",
        order=70,
    ),
    calendar_events=_events,
    overview_panel="views.bod.overview_panel:NegotiationPanel",
)

__all__ = ["FEATURE"]
