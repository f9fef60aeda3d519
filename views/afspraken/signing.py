"""Signing per party (signed / with a reservation / not signed, date and reason)
and the tenants' minderheidsstandpunt.

The RvC (supervisory board) must be able to learn whether all partners truly
endorse the agreements: this card is where the app records it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import flet as ft

from app.i18n import _, format_date
from models.agreements import (
    AgreementsRegister,
    Party,
    Signature,
    SignStatus,
)
from views.bod.common import Save, keep, muted
from views.context import use_services
from views.dated_change import DatedChange, DatedChangeForm, form_keys
from views.explain import explain_words
from views.flet_typing import with_key
from views.form_parts import labelled_options
from views.widgets import ValidatedField, card


@ft.component
def SignatureRow(
    round_id: str, signature: Signature, name: str, save: Save, read_only: bool
) -> ft.Control:
    services = use_services()
    party = signature.party.value
    label = _(signature.party.label)
    form = DatedChangeForm(
        labelled_options(SignStatus),
        (
            _("Signing by {party}", party=label),
            _("Date of signing"),
            _("Reservation or reason"),
            _("Save signing"),
        ),
        (280, 180, 420),
        form_keys("sign", ("status", "date", "reason", "save", "error"), party),
        multiline_note=True,
        spacing=6,
    )

    def store(status: str, day: dt.date | None, reason: str) -> None:
        services.afspraken.set_signature(round_id, signature.party, SignStatus(status), day, reason)

    title = f"{label}: {name}" if name.strip() else label
    now = _(signature.status.label)
    if signature.date is not None:
        now += " · " + format_date(signature.date)
    return ft.Container(
        ft.Column(
            [
                ft.Text(title, size=17, weight=ft.FontWeight.BOLD),
                ft.Text(now, size=15, key=f"sign-now-{party}"),
                DatedChange(
                    form,
                    signature.status.value,
                    signature.date,
                    signature.reason,
                    store,
                    lambda: save(lambda: None),
                    read_only,
                ),
            ],
            spacing=6,
        ),
        padding=ft.Padding.symmetric(vertical=6),
    )


def signing_card(
    round_id: str,
    register: AgreementsRegister,
    names: dict[Party, str],
    save: Save,
    save_quietly: Save,
    read_only: bool,
    set_dissent: Callable[[str], object],
) -> ft.Control:
    intro = _(
        "Per party: did it sign, sign with a reservation, or not sign? Write down the "
        "reason. The supervisory board (RvC) reads here whether everyone truly agrees."
    )
    rows: list[ft.Control] = [muted(intro), *explain_words([intro], "afspraken-signing")]
    if register.all_signed() and not register.has_reservations():
        rows.append(ft.Text(_("All parties signed without reservation."), size=16))
    for signature in register.signatures:
        rows.append(
            with_key(
                SignatureRow,
                f"sign-{signature.party.value}-{signature.status.value}-{signature.date}",
            )(round_id, signature, names.get(signature.party, ""), save, read_only)
        )
    rows.append(
        ValidatedField(
            _("Minority position of the tenant organisation"),
            register.dissent,
            keep,
            set_dissent,
            field_key="sign-dissent",
            helper=_("What you do not support although you sign: the dissent annex."),
            multiline=True,
            read_only=read_only,
        )
    )
    return card(*rows, title=_("Signing"), key="afspraken-signing")


__all__ = ["signing_card"]
