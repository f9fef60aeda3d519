"""Achterbanrapport: what the members said, for the members' meeting and the partners.

Who took part (against the number of members and per neighbourhood), the
ranking of the themes with a bar chart, per theme the answers with a chart
and the members' own words, where the board's priorities and the members'
ranking differ, and how it was counted. Built from the counted figures only:
the contact details of members never reach this document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from app.documents.blocks import bullets, gap, muted, title_block
from app.documents.charts import bar_chart
from app.documents.data import RoundInfo
from app.documents.markup import escape, para
from app.documents.styles import styles
from app.documents.template import DocMeta, heading, render
from app.i18n import _, format_number
from models.survey import IMPORTANCE_LABELS
from models.survey_results import PriorityDifference, SurveyCount, ThemeCount

#: Remarks printed per theme; the rest is counted ("and 12 more").
MAX_REMARKS_SHOWN = 12


@dataclass(frozen=True)
class SurveyReportDoc:
    count: SurveyCount
    participation: str
    differences: Sequence[PriorityDifference] = ()


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def _who(doc: SurveyReportDoc) -> list[Flowable]:
    s = styles()
    count = doc.count
    story: list[Flowable] = [heading(_("Who took part")), para(doc.participation, s.body)]
    channels = [
        (_("Paper forms"), count.paper),
        (_("Online"), count.online),
        (_("Counted by hand"), count.counted_by_hand),
    ]
    story += bullets([f"{label}: {format_number(n)}" for label, n in channels if n])
    hoods = [h for h in count.neighbourhoods if h.answers or h.members]
    if hoods:
        story.append(Paragraph(escape(_("Per neighbourhood or complex")), s.h3))
        labels = [h.name or _("Not filled in") for h in hoods]
        texts = [
            _(
                "{n} of {members} ({percent})",
                n=h.answers,
                members=h.members,
                percent=_percent(h.answers, h.members),
            )
            if h.members
            else str(h.answers)
            for h in hoods
        ]
        story.append(bar_chart(labels, [h.answers for h in hoods], texts))
    for warning in count.warnings:
        story.append(para(_(warning.message, **warning.params), s.callout))
    return story


def _ranking(count: SurveyCount) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        CondPageBreak(60),
        heading(_("What matters most to the members")),
        muted(
            _("Points: a first choice in the top three counts 3, a second 2, a third 1.")
            if any(t.choices for t in count.themes)
            else _("Points: 'very important' counts 2, 'important' 1.")
        ),
        bar_chart([t.title for t in count.themes], [t.points for t in count.themes]),
    ]
    story += [
        Paragraph(
            escape(
                _(
                    "{rank}. {title}: {points} points, in the top three of {mentions} members",
                    rank=t.rank,
                    title=t.title,
                    points=t.points,
                    mentions=t.mentions,
                )
            ),
            s.bullet,
        )
        for t in count.themes
    ]
    return story


def _theme(count: SurveyCount, theme: ThemeCount) -> list[Flowable]:
    s = styles()
    labels = [_(label) for label in IMPORTANCE_LABELS.values()]
    answered = theme.answered
    texts = [f"{n} ({_percent(n, answered)})" for n in theme.importance]
    block: list[Flowable] = [
        heading(f"{theme.rank}. {theme.title}", level=1),
        Paragraph(escape(_("How important is this to you?")), s.h3),
        bar_chart(labels, list(theme.importance), texts),
    ]
    if theme.choices:
        block.append(
            para(
                _(
                    "Chosen first by {first}, second by {second}, third by {third} members.",
                    first=theme.choices[0],
                    second=theme.choices[1] if len(theme.choices) > 1 else 0,
                    third=theme.choices[2] if len(theme.choices) > 2 else 0,
                ),
                s.body,
            )
        )
    story: list[Flowable] = [KeepTogether(block)]
    story += _remarks(theme.remarks)
    story.append(gap(2))
    return story


def _remarks(remarks: Sequence[str]) -> list[Flowable]:
    if not remarks:
        return []
    s = styles()
    story: list[Flowable] = [Paragraph(escape(_("In the members' own words")), s.h3)]
    story += bullets([f"“{text}”" for text in remarks[:MAX_REMARKS_SHOWN]])
    if len(remarks) > MAX_REMARKS_SHOWN:
        story.append(muted(_("And {n} more remarks.", n=len(remarks) - MAX_REMARKS_SHOWN)))
    return story


def _differences(doc: SurveyReportDoc) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [CondPageBreak(40), heading(_("Our position and the members"))]
    if not doc.differences:
        story.append(
            para(_("The members' ranking agrees with the priorities of our position."), s.body)
        )
        return story
    total = len(doc.count.themes)
    for item in doc.differences:
        text = _(item.message, rank=item.rank, n=total)
        story.append(Paragraph(escape(f"{item.title}: {text}"), s.bullet, bulletText="•"))
    return story


def build_survey_report(info: RoundInfo, doc: SurveyReportDoc) -> bytes:
    """The Achterbanrapport as PDF bytes; without answers it says so on one page."""
    s = styles()
    title = _("Members' survey report")
    story: list[Flowable] = [
        *title_block(title, " · ".join(p for p in (info.organisation, info.round_title) if p))
    ]
    count = doc.count
    if count.total == 0:
        story.append(para(_("No answers have been entered yet."), s.body))
    else:
        story += _who(doc)
        story += _ranking(count)
        story += [CondPageBreak(230), heading(_("Per theme"))]
        for theme in count.themes:
            story += _theme(count, theme)
        if count.general_remarks:
            story += [heading(_("Other remarks"), level=1), *_remarks(count.general_remarks)]
        story += _differences(doc)
        story += [
            heading(_("How we counted")),
            para(
                _(
                    "Every returned form and every online answer counts once. Members could "
                    "skip questions, so the numbers per question can differ. Names and contact "
                    "details of members are not in this report."
                ),
                s.body,
            ),
        ]
    meta = DocMeta.for_round(
        info,
        title,
        _("Results of the members' survey"),
    )
    return render(meta, story)
