"""Small building blocks of the sections' forms, written once.

Every section had its own copies of the same few controls: a text field
whose typed text goes into a ``use_state`` setter, a menu of an enum's
labelled values, a wrapping row of fields, a link to another section. The
helpers here build exactly those controls, so a form reads as what it asks
(label, value, where it goes, its key) and looks the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

import flet as ft

from app.i18n import _
from app.services.errors import user_message
from models.base import LabelledEnum
from models.dates import date_to_input, parse_date
from views.a11y import named_dropdown
from views.widgets import GAP, ValidatedField, icon_button


def text_input(
    label: str, value: str, on_text: Callable[[str], object], key: str, **options: Any
) -> ft.TextField:
    """A text field whose typed text goes to ``on_text`` (usually a ``use_state`` setter).

    ``options`` are the TextField's other settings (``width``, ``read_only``,
    ``multiline``, ``hint_text``, ``on_submit``, ...).
    """
    return ft.TextField(
        label=label,
        value=value,
        on_change=lambda e: on_text(e.control.value or ""),
        key=key,
        **{"helper_max_lines": 4, "error_max_lines": 4, **options},  # wrap, never "…"
    )


def labelled_options(
    labels: type[LabelledEnum] | Mapping[Any, str],
) -> list[ft.DropdownOption]:
    """Menu options, translated: from a model's choices (``SignStatus``, each with its
    label) or from a ``{enum value: English msgid}`` table."""
    pairs = labels.items() if isinstance(labels, Mapping) else ((c, c.label) for c in labels)
    return [
        ft.DropdownOption(key=value.value if isinstance(value, Enum) else str(value), text=_(text))
        for value, text in pairs
    ]


def choice_menu(
    label: str,
    value: str | None,
    options: list[ft.DropdownOption],
    on_select: Callable[..., object],
    key: str,
    **settings: Any,
) -> ft.Control:
    """A dropdown heard by screen readers as one named button ("Status: Afgesproken")."""
    return named_dropdown(
        ft.Dropdown(
            label=label, value=value, options=options, on_select=on_select, key=key, **settings
        )
    )


def muted(text: str, key: str | None = None) -> ft.Text:
    """A quieter line that explains (what stays out of an export, what a field is for)."""
    return ft.Text(text, size=14, color=ft.Colors.ON_SURFACE_VARIANT, key=key)


def form_row(*fields: ft.Control, spacing: float = GAP) -> ft.Row:
    """Fields side by side, wrapping on a narrow window, tops aligned."""
    return ft.Row(
        list(fields),
        wrap=True,
        spacing=spacing,
        vertical_alignment=ft.CrossAxisAlignment.START,
    )


def error_line(error: str, key: str) -> ft.Text:
    """The one Dutch line that says why an input was refused (hidden when there is none)."""
    return ft.Text(error, color=ft.Colors.ERROR, visible=bool(error), key=key)


def go_to(
    label: str,
    route: str,
    key: str,
    icon: ft.IconData = ft.Icons.ARROW_FORWARD,
    button: Callable[..., ft.Control] = ft.TextButton,
) -> ft.Control:
    """A button that opens another section (``route``, e.g. "/bod")."""
    page = ft.context.page
    return button(label, icon=icon, on_click=lambda: page.navigate(route), key=key)


def record_field(
    record: Any,
    name: str,
    label: str,
    parse: Callable[[str], Any],
    save: Callable[..., object],
    field: tuple[str, bool],
    **options: Any,
) -> ft.Control:
    """A field for the text ``record.<name>`` that saves itself as ``save(name=value)``.

    ``parse`` turns the typed text into the value (or refuses it with a Dutch
    line); ``field`` is the field's key and whether it is read-only;
    ``options`` go to :class:`ValidatedField` (``width``, ``hint``, ``helper``, ...).
    """
    key, read_only = field
    return ValidatedField(
        label,
        getattr(record, name),
        parse,
        lambda value: save(**{name: value}),
        field_key=key,
        read_only=read_only,
        **options,
    )


def free_text(
    record: Any,
    name: str,
    label: str,
    save: Callable[..., object],
    key: str,
    read_only: bool,
    **options: Any,
) -> ft.Control:
    """A multi-line field for free text, stored exactly as typed (see :func:`record_field`;
    ``multiline=False`` for one line)."""
    settings: dict[str, Any] = {"multiline": True, **options}
    return record_field(record, name, label, keep_text, save, (key, read_only), **settings)


def tried(action: Callable[[], object], set_error: Callable[[str], object]) -> bool:
    """Run ``action``; a refusal is shown as one Dutch line through ``set_error`` and
    nothing changes. Returns whether it went through (the line is then cleared)."""
    try:
        action()
    except Exception as exc:  # any refusal reaches the user as text, never a traceback
        set_error(user_message(exc))
        return False
    set_error("")
    return True


def date_field(
    label: str,
    day: dt.date | None,
    on_date: Callable[[dt.date | None], object],
    key: str,
    read_only: bool,
    **options: Any,
) -> ft.Control:
    """A date typed as 24-6-2026 that saves itself: a valid date (or ``None`` when
    emptied) goes to ``on_date``; anything else gets a Dutch line under the field."""
    return ValidatedField(
        label,
        date_to_input(day),
        parse_date,
        on_date,
        field_key=key,
        read_only=read_only,
        **options,
    )


def tick_box(label: str, ticked: bool, on_tick: Callable[[bool], object], key: str) -> ft.Checkbox:
    """A checkbox whose new state goes to ``on_tick`` (usually a ``use_state`` setter)."""
    return ft.Checkbox(
        label=label, value=ticked, on_change=lambda e: on_tick(bool(e.control.value)), key=key
    )


def keep_text(text: str) -> str:
    """Free text is stored exactly as typed."""
    return text


def action_button(
    label: str,
    icon: ft.IconData,
    on_click: Callable[..., Any],
    key: str,
    *,
    main: bool = False,
    tonal: bool = False,
    quiet: bool = False,
    disabled: bool = False,
    **extra: Any,
) -> ft.Control:
    """A button with an icon; ``main`` marks the one primary (filled) action of a screen,
    ``tonal`` a first step that stands out less (e.g. "Choose file"), ``quiet`` a
    side action without a border (e.g. "Remove theme")."""
    kind = (
        ft.FilledButton
        if main
        else ft.FilledTonalButton
        if tonal
        else ft.TextButton
        if quiet
        else ft.OutlinedButton
    )
    return kind(label, icon=icon, on_click=on_click, disabled=disabled, key=key, **extra)


def title_with_delete(
    title: tuple[str, str],
    delete: tuple[str, Callable[[], object], str],
    read_only: bool,
) -> ft.Row:
    """The title line of an entry in a list (a meeting, an agreement) with its delete button.

    ``title``: the text and its key; ``delete``: the button's spoken label
    ("Delete this meeting"), what it does and its key.
    """
    text, title_key = title
    label, on_delete, delete_key = delete
    return ft.Row(
        [
            ft.Text(text, size=18, weight=ft.FontWeight.BOLD, expand=True, key=title_key),
            icon_button(
                ft.Icons.DELETE_OUTLINE, label, on_delete, disabled=read_only, key=delete_key
            ),
        ]
    )
