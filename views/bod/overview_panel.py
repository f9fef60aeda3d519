"""The Overzicht card of the negotiation: it follows the phase.

After signing (any party decided) it shows the agreements and who signed;
once a bod is entered it shows the themes where the bod falls short and what
to do next; before that, nothing (the round's next step already says it).
"""

from __future__ import annotations

import flet as ft

from app.i18n import _
from models.bod_gap import Verdict
from views.bod.common import verdict_chip
from views.context import use_app_state, use_services
from views.form_parts import go_to
from views.widgets import card

SHORT = (Verdict.BELOW_RED_LINE, Verdict.NOT_MET, Verdict.PARTLY)


@ft.component
def NegotiationPanel() -> ft.Control:
    """The agreements and who signed, or where the bod falls short (or nothing yet)."""
    services = use_services()
    state = use_app_state()
    round_id = state.round_id
    if not round_id or services.rounds.get_round(round_id) is None:
        return ft.Container()
    register = services.afspraken.load_register(round_id)
    if register.is_signed_by_anyone():
        lines: list[ft.Control] = [
            ft.Text(
                _("Agreements in the register: {n}", n=len(register.agreements)),
                size=16,
                key="overview-agreements-count",
            )
        ]
        for signature in register.signatures:
            lines.append(
                ft.Text(
                    f"{_(signature.party.label)}: {_(signature.status.label)}",
                    size=15,
                    key=f"overview-sign-{signature.party.value}",
                )
            )
        lines.append(go_to(_("To the agreements"), "/afspraken", "overview-to-afspraken"))
        return card(*lines, title=_("Agreements"), key="overview-agreements")
    bod = services.bod.load_bod(round_id)
    if not bod.is_entered():
        return ft.Container()
    rows = [r for r in services.bod.comparisons(round_id) if r.gap.verdict in SHORT]
    rows.sort(key=lambda r: SHORT.index(r.gap.verdict))
    lines = [
        ft.Row(
            [
                ft.Text(row.title, size=16, expand=True),
                verdict_chip(row.gap.verdict, key=f"overview-gap-{row.key}"),
            ],
        )
        for row in rows
    ]
    if not lines:
        lines.append(ft.Text(_("The bod meets your demands where you entered figures."), size=16))
    lines.append(
        ft.Text(
            _("Next: write your reaction per theme and print the Reaction to the bod."),
            size=15,
            key="overview-bod-next",
        )
    )
    lines.append(go_to(_("To the bod"), "/bod", "overview-to-bod"))
    return card(*lines, title=_("Where the bod falls short"), key="overview-bod-gaps")
