"""Texts several documents share: priority labels, demand lines, partner lists."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from app.documents.data import RoundInfo
from app.documents.markup import rich
from app.documents.styles import styles
from app.i18n import _, format_number
from models.position import Demand, Priority, ThemePosition


def priority_label(priority: Priority | None) -> str:
    return _(priority.label) if priority is not None else _("No priority yet")


def filled_demands(theme: ThemePosition) -> list[Demand]:
    return [d for d in theme.demands if not d.is_empty()]


def demand_details(demand: Demand) -> str:
    """'How much: … · By when: … · Who: …' with only the parts that are filled."""
    parts = []
    if demand.amount.strip():
        parts.append(_("How much: {value}", value=demand.amount.strip()))
    if demand.deadline.strip():
        parts.append(_("By when: {value}", value=demand.deadline.strip()))
    if demand.responsible.strip():
        parts.append(_("Who: {value}", value=demand.responsible.strip()))
    return " · ".join(parts)


def short_text(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary with '…' (never mid-word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)
    return (text[:space] if space > 0 else text[:limit]).rstrip(",;:.") + " …"


def demand_flowables(
    demands: Sequence[Demand], compact: bool = False, max_what: int | None = None
) -> list[Flowable]:
    """Each demand as a bullet (the 'what' in bold) with its figures under it.

    The figures (how much, by when, who) are what is negotiated, so they are
    printed at body size in black, never small or grey.
    """
    s = styles(compact)
    result: list[Flowable] = []
    for demand in demands:
        what = demand.what.strip() or _("(no description)")
        if max_what is not None:
            what = short_text(what, max_what)
        details = demand_details(demand)
        text = rich("<b>{what}</b>", what=what)
        if details:
            text += "<br/>" + rich("{details}", details=details)
        result.append(Paragraph(text, s.bullet, bulletText="•"))
    return result


def member_line(info: RoundInfo) -> str:
    """'On behalf of 1,240 members of …' (or of the tenants when the count is unknown)."""
    if info.member_count:
        return _(
            "On behalf of {n} members of {organisation}",
            n=format_number(info.member_count),
            organisation=info.organisation,
        )
    return _("On behalf of the tenants, by {organisation}", organisation=info.organisation)


def partners(info: RoundInfo) -> list[str]:
    """'gemeente Noorderveen', 'Woonstichting Het Anker', ... for lists and letters."""
    return [_("municipality of {name}", name=m) for m in info.municipalities] + list(
        info.housing_associations
    )


def subtitle(info: RoundInfo) -> str:
    return " · ".join(part for part in (info.organisation, info.round_title) if part.strip())
