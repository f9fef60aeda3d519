"""Enquêteformulier: a paper questionnaire for members without a computer.

Generated from the round's themes: per theme a short explanation, "how
important is this to you?" with tick boxes, and lines to write on. It ends
with the member's top three, room for anything else, optional questions
about the respondent and where to hand the form in. Large type and wide
writing lines, because many members are older.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from app.documents.blocks import TickBoxes, WritingLines, gap, muted, title_block
from app.documents.data import RoundInfo, SurveyTheme
from app.documents.markup import escape, para, rich
from app.documents.styles import styles
from app.documents.template import DocMeta, heading, render, title_text
from app.i18n import _

#: Short explanations are cut at a sentence end near this length.
WHY_LENGTH = 320


def _short(text: str, limit: int = WHY_LENGTH) -> str:
    """The first sentences of ``text`` up to about ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[: cut + 1] if cut > 0 else text[:limit].rstrip() + "…"


def _partners(info: RoundInfo) -> str:
    names = [_("the municipality of {name}", name=m) for m in info.municipalities]
    names += list(info.housing_associations)
    return ", ".join(names) if names else _("the municipality and the housing association")


def _importance() -> list[str]:
    return [_("Very important"), _("Important"), _("Not so important"), _("Don't know")]


def _theme_block(number: int, theme: SurveyTheme) -> list[Flowable]:
    s = styles()
    block: list[Flowable] = [
        Paragraph(rich("{n}. {title}", n=str(number), title=title_text(theme.title)), s.h2)
    ]
    if theme.why.strip():
        block.append(para(_short(theme.why), s.body))
    block += [
        Paragraph(escape(_("How important is this to you?")), s.h3),
        TickBoxes(_importance()),
        Paragraph(escape(_("What is your experience? What should be better?")), s.h3),
        WritingLines(3),
        gap(3),
    ]
    return [KeepTogether(block)]


def build_survey(info: RoundInfo, themes: Sequence[SurveyTheme], return_note: str = "") -> bytes:
    """The printable member survey as PDF bytes.

    Decision: themes appear in the order given (the board's own order, not
    its priorities), so the form does not steer members towards the board's
    choices. Without themes the form still works: it asks the open questions.
    """
    s = styles()
    title = _("Member survey")
    story: list[Flowable] = [
        *title_block(title, " · ".join(p for p in (info.organisation, info.round_title) if p)),
        heading(_("What matters most to you?")),
        para(
            _(
                "Every year {organisation} makes agreements about housing with {partners}: "
                "the performance agreements (prestatieafspraken). We speak for all tenants. "
                "What do you find most important? Fill in this form and hand it in. "
                "It takes about 10 minutes. You may skip questions.",
                organisation=info.organisation or _("the tenant organisation"),
                partners=_partners(info),
            ),
            s.body,
        ),
        para(
            _("Put a cross in the box that fits you. Write your answer on the lines."),
            s.callout,
        ),
    ]
    for number, theme in enumerate(themes, start=1):
        story += _theme_block(number, theme)
    story += [
        CondPageBreak(90),
        heading(_("Your top three")),
        para(
            _("Which three subjects matter most to you? Write down their numbers."),
            s.body,
        ),
        Paragraph(
            rich(
                "{first} ________ &nbsp;&nbsp;&nbsp; {second} ________ "
                "&nbsp;&nbsp;&nbsp; {third} ________",
                first=_("1st:"),
                second=_("2nd:"),
                third=_("3rd:"),
            ),
            s.body,
        ),
        gap(3),
        Paragraph(escape(_("Is there anything else you want to tell us?")), s.h3),
        WritingLines(4),
        gap(3),
        KeepTogether(
            [
                heading(_("About you (you may skip this)")),
                Paragraph(escape(_("Your age")), s.h3),
                TickBoxes([_("under 30"), _("30 to 49"), _("50 to 66"), _("67 or older")]),
                Paragraph(escape(_("Would you like to think along with us?")), s.h3),
                muted(
                    _(
                        "Write your name and phone number or e-mail address. We only use "
                        "them to contact you about this survey."
                    )
                ),
                WritingLines(2),
            ]
        ),
        gap(4),
        para(
            _("Hand in the form: {where}", where=return_note)
            if return_note.strip()
            else _("Hand in the form at: ______________________  before: ____________"),
            s.callout,
        ),
        para(_("Thank you for your help!"), s.h2),
    ]
    meta = DocMeta(
        title=title,
        organisation=info.organisation,
        round_title=info.round_title,
        on=info.today,
        subject=_("Paper questionnaire for members"),
    )
    return render(meta, story)
