"""Afspraken section: the round's agreements register, made from the demands in one step,
and the signing by each party with any reservation and the minderheidsstandpunt."""

from __future__ import annotations

import flet as ft

from app.i18n import _
from app.services.negotiation_records import theme_name
from models.agreements import AgreementsRegister, Party
from models.text import N_
from views.a11y import use_narrow
from views.afspraken.register import (
    AddByHand,
    PreviousAgreements,
    agreement_card,
    from_demands_card,
)
from views.afspraken.signing import signing_card
from views.bod.common import muted, use_savers
from views.context import use_services
from views.flet_typing import with_key
from views.round_section import round_section
from views.widgets import GAP, card

WHY = N_(
    "The prestatieafspraken of this round: what exactly is agreed, for which year, "
    "and who does it. And who signed: the supervisory board (RvC) must be able to "
    "see whether all partners truly support the agreements."
)
NEEDS_ROUND = N_("Agreements belong to a round: the year they are for.")


def _summary(register: AgreementsRegister) -> ft.Control:
    if not register.agreements:
        text = _("No agreements yet. Make them from your demands below, or add one by hand.")
    else:
        text = _("Agreements in the register: {n}", n=len(register.agreements))
    return ft.Text(text, size=16, key="afspraken-count")


@ft.component
def AfsprakenRound(round_id: str) -> ft.Control:
    services = use_services()
    read_only = services.read_only
    save, save_quietly = use_savers()
    narrow = use_narrow()
    service = services.afspraken
    register: AgreementsRegister = service.load_register(round_id)
    period = service.period(round_id)
    round_ = services.rounds.get_round(round_id)
    organisation = services.organisation.load_organisation()
    names = {
        Party.TENANTS: organisation.name if organisation else "",
        Party.CORPORATION: ", ".join(round_.housing_associations) if round_ else "",
        Party.MUNICIPALITY: ", ".join(round_.municipalities) if round_ else "",
    }

    def set_dissent(text: str) -> None:
        save_quietly(lambda: service.set_dissent(round_id, text))

    blocks: list[ft.Control] = [_summary(register)]
    choices = service.demand_choices(round_id)
    blocks.append(from_demands_card(round_id, choices, save, read_only, service, narrow))
    register_rows: list[ft.Control] = [
        with_key(AddByHand, "agreement-add-by-hand")(round_id, save, read_only)
    ]
    for theme_id, own_title, items in register.by_theme():
        title = theme_name(theme_id, own_title)
        register_rows.append(ft.Text(title, size=20, weight=ft.FontWeight.BOLD))
        for item in items:
            register_rows.append(
                agreement_card(
                    round_id,
                    register.number(item.id),
                    title,
                    item,
                    period,
                    save,
                    save_quietly,
                    read_only,
                    service,
                )
            )
    if not register.agreements:
        register_rows.append(muted(_("The register is empty.")))
    blocks.append(card(*register_rows, title=_("The register"), key="afspraken-register"))
    blocks.append(
        signing_card(round_id, register, names, save, save_quietly, read_only, set_dissent)
    )
    offered = service.previous_agreements(round_id)
    if offered:
        blocks.append(
            with_key(PreviousAgreements, f"previous-{round_id}")(round_id, offered, save, read_only)
        )
    return ft.Column(blocks, spacing=GAP)


@ft.component
def AfsprakenSection() -> ft.Control:
    """The agreements of the current round, or the way to start one."""
    header = (_("Agreements"), _(WHY))
    return round_section("afspraken", header, _(NEEDS_ROUND), AfsprakenRound)
