"""Enquêteformulier: a paper questionnaire for members without a computer.

Generated from the round's themes: per theme a short explanation, "how
important is this to you?" with tick boxes, and lines to write on. With a
survey design (Achterban) it follows that design: the neighbourhood question,
the top three, the theme questions, remarks and contact details as chosen, in
"je" or "u", and it tells members what is done with their answers. Large type and wide writing
lines, because many members are older.
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
from models.survey import Address, SurveyDesign
from models.text import N_

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


def _importance(formal: bool = False) -> list[str]:
    """Tick-box labels in the order of the quick-entry keys 1-4 (see models.survey_entry)."""
    return [_("Very important"), _("Important"), _("Not so important"), _("Don't know")]


def _say(formal: bool, je: str, u: str, **params: str) -> str:
    """The member-facing text in the organisation's chosen address: "je" or "u"."""
    return _(u, **params) if formal else _(je, **params)


def _theme_block(number: int, theme: SurveyTheme, formal: bool = False) -> list[Flowable]:
    s = styles()
    block: list[Flowable] = [
        Paragraph(rich("{n}. {title}", n=str(number), title=title_text(theme.title)), s.h2)
    ]
    if theme.why.strip():
        block.append(para(_short(theme.why), s.body))
    block += [
        Paragraph(
            escape(
                _say(
                    formal,
                    N_("How important is this to you?"),
                    N_("How important is this to you? (formal)"),
                )
            ),
            s.h3,
        ),
        TickBoxes(_importance()),
        Paragraph(
            escape(
                _say(
                    formal,
                    N_("What is your experience? What should be better?"),
                    N_("What is your experience? What should be better? (formal)"),
                )
            ),
            s.h3,
        ),
        WritingLines(3),
        gap(3),
    ]
    return [KeepTogether(block)]


def _neighbourhood_block(names: Sequence[str], formal: bool) -> list[Flowable]:
    s = styles()
    return [
        KeepTogether(
            [
                Paragraph(
                    escape(
                        _say(
                            formal,
                            N_("In which neighbourhood or complex do you live?"),
                            N_("In which neighbourhood or complex do you live? (formal)"),
                        )
                    ),
                    s.h3,
                ),
                TickBoxes([f"{n}. {name}" for n, name in enumerate(names, start=1)]),
                gap(2),
            ]
        )
    ]


def _top_block(themes: Sequence[SurveyTheme], size: int, formal: bool) -> list[Flowable]:
    """The ranking question, before the themes: the numbers typed at entry come first."""
    s = styles()
    if size >= 3:
        question = _say(
            formal,
            N_("Which three subjects matter most to you? Write down their numbers."),
            N_("Which three subjects matter most to you? Write down their numbers. (formal)"),
        )
        boxes = rich(
            "{first} ________ &nbsp;&nbsp;&nbsp; {second} ________ "
            "&nbsp;&nbsp;&nbsp; {third} ________",
            first=_("1st:"),
            second=_("2nd:"),
            third=_("3rd:"),
        )
    else:
        question = _say(
            formal,
            N_("Which subject matters most to you? Write down its number."),
            N_("Which subject matters most to you? Write down its number. (formal)"),
        )
        boxes = rich("{first} ________", first=_("1st:"))
    listed = ", ".join(f"{n}. {title_text(t.title)}" for n, t in enumerate(themes, start=1))
    return [
        KeepTogether(
            [
                heading(_say(formal, N_("Your top three"), N_("Your top three (formal)")))
                if size >= 3
                else heading(_("What matters most?")),
                para(question, s.body),
                para(listed, s.body),
                Paragraph(boxes, s.body),
                gap(3),
            ]
        )
    ]


def _contact_block(formal: bool) -> list[Flowable]:
    return [
        KeepTogether(
            [
                heading(
                    _say(
                        formal,
                        N_("Would you like to think along with us?"),
                        N_("Would you like to think along with us? (formal)"),
                    )
                ),
                muted(
                    _say(
                        formal,
                        N_(
                            "Write your name and phone number or e-mail address. We only use "
                            "them to contact you about this survey."
                        ),
                        N_(
                            "Write your name and phone number or e-mail address. We only use "
                            "them to contact you about this survey. (formal)"
                        ),
                    )
                ),
                WritingLines(2),
            ]
        )
    ]


def _privacy(formal: bool) -> Paragraph:
    return muted(
        _say(
            formal,
            N_(
                "What we do with your answers: we count the answers of all members together and "
                "report only totals. Your name and phone number are kept apart from your answers "
                "and deleted after the survey."
            ),
            N_(
                "What we do with your answers: we count the answers of all members together and "
                "report only totals. Your name and phone number are kept apart from your answers "
                "and deleted after the survey. (formal)"
            ),
        )
    )


def build_survey(
    info: RoundInfo,
    themes: Sequence[SurveyTheme],
    return_note: str = "",
    design: SurveyDesign | None = None,
) -> bytes:
    """The printable member survey as PDF bytes, following the survey design.

    Decision: themes appear in the order given (the board's own order, not
    its priorities), so the form does not steer members towards the board's
    choices. The order of the questions is the order of the quick entry
    (neighbourhood, top three, then per theme), and the numbers on the form
    are the keys the volunteer types. Without a design: the top three when
    there are three themes, no neighbourhood question, "je".
    """
    s = styles()
    formal = design is not None and design.address == Address.U
    top_size = design.top_size if design else (3 if len(themes) >= 3 else 0)
    names = design.neighbourhood_names() if design and design.ask_neighbourhood else []
    title = _("Member survey")
    story: list[Flowable] = [
        *title_block(title, " · ".join(p for p in (info.organisation, info.round_title) if p)),
        heading(
            _say(formal, N_("What matters most to you?"), N_("What matters most to you? (formal)"))
        ),
        para(
            _say(
                formal,
                N_(
                    "Every year {organisation} makes agreements about housing with {partners}: "
                    "the performance agreements (prestatieafspraken). We speak for all tenants. "
                    "What do you find most important? Fill in this form and hand it in. "
                    "It takes about 10 minutes. You may skip questions."
                ),
                N_(
                    "Every year {organisation} makes agreements about housing with {partners}: "
                    "the performance agreements (prestatieafspraken). We speak for all tenants. "
                    "What do you find most important? Fill in this form and hand it in. "
                    "It takes about 10 minutes. You may skip questions. (formal)"
                ),
                organisation=info.organisation or _("the tenant organisation"),
                partners=_partners(info),
            ),
            s.body,
        ),
        para(
            _say(
                formal,
                N_("Put a cross in the box that fits you. Write your answer on the lines."),
                N_(
                    "Put a cross in the box that fits you. Write your answer on the lines. (formal)"
                ),
            ),
            s.callout,
        ),
    ]
    if names:
        story += _neighbourhood_block(names, formal)
    if top_size and themes:
        story += _top_block(themes, top_size, formal)
    for number, theme in enumerate(themes, start=1):
        story += _theme_block(number, theme, formal)
    if not themes:  # no themes yet: still ask the open question
        story += [
            heading(_say(formal, N_("Your top three"), N_("Your top three (formal)"))),
            para(_("Which three subjects matter most to you? Write down their numbers."), s.body),
        ]
    if design is None or design.ask_remarks:
        story += [
            CondPageBreak(60),
            Paragraph(
                escape(
                    _say(
                        formal,
                        N_("Is there anything else you want to tell us?"),
                        N_("Is there anything else you want to tell us? (formal)"),
                    )
                ),
                s.h3,
            ),
            WritingLines(4),
            gap(3),
        ]
    if design is None or design.ask_contact:
        story += _contact_block(formal)
    story += [
        gap(3),
        _privacy(formal),
        gap(4),
        para(
            _("Hand in the form: {where}", where=return_note)
            if return_note.strip()
            else _("Hand in the form at: ______________________  before: ____________"),
            s.callout,
        ),
        para(_("Thank you for your help!"), s.h2),
    ]
    meta = DocMeta.for_round(
        info,
        title,
        _("Paper questionnaire for members"),
    )
    return render(meta, story)
