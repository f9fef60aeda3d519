"""Use cases of the member survey (Achterban): design, answers, results, into the position.

Each round keeps one :class:`models.survey.Survey` in the round document
``"survey"``. A round without one gets a design made from its position's
themes on first use (nothing is stored until the volunteer changes
something). Every change loads, changes, validates and saves the whole
record in one atomic write of the round's own file; a refused change leaves
it as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.content.themes import theme_title
from app.documents.survey_report import SurveyReportDoc, build_survey_report
from app.exchange.survey_csv import CsvTable
from app.i18n import _
from app.services import survey_words
from app.services.document_sources import round_info
from app.services.negotiation_records import load_inzet as load_position
from app.services.negotiation_records import save_inzet as save_position
from app.services.organisation import load_organisation
from app.services.record_store import RoundRecordStore, found
from app.storage.repository import Repository
from models.base import InvalidInput
from models.position import Position
from models.survey import (
    MAX_RESPONSES,
    Survey,
    SurveyDesign,
    SurveyResponse,
    TotalsBatch,
    add_responses,
    copy_for_new_round,
    design_from_themes,
    remove_response,
    replace_response,
    without_contacts,
)
from models.survey_columns import ImportedAnswers, build_answers
from models.survey_entry import parse_entry
from models.survey_results import PriorityDifference, SurveyCount, compare_priorities, count_survey
from models.text import N_

KIND = "survey"
#: Design settings a view may change directly (the themes follow the position).
DESIGN_FIELDS = frozenset(
    {"address", "ask_neighbourhood", "neighbourhoods", "ask_remarks", "ask_contact", "return_note"}
)


STORE = RoundRecordStore(KIND, Survey)


def position_themes(repo: Repository, round_id: str) -> list[tuple[str, str]]:
    """The position's themes as ``(key, title)``, in the board's own order."""
    return [(t.id, theme_title(t)) for t in load_position(repo, round_id).themes]


def load_survey(repo: Repository, round_id: str) -> Survey:
    """The round's survey; a fresh design from the position's themes if none was saved."""
    data = repo.load_round_doc(round_id, KIND)
    if data is None:
        return Survey(round_id=round_id, design=design_from_themes(position_themes(repo, round_id)))
    return Survey.model_validate(data)


def save_survey(repo: Repository, survey: Survey) -> Survey:
    return STORE.save(repo, survey)


# --------------------------------------------------------------------- design
def target_label(target: str, titles: dict[str, str]) -> str:
    """A column target in words ("Keuze 1", "Hoe belangrijk: Betaalbaarheid")."""
    kind, _sep, arg = target.partition(":")
    title = titles.get(arg, arg)
    labels = {
        "": _("(not used)"),
        "neighbourhood": _("Neighbourhood or complex"),
        "top": _("Choice {n}", n=arg),
        "rank": _("Rank of: {title}", title=title),
        "importance": _("How important: {title}", title=title),
        "remark": _("Remark about: {title}", title=title) if arg else _("Remark"),
        "contact": {
            "name": _("Contact: name"),
            "phone": _("Contact: phone"),
            "email": _("Contact: e-mail"),
        }.get(arg, arg),
    }
    return labels.get(kind, target)


def update_design(repo: Repository, round_id: str, design: SurveyDesign) -> Survey:
    """Store a changed design. Themes that already have answers cannot be dropped."""
    survey = load_survey(repo, round_id)
    answered = {k for r in survey.responses for k in (*r.top, *r.importance)}
    if answered - set(design.theme_keys()):
        raise InvalidInput(
            N_(
                "Members already answered questions about a theme you want to remove. "
                "Remove their answers first, or keep the theme."
            )
        )
    return save_survey(repo, survey.model_copy(update={"design": design}))


def update_design_fields(repo: Repository, round_id: str, **changes: object) -> Survey:
    """Change design settings (address, neighbourhoods, which open questions, where to hand in)."""
    unknown = set(changes) - DESIGN_FIELDS
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    survey = load_survey(repo, round_id)
    design = SurveyDesign.model_validate({**survey.design.model_dump(), **changes})
    return update_design(repo, round_id, design)


def refresh_themes(repo: Repository, round_id: str) -> Survey:
    """Make the survey ask about the position's current themes (keeps the other settings)."""
    survey = load_survey(repo, round_id)
    design = design_from_themes(position_themes(repo, round_id), survey.design)
    return update_design(repo, round_id, design)


# -------------------------------------------------------------------- answers
def add_paper_form(repo: Repository, round_id: str, code: str) -> Survey:
    """Store one paper form typed as a quick-entry code (see models.survey_entry)."""
    survey = load_survey(repo, round_id)
    state = parse_entry(survey.design, code)
    if state.error:
        raise InvalidInput(state.error, **state.error_params)
    if state.used == 0:
        raise InvalidInput(N_("Type the answers of the form first."))
    return save_survey(repo, add_responses(survey, [state.response]))


def update_response(repo: Repository, round_id: str, response: SurveyResponse) -> Survey:
    survey = load_survey(repo, round_id)
    try:
        changed = replace_response(survey, response)
    except KeyError:
        raise InvalidInput(N_("This form is no longer in the list.")) from None
    return save_survey(repo, changed)


def delete_response(repo: Repository, round_id: str, response_id: str) -> Survey:
    survey = load_survey(repo, round_id)
    try:
        return save_survey(repo, remove_response(survey, response_id))
    except KeyError:
        raise InvalidInput(N_("This form is no longer in the list.")) from None


def add_totals(repo: Repository, round_id: str, batch: TotalsBatch) -> Survey:
    """Add answers counted by hand."""
    survey = load_survey(repo, round_id)
    if batch.forms <= 0:
        raise InvalidInput(N_("Enter how many forms you counted."))
    keys = set(survey.design.theme_keys())
    if (set(batch.importance) | set(batch.top)) - keys:
        raise InvalidInput(N_("This answer is about a theme that is not in the survey."))
    if survey.totals and len(survey.totals) >= 100:
        raise InvalidInput(N_("You can add at most 100 counts."))
    return save_survey(repo, survey.model_copy(update={"totals": [*survey.totals, batch]}))


def delete_totals(repo: Repository, round_id: str, batch_id: str) -> Survey:
    survey = load_survey(repo, round_id)
    return save_survey(
        repo, survey.model_copy(update={"totals": [b for b in survey.totals if b.id != batch_id]})
    )


def answers_from_table(survey: Survey, table: CsvTable, columns: Sequence[str]) -> ImportedAnswers:
    """The answers an import would add (for the preview); refuses what cannot be added."""
    if len(columns) != len(table.header):
        raise InvalidInput(N_("Choose for every column which question it is."))
    if not any(columns):
        raise InvalidInput(
            N_("No column matches a question of the survey. Choose the questions per column.")
        )
    found = build_answers(survey.design, table.rows, columns)
    if not found.responses and not found.contacts:
        raise InvalidInput(N_("The file has no answers to the questions you matched."))
    if len(survey.responses) + len(found.responses) > MAX_RESPONSES:
        raise InvalidInput(
            N_("A survey can hold at most {maximum} answers. Nothing was added."),
            maximum=f"{MAX_RESPONSES:,}".replace(",", "."),
        )
    return found


def import_answers(
    repo: Repository, round_id: str, table: CsvTable, columns: Sequence[str]
) -> tuple[Survey, ImportedAnswers]:
    """Add all answers of ``table`` at once, or nothing."""
    survey = load_survey(repo, round_id)
    found = answers_from_table(survey, table, columns)
    changed = add_responses(survey, found.responses)
    contacts = [*survey.contacts, *found.contacts][:5_000]
    return save_survey(repo, changed.model_copy(update={"contacts": contacts})), found


def wipe_contacts(repo: Repository, round_id: str) -> Survey:
    """ "Wis alle contactgegevens": the answers stay, the contact details go."""
    return save_survey(repo, without_contacts(load_survey(repo, round_id)))


def copy_from_previous(repo: Repository, from_round_id: str, to_round_id: str) -> None:
    """A new round starts with last round's design (not its answers or contacts).

    The themes follow the new round's position, which was copied just before.
    """
    if repo.load_round_doc(to_round_id, KIND) is not None:
        return
    data = repo.load_round_doc(from_round_id, KIND)
    if data is None:
        return
    fresh = copy_for_new_round(Survey.model_validate(data), to_round_id)
    themes = position_themes(repo, to_round_id)
    if themes:
        fresh = fresh.model_copy(update={"design": design_from_themes(themes, fresh.design)})
    save_survey(repo, fresh)


# -------------------------------------------------------------------- results
def member_count(repo: Repository) -> int | None:
    organisation = load_organisation(repo)
    return organisation.member_count if organisation else None


def results(repo: Repository, round_id: str) -> SurveyCount:
    return count_survey(load_survey(repo, round_id), member_count(repo))


def differences(repo: Repository, round_id: str) -> list[PriorityDifference]:
    """Where the position's priorities and the members' ranking differ."""
    position = load_position(repo, round_id)
    priorities = {t.id: (t.priority.value if t.priority else None) for t in position.themes}
    return compare_priorities(results(repo, round_id), priorities)


# ------------------------------------------------------- into the position
def take_over(repo: Repository, round_id: str, key: str) -> Position:
    """Add the survey's figures for theme ``key`` to its 'Inbreng van de leden'.

    Appended after what is there; taking over twice does not add the line twice.
    """
    count = results(repo, round_id)
    if count.total == 0:
        raise InvalidInput(N_("There are no answers yet to take over."))
    gone = N_("This theme is no longer part of your position.")
    figures = found(count.theme, key, gone)
    line = survey_words.participation(count) + " " + survey_words.theme_line(count, figures)
    position = load_position(repo, round_id)
    theme = found(position.theme, key, gone)
    current = theme.member_input
    if line in current:
        return position
    text = f"{current.rstrip()}\n\n{line}" if current.strip() else line
    changed = theme.model_copy(update={"member_input": text})
    return save_position(repo, position.replace_theme(changed))


def participation(count: SurveyCount) -> str:
    """'312 van de 1.240 leden deden mee (25%).'"""
    return survey_words.participation(count)


def report_pdf(repo: Repository, round_id: str, today: dt.date | None = None) -> bytes:
    """The Achterbanrapport of the round (never with contact details: it gets counts only)."""
    count = results(repo, round_id)
    doc = SurveyReportDoc(
        count=count,
        participation=survey_words.participation(count) if count.total else "",
        differences=tuple(differences(repo, round_id)),
    )
    return build_survey_report(round_info(repo, round_id, today), doc)
