"""What the document builders need, gathered from the stored records.

The builders in :mod:`app.documents` are pure (data in, PDF bytes out); the
feature modules in :mod:`app.features` call these gatherers and then the
builders. Shared by several features' documents (the brief needs the
position and the meeting), so it lives here and not in a feature's service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from app.content import current_regime
from app.content.checklist import checklist_content
from app.content.themes import get_theme, text, theme_catalogue, theme_title
from app.documents.data import (
    ChecklistDoc,
    LegalHookText,
    PositionDoc,
    RoundInfo,
    SurveyTheme,
    ThemeDoc,
)
from app.documents.process_letter import contact_line
from app.services import checklist as checklist_service
from app.services import position as position_service
from app.services import rounds as rounds_service
from app.services import survey_words
from app.services.organisation import load_organisation
from app.storage.repository import Repository
from models.position import ThemePosition, ordered_themes, top_priorities
from models.survey import Survey, SurveyDesign
from models.survey_results import SurveyCount, count_survey


def round_info(
    repo: Repository, round_id: str, today: dt.date | None = None, personal_data: bool = True
) -> RoundInfo:
    """The round's heading data; the board's contact line only with ``personal_data``."""
    round_ = rounds_service.existing_round(repo, round_id)
    organisation = load_organisation(repo)
    return RoundInfo(
        organisation=organisation.name if organisation else "",
        round_title=round_.display_title(),
        year=round_.year,
        today=today or dt.date.today(),
        municipalities=tuple(round_.municipalities),
        housing_associations=tuple(round_.housing_associations),
        member_count=organisation.member_count if organisation else None,
        contact=contact_line(organisation.board) if organisation and personal_data else "",
    )


def theme_doc(item: ThemePosition) -> ThemeDoc:
    """A theme with its title, explanation, questions and hooks in the current language."""
    theme = get_theme(item.theme_id)
    if theme is None:
        return ThemeDoc(item, theme_title(item))
    return ThemeDoc(
        item,
        theme_title(item),
        why=text(theme.why),
        questions=tuple(text(q) for q in theme.questions),
        hooks=tuple(
            LegalHookText(text(h.text), h.basis == "wet", h.source, h.checked)
            for h in theme.hooks_for(current_regime())
        ),
    )


def position_doc(repo: Repository, round_id: str) -> PositionDoc:
    """The position, with the members' survey figures when there are answers."""
    position = position_service.load_position(repo, round_id)
    count = survey_count(repo, round_id)
    members, figures = survey_words.brief_line(count), survey_words.theme_figures(count)
    participation = survey_words.on_behalf(count) if count.total else ""

    def doc(item: ThemePosition) -> ThemeDoc:
        return replace(theme_doc(item), member_figures=figures.get(item.id, ""))

    return PositionDoc(
        position,
        [doc(t) for t in ordered_themes(position)],
        [doc(t) for t in top_priorities(position)],
        members=members,
        participation=participation,
    )


def checklist_doc(repo: Repository, round_id: str) -> ChecklistDoc:
    comparison = checklist_service.round_comparison(repo, round_id)
    previous = comparison.previous_round
    organisation = load_organisation(repo)
    return ChecklistDoc(
        content=checklist_content(),
        answers=checklist_service.load_checklist(repo, round_id),
        scores=comparison.scores,
        comparison=comparison.comparison,
        actions=checklist_service.all_actions_for_round(repo, round_id),
        previous_title=previous.display_title() if previous else "",
        previous_answers=checklist_service.load_checklist(repo, previous.id) if previous else None,
        board=tuple(organisation.board) if organisation else (),
    )


def survey_count(repo: Repository, round_id: str) -> SurveyCount:
    """The members' survey counted (read as a record: this module serves all features)."""
    data = repo.load_round_doc(round_id, "survey")
    survey = Survey(round_id=round_id) if data is None else Survey.model_validate(data)
    organisation = load_organisation(repo)
    return count_survey(survey, organisation.member_count if organisation else None)


def survey_design(repo: Repository, round_id: str) -> SurveyDesign | None:
    """The round's survey design (Achterban), or None when no survey was made."""
    data = repo.load_round_doc(round_id, "survey")
    return None if data is None else Survey.model_validate(data).design


def survey_themes(repo: Repository, round_id: str) -> list[SurveyTheme]:
    """The survey's themes in its order (the numbers members write down); without a
    survey the round's themes in the board's own order, or the whole catalogue."""
    position = position_service.load_position(repo, round_id)
    design = survey_design(repo, round_id)
    if design is not None and design.themes:
        why = {t.id: theme_doc(t).why for t in position.themes}
        return [SurveyTheme(t.title, why.get(t.key, "")) for t in design.themes]
    if position.themes:
        return [SurveyTheme(d.title, d.why) for d in map(theme_doc, position.themes)]
    return [SurveyTheme(text(t.title), text(t.why)) for t in theme_catalogue().themes]
