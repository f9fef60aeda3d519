"""The program's composition root: the command line with the Flet UI plugged in.

``aantafel`` (the console script) and ``python -m app`` both end here. The
core (app.cli) never imports the UI; this module hands it the UI factory, so
the layer arrows stay models <- app <- views.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import main as cli_main
from views.main import make_main


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, make_ui=make_main)


if __name__ == "__main__":
    sys.exit(main())
