"""Handing a file to the user: the system viewer for a file on this computer.

``open_path`` opens a file with the system's viewer (to print it). It only
makes sense when the app runs on the user's own desktop: in browser mode the
views offer the bytes as a download instead (``views.files.save_bytes``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def open_path(path: Path, runner: Callable[..., Any] | None = None) -> bool:
    """Open a file in the system's viewer; False when that is not possible.

    Windows: ``os.startfile``; macOS: ``open``; others: ``xdg-open``. The
    child is started, not waited for.
    """
    try:
        if sys.platform.startswith("win"):
            os.startfile(path)  # type: ignore[attr-defined,unused-ignore]
            return True
        command = ["open", str(path)] if sys.platform == "darwin" else ["xdg-open", str(path)]
        (runner or subprocess.Popen)(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        return True
    except (OSError, ValueError):
        return False
