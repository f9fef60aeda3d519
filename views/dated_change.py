"""A dated change of status: pick the new status, its date and a note, then save.

The talks (each demand: ingebracht → afgesproken ...) and the signing of the
agreements (each party: getekend, met voorbehoud ...) ask the same thing: a
status from a list, the day it happened and a reason. The service checks it
(a date in the wrong form, leaving "afgesproken" without a reason) and a
refusal is shown as one Dutch line under the row, with nothing changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import flet as ft

from models.dates import date_to_input, parse_date
from views.context import use_app_state
from views.form_parts import choice_menu, error_line, text_input, tried

#: ``(status, day, note)``: saves the change or raises the error to show.
StoreChange = Callable[[str, dt.date | None, str], object]


@dataclass(frozen=True)
class DatedChangeForm:
    """What one kind of dated change looks like.

    ``labels``: the status menu, the date, the note and the button;
    ``widths``: the status menu, the date and the note;
    ``keys``: the status menu, the date, the note, the button and the error line.
    """

    options: list[ft.DropdownOption]
    labels: tuple[str, str, str, str]
    widths: tuple[int, int, int]
    keys: tuple[str, ...]
    multiline_note: bool = False
    clear_note_after: bool = False  # a note belongs to one change, a reason stays
    spacing: float = 4


def form_keys(prefix: str, parts: tuple[str, str, str, str, str], suffix: str) -> tuple[str, ...]:
    """``("sign", ("status", ...), "corporatie")`` -> ``("sign-status-corporatie", ...)``."""
    return tuple(f"{prefix}-{part}-{suffix}" for part in parts)


@ft.component
def DatedChange(
    form: DatedChangeForm,
    status: str,
    day: dt.date | None,
    note: str,
    store: StoreChange,
    on_stored: Callable[[], object],
    read_only: bool,
) -> ft.Control:
    """The row of inputs and the error line; ``on_stored`` runs after a saved change."""
    state = use_app_state()
    chosen, set_chosen = ft.use_state(status)
    when, set_when = ft.use_state(date_to_input(day))
    text, set_text = ft.use_state(note)
    error, set_error = ft.use_state("")
    status_label, date_label, note_label, button_label = form.labels
    status_width, date_width, note_width = form.widths
    status_key, date_key, note_key, save_key, error_key = form.keys

    def submit() -> None:
        if not tried(lambda: store(chosen, parse_date(when), text), set_error):
            return
        if form.clear_note_after:
            set_text("")
        state.mark_saved()
        on_stored()

    inputs: list[ft.Control] = [
        choice_menu(
            status_label,
            chosen,
            form.options,
            lambda e: set_chosen(e.control.value or chosen),
            status_key,
            width=status_width,
            disabled=read_only,
        ),
        text_input(date_label, when, set_when, date_key, width=date_width, read_only=read_only),
        text_input(
            note_label,
            text,
            set_text,
            note_key,
            width=note_width,
            read_only=read_only,
            multiline=form.multiline_note,
        ),
        ft.OutlinedButton(button_label, on_click=submit, disabled=read_only, key=save_key),
    ]
    # a multi-line note grows downwards; the other inputs stay at the top
    top = ft.CrossAxisAlignment.START if form.multiline_note else ft.CrossAxisAlignment.CENTER
    row = ft.Row(inputs, wrap=True, spacing=8, vertical_alignment=top)
    return ft.Column([row, error_line(error, error_key)], spacing=form.spacing)
