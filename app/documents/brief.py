"""Vergaderbrief: the meeting brief, read in five minutes before a meeting.

One or two pages: the meeting (date, place, participants, goal), the top
priorities first, then per theme the demand, the key arguments, the red line,
the questions to raise and who speaks. Themes without a priority and without
a demand are left out: there is nothing to bring to the table yet.

The brief holds red lines and who speaks, so it is for the own delegation
only: every page says so. It never prints placeholders ("not decided yet")
or app instructions: a missing detail is left out (Documenten says which
details are missing before the brief is made).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.documents.blocks import bullets, gap, inline, title_block
from app.documents.common import (
    demand_flowables,
    filled_demands,
    partners,
    priority_label,
    short_text,
    subtitle,
)
from app.documents.data import PositionDoc, RoundInfo, ThemeDoc
from app.documents.markup import escape, rich
from app.documents.styles import styles
from app.documents.template import DocMeta, heading, render, title_text
from app.i18n import _, format_date
from models.meeting import Meeting
from models.position import Priority

#: Catalogue questions offered for a "must" theme when the board wrote none.
FALLBACK_QUESTIONS = 2


def _meeting_block(info: RoundInfo, meeting: Meeting) -> list[Flowable]:
    s = styles(True)
    rows: list[Flowable] = []
    when = ", ".join(part for part in (format_date(meeting.date), meeting.time.strip()) if part)
    facts = []
    if when:
        facts.append(rich("<b>{label}:</b> {value}", label=_("When"), value=when))
    if meeting.place.strip():
        facts.append(rich("<b>{label}:</b> {value}", label=_("Where"), value=meeting.place))
    if facts:
        rows.append(Paragraph(" &nbsp;·&nbsp; ".join(facts), s.body))
    people = meeting.participant_list()
    if people:
        rows.append(inline(_("Participants"), "; ".join(people), compact=True))
    others = partners(info)
    if others:
        rows.append(inline(_("At the table with"), ", ".join(others), compact=True))
    if meeting.goal.strip():
        rows.append(inline(_("Goal of the meeting"), meeting.goal, compact=True))
    return rows


#: The top-priorities list shows a demand in at most this many characters (the full
#: demand follows under its theme).
TOP_DEMAND_LENGTH = 220


def _top_block(top: list[ThemeDoc]) -> list[Flowable]:
    s = styles(True)
    items = []
    for number, doc in enumerate(top, start=1):
        demands = filled_demands(doc.theme)
        first = short_text(demands[0].what, TOP_DEMAND_LENGTH) if demands else ""
        text = rich(
            "<b>{title}</b> ({priority})",
            title=title_text(doc.title),
            priority=priority_label(doc.theme.priority),
        )
        if first:
            text += "<br/>" + escape(first)
        items.append(Paragraph(text, s.bullet, bulletText=f"{number}."))
    return items


def _theme_block(doc: ThemeDoc, meeting: Meeting) -> list[Flowable]:
    s = styles(True)
    theme = doc.theme
    block: list[Flowable] = [
        heading(f"{doc.title} · {priority_label(theme.priority)}", level=1, compact=True),
    ]
    demands = filled_demands(theme)
    if demands:
        block.append(Paragraph(escape(_("What we ask")), s.label))
        block += demand_flowables(demands, compact=True)
    if theme.arguments.strip():
        block.append(inline(_("Key arguments"), theme.arguments, compact=True))
    if theme.red_line.strip():
        block.append(
            Paragraph(
                rich("<b>{label}:</b> {text}", label=_("Red line"), text=theme.red_line),
                s.red_line,
            )
        )
    questions = meeting.questions_for(theme.id)
    if questions:
        block.append(Paragraph(escape(_("Questions to raise")), s.label))
        block += bullets(questions, compact=True)
    elif doc.questions and theme.priority is Priority.MUST:
        block.append(Paragraph(escape(_("Questions you could raise")), s.label))
        block += bullets(list(doc.questions)[:FALLBACK_QUESTIONS], compact=True)
    speaker = meeting.speaker_for(theme.id).strip()
    if speaker:
        block.append(inline(_("Who speaks"), speaker, compact=True))
    # The heading keeps with its first lines (keepWithNext); the rest may
    # break, so a long theme never leaves half a page empty.
    return [*block, gap(1)]


def _wish_block(wishes: list[ThemeDoc], meeting: Meeting) -> list[Flowable]:
    """'Nice to have' themes in one short list: title, first demand, speaker."""
    s = styles(True)
    items: list[Flowable] = []
    for doc in wishes:
        demands = filled_demands(doc.theme)
        text = rich("<b>{title}</b>", title=title_text(doc.title))
        if demands:
            text += " — " + escape(demands[0].what.strip())
        speaker = meeting.speaker_for(doc.theme.id).strip()
        if speaker:
            text += " " + rich("({label}: {name})", label=_("speaks"), name=speaker)
        if doc.theme.red_line.strip():
            text += "<br/>" + rich(
                '<font color="#A32020"><b>{label}:</b> {red}</font>',
                label=_("Red line"),
                red=doc.theme.red_line,
            )
        items.append(Paragraph(text, s.bullet, bulletText="•"))
    return items


def brief_themes(position: PositionDoc) -> list[ThemeDoc]:
    """Themes that go in the brief: a priority or a demand, in priority order."""
    return [t for t in position.themes if t.theme.priority is not None or filled_demands(t.theme)]


def build_brief(info: RoundInfo, position: PositionDoc, meeting: Meeting) -> bytes:
    """The meeting brief as PDF bytes."""
    title = _("Meeting brief")
    story: list[Flowable] = [*title_block(title, subtitle(info), compact=True)]
    meeting_rows = _meeting_block(info, meeting)
    if meeting_rows:
        # On whose behalf rides on the heading (no extra line: the brief stays on two pages).
        meeting_title = _("The meeting")
        if position.participation:
            meeting_title = _(
                "{title} · {members}", title=meeting_title, members=position.participation
            )
        story += [heading(meeting_title, compact=True), *meeting_rows]
    if position.top:
        story += [heading(_("Our top priorities"), compact=True), *_top_block(list(position.top))]
    themes = brief_themes(position)
    wishes = [t for t in themes if t.theme.priority is Priority.COULD]
    if wishes:
        story += [
            Paragraph(escape(_("Also on the table (nice to have)")), styles(True).label),
            *_wish_block(wishes, meeting),
        ]
    main_themes = [t for t in themes if t.theme.priority is not Priority.COULD]
    if main_themes:
        story.append(heading(_("Per theme"), compact=True))
    for doc in main_themes:
        story += _theme_block(doc, meeting)
    meta = DocMeta.for_round(
        info,
        title,
        _("Meeting brief for the performance agreements"),
        confidential=True,
        draft=position.position.adopted_on is None,
    )
    return render(meta, story)
