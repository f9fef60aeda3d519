"""Accessibility building blocks every section shares, so a new section gets
them by using them: headings, dropdowns with one accessible name, status
texts that a screen reader announces, the app's locale, and focus rings.

Flutter web builds the page's accessibility tree from its semantics: a
``Semantics(header=True, heading_level=n)`` becomes an ``<h n>``, a live
region's new text is read out through Flutter's ``aria-live`` host, and the
locale sets ``<html lang>`` and Flutter's own words ("Tabblad 1 van 8").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import flet as ft

from views.context import use_app_state

#: Locales Flutter may use for its own words; the first is the fallback.
_LOCALES = {"nl": ft.Locale("nl", "NL"), "en": ft.Locale("en", "GB")}

#: Focus ring colours: dark enough for 3:1 against white and the pale
#: surfaces (WCAG 2.4.7 / 2.4.13), drawn just outside the control so it never
#: sits on a filled button's own colour.
FOCUS_RING = "#B3261E"  # deep red: stands apart from the teal of the app
FOCUS_RING_HIGH_CONTRAST = "#000000"
FOCUS_WIDTH = 3


#: Width of the navigation rail plus the content's side padding (logical px).
_CHROME_WIDTH = 96 + 1 + 48


def content_width(page_width: float | None, text_scale: float) -> float:
    """The logical width a section has for its content: the window divided by
    the text size (views/theme.Zoom), less the rail and the padding. At the
    largest text size on a 1024 px screen that is about 370."""
    return (page_width or 1280) / max(text_scale, 1.0) - _CHROME_WIDTH


#: Content narrower than this (logical px) stacks what otherwise stands side
#: by side: a title and its buttons, a date and its text. The largest text on
#: a 1024 px screen leaves about 370; normal text on 1024 px about 880.
NARROW = 560


def use_narrow(limit: float = NARROW) -> bool:
    """Whether the section is narrower than ``limit`` at the chosen text size
    (a hook: call it at the top of a component, once per render)."""
    state = use_app_state()
    return content_width(ft.context.page.width, state.text_scale) < limit


def title_row(
    title: ft.Control, trailing: Sequence[ft.Control], narrow: bool, key: str | None = None
) -> ft.Control:
    """A title with chips or buttons after it. Wide: the title takes the room
    and the rest sits at the right. Narrow: the title gets the full width and
    the rest goes on the next line, so large text never stands one letter wide."""
    if narrow:
        return ft.Column(
            [title, ft.Row(list(trailing), wrap=True, spacing=8, run_spacing=4)],
            spacing=4,
            key=key,
        )
    return ft.Row(
        [ft.Container(title, expand=True), *trailing],
        vertical_alignment=ft.CrossAxisAlignment.CENTER,
        key=key,
    )


def side_by_side(
    first: ft.Control, second: ft.Control, first_width: float, fits: bool, key: str | None = None
) -> ft.Control:
    """Two columns when they ``fit``; otherwise stacked, each full width, so
    large text wraps instead of being squeezed into a column one word wide
    (WCAG 1.4.10 reflow)."""
    if fits:
        return ft.Row(
            [ft.Container(first, width=first_width), ft.Container(second, expand=True)],
            vertical_alignment=ft.CrossAxisAlignment.START,
            spacing=16,
            key=key,
        )
    return ft.Column(
        [first, second], spacing=16, horizontal_alignment=ft.CrossAxisAlignment.STRETCH, key=key
    )


#: Height of one rail entry with its label, and the rail's own padding (logical px).
_RAIL_ENTRY_HEIGHT = 64
_RAIL_PADDING = 24


def scrolling_rail(
    rail: ft.NavigationRail, entries: int, page_height: float | None, text_scale: float
) -> ft.Control:
    """The navigation rail; when its entries do not fit in the window's
    height (large text, small screen) it sits in a scroll view with an
    always-visible scroll bar, so it is plain that more entries follow."""
    needed = entries * _RAIL_ENTRY_HEIGHT + _RAIL_PADDING
    available = (page_height or 800) / max(text_scale, 1.0)
    if needed <= available:
        return rail
    rail.height = needed
    return ft.Column([rail], scroll=ft.ScrollMode.ALWAYS, spacing=0, key="nav-scroll")


def next_step(label: str, route: str, key: str) -> ft.Control:
    """The button to the next step where a volunteer finishes something, so
    nobody has to guess where to go (a first-time user's dead end)."""
    return ft.Row(
        [
            ft.FilledTonalButton(
                label,
                icon=ft.Icons.ARROW_FORWARD,
                on_click=lambda: ft.context.page.navigate(route),
                key=key,
            )
        ],
        wrap=True,
    )


def locale_configuration(language: str) -> ft.LocaleConfiguration:
    """The app's locale: ``<html lang>`` and Flutter's built-in labels."""
    current = _LOCALES.get(language, _LOCALES["nl"])
    return ft.LocaleConfiguration(
        supported_locales=[current, *[loc for loc in _LOCALES.values() if loc != current]],
        current_locale=current,
    )


def heading(
    text: str, level: int = 1, size: float = 28, key: str | None = None, expand: bool = False
) -> ft.Control:
    """A bold title that screen readers list as a heading of ``level``."""
    title = ft.Semantics(
        header=True,
        heading_level=level,
        content=ft.Text(text, size=size, weight=ft.FontWeight.BOLD, key=key),
    )
    if expand:  # only then: a Semantics with expand set may not sit in a Wrap
        title.expand = True
    return title


def choice_field(
    label: str,
    value: str | None,
    options: Sequence[tuple[str, str]],
    on_change: Callable[[str], object],
    key: str,
    width: float | None = None,
    disabled: bool = False,
    high_contrast: bool = False,
) -> ft.Control:
    """Pick one of a few options: ``options`` are (key, text) pairs.

    Flutter's menu-style ``Dropdown`` is a text field plus an unnamed arrow
    button: axe reports the button (aria-command-name), and Tab moves
    Flutter's focus into the field while the browser's focus stays behind.
    The classic dropdown (``DropdownM2``) is one focusable button that a
    screen reader hears as "Fase Voorbereiding"; Enter opens the menu, the
    arrow keys move, Enter picks, and the focus comes back to the button.
    """

    def changed(e: ft.Event[ft.DropdownM2]) -> None:
        if e.control.value:
            on_change(e.control.value)

    return ft.DropdownM2(
        label=label,
        value=value,
        options=[ft.dropdownm2.Option(key=k, text=t, content=ft.Text(t)) for k, t in options],
        on_change=changed,
        key=key,
        width=width,
        disabled=disabled,
        border={
            ft.ControlState.DEFAULT: ft.OutlineInputBorder(),
            ft.ControlState.FOCUSED: ft.OutlineInputBorder(side=_ring(high_contrast)),
        },
    )


def named_dropdown(dropdown: ft.Dropdown) -> ft.Control:
    """A menu-style ``Dropdown`` heard as one named button ("Status: Gehaald").

    Prefer ``choice_field``: here Tab still moves Flutter's focus into the
    dropdown's text field while the browser's focus stays behind.
    """
    options: list[Any] = list(dropdown.options or [])
    chosen = next((o.text or o.key for o in options if o.key == dropdown.value), "")
    label = dropdown.label if isinstance(dropdown.label, str) else ""
    name = f"{label}: {chosen}" if chosen else label
    return ft.MergeSemantics(content=ft.Semantics(label=name, content=dropdown))


def selectable(button: ft.Control, selected: bool) -> ft.Control:
    """A button of a one-of-many choice (the checklist's groups): a screen
    reader hears which one is selected, not only sees the filled colour."""
    return ft.MergeSemantics(content=ft.Semantics(selected=selected, content=button))


def spoken_as(visible: str, name: str, **text: Any) -> ft.Control:
    """A text that screen readers hear as ``name`` (which should start with
    ``visible``): "Terugzetten" beside a date is heard as "Terugzetten: de
    reservekopie van 2 december 20:14"."""
    return ft.Text(visible, semantics_label=name, **text)


def use_focus_on_mount() -> ft.Ref[Any]:
    """A ref for the control that should take the keyboard focus when this
    component appears (e.g. the pressed button was replaced by a form);
    without it Flutter moves the focus to some other place on the screen."""
    ref: ft.Ref[Any] = ft.Ref()

    async def focus_now() -> None:
        await focus(ref)

    ft.use_effect(focus_now, [])
    return ref


async def focus(ref: ft.Ref[Any]) -> None:
    """Give the control behind ``ref`` the keyboard focus, if it is still on the page.

    A control replaced before the focus went out has left the page: there is
    nothing to focus. Raising would only leave an "exception never retrieved"
    task whose late logging broke ast.parse elsewhere (CPython 3.11 bug
    gh-106905, seen in the full test run)."""
    if ref.current is None:
        return
    try:
        await ref.current.focus()
    except RuntimeError:
        return


def announced(content: ft.Control, text: str, key: str | None = None) -> ft.Control:
    """``content`` as a live region: when ``text`` changes, a screen reader
    reads it out ("Opgeslagen om 20:14", "Klaar: Vergaderbrief 2027.pdf")."""
    # Flutter refuses a Semantics around an invisible control (it paints
    # "Semantics.content must be provided and visible"): keep the live region,
    # with nothing in it, until there is something to say.
    if not content.visible:
        content = ft.Container(height=0, width=0)
    # the label replaces the content's own text, so it is read once
    return ft.Semantics(
        live_region=True, label=text, exclude_semantics=True, content=content, key=key
    )


def _ring(high_contrast: bool) -> ft.BorderSide:
    colour = FOCUS_RING_HIGH_CONTRAST if high_contrast else FOCUS_RING
    return ft.BorderSide(FOCUS_WIDTH, colour, stroke_align=ft.BorderSideStrokeAlign.OUTSIDE)


def button_style(high_contrast: bool, outline: str | None = None) -> ft.ButtonStyle:
    """A focus ring outside the button; ``outline`` keeps an outlined
    button's own border in every other state."""
    rest = ft.BorderSide(1, outline) if outline else ft.BorderSide(0, ft.Colors.TRANSPARENT)
    ring = _ring(high_contrast)
    return ft.ButtonStyle(side={ft.ControlState.FOCUSED: ring, ft.ControlState.DEFAULT: rest})


def focus_theme(high_contrast: bool, outline: str) -> dict[str, Any]:
    """Theme fields that make keyboard focus plain to see on every control."""
    # Ink highlights (rail entries, list tiles, checkboxes, radios, switches)
    # take this colour when focused: strong enough for 3:1 against white.
    halo = "#99000000" if high_contrast else "#CCB3261E"
    return {
        "focus_color": halo,
        "button_theme": ft.ButtonTheme(style=button_style(high_contrast)),
        "text_button_theme": ft.TextButtonTheme(style=button_style(high_contrast)),
        "filled_button_theme": ft.FilledButtonTheme(style=button_style(high_contrast)),
        "icon_button_theme": ft.IconButtonTheme(style=button_style(high_contrast)),
        "outlined_button_theme": ft.OutlinedButtonTheme(style=button_style(high_contrast, outline)),
        "checkbox_theme": ft.CheckboxTheme(overlay_color={ft.ControlState.FOCUSED: halo}),
        "radio_theme": ft.RadioTheme(overlay_color={ft.ControlState.FOCUSED: halo}),
        "switch_theme": ft.SwitchTheme(
            overlay_color={ft.ControlState.FOCUSED: halo},
            track_outline_color={
                ft.ControlState.FOCUSED: FOCUS_RING_HIGH_CONTRAST if high_contrast else FOCUS_RING,
                ft.ControlState.DEFAULT: outline,
            },
            track_outline_width={ft.ControlState.FOCUSED: 4, ft.ControlState.DEFAULT: 2},
            splash_radius=26,  # the halo reaches past the track, also on a dark track
        ),
    }
