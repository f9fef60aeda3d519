"""Accessibility checks in a real browser: axe-core injected into each section
of the app, in each display setting (normal, high contrast, largest text).

axe-core comes from the npm registry (pinned; ``tests/e2e/vendor/install_axe.sh``,
run by ``.ci/run``). It checks the page's accessibility tree as a screen reader
gets it: Flutter's semantics DOM (``flt-semantics`` elements with ARIA roles).
Used by ``tests/e2e/test_axe_e2e.py`` (fails on serious or critical
violations) and ``benchmarks/a11y_axe.py`` (prints the counts).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.demo import add_demo
from app.services.settings import update_settings
from app.storage.repository import Repository

AXE_JS = Path(__file__).resolve().parent / "vendor" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")

#: (name, settings stored before the app starts)
DISPLAY_SETTINGS: dict[str, dict[str, Any]] = {
    "normaal": {},
    "hoog-contrast": {"high_contrast": True},
    "grootst": {"text_scale": 2.0},
}

#: Viewport per setting: the largest text is checked on the smallest screen
#: the app supports (design §9).
VIEWPORTS: dict[str, tuple[int, int]] = {
    "normaal": (1280, 800),
    "hoog-contrast": (1280, 800),
    "grootst": (1024, 768),
}

#: The rail's entries: Flutter marks each destination with aria-current and
#: says "Tabblad 3 van 10" (other controls may carry aria-current too).
RAIL_ENTRY = (
    'flt-semantics[role=button][aria-current]:text-matches("(Tabblad|Tab) \\\\d+ (van|of) \\\\d+")'
)

_RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({html: n.html.slice(0, 300),
                              summary: (n.failureSummary || '').slice(0, 300)}))
  }));
}"""


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    help: str
    nodes: list[dict[str, str]]

    @property
    def blocking(self) -> bool:
        return self.impact in BLOCKING


def demo_with(settings: dict[str, Any]) -> Callable[[Repository], object]:
    """Prepare a data folder: the demo data, the welcome seen, these settings."""

    def prepare(repo: Repository) -> None:
        add_demo(repo)
        update_settings(repo, welcome_done=True, **settings)

    return prepare


def axe_violations(page: Any) -> list[Violation]:
    """Run axe-core on the page as it is now."""
    if not AXE_JS.exists():
        raise RuntimeError(f"axe-core is missing at {AXE_JS}: run tests/e2e/vendor/install_axe.sh")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    return [
        Violation(v["id"], v["impact"] or "minor", v["help"], v["nodes"])
        for v in page.evaluate(_RUN_AXE)
    ]


def rail_entries(page: Any) -> list[str]:
    """The visible names of the navigation rail's entries, in order."""
    page.locator(RAIL_ENTRY).first.wait_for()
    names = page.locator(RAIL_ENTRY).evaluate_all(
        "els => els.map(e => (e.getAttribute('aria-label') || e.innerText || '').trim())"
    )
    # "Overzicht\nTabblad 1 van 8": the entry's own word comes first
    return [re.split(r"\s+(?:Tabblad|Tab)\s+\d", str(n))[0].strip() for n in names]


def open_section(page: Any, index: int, heading: bool = True) -> None:
    """Click the rail's entry ``index`` and wait until it is the current one
    and (``heading``) the section's title, a heading, is in the tree."""
    entry = page.locator(RAIL_ENTRY).nth(index)
    entry.scroll_into_view_if_needed()
    entry.click()
    page.locator(f"{RAIL_ENTRY}[aria-current=true]").nth(0).wait_for()
    page.wait_for_function(
        """(i) => {
          const all = [...document.querySelectorAll('flt-semantics[role=button][aria-current]')]
            .filter(e => /(Tabblad|Tab) \\d+ (van|of) \\d+/.test(e.innerText || ''));
          return all[i] && all[i].getAttribute('aria-current') === 'true';
        }""",
        arg=index,
    )
    if heading:
        page.locator("h1").first.wait_for(state="attached")


_HOST_TEXT = "document.querySelector('flt-semantics-host').innerText"


def scan_section(page: Any, max_screens: int = 12) -> list[Violation]:
    """axe on the whole section: at the top, then a screen further down each
    time (Flutter only puts what is near the screen in the tree), until the
    tree stops changing. Violations are merged by rule."""
    merged: dict[str, Violation] = {}
    viewport = page.viewport_size
    page.mouse.move(viewport["width"] * 0.6, viewport["height"] * 0.6)
    for _screen in range(max_screens):
        for v in axe_violations(page):
            seen = merged[v.rule].nodes if v.rule in merged else []
            nodes = seen + [n for n in v.nodes if n not in seen]
            merged[v.rule] = Violation(v.rule, v.impact, v.help, nodes)
        before = page.evaluate(_HOST_TEXT)
        page.mouse.wheel(0, viewport["height"] * 0.8)
        try:
            page.wait_for_function(f"(before) => {_HOST_TEXT} !== before", arg=before, timeout=1500)
        except Exception:  # nothing moved: the end of the section
            break
    return list(merged.values())


_BEYOND_RIGHT_EDGE = """() => {
  const width = window.innerWidth;
  return [...document.querySelectorAll('flt-semantics-host flt-semantics, flt-semantics-host h1,'
                                       + ' flt-semantics-host h2')]
    .filter(e => e.childElementCount === 0 && (e.innerText || e.getAttribute('aria-label')))
    .filter(e => e.getBoundingClientRect().right > width + 1)
    .map(e => (e.getAttribute('aria-label') || e.innerText).slice(0, 60));
}"""


def beyond_right_edge(page: Any) -> list[str]:
    """Texts and controls that run off the right side of the window (they
    should wrap or stack instead: WCAG 1.4.10 reflow)."""
    return [str(t) for t in page.evaluate(_BEYOND_RIGHT_EDGE)]


def describe(violations: list[Violation]) -> str:
    """One line per violation, with the first offending nodes."""
    lines = []
    for v in violations:
        lines.append(f"{v.impact} {v.rule} ({len(v.nodes)}): {v.help}")
        lines += [f"    {n['html'][:160]}" for n in v.nodes[:3]]
    return "\n".join(lines)


# ------------------------------------------------------------------ focus rings
def _luminance(rgb: tuple[int, ...]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else float(((s + 0.055) / 1.055) ** 2.4)

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """WCAG contrast ratio of two sRGB colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _shot(page: Any, locator: Any, margin: int) -> Any:
    from io import BytesIO

    from PIL import Image

    box = locator.bounding_box()
    clip = {
        "x": max(box["x"] - margin, 0),
        "y": max(box["y"] - margin, 0),
        "width": box["width"] + 2 * margin,
        "height": box["height"] + 2 * margin,
    }
    return Image.open(BytesIO(page.screenshot(clip=clip))).convert("RGB")


def _settled_shot(page: Any, locator: Any, margin: int, unlike: Any = None) -> Any:
    """A screenshot once the picture stops changing (Material fades focus
    highlights in and out), and, given ``unlike``, once it differs from it."""
    from PIL import ImageChops

    last = _shot(page, locator, margin)
    steady = 0
    for _ in range(60):
        page.wait_for_timeout(100)
        now = _shot(page, locator, margin)
        same = now.size == last.size and ImageChops.difference(now, last).getbbox() is None
        changed = (
            unlike is None
            or now.size != unlike.size
            or ImageChops.difference(now, unlike).getbbox() is not None
        )
        steady = steady + 1 if same and changed else 0
        if steady >= 4:  # unchanged for 400 ms: the highlight has finished fading
            return now
        last = now
    return last


_TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def press_tab(page: Any, key: str = "Tab") -> None:
    """Press Tab as a person does, who looks where the focus went before the
    next key: wait until the browser's focus has moved and Flutter has painted.

    Flutter moves its own focus on the key (it prevents the browser's Tab) and
    moves the browser's focus to match when it paints the next frame. Keys
    sent faster than that are judged against a half-updated page: Flutter
    orders Tab by position on screen (the rail and the content in one reading
    order), so its focus and the browser's part ways (see docs/keyboard.md).
    """
    before = page.evaluate_handle("document.activeElement")
    page.keyboard.press(key)
    # a Tab may move nothing (one control on the page): then go on
    with contextlib.suppress(Exception):
        page.wait_for_function("b => document.activeElement !== b", arg=before, timeout=3000)
    page.evaluate(_TWO_FRAMES)


def tab_to(page: Any, locator: Any, margin: int | None = None, max_tabs: int = 200) -> Any:
    """Press Tab until the browser's focus is on ``locator``'s element.

    With ``margin``: returns a screenshot of the element taken just before
    the Tab that focused it (unfocused), to wait for the focused look."""
    handle = locator.element_handle()
    before = None
    if page.evaluate("el => document.activeElement === el", handle):
        press_tab(page, "Shift+Tab")
    for _ in range(max_tabs):
        if page.evaluate("el => document.activeElement === el", handle):
            return before
        if margin is not None:
            before = _shot(page, locator, margin)
        press_tab(page)
    raise AssertionError(f"Tab never reached {locator}")


@dataclass(frozen=True)
class FocusChange:
    """How much of a control's look changes with keyboard focus."""

    strong_pixels: int  # pixels whose colour changes by at least 3:1
    perimeter: int  # the control's perimeter in CSS pixels

    @property
    def visible(self) -> bool:
        """At least the area of a 2 px thick outline changes by 3:1 (WCAG 2.4.13)."""
        return self.strong_pixels >= 2 * self.perimeter


#: A toggle's own target (the box, circle or track beside its label): its
#: focus indicator is measured against this size, not the whole labelled row.
TOGGLE_TARGET = (48, 48)


def focus_change(
    page: Any, locator: Any, margin: int = 6, target: tuple[int, int] | None = None
) -> FocusChange:
    """Focus ``locator`` with Tab, compare it focused and unfocused (after one
    more Tab) pixel by pixel. ``target``: the size the indicator must surround
    (default: the element's box)."""
    baseline = tab_to(page, locator, margin)
    focused = _settled_shot(page, locator, margin, unlike=baseline)
    page.keyboard.press("Tab")
    plain = _settled_shot(page, locator, margin, unlike=focused)
    width, height = min(focused.size[0], plain.size[0]), min(focused.size[1], plain.size[1])
    a, b = focused.load(), plain.load()
    strong = sum(
        1 for x in range(width) for y in range(height) if contrast(a[x, y], b[x, y]) >= 3.0
    )
    box = locator.bounding_box()
    width, height = target or (box["width"], box["height"])
    return FocusChange(strong, int(2 * (width + height)))
