"""The survey's figures in words, in one place for the screen and every document.

"312 van de 1.240 leden deden mee (25%)." is written here only, so the
Vergaderbrief, the Inzetnotitie, the Achterbanrapport, "Inbreng van de leden"
and the screen say the same. Pure: counted figures in, translated text out.
"""

from __future__ import annotations

from app.i18n import _, format_number
from models.survey_results import SurveyCount, ThemeCount
from models.text import N_


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def _of_members(count: SurveyCount, of_members: str, alone: str) -> str:
    """``of_members`` when the number of members is known (it may use ``{n}``,
    ``{members}`` and ``{percent}``), else ``alone`` (with ``{n}`` only)."""
    n = format_number(count.total)
    if not count.members:
        return _(alone, n=n)
    return _(
        of_members,
        n=n,
        members=format_number(count.members),
        percent=percent(count.total, count.members),
    )


def participation(count: SurveyCount) -> str:
    """'312 van de 1.240 leden deden mee (25%).' or '312 leden deden mee.'"""
    return _of_members(
        count,
        N_("{n} of the {members} members took part ({percent})."),
        N_("{n} members took part."),
    )


def on_behalf(count: SurveyCount) -> str:
    """'namens 312 van de 1.240 leden' (short, for the Vergaderbrief's heading)."""
    return _of_members(
        count, N_("on behalf of {n} of the {members} members"), N_("on behalf of {n} members")
    )


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


def brief_line(count: SurveyCount) -> str:
    """Participation and the top three, for the Vergaderbrief and the Inzetnotitie.

    Empty without answers: then the documents say nothing about a survey.
    """
    if count.total == 0:
        return ""
    top = [t.title for t in count.themes[:3]]
    line = participation(count)
    if top:
        line += " " + _("Their top three: {themes}.", themes=", ".join(top))
    return line


def theme_figures(count: SurveyCount) -> dict[str, str]:
    """Per theme key its figures in one sentence; empty without answers."""
    if count.total == 0:
        return {}
    return {t.key: theme_line(count, t) for t in count.themes}
