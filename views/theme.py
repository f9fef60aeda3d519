"""Look of the app: the Material 3 theme (normal or high contrast) and the
text size that applies to the whole UI.

Text size: Flet 1.0.5 has no text-scale setting, and every section sets
explicit font sizes, so a theme ``text_theme`` would miss most text. Instead
the whole UI is laid out in a smaller logical area (window size divided by
the factor) and then scaled up by the factor from the top-left corner - like
browser zoom: text, icons, fields and click targets all grow together and the
layout reflows to the narrower width. Flutter applies the transform to hit
testing and to the accessibility tree too, so clicks and screen readers keep
working. Dialogs, menus and messages live outside this area: the page theme
enlarges their theme texts (``text_theme``) by the same factor, while the
zoomed area gets the normal-size theme so nothing grows twice.
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from views.a11y import focus_theme

SEED_COLOUR = "#00695C"  # deep teal (design §9)
#: Material 3's outline colour for the seed (an outlined button's border).
_SEED_OUTLINE = "#6F7977"

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


#: Material 3 type scale (size, weight): theme texts such as dialog titles,
#: button labels and menu items take their size from here.
_M3_TYPE_SCALE: dict[str, tuple[float, ft.FontWeight]] = {
    "display_large": (57, ft.FontWeight.W_400),
    "display_medium": (45, ft.FontWeight.W_400),
    "display_small": (36, ft.FontWeight.W_400),
    "headline_large": (32, ft.FontWeight.W_400),
    "headline_medium": (28, ft.FontWeight.W_400),
    "headline_small": (24, ft.FontWeight.W_400),
    "title_large": (22, ft.FontWeight.W_400),
    "title_medium": (16, ft.FontWeight.W_500),
    "title_small": (14, ft.FontWeight.W_500),
    "body_large": (16, ft.FontWeight.W_400),
    "body_medium": (14, ft.FontWeight.W_400),
    "body_small": (12, ft.FontWeight.W_400),
    "label_large": (14, ft.FontWeight.W_500),
    "label_medium": (12, ft.FontWeight.W_500),
    "label_small": (11, ft.FontWeight.W_500),
}


def text_theme(scale: float) -> ft.TextTheme:
    """The Material type scale times ``scale``."""
    styles = {
        name: ft.TextStyle(size=round(size * scale, 1), weight=weight)
        for name, (size, weight) in _M3_TYPE_SCALE.items()
    }
    return ft.TextTheme(**styles)


def build_theme(high_contrast: bool, scale: float | None = 1.0) -> ft.Theme:
    """The app theme; high contrast swaps in a fixed black-on-white scheme.

    ``scale`` enlarges the theme's texts: the page theme uses the chosen text
    size so dialogs, menus and messages (which live outside the zoomed area)
    grow too; the zoomed area itself gets the theme at scale 1 (see Zoom).
    ``None`` leaves the type scale to Flutter (normal size on the page); a
    nested theme must spell out scale 1, or it inherits the enlarged one.
    """
    texts = text_theme(scale) if scale is not None else None
    if high_contrast:
        return ft.Theme(
            color_scheme=_HIGH_CONTRAST,
            use_material3=True,
            divider_theme=ft.DividerTheme(color="#000000", thickness=1),
            text_theme=texts,
            **focus_theme(True, outline="#000000"),
        )
    return ft.Theme(
        color_scheme_seed=SEED_COLOUR,
        use_material3=True,
        text_theme=texts,
        **focus_theme(False, outline=_SEED_OUTLINE),
    )


def apply_theme(page: ft.Page, high_contrast: bool, scale: float = 1.0) -> None:
    page.theme_mode = ft.ThemeMode.LIGHT
    page.theme = build_theme(high_contrast, scale if scale != 1.0 else None)
    page.bgcolor = "#FFFFFF" if high_contrast else None


@ft.component
def Zoom(
    scale: float, high_contrast: bool, ui_key: str, body: Callable[[], ft.Control]
) -> ft.Control:
    """Show ``body()`` at ``scale`` times its normal size, filling the window.

    ``ui_key`` changes when everything must be built anew (a new language):
    a new key makes Flet replace the whole subtree instead of patching it.
    """
    page = ft.context.page
    size, set_size = ft.use_state((float(page.width or 1280), float(page.height or 800)))

    def resized(e: ft.LayoutSizeChangeEvent[ft.LayoutControl]) -> None:
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
        # inside the zoom the theme's texts keep their normal size (no double scaling)
        theme=build_theme(high_contrast, 1.0) if zoomed else None,
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
