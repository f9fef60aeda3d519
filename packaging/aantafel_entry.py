"""Entry point of the PyInstaller bundle (``aantafel`` / ``aantafel.exe``).

Same command line as the installed ``aantafel`` script. One difference: a
bundle built without a Flet desktop client archive has no window program,
and fetching one from the internet is exactly what a volunteer's laptop may
not be able to do. Such a bundle opens the app in the browser straight away
(``aantafel web``: 127.0.0.1 only, no CDN) instead of trying a download.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def client_bundled() -> bool:
    """True when the desktop client archive the runtime hook pinned is in the bundle."""
    artifact = os.environ.get("AANTAFEL_CLIENT_ARTIFACT", "")
    if not artifact:
        return False
    import flet_desktop

    if flet_desktop.get_artifact_filename() != artifact:
        return False
    return (Path(flet_desktop.get_package_bin_dir()) / artifact).is_file()


def bundle_argv(argv: list[str]) -> list[str]:
    """``argv``, with ``web`` added when the UI would open and no client is bundled."""
    if client_bundled():
        return argv
    from app.cli import build_parser

    try:
        args = build_parser().parse_args(argv)
    except BaseException:  # --help, --version, bad input: app.cli handles those
        return argv
    if args.command is not None:
        return argv
    from app.i18n import _

    print(
        _(
            "The app window could not open (the window program could not be loaded). "
            "Aan Tafel opens in your browser instead."
        ),
        file=sys.stderr,
        flush=True,
    )
    return [*argv, "web"]


def main() -> int:
    from views.launch import main as launch

    return launch(bundle_argv(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
