"""The equal-partnership checklist as a feature: record, copy, demo, tables, documents, section."""

from __future__ import annotations

from app.content.checklist import checklist_content, item_text
from app.documents.checklist_report import build_checklist_report
from app.documents.process_letter import build_process_letter, build_rvc_letter
from app.features.base import DocumentSpec, Feature, NavSection, Table
from app.features.builders import from_round_info
from app.i18n import _, ngettext
from app.services import checklist as service
from app.services.demo_checklist import fill_demo_checklist
from app.services.document_sources import checklist_doc
from app.storage.repository import Repository
from models.checklist import ChecklistAnswers
from models.text import N_


def _item_number(item_id: str) -> str:
    try:
        return str(checklist_content().item(item_id).number)
    except KeyError:
        return item_id


def checklist_tables(answers: ChecklistAnswers) -> list[Table]:
    """checklist.csv (every item with its answer and note) and acties.csv."""
    content = checklist_content()
    items = [
        [
            str(item.number),
            item_text(item),
            _(a.answer.label) if (a := answers.get(item.id)).answer else "",
            a.note,
        ]
        for item in content.items()
    ]
    actions = [
        [
            _item_number(item_id),
            action.what,
            action.who,
            action.due.isoformat() if action.due else "",
            _("Yes") if action.done else _("No"),
        ]
        for item_id, answer in answers.answers.items()
        for action in answer.actions
    ]
    return [
        ("checklist.csv", [_("Number"), _("Question"), _("Answer"), _("Note")], items),
        ("acties.csv", [_("Number"), _("Action"), _("Who"), _("By when"), _("Done")], actions),
    ]


def _score_lines(repo: Repository, round_id: str, with_actions: bool) -> list[str]:
    doc = checklist_doc(repo, round_id)
    overall = doc.scores.overall
    if overall.answered == 0 and not with_actions:  # the letters need answers
        return [
            _(
                "The checklist has no answers yet, so no letter can be made. Answer the "
                "checklist first."
            )
        ]
    lines = [
        _(
            "{answered} of {total} checklist items answered.",
            answered=overall.answered,
            total=overall.total,
        )
    ]
    if overall.percent is not None:
        lines.append(_("Score this round: {score}%.", score=overall.percent))
    if doc.previous_title:
        lines.append(_("Compared with {round}.", round=doc.previous_title))
    if with_actions:
        lines.append(ngettext("{n} action", "{n} actions", len(doc.actions)))
    return lines


def _report_contents(repo: Repository, round_id: str) -> list[str]:
    """The report: the scores and the action list (it can be made before any answer)."""
    return _score_lines(repo, round_id, with_actions=True)


def _letter_contents(repo: Repository, round_id: str) -> list[str]:
    """A letter (to the partners or the RvC): the scores; it needs answers."""
    return _score_lines(repo, round_id, with_actions=False)


FEATURE = Feature(
    service=service,
    label=N_("Checklist"),
    demo=fill_demo_checklist,
    # who does an action is a person's name (the "Wie" column of acties.csv)
    personal_fields=("answers.*.actions.*.who",),
    personal_summary=N_("who does a checklist action"),
    tables=checklist_tables,
    documents=(
        DocumentSpec(
            kind="checklist",
            title=N_("Checklist report"),
            description=N_(
                "The equal-partnership checklist: scores per group, change since last round, "
                "and the action list."
            ),
            build=from_round_info(build_checklist_report, checklist_doc),
            contents=_report_contents,
            audience=N_("For your own board. You may attach it to the process letter."),
        ),
        DocumentSpec(
            kind="process",
            title=N_("Process letter"),
            description=N_(
                "A letter to the municipality and the housing association about how the "
                "process went: what went well, what each must do, what you do yourselves."
            ),
            build=from_round_info(build_process_letter, checklist_doc),
            contents=_letter_contents,
            audience=N_(
                "A letter to the municipality and the housing association's board. It asks each "
                "party only what that party must do."
            ),
        ),
        DocumentSpec(
            kind="process-rvc",
            title=N_("Letter to the supervisory board"),
            description=N_("A short letter to the RvC: your view of the process and your request."),
            build=from_round_info(build_rvc_letter, checklist_doc),
            contents=_letter_contents,
            audience=N_("A short letter to the housing association's supervisory board (RvC)."),
        ),
    ),
    section=NavSection(
        icon="FACT_CHECK_OUTLINED",
        view="views.checklist:ChecklistSection",
        order=60,
    ),
    overview_panel="views.actions_panel:OpenActionsPanel",
)
