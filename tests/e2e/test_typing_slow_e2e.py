"""Issue 11 item 11: does a slow machine drop keystrokes into a search field?

The glossary search is a controlled field (its value comes back from the
server on every change). We type into it with the browser's CPU slowed down
20 times, and with the app's server frozen (SIGSTOP) in the middle of the
word, as on an old laptop under load. Every key must arrive and the filter
must apply. (Finding: none are dropped once the field has focus; the flaky
settings test typed before the field had focus, see fill() in conftest.)
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from app.services.demo import add_demo
from tests.e2e.conftest import FOCUSED_LABEL, open_app, started_server

pytestmark = pytest.mark.e2e

WORD = "zienswijze"
LABEL = "Zoek een woord"


def _open_search(browser: Any, server: Any) -> Any:
    page = open_app(browser, server)
    page.get_by_role("button", name="Woordenlijst").first.click()
    box = page.get_by_role("textbox", name=LABEL)
    box.wait_for()
    for _attempt in range(40):
        box.click()
        page.wait_for_timeout(250)
        if (page.evaluate(FOCUSED_LABEL) or "").startswith(LABEL):
            return page
    raise AssertionError("the search field never got focus")


def _typed_word_arrives(page: Any) -> None:
    page.wait_for_function(
        f"""() => {{
            const input = document.querySelector("input:focus, textarea:focus");
            return input && input.value === {WORD!r};
        }}""",
        timeout=60_000,
    )
    page.get_by_text("achterbanraadpleging").wait_for(state="detached", timeout=60_000)
    page.get_by_text(WORD, exact=True).first.wait_for(timeout=60_000)


@pytest.mark.parametrize("slow", ["browser-cpu-20x", "server-frozen-midway"])
def test_no_keystroke_is_dropped_on_a_slow_machine(browser: Any, tmp_path: Path, slow: str) -> None:
    server = started_server(tmp_path / "data", tmp_path, add_demo)
    try:
        page = _open_search(browser, server)
        if slow == "browser-cpu-20x":
            cdp = page.context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 20})
            page.keyboard.type(WORD)
        else:
            assert server.proc is not None
            page.keyboard.type(WORD[:4])
            os.kill(server.proc.pid, signal.SIGSTOP)
            try:
                page.keyboard.type(WORD[4:], delay=50)
            finally:
                os.kill(server.proc.pid, signal.SIGCONT)
        _typed_word_arrives(page)
        page.close()
    finally:
        server.stop()
