"""Shared widgets: section header with 'Waarom?', validated text fields that
save themselves, the 'opgeslagen' indicator and empty states."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import flet as ft

from app.i18n import _
from app.services.errors import InvalidInput, user_message
from models.text import N_
from views.a11y import announced, heading
from views.context import use_app_state
from views.explain import explain_words
from views.state import AppState

log = logging.getLogger(__name__)

T = TypeVar("T")

HEADING_SIZE = 28
GAP = 16


def run_save(app_state: AppState, action: Callable[[], Any]) -> bool:
    """Run a save and light the indicator; a failure is shown, never raised.

    Returns True when the save went through.
    """
    try:
        action()
    except Exception as exc:  # any failure must reach the user as text, not a traceback
        log.exception("save failed")
        app_state.mark_save_failed(user_message(exc))
        return False
    app_state.mark_saved()
    return True


@ft.component
def SectionHeader(title: str, why: str, key_prefix: str) -> ft.Control:
    """A section title with a 'Waarom?' button that shows why the section matters."""
    open_, set_open = ft.use_state(False)
    return ft.Column(
        [
            ft.Row(
                [
                    heading(title, 1, HEADING_SIZE, key=f"{key_prefix}-title"),
                    # a screen reader hears whether the explanation is open
                    ft.MergeSemantics(
                        content=ft.Semantics(
                            expanded=open_,
                            content=ft.TextButton(
                                _("Why?"),
                                icon=ft.Icons.HELP_OUTLINE,
                                key=f"{key_prefix}-why",
                                on_click=lambda: set_open(not open_),
                            ),
                        )
                    ),
                    *explain_words([title], f"{key_prefix}-title"),
                ],
                spacing=GAP,
                wrap=True,
            ),
            ft.Container(
                ft.Column(
                    [
                        ft.Text(why, size=16, key=f"{key_prefix}-why-text"),
                        *explain_words([why], f"{key_prefix}-why"),
                    ],
                    spacing=4,
                ),
                visible=open_,
                padding=ft.Padding.all(12),
                border_radius=8,
                bgcolor=ft.Colors.SECONDARY_CONTAINER,
            ),
        ],
        spacing=8,
    )


@ft.component
def ValidatedField(
    label: str,
    initial: str,
    parse: Callable[[str], Any],
    on_valid: Callable[[Any], object],
    field_key: str,
    hint: str = "",
    helper: str = "",
    multiline: bool = False,
    width: float | None = None,
    read_only: bool = False,
    follow: bool = False,
) -> ft.Control:
    """A text field that parses on every change and saves what is valid.

    What the user typed always stays in the field; an invalid value shows a
    Dutch message under the field and is not passed on (so not stored).
    ``field_key`` becomes the TextField's key (``key`` itself is taken by Flet
    for the component). With ``follow`` the field shows a new ``initial``
    when the stored value changed elsewhere (a demand's "how much" filled
    from its sentence).
    """
    text, set_text = ft.use_state(initial)
    error, set_error = ft.use_state("")
    last_initial = ft.use_ref(initial)
    if follow and initial != last_initial.current:
        last_initial.current = initial
        if initial != text:
            text = initial
            set_text(initial)

    def changed(e: ft.Event[ft.TextField]) -> None:
        value = e.control.value or ""
        set_text(value)
        try:
            parsed = parse(value)
        except InvalidInput as exc:
            set_error(_(exc.message, **exc.params))
            return
        set_error("")
        on_valid(parsed)

    return ft.TextField(
        label=label,
        value=text,
        hint_text=hint or None,
        helper=helper or None,
        error=error or None,
        # a helper or a Dutch message wraps under a narrow field instead of
        # ending in "…" (Flutter's default is one line)
        helper_max_lines=4,
        error_max_lines=4,
        on_change=changed,
        key=field_key,
        multiline=multiline,
        min_lines=3 if multiline else None,
        max_lines=12 if multiline else 1,
        width=width,
        read_only=read_only,
        text_size=16,
    )


@ft.component
def SavedIndicator() -> ft.Control:
    """'Opgeslagen' after each save; a clear message when saving failed."""
    state = use_app_state()
    return announced(_save_status(state), _save_status_text(state))


#: Why a window is read-only: on screen in its tooltip, and read out by a
#: screen reader with the status itself.
READ_ONLY_WHY = N_("Another window has this data open; changes are not saved.")


def _save_status_text(state: AppState) -> str:
    if state.read_only:
        return f"{_('Read-only')}. {_(READ_ONLY_WHY)}"
    if state.save_error:
        return state.save_error
    if state.saved_at is None:
        return _("Changes save themselves")
    return _("Saved at {time}", time=state.saved_at.strftime("%H:%M"))


def _save_status(state: AppState) -> ft.Control:
    if state.read_only:
        return ft.Text(
            _("Read-only"),
            color=ft.Colors.ERROR,
            key="save-status",
            # for mice: a screen reader hears why with the status (the live
            # region's label), and in the semantics tree a tooltip can leave a
            # dangling aria-owns
            tooltip=ft.Tooltip(message=_(READ_ONLY_WHY), exclude_from_semantics=True),
        )
    if state.save_error:
        return ft.Text(state.save_error, color=ft.Colors.ERROR, key="save-status")
    if state.saved_at is None:
        return ft.Text(
            _("Changes save themselves"),
            size=13,
            key="save-status",
            color=ft.Colors.ON_SURFACE_VARIANT,
        )
    return ft.Row(
        [
            ft.Icon(ft.Icons.CHECK_CIRCLE_OUTLINE, color=ft.Colors.PRIMARY, size=18),
            ft.Text(
                _("Saved at {time}", time=state.saved_at.strftime("%H:%M")),
                size=13,
                key="save-status",
            ),
        ],
        spacing=4,
    )


def empty_state(
    icon: ft.IconData,
    title: str,
    text: str,
    action_label: str,
    on_action: Callable[[], Any],
    key: str,
) -> ft.Control:
    """What belongs here, and the first step to take."""
    return ft.Card(
        ft.Container(
            ft.Column(
                [
                    ft.Icon(icon, size=40, color=ft.Colors.PRIMARY),
                    ft.Text(title, size=20, weight=ft.FontWeight.BOLD),
                    ft.Text(text, size=16),
                    ft.FilledButton(action_label, on_click=on_action, key=key),
                ],
                spacing=12,
            ),
            padding=ft.Padding.all(24),
        ),
        # Keep each text its own node in the accessibility tree (screen readers, tests).
        semantic_container=False,
    )


def card(*controls: ft.Control, title: str | None = None, key: str | None = None) -> ft.Control:
    """A section card with generous spacing."""
    items: list[ft.Control] = []
    if title:
        items.append(heading(title, 2, 20))
    items.extend(controls)
    return ft.Card(
        ft.Container(ft.Column(items, spacing=12), padding=ft.Padding.all(20)),
        key=key,
        semantic_container=False,
    )


def icon_button(
    icon: ft.IconData,
    label: str,
    on_click: Callable[..., Any],
    disabled: bool = False,
    key: str | None = None,
) -> ft.Control:
    """An icon button whose label screen readers (and tests) can find.

    Flutter web does not expose a tooltip as the button's name, so the label
    is merged into the button's semantics node; the tooltip stays for mice.
    """
    return ft.MergeSemantics(
        content=ft.Semantics(
            label=label,
            content=ft.IconButton(
                icon,
                # the tooltip is for mice; the name comes from the label above
                # (otherwise a screen reader says it twice)
                tooltip=ft.Tooltip(message=label, exclude_from_semantics=True),
                on_click=on_click,
                disabled=disabled,
                key=key,
            ),
        )
    )
