"""Signing per party (signed / with a reservation / not signed, date and reason)
and the tenants' minderheidsstandpunt.

The RvC (supervisory board) must be able to learn whether all partners truly
endorse the agreements: this card is where the app records it.
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from app.i18n import _, format_date
from app.services.errors import user_message
from models.agreements import (
    PARTY_LABELS,
    SIGN_STATUS_LABELS,
    AgreementsRegister,
    Party,
    Signature,
    SignStatus,
)
from models.dates import date_to_input, parse_date
from views.a11y import named_dropdown
from views.bod.common import Save, keep, muted
from views.context import use_app_state, use_services
from views.explain import explain_words
from views.flet_typing import with_key
from views.widgets import ValidatedField, card


@ft.component
def SignatureRow(
    round_id: str, signature: Signature, name: str, save: Save, read_only: bool
) -> ft.Control:
    services = use_services()
    state = use_app_state()
    status, set_status = ft.use_state(signature.status.value)
    when, set_when = ft.use_state(date_to_input(signature.date))
    reason, set_reason = ft.use_state(signature.reason)
    error, set_error = ft.use_state("")
    party = signature.party.value

    def store() -> None:
        try:
            day = parse_date(when)
            services.afspraken.set_signature(
                round_id, signature.party, SignStatus(status), day, reason
            )
        except Exception as exc:  # refused: one Dutch line, nothing saved
            set_error(user_message(exc))
            return
        set_error("")
        state.mark_saved()
        save(lambda: None)

    label = _(PARTY_LABELS[signature.party])
    title = f"{label}: {name}" if name.strip() else label
    now = _(SIGN_STATUS_LABELS[signature.status])
    if signature.date is not None:
        now += " · " + format_date(signature.date)
    return ft.Container(
        ft.Column(
            [
                ft.Text(title, size=17, weight=ft.FontWeight.BOLD),
                ft.Text(now, size=15, key=f"sign-now-{party}"),
                ft.Row(
                    [
                        named_dropdown(
                            ft.Dropdown(
                                label=_("Signing by {party}", party=label),
                                value=status,
                                options=[
                                    ft.DropdownOption(key=s.value, text=_(SIGN_STATUS_LABELS[s]))
                                    for s in SignStatus
                                ],
                                on_select=lambda e: set_status(e.control.value or status),
                                width=280,
                                key=f"sign-status-{party}",
                                disabled=read_only,
                            )
                        ),
                        ft.TextField(
                            label=_("Date of signing"),
                            value=when,
                            on_change=lambda e: set_when(e.control.value or ""),
                            width=180,
                            key=f"sign-date-{party}",
                            read_only=read_only,
                        ),
                        ft.TextField(
                            label=_("Reservation or reason"),
                            value=reason,
                            on_change=lambda e: set_reason(e.control.value or ""),
                            multiline=True,
                            width=420,
                            key=f"sign-reason-{party}",
                            read_only=read_only,
                        ),
                        ft.OutlinedButton(
                            _("Save signing"),
                            on_click=store,
                            disabled=read_only,
                            key=f"sign-save-{party}",
                        ),
                    ],
                    wrap=True,
                    spacing=8,
                    vertical_alignment=ft.CrossAxisAlignment.START,
                ),
                ft.Text(
                    error, color=ft.Colors.ERROR, visible=bool(error), key=f"sign-error-{party}"
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
