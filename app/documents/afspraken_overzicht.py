"""Afsprakenoverzicht: the agreements register by theme, and who signed.

Usable as an annex to the Procesbrief: the RvC (supervisory board) reads
here whether all partners truly endorse the agreements — per party signed,
signed with a reservation or not signed, with the date and the reason, and
the tenants' minderheidsstandpunt.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable, Paragraph

from app.documents.blocks import field, gap, inline, title_block
from app.documents.data import RoundInfo
from app.documents.markup import escape, rich
from app.documents.negotiation_tables import grid
from app.documents.styles import styles
from app.documents.template import CONTENT_WIDTH, DocMeta, heading, render
from app.i18n import _, format_date, format_number
from models.agreements import (
    Agreement,
    AgreementsRegister,
    Party,
    SignStatus,
)


def _signing(register: AgreementsRegister, names: Mapping[Party, str]) -> list[Flowable]:
    s = styles()
    rows = [
        [
            _(sig.party.label),
            names.get(sig.party, ""),
            _(sig.status.label),
            format_date(sig.date, "short") if sig.date else "—",
        ]
        for sig in register.signatures
    ]
    widths = [
        CONTENT_WIDTH * 0.24,
        CONTENT_WIDTH * 0.32,
        CONTENT_WIDTH * 0.28,
        CONTENT_WIDTH * 0.16,
    ]
    story: list[Flowable] = [
        heading(_("Signing")),
        grid([_("Party"), _("Name"), _("Status"), _("Date")], rows, widths),
        gap(2),
    ]
    if register.all_signed() and not register.has_reservations():
        story.append(Paragraph(escape(_("All parties signed without reservation.")), s.callout))
    for sig in register.signatures:
        if sig.status in (SignStatus.RESERVATION, SignStatus.NOT_SIGNED) and sig.reason.strip():
            label = (
                _("Reservation of {party}", party=_(sig.party.label))
                if sig.status == SignStatus.RESERVATION
                else _("Why {party} did not sign", party=_(sig.party.label))
            )
            story += field(label, sig.reason)
    story += field(_("Minority position of the tenant organisation"), register.dissent)
    return story


def _agreement(number: str, item: Agreement) -> list[Flowable]:
    s = styles()
    what = item.what.strip() or _("(no description)")
    story: list[Flowable] = [
        Paragraph(rich("<b>{number}</b>  {what}", number=number, what=what), s.body)
    ]
    if item.indicator.strip():
        story.append(inline(_("Indicator"), item.indicator))
    target = item.target.strip()
    if item.target_value is not None:
        number_text = format_number(item.target_value)
        unit = f" {item.unit}" if item.unit.strip() else ""
        if number_text not in target:
            target = f"{target} ({number_text}{unit})" if target else f"{number_text}{unit}"
    if target:
        story.append(inline(_("Target"), target))
    when_who = _("Responsible: {party}", party=_(item.responsible.label))
    if item.years:
        when_who = _("Year(s): {years}", years=item.years_text()) + " · " + when_who
    story.append(Paragraph(escape(when_who), s.body))
    if item.source_demand_id:
        story.append(Paragraph(escape(_("Comes from our demand in the position.")), s.small))
    story += field(_("Note"), item.note)
    story.append(gap(2))
    return story


def build_afspraken(
    info: RoundInfo,
    register: AgreementsRegister,
    theme_titles: Mapping[tuple[str, str], str],
    party_names: Mapping[Party, str],
) -> bytes:
    """The Afsprakenoverzicht as PDF bytes.

    ``theme_titles`` maps ``(theme_id, own title)`` to the printed title;
    ``party_names`` the parties to their names (the municipality's, ...).
    """
    s = styles()
    title = _("Overview of agreements")
    story: list[Flowable] = [
        *title_block(title, " · ".join(p for p in (info.organisation, info.round_title) if p)),
        inline(_("Date"), format_date(info.today)),
        inline(_("Number of agreements"), str(len(register.agreements))),
        gap(2),
    ]
    story += _signing(register, party_names)
    story.append(heading(_("The agreements by theme")))
    if not register.agreements:
        story.append(Paragraph(escape(_("No agreements have been recorded yet.")), s.body))
    for theme_id, own_title, items in register.by_theme():
        name = theme_titles.get((theme_id, own_title)) or own_title or theme_id
        story.append(heading(name, level=1))
        for item in items:
            story += _agreement(register.number(item.id), item)
    meta = DocMeta.for_round(
        info,
        title,
        title,
    )
    return render(meta, story)
