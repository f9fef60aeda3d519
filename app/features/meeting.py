"""The meeting details as a feature: the meeting brief and the paper member survey.

The record is edited inside Documenten (no section of its own). Participants
are often officials from outside the organisation: personal data.
"""

from __future__ import annotations

from app.documents.brief import brief_themes, build_brief
from app.documents.survey import build_survey
from app.features.base import DocumentOptions, DocumentSpec, Feature
from app.features.builders import heading
from app.i18n import _, ngettext
from app.services import meeting as service
from app.services.demo_meeting import fill_demo_meeting
from app.services.document_gaps import brief_gaps
from app.services.document_sources import position_doc, survey_design, survey_themes
from app.storage.repository import Repository
from models.meeting import Meeting
from models.text import N_


def _meeting(repo: Repository, round_id: str, options: DocumentOptions) -> Meeting:
    meeting = service.load_meeting(repo, round_id)
    if options.personal_data:
        return meeting
    return Meeting.model_validate(FEATURE.strip_personal(meeting.model_dump(mode="json")))


def _build_brief(repo: Repository, round_id: str, options: DocumentOptions) -> bytes:
    return build_brief(
        heading(repo, round_id, options),
        position_doc(repo, round_id),
        _meeting(repo, round_id, options),
    )


def _brief_contents(repo: Repository, round_id: str) -> list[str]:
    doc = position_doc(repo, round_id)
    meeting = service.load_meeting(repo, round_id)
    lines = [
        ngettext("{n} theme in your position", "{n} themes in your position", len(doc.themes)),
        ngettext("{n} theme in the brief", "{n} themes in the brief", len(brief_themes(doc))),
        *brief_gaps(doc, meeting),
    ]
    if not doc.themes:
        lines.append(_("Tip: first write your position in the section Position."))
    return lines


def _build_survey(repo: Repository, round_id: str, options: DocumentOptions) -> bytes:
    """The paper form; it follows the survey design of Achterban when there is one."""
    design = survey_design(repo, round_id)
    where = _meeting(repo, round_id, options).survey_return or (
        design.return_note if design else ""
    )
    return build_survey(
        heading(repo, round_id, options),
        survey_themes(repo, round_id),
        where,
        design,
    )


def _survey_contents(repo: Repository, round_id: str) -> list[str]:
    themes = survey_themes(repo, round_id)
    return [ngettext("{n} theme to ask about", "{n} themes to ask about", len(themes))]


FEATURE = Feature(
    service=service,
    label=N_("Meeting details"),
    demo=fill_demo_meeting,
    # names of people, often officials from outside the organisation
    personal_fields=("participants", "speakers.*"),
    personal_summary=N_("who takes part in the meeting and who speaks per theme"),
    documents=(
        DocumentSpec(
            kind="brief",
            title=N_("Meeting brief"),
            description=N_(
                "One or two pages to read before a meeting: top priorities, demands, red lines, "
                "questions and who speaks."
            ),
            build=_build_brief,
            contents=_brief_contents,
            audience=N_(
                "For your own delegation only (confidential): it holds your red lines and who "
                "speaks. Every page says so."
            ),
        ),
        DocumentSpec(
            kind="survey",
            title=N_("Member survey"),
            description=N_(
                "A paper questionnaire with tick boxes, for members without a computer."
            ),
            file_stem=N_("Survey form"),
            build=_build_survey,
            contents=_survey_contents,
            audience=N_("For your members: a paper form to fill in."),
        ),
    ),
)
