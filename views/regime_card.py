"""Instellingen: which legal regime applies (current Woningwet or the Wvrv).

The app cannot know whether the Wet versterking regie volkshuisvesting is
in force on the day it is used, so the user says so here; checklist texts,
theme hooks and glossary explanations that differ per regime follow the
choice (see :mod:`models.law`).
"""

from __future__ import annotations

import flet as ft

from app.i18n import _
from app.services.errors import user_message
from models.law import WVRV_STATUS, Regime
from views.context import use_app_state, use_services
from views.widgets import card


@ft.component
def RegimeCard() -> ft.Control:
    services = use_services()
    state = use_app_state()
    chosen, set_chosen = ft.use_state(services.settings.load_settings().regime.value)

    def regime_changed(e: ft.Event[ft.RadioGroup]) -> None:
        value = e.control.value or Regime.WONINGWET.value
        if state.read_only:
            return
        try:
            services.settings.change_regime(value)
        except Exception as exc:
            state.mark_save_failed(user_message(exc))
            return
        state.mark_saved()
        set_chosen(value)

    return card(
        ft.Text(
            _("Which rules apply to your round? Texts that differ follow your choice."),
            size=16,
        ),
        ft.RadioGroup(
            ft.Column(
                [
                    ft.Radio(
                        value=regime.value,
                        # a Radio's label never wraps: break it before the
                        # bracket so it fits at the largest text size
                        label=_(regime.label).replace(" (", "\n("),
                        key=f"regime-{regime.value}",
                        disabled=state.read_only,
                    )
                    for regime in Regime
                ],
                spacing=4,
            ),
            value=chosen,
            on_change=regime_changed,
            key="settings-regime",
        ),
        ft.Text(_(WVRV_STATUS), size=15, color=ft.Colors.ON_SURFACE_VARIANT),
        title=_("Legal rules"),
    )
