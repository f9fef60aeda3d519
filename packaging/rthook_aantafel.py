"""PyInstaller runtime hook: runs inside the bundle before any app code.

1. Pins the Flet desktop client artifact name. flet_desktop computes the
   archive name from the glibc version, the flavour and the working folder's
   pyproject.toml at run time; a volunteer's computer may differ from the build
   machine, and then the bundled archive would be ignored and a download tried.
   The values the build used are in ``aantafel_build.json``; we set
   FLET_LINUX_DISTRO and FLET_DESKTOP_FLAVOR to them, so
   ``flet_desktop.get_artifact_filename()`` names exactly the bundled file.
2. Resets LD_LIBRARY_PATH on Linux. The bootloader points it at the bundle so
   Python finds its libraries; child processes (the Flet client, xdg-open, the
   PDF viewer) must get the system's libraries, not ours. The dynamic loader
   of this process read the variable at start-up, so changing it here only
   affects children.
3. Browser mode always renders offline (no CDN).
"""

import json
import os
import sys
from pathlib import Path

_base = Path(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)))
try:
    _info = json.loads((_base / "aantafel_build.json").read_text(encoding="utf-8"))
except (OSError, ValueError):
    _info = {}

if sys.platform.startswith("linux"):
    _orig = os.environ.get("LD_LIBRARY_PATH_ORIG")
    if _orig is not None:
        os.environ["LD_LIBRARY_PATH"] = _orig
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
    if _info.get("linux_distro"):
        os.environ["FLET_LINUX_DISTRO"] = str(_info["linux_distro"])

if _info.get("desktop_flavor"):
    os.environ["FLET_DESKTOP_FLAVOR"] = str(_info["desktop_flavor"])

# "" means: no desktop client in this bundle (the entry script opens the browser).
os.environ["AANTAFEL_CLIENT_ARTIFACT"] = str(_info.get("client_artifact") or "")
os.environ.setdefault("FLET_WEB_NO_CDN", "1")
