"""Procesbrief: how the tenant organisation experienced this round's process.

A letter of one or two pages to the partners (municipality, housing
association) and the housing association's supervisory board (RvC), built
from the equal-partnership checklist: the score, what went well, what must
improve (with the board's notes) and concrete requests. Lists are capped so
the letter stays short; the checklist report has the full picture.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.content.checklist import item_text
from app.documents.blocks import gap, inline, title_block
from app.documents.checklist_report import percent_text
from app.documents.data import ChecklistDoc, RoundInfo
from app.documents.markup import escape, rich
from app.documents.styles import styles
from app.documents.template import DocMeta, heading, render
from app.i18n import _, format_date
from models.checklist import Answer, ChecklistItemDef, ItemAnswer
from models.organisation import BoardMember

MAX_GOOD = 5
MAX_IMPROVE = 6
MAX_REQUESTS = 4
#: A note longer than this is shortened in the letter (full text in the report).
NOTE_LENGTH = 280
#: Roles that sign a letter, in this order (Dutch and English).
SIGNING_ROLES = ("voorzitter", "chair", "secretaris", "secretary")


def _addressees(info: RoundInfo) -> list[str]:
    names = [_("The municipal executive of {name}", name=m) for m in info.municipalities]
    for association in info.housing_associations:
        names.append(_("The board of {name}", name=association))
        names.append(_("The supervisory board (RvC) of {name}", name=association))
    return names or [_("The partners in the performance agreements")]


def _short(text: str, limit: int = NOTE_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _answered(doc: ChecklistDoc, answer: Answer) -> list[tuple[ChecklistItemDef, ItemAnswer]]:
    return [
        (item, doc.answers.get(item.id))
        for item in doc.content.items()
        if doc.answers.answer_of(item.id) is answer
    ]


def signatories(board: Sequence[BoardMember]) -> list[BoardMember]:
    """Chair and secretary when known, else the first two board members."""
    chosen = [
        member
        for role in SIGNING_ROLES
        for member in board
        if member.name.strip() and role in member.role.lower()
    ]
    unique = list(dict.fromkeys(m.name for m in chosen))
    if unique:
        return [next(m for m in chosen if m.name == name) for name in unique][:2]
    return [m for m in board if m.name.strip()][:2]


def _bullet(text: str, note: str = "") -> Paragraph:
    s = styles(True)
    markup = escape(text)
    if note.strip():
        markup += "<br/>" + rich("<i>{note}</i>", note=_short(note))
    return Paragraph(markup, s.bullet, bulletText="•")


def _list_section(
    title: str, entries: list[tuple[ChecklistItemDef, ItemAnswer]], limit: int, with_notes: bool
) -> list[Flowable]:
    if not entries:
        return []
    story: list[Flowable] = [heading(title, level=0, compact=True)]
    story += [
        _bullet(item_text(item), ans.note if with_notes else "") for item, ans in entries[:limit]
    ]
    if len(entries) > limit:
        story.append(
            Paragraph(
                escape(_("And {n} more items: see the checklist report.", n=len(entries) - limit)),
                styles(True).small,
            )
        )
    return story


def build_process_letter(info: RoundInfo, doc: ChecklistDoc) -> bytes:
    """The process letter as PDF bytes."""
    s = styles(True)
    title = _("Process letter")
    overall = doc.scores.overall
    good = _answered(doc, Answer.YES)
    # With a note first: those are the ones the board had something to say about.
    good.sort(key=lambda pair: not pair[1].note.strip())
    improve = _answered(doc, Answer.NO) + _answered(doc, Answer.PARTLY)
    story: list[Flowable] = [
        *title_block(title, info.organisation, compact=True),
        inline(_("To"), "; ".join(_addressees(info)), compact=True),
        inline(_("Date"), format_date(info.today), compact=True),
        inline(
            _("Subject"),
            _("How we experienced the process of {round}", round=info.round_title),
            compact=True,
        ),
        gap(3),
        Paragraph(escape(_("Dear Sir or Madam,")), s.body),
        Paragraph(
            escape(
                _(
                    "As the tenant organisation we are an equal partner in the performance "
                    "agreements, next to the municipality and the housing association. With "
                    "the equal-partnership checklist we looked at how the process went this "
                    "round. In this letter you read what went well, what must improve and "
                    "what we ask of you."
                )
            ),
            s.body,
        ),
    ]
    if overall.percent is not None:
        score_line = _(
            "Our score for the process this round: {score}.", score=percent_text(overall.percent)
        )
        if doc.comparison.overall.previous is not None:
            score_line += " " + _(
                "In the previous round it was {previous}.",
                previous=percent_text(doc.comparison.overall.previous),
            )
        story.append(Paragraph(escape(score_line), s.callout))
    story += _list_section(_("What went well"), good, MAX_GOOD, with_notes=False)
    story += _list_section(_("What must improve"), improve, MAX_IMPROVE, with_notes=True)
    requests = [item for item, _ans in _answered(doc, Answer.NO)]
    requests += [item for item, _ans in _answered(doc, Answer.PARTLY)]
    if requests:
        story += [
            heading(_("What we ask of you"), compact=True),
            Paragraph(
                escape(_("We ask you to make sure, together with us, that next round:")), s.body
            ),
        ]
        story += [
            Paragraph(escape(item_text(item)), s.bullet, bulletText=f"{n}.")
            for n, item in enumerate(requests[:MAX_REQUESTS], start=1)
        ]
    closing: list[Flowable] = [
        gap(2),
        Paragraph(escape(_("We would be glad to discuss this letter with you.")), s.body),
        gap(2),
        Paragraph(escape(_("Kind regards,")), s.body),
        Paragraph(rich("<b>{name}</b>", name=info.organisation), s.body),
    ]
    for member in signatories(doc.board):
        line = member.name if not member.role.strip() else f"{member.name}, {member.role}"
        closing.append(Paragraph(escape(line), s.body))
    story.append(KeepTogether(closing))
    meta = DocMeta(
        title=title,
        organisation=info.organisation,
        round_title=info.round_title,
        on=info.today,
        subject=_("How we experienced the process of {round}", round=info.round_title),
    )
    return render(meta, story)
