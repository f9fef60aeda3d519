"""Look of the app: the Material 3 theme (normal or high contrast) and the
text size that applies to the whole UI.

Text size: Flet 1.0.5 has no text-scale setting, and every section sets
explicit font sizes, so a theme ``text_theme`` would miss most text. Instead
the whole UI is laid out in a smaller logical area (window size divided by
the factor) and then scaled up by the factor from the top-left corner - like
browser zoom: text, icons, fields and click targets all grow together and the
layout reflows to the narrower width. Flutter applies the transform to hit
testing and to the accessibility tree too, so clicks and screen readers keep
working. Dialogs and menus live outside this area; dialogs of our own use
``scaled()`` for their text.
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

SEED_COLOUR = "#00695C"  # deep teal (design §9)

#: High contrast: black text on white, a very dark teal for actions, black
#: outlines, and no pale grey secondary text anywhere.
_HIGH_CONTRAST = ft.ColorScheme(
    primary="#00332C",
    on_primary="#FFFFFF",
    primary_container="#B2DFDB",
    on_primary_container="#000000",
    secondary="#1A1A1A",
    on_secondary="#FFFFFF",
    secondary_container="#FFF59D",
    on_secondary_container="#000000",
    tertiary="#3A0CA3",
    on_tertiary="#FFFFFF",
    tertiary_container="#FFE082",
    on_tertiary_container="#000000",
    error="#B00020",
    on_error="#FFFFFF",
    error_container="#FFDAD6",
    on_error_container="#000000",
    surface="#FFFFFF",
    on_surface="#000000",
    on_surface_variant="#000000",
    surface_container_lowest="#FFFFFF",
    surface_container_low="#FFFFFF",
    surface_container="#F2F2F2",
    surface_container_high="#EBEBEB",
    surface_container_highest="#E0E0E0",
    outline="#000000",
    outline_variant="#333333",
)


def build_theme(high_contrast: bool) -> ft.Theme:
    """The app theme; high contrast swaps in a fixed black-on-white scheme."""
    if high_contrast:
        return ft.Theme(
            color_scheme=_HIGH_CONTRAST,
            use_material3=True,
            divider_theme=ft.DividerTheme(color="#000000", thickness=1),
        )
    return ft.Theme(color_scheme_seed=SEED_COLOUR, use_material3=True)


def apply_theme(page: ft.Page, high_contrast: bool) -> None:
    page.theme_mode = ft.ThemeMode.LIGHT
    page.theme = build_theme(high_contrast)
    page.bgcolor = "#FFFFFF" if high_contrast else None


def scaled(size: float, scale: float) -> float:
    """A font size at the chosen text size (for dialogs, which are not zoomed)."""
    return round(size * scale, 1)


@ft.component
def Zoom(scale: float, ui_key: str, body: Callable[[], ft.Control]) -> ft.Control:
    """Show ``body()`` at ``scale`` times its normal size, filling the window.

    ``ui_key`` changes when everything must be built anew (a new language):
    a new key makes Flet replace the whole subtree instead of patching it.
    """
    page = ft.context.page
    size, set_size = ft.use_state((float(page.width or 1280), float(page.height or 800)))

    def resized(e: ft.LayoutSizeChangeEvent[ft.Container]) -> None:
        if e.width and e.height and (e.width, e.height) != size:
            set_size((float(e.width), float(e.height)))

    width, height = size
    zoomed = scale != 1.0
    inner = ft.Container(
        body(),
        width=width / scale if zoomed else None,
        height=height / scale if zoomed else None,
        expand=not zoomed,
        scale=ft.Scale(scale=scale, alignment=ft.Alignment.TOP_LEFT) if zoomed else None,
        key=ui_key,
    )
    # A Row takes the full width whatever its child's width (a Column would
    # shrink to its child, and the measured size would then shrink the
    # zoomed area on every round); it expands to the full height in the view.
    return ft.Row(
        [inner],
        expand=True,
        spacing=0,
        vertical_alignment=(
            ft.CrossAxisAlignment.START if zoomed else ft.CrossAxisAlignment.STRETCH
        ),
        on_size_change=resized,
        size_change_interval=200,
        key="zoom",
    )
