"""Handing a file to the user: writing it where they asked, and the system viewer.

``write_user_file`` writes a file the user asked for (a PDF, a calendar, a
table) atomically, and turns a failure into one Dutch line. ``open_path``
opens a file with the system's viewer (to print it). It only makes sense when
the app runs on the user's own desktop: in browser mode the views offer the
bytes as a download instead (``views.files.save_bytes``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.storage.atomic import atomic_write_bytes
from models.base import InvalidInput
from models.text import N_


def write_user_file(data: bytes, target: Path) -> Path:
    """Write ``data`` to ``target`` atomically (no half file on a crash).

    A failure (disk full, no permission, folder gone) is an InvalidInput
    naming the folder and the reason, so the CLI and the views say it in one line.
    """
    target = Path(target)
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise InvalidInput(
            N_("The file could not be saved in {folder}: {reason}"),
            folder=str(target.parent),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    return target


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
