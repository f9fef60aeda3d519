"""Procesbrief: how the tenant organisation experienced this round's process, as real letters.

Two letters a secretary would send, built from the equal-partnership
checklist:

* :func:`build_process_letter` to the municipal executive and the housing
  association's board: sender with contact, an address block per addressee,
  date, kenmerk, onderwerp, bijlagen, then the score, what went well and,
  per party, only what *that* party must do (the item's "who acts"); what
  must be done together; the organisation's own improvements in a separate
  paragraph "Wat wij zelf doen"; room to sign.
* :func:`build_rvc_letter`: a short letter to the supervisory board with
  its own request (does the RvC know whether all partners truly endorse the
  agreements?).

Neither letter holds red lines, speakers or app instructions: they go to
the other side. A checklist without any answer gives no letter but a clear
message (:class:`models.base.InvalidInput`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.content.checklist import item_text
from app.documents.blocks import gap
from app.documents.checklist_report import percent_text
from app.documents.data import ChecklistDoc, RoundInfo
from app.documents.markup import escape, rich
from app.documents.styles import styles
from app.documents.template import DocMeta, heading, render
from app.i18n import _, format_date
from models.base import InvalidInput
from models.checklist import Answer, ChecklistItemDef, ItemAnswer
from models.law import Who
from models.organisation import BoardMember
from models.text import N_

MAX_GOOD = 5
MAX_PER_PARTY = 6
#: A note longer than this is shortened at a sentence end (full text in the report).
NOTE_LENGTH = 280
#: Roles that sign a letter, in this order (Dutch and English).
SIGNING_ROLES = ("voorzitter", "chair", "secretaris", "secretary")

Entry = tuple[ChecklistItemDef, ItemAnswer]


def _short(text: str, limit: int = NOTE_LENGTH) -> str:
    """``text`` cut at the last sentence (or word) end before ``limit``: never mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = max(text.rfind(". ", 0, limit), text.rfind("! ", 0, limit), text.rfind("? ", 0, limit))
    if cut > limit // 3:
        return text[: cut + 1]
    space = text.rfind(" ", 0, limit)
    return (text[:space] if space > 0 else text[:limit]).rstrip(",;:") + " …"


def _answered(doc: ChecklistDoc, *answers: Answer) -> list[Entry]:
    return [
        (item, doc.answers.get(item.id))
        for item in doc.content.items()
        if doc.answers.answer_of(item.id) in answers
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


def contact_line(board: Sequence[BoardMember]) -> str:
    """'Mehmet Yılmaz, secretaris · secretaris@… · 06-…': the secretary (else the chair,
    else the first member with a name) as the letters' and the paper's contact."""
    chosen = [m for role in SIGNING_ROLES[::-1] for m in board if role in m.role.lower()]
    chosen += [m for m in board if m.name.strip()]
    if not chosen:
        return ""
    member = chosen[0]
    name = f"{member.name}, {member.role}" if member.role.strip() else member.name
    return " · ".join(part for part in (name, member.email, member.phone) if part.strip())


def _require_answers(doc: ChecklistDoc) -> None:
    if doc.scores.overall.answered == 0:
        raise InvalidInput(
            N_(
                "The checklist has no answers yet, so there is nothing to write about the "
                "process. Answer the checklist first; then the letter can be made."
            )
        )


def _kenmerk(info: RoundInfo, suffix: str) -> str:
    initials = "".join(w[0] for w in info.organisation.split() if w[:1].isalpha())[:4].upper()
    return "-".join(part for part in (initials or "HO", str(info.year), suffix) if part)


def _letter_head(
    info: RoundInfo, addressees: list[str], subject: str, kenmerk: str, attachments: list[str]
) -> list[Flowable]:
    """Sender, address blocks, date, kenmerk, onderwerp and bijlagen, as a letter has them."""
    s = styles(True)
    sender = rich("<b>{name}</b>", name=info.organisation)
    if info.contact.strip():
        sender += "<br/>" + escape(info.contact)
    story: list[Flowable] = [Paragraph(sender, s.small), gap(8)]
    for block in addressees:
        story.append(Paragraph(escape(block).replace("\n", "<br/>"), s.body))
    story.append(gap(6))
    rows = [
        (_("Date"), format_date(info.today)),
        (_("Our reference"), kenmerk),
        (_("Subject"), subject),
    ]
    if attachments:
        rows.append((_("Attachments"), "; ".join(attachments)))
    for label, value in rows:
        story.append(Paragraph(rich("<b>{label}:</b> {value}", label=label, value=value), s.body))
    story.append(gap(4))
    return story


def _closing(info: RoundInfo, board: Sequence[BoardMember], invite: str) -> Flowable:
    s = styles(True)
    parts: list[Flowable] = [
        gap(2),
        Paragraph(escape(invite), s.body),
        gap(2),
        Paragraph(escape(_("Kind regards,")), s.body),
        Paragraph(rich("<b>{name}</b>", name=info.organisation), s.body),
        gap(16),  # room to sign
    ]
    for member in signatories(board):
        line = member.name if not member.role.strip() else f"{member.name}, {member.role}"
        parts.append(Paragraph(escape(line), s.body))
    return KeepTogether(parts)


def _bullet(item: ChecklistItemDef, note: str = "") -> Paragraph:
    markup = escape(item_text(item))
    if note.strip():
        markup += "<br/>" + rich("<i>{note}</i>", note=_short(note))
    return Paragraph(markup, styles(True).bullet, bulletText="•")


def _section(title: str, lead: str, entries: list[Entry], limit: int) -> list[Flowable]:
    if not entries:
        return []
    s = styles(True)
    story: list[Flowable] = [heading(title, compact=True)]
    if lead:
        story.append(Paragraph(escape(lead), s.body))
    story += [_bullet(item, answer.note) for item, answer in entries[:limit]]
    if len(entries) > limit:
        story.append(
            Paragraph(
                escape(
                    _(
                        "And {n} more items: see the attached checklist report.",
                        n=len(entries) - limit,
                    )
                ),
                s.body,
            )
        )
    return story


def _score_line(doc: ChecklistDoc) -> str:
    line = _(
        "Our score for the process this round: {score}.",
        score=percent_text(doc.scores.overall.percent),
    )
    if doc.comparison.overall.previous is not None:
        line += " " + _(
            "In the previous round it was {previous}.",
            previous=percent_text(doc.comparison.overall.previous),
        )
    return line


def _opening(doc: ChecklistDoc, salutation: str, why: str) -> list[Flowable]:
    """How both letters begin: the salutation, why we write, and our score."""
    s = styles(True)
    return [
        Paragraph(escape(salutation), s.body),
        Paragraph(escape(why), s.body),
        Paragraph(escape(_score_line(doc)), s.callout),
    ]


def _main_addressees(info: RoundInfo) -> list[str]:
    blocks = [
        _("The municipal executive (college van B&W)\nof the municipality of {name}", name=m)
        for m in info.municipalities
    ]
    blocks += [_("The board of\n{name}", name=a) for a in info.housing_associations]
    return blocks or [_("The partners in the performance agreements")]


def build_process_letter(info: RoundInfo, doc: ChecklistDoc) -> bytes:
    """The letter to the municipality and the housing association's board, as PDF bytes."""
    _require_answers(doc)
    subject = _("How we experienced the process of {round}", round=info.round_title)
    short = _answered(doc, Answer.NO, Answer.PARTLY)
    by_who = {who: [e for e in short if e[0].who is who] for who in Who}
    good = _answered(doc, Answer.YES)
    good.sort(key=lambda pair: not pair[1].note.strip())  # with a note first
    attachments = [_("Checklist report ({round})", round=info.round_title)]
    story: list[Flowable] = _letter_head(
        info, _main_addressees(info), subject, _kenmerk(info, "PB"), attachments
    )
    story += _opening(
        doc,
        _("Dear Sir or Madam,"),
        _(
            "As the tenant organisation we are an equal partner in the performance "
            "agreements, next to the municipality and the housing association. With "
            "the equal-partnership checklist we looked at how the process went this "
            "round. Below we ask each of you only about what is yours to do, and we "
            "say what we will do ourselves."
        ),
    )
    story += _section(_("What went well"), "", good, MAX_GOOD)
    municipality = ", ".join(info.municipalities) or _("the municipality")
    association = ", ".join(info.housing_associations) or _("the housing association")
    story += _section(
        _("What we ask of the municipality"),
        _("We ask the municipality of {name}:", name=municipality),
        by_who[Who.MUNICIPALITY],
        MAX_PER_PARTY,
    )
    story += _section(
        _("What we ask of the housing association"),
        _("We ask {name}:", name=association),
        by_who[Who.CORPORATION],
        MAX_PER_PARTY,
    )
    story += _section(
        _("What we arrange together"),
        _("We propose to arrange together, for the next round:"),
        by_who[Who.TOGETHER],
        MAX_PER_PARTY,
    )
    story += _section(
        _("What we do ourselves"),
        _("We are working on these points ourselves:"),
        by_who[Who.WE],
        MAX_PER_PARTY,
    )
    story.append(_closing(info, doc.board, _("We would be glad to discuss this letter with you.")))
    return render(DocMeta.for_round(info, _("Process letter"), subject), story)


def build_rvc_letter(info: RoundInfo, doc: ChecklistDoc) -> bytes:
    """The short letter to the supervisory board (RvC), with its own request."""
    _require_answers(doc)
    s = styles(True)
    subject = _("Our view of the process of {round}", round=info.round_title)
    addressees = [
        _("The supervisory board (RvC)\nof {name}", name=a) for a in info.housing_associations
    ] or [_("The supervisory board (RvC)")]
    short = _answered(doc, Answer.NO, Answer.PARTLY)
    attachments = [
        _("Process letter to the municipality and the board"),
        _("Checklist report ({round})", round=info.round_title),
    ]
    story = _letter_head(info, addressees, subject, _kenmerk(info, "RvC"), attachments)
    story += _opening(
        doc,
        _("Dear members of the supervisory board,"),
        _(
            "You supervise the housing association, including whether it keeps the "
            "performance agreements. We therefore tell you how we, the tenants' "
            "organisation, experienced this round's process. The attached letter to "
            "the municipality and the board has the details."
        ),
    )
    if short:
        story.append(
            Paragraph(
                escape(
                    _(
                        "{n} of the {total} points of the checklist were not or only partly "
                        "in order this round.",
                        n=len(short),
                        total=doc.scores.overall.total,
                    )
                ),
                s.body,
            )
        )
    story += [
        heading(_("What we ask of you"), compact=True),
        Paragraph(
            escape(
                _(
                    "Do you know whether all partners truly endorse the agreements, and "
                    "whether the housing association takes up the points in our letter? We "
                    "ask you to check this, and we would welcome a meeting with you or with "
                    "the tenants' commissioner."
                )
            ),
            s.body,
        ),
    ]
    story.append(_closing(info, doc.board, _("We look forward to your reply.")))
    return render(DocMeta.for_round(info, _("Letter to the supervisory board"), subject), story)
