"""``aantafel agenda [--round ID] --out FILE.ics [--force]``: the round's dates as a calendar file.

A thin front over :mod:`app.services.agenda`. The data folder is opened
read-only (exporting never changes data, and works while the app is open).
The output path goes through :func:`app.cli_paths.output_file` (never inside
the data folder, the ``.ics`` suffix, no overwrite without ``--force``). Bad
input raises :class:`InvalidInput`: one Dutch line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_paths import output_file
from app.i18n import _
from app.paths import resolve_data_dir
from models.base import InvalidInput
from models.text import N_


def add_agenda_parser(subparsers: Any) -> None:
    """Add the ``agenda`` subcommand (called by ``app.cli.build_parser``)."""
    parser = subparsers.add_parser("agenda", help=_("the round's dates as a calendar file (.ics)"))
    parser.add_argument(
        "--round", metavar="RONDE", help=_("round code, e.g. 2027 (default: latest)")
    )
    parser.add_argument("--out", required=True, metavar="BESTAND", help=_("the .ics file to write"))
    parser.add_argument(
        "--force", action="store_true", help=_("overwrite the file if it already exists")
    )
    parser.set_defaults(func=_cmd_agenda)


def _cmd_agenda(args: argparse.Namespace) -> int:
    # The repository, not app.services.context: the Services bundle imports every
    # feature (FEATURES lists this command), which would be an import cycle.
    from app.services import agenda, rounds
    from app.storage.repository import Repository

    data_root = resolve_data_dir(args.data_dir)
    out = output_file(args.out, data_root, ".ics", force=args.force)
    repo = Repository.open(data_root, read_only=True)
    try:
        if args.round:
            round_ = rounds.get_round(repo, args.round)
            if round_ is None:
                raise InvalidInput(N_("There is no round {round}."), round=args.round)
        else:
            round_ = rounds.latest_round(repo)
            if round_ is None:
                raise InvalidInput(
                    N_("There is no round yet. Create one first, or run 'aantafel demo'.")
                )
        written = agenda.write_ics(repo, round_.id, out)
        count = len(agenda.round_dates(repo, round_.id))
    finally:
        repo.close()
    print(
        _(
            "{count} dates of {round} written to {file}.",
            count=count,
            round=round_.display_title(),
            file=str(written),
        )
    )
    return 0
