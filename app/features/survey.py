"""The member survey (Achterban) as a feature: record, round copy, demo, tables,
the Achterbanrapport, ``aantafel enquete``, and the section.

Contact details of members who want to help are the record's personal field:
blanked in a default export, and never in a document.
"""

from __future__ import annotations

from app.cli_survey import add_survey_parser
from app.features.base import DocumentSpec, Feature, NavSection, Table
from app.features.builders import dated
from app.i18n import _
from app.services import survey as service
from app.services.demo_survey import fill_demo_survey
from app.storage.repository import Repository
from models.survey import IMPORTANCE_LABELS, Importance, Survey
from models.text import N_


def survey_tables(survey: Survey) -> list[Table]:
    """enquete.csv: one row per answer (no contact details); the hand counts and,
    only when personal data may go along, the contacts in their own files."""
    design = survey.design
    header = [_("Number"), _("Channel"), _("Neighbourhood")]
    header += [_("Choice {n}", n=n) for n in range(1, design.top_size + 1)]
    header += [t.title for t in design.themes] + [_("Remark")]
    rows = []
    for number, answer in enumerate(survey.responses, start=1):
        top = [design.title_of(k) for k in answer.top] + [""] * design.top_size
        levels = [
            _(IMPORTANCE_LABELS[level])
            if (level := answer.importance.get(t.key, Importance.NONE))
            else ""
            for t in design.themes
        ]
        remarks = " | ".join(
            f"{design.title_of(r.theme)}: {r.text}" if r.theme else r.text for r in answer.remarks
        )
        rows.append(
            [
                str(number),
                _(answer.channel.label),
                answer.neighbourhood,
                *top[: design.top_size],
                *levels,
                remarks,
            ]
        )
    tables: list[Table] = [("enquete.csv", header, rows)]
    if survey.totals:
        tables.append(
            (
                "enquete-tellingen.csv",
                [_("Counted by hand"), _("Forms counted")],
                [[b.label, str(b.forms)] for b in survey.totals],
            )
        )
    contacts = [c for c in survey.contacts if c.name or c.phone or c.email]
    if contacts:
        tables.append(
            (
                "enquete-contacten.csv",
                [_("Contact: name"), _("Contact: phone"), _("Contact: e-mail")],
                [[c.name, c.phone, c.email] for c in contacts],
            )
        )
    return tables


def _report_contents(repo: Repository, round_id: str) -> list[str]:
    count = service.results(repo, round_id)
    if count.total == 0:
        return [_("No answers yet: enter them in the section Members.")]
    return [
        service.participation(count),
        _("Themes in order of the members: {n}", n=len(count.themes)),
        _("Never with names or contact details of members."),
    ]


FEATURE = Feature(
    service=service,
    label=N_("Members' survey"),
    demo=fill_demo_survey,
    personal_fields=("contacts.*.name", "contacts.*.phone", "contacts.*.email"),
    personal_summary=N_("contact details of members who want to help"),
    tables=survey_tables,
    documents=(
        DocumentSpec(
            kind="achterban",
            title=N_("Members' survey report"),
            description=N_(
                "The results of the members' survey with charts: who took part, what matters "
                "most, and the members' own words. For the members' meeting and the partners."
            ),
            build=dated(service.report_pdf),
            contents=_report_contents,
            audience=N_(
                "For the members' meeting and the partners: the results only, never names or "
                "contact details of members."
            ),
        ),
    ),
    cli=(add_survey_parser,),
    section=NavSection(
        icon="HOW_TO_VOTE_OUTLINED",
        view="views.achterban:AchterbanSection",
        order=40,
        route="/achterban",
        label=N_("Member consultation"),  # the section does more than the survey
    ),
)
