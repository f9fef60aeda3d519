"""``aantafel agenda [--round ID] --out FILE.ics [--force]``: the round's dates as a calendar file.

A thin front over :mod:`app.services.agenda`, reached through the services
``app.cli`` hands it (:mod:`app.cli_services`). The data folder is opened
read-only (exporting never changes data, and works while the app is open).
The output path goes through :func:`app.cli_paths.output_file` (never inside
the data folder, the ``.ics`` suffix, no overwrite without ``--force``). Bad
input raises :class:`InvalidInput`: one Dutch line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_paths import output_file
from app.cli_services import ServiceAccess, chosen_round
from app.i18n import _
from app.paths import resolve_data_dir


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


def _cmd_agenda(args: argparse.Namespace, access: ServiceAccess) -> int:
    out = output_file(args.out, resolve_data_dir(args.data_dir), ".ics", force=args.force)
    with access.open(read_only=True) as services:
        round_ = chosen_round(services, args.round)
        written = services.agenda.write_ics(round_.id, out)
        count = len(services.agenda.round_dates(round_.id))
    print(
        _(
            "{count} dates of {round} written to {file}.",
            count=count,
            round=round_.display_title(),
            file=str(written),
        )
    )
    return 0
