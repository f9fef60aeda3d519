"""How visible keyboard focus is: for each kind of focusable control (rail
entry, text and outlined button, round picker, checkbox, radio, switch), in
normal and high contrast, the number of pixels whose colour changes by at
least 3:1 between focused and unfocused, against twice the control's
perimeter (a 2 px outline's area, WCAG 2.4.13; toggles against their 48 px
target). Focus is moved with Tab only.

Pixel timing depends on Flutter's frame rate, so this is a measurement, not
a CI test: on a loaded machine a highlight can still be fading when the
picture is taken. Run: ``python benchmarks/a11y_focus.py``.
"""

from __future__ import annotations

from _common import app_in_chromium

from tests.e2e.a11y import (
    DISPLAY_SETTINGS,
    RAIL_ENTRY,
    TOGGLE_TARGET,
    demo_with,
    focus_change,
    open_section,
    rail_entries,
)
from tests.e2e.conftest import open_app


def measure(setting: str) -> None:
    with app_in_chromium(demo_with(DISPLAY_SETTINGS[setting])) as (server, browser):
        page = open_app(browser, server, width=1280, height=800)
        page.get_by_text("Huidige ronde").first.wait_for()
        controls = {
            "rail entry": (page.locator(RAIL_ENTRY).nth(2), None),
            "text button": (page.get_by_role("button", name="Woordenlijst"), None),
            "round picker": (
                page.get_by_role("button", name="Ronde Prestatieafspraken 2027"),
                None,
            ),
            "checkbox": (page.get_by_role("checkbox").first, TOGGLE_TARGET),
        }
        report(setting, page, controls)
        open_section(page, rail_entries(page).index("Instellingen"))
        report(
            setting,
            page,
            {
                "radio": (page.get_by_role("radio", checked=True).first, TOGGLE_TARGET),
                "switch": (page.get_by_role("switch").first, TOGGLE_TARGET),
                "outlined button": (
                    page.get_by_role("button", name="Nu een reservekopie maken"),
                    None,
                ),
            },
        )


def report(setting: str, page: object, controls: dict[str, tuple[object, object]]) -> None:
    for kind, (locator, target) in controls.items():
        locator.scroll_into_view_if_needed()  # type: ignore[attr-defined]
        change = focus_change(page, locator, target=target)  # type: ignore[arg-type]
        verdict = "ok" if change.visible else "WEAK"
        print(
            f"{setting:<14} {kind:<16} {change.strong_pixels:>6} px >= 3:1"
            f"  (needs {2 * change.perimeter})  {verdict}"
        )


def main() -> None:
    for setting in ("normaal", "hoog-contrast"):
        measure(setting)


if __name__ == "__main__":
    main()
