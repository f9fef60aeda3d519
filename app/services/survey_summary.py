"""The survey's figures in words: for the screen, the documents and the position.

One place writes "312 van de 1.240 leden deden mee", so the Vergaderbrief,
the Inzetnotitie, the Achterbanrapport and the screen say the same.
"Take over" writes a theme's figures into "Inbreng van de leden" of the
position in one step (appended, never replacing what the board wrote).
"""

from __future__ import annotations

import datetime as dt

from app.i18n import _, format_number
from app.services import position as position_service
from app.services import survey as survey_service
from app.storage.repository import Repository
from models.base import InvalidInput
from models.position import Position
from models.survey_results import SurveyCount, ThemeCount
from models.text import N_


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def participation(count: SurveyCount) -> str:
    """'312 van de 1.240 leden deden mee (25%).' or '312 leden deden mee.'"""
    if count.members:
        return _(
            "{n} of the {members} members took part ({percent}).",
            n=format_number(count.total),
            members=format_number(count.members),
            percent=percent(count.total, count.members),
        )
    return _("{n} members took part.", n=format_number(count.total))


def theme_line(count: SurveyCount, theme: ThemeCount) -> str:
    """One sentence with a theme's figures, e.g. for 'Inbreng van de leden'."""
    parts = [
        _(
            "Members' survey: place {rank} of {n}.",
            rank=theme.rank,
            n=len(count.themes),
        )
    ]
    if theme.mentions:
        parts.append(
            _(
                "{mentions} of {total} members put it in their top three.",
                mentions=format_number(theme.mentions),
                total=format_number(count.total),
            )
        )
    share = theme.share_important()
    if share is not None:
        parts.append(
            _("{percent} find it (very) important.", percent=percent(round(share * 100), 100))
        )
    return " ".join(parts)


def take_over(repo: Repository, round_id: str, key: str) -> Position:
    """Add the survey's figures for theme ``key`` to its 'Inbreng van de leden'.

    Appended after what is there; taking over twice does not add the line twice.
    """
    count = survey_service.results(repo, round_id)
    if count.total == 0:
        raise InvalidInput(N_("There are no answers yet to take over."))
    try:
        theme = count.theme(key)
    except KeyError:
        raise InvalidInput(N_("This theme is no longer part of your position.")) from None
    line = participation(count) + " " + theme_line(count, theme)
    position = position_service.load_position(repo, round_id)
    try:
        current = position.theme(key).member_input
    except KeyError:
        raise InvalidInput(N_("This theme is no longer part of your position.")) from None
    if line in current:
        return position
    text = f"{current.rstrip()}\n\n{line}" if current.strip() else line
    return position_service.update_theme(repo, round_id, key, member_input=text)


def brief_line(repo: Repository, round_id: str) -> str:
    """The sentence the Vergaderbrief and Inzetnotitie carry; "" without answers."""
    count = survey_service.results(repo, round_id)
    if count.total == 0:
        return ""
    top = [t.title for t in count.themes[:3]]
    line = participation(count)
    if top:
        line += " " + _("Their top three: {themes}.", themes=", ".join(top))
    return line


def report_pdf(repo: Repository, round_id: str, today: dt.date | None = None) -> bytes:
    """The Achterbanrapport of the round (never with contact details: it gets counts only)."""
    from app.documents.survey_report import SurveyReportDoc, build_survey_report
    from app.services.document_sources import round_info

    count = survey_service.results(repo, round_id)
    doc = SurveyReportDoc(
        count=count,
        participation=participation(count) if count.total else "",
        differences=tuple(survey_service.differences(repo, round_id)),
    )
    return build_survey_report(round_info(repo, round_id, today), doc)
