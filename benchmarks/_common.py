"""What the benchmark scripts share.

A script run as ``python benchmarks/NAME.py`` has only benchmarks/ on its
import path; importing this module first (``import _common``) adds the
project root, so ``app``, ``models`` and ``tests`` import as in the tests.
``app_in_chromium`` serves the app on a data folder and opens Chromium, as
the browser tests do, for the scripts that measure in a browser.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@contextmanager
def app_in_chromium(
    prepare: Callable[[Any], object] | None = None, data_dir: Path | None = None
) -> Iterator[tuple[Any, Any]]:
    """(server, browser): the app served on ``data_dir`` (a new temporary folder
    when None) after ``prepare`` filled it, and a Chromium to open it in; both
    closed afterwards."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import launch_chromium, started_server

    with tempfile.TemporaryDirectory() as tmp:
        folder = data_dir if data_dir is not None else Path(tmp) / "data"
        server = started_server(folder, Path(tmp), prepare)
        try:
            with sync_playwright() as p:
                browser = launch_chromium(p)
                try:
                    yield server, browser
                finally:
                    browser.close()
        finally:
            server.stop()
