"""``aantafel agenda [--round ID] --out FILE.ics [--force]``: the round's dates as a calendar file.

A thin front over :mod:`app.services.agenda`. The data folder is opened
read-only (exporting never changes data, and works while the app is open).
The output is refused inside the data folder (it would end up in backups and
confuse the recovery), without the ``.ics`` suffix, or when it would
overwrite a file without ``--force``. Bad input raises :class:`InvalidInput`:
one Dutch line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

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


def checked_out_file(text: str, suffix: str, data_root: Path, *, force: bool) -> Path:
    """The output path, or ``InvalidInput`` saying what to change."""
    out = Path(text).expanduser()
    if out.suffix.lower() != suffix:
        raise InvalidInput(
            N_("The file name must end in {suffix}, for example {example}."),
            suffix=suffix,
            example=f"agenda{suffix}",
        )
    if out.is_dir():
        raise InvalidInput(N_("{file} is a folder. Give a file name."), file=str(out))
    resolved = out.resolve()
    if not resolved.parent.is_dir():
        raise InvalidInput(N_("The folder {folder} does not exist."), folder=str(out.parent))
    if resolved.is_relative_to(data_root.expanduser().resolve()):
        raise InvalidInput(N_("Do not save the file in the data folder; choose another folder."))
    if resolved.exists() and not force:
        raise InvalidInput(
            N_("{file} already exists. Choose another name, or add --force to overwrite it."),
            file=str(out),
        )
    return resolved


def _cmd_agenda(args: argparse.Namespace) -> int:
    from app.services import agenda, rounds
    from app.services.context import Services

    data_root = resolve_data_dir(args.data_dir)
    out = checked_out_file(args.out, ".ics", data_root, force=args.force)
    services = Services.open(data_root, read_only=True)
    try:
        repo = services.repo
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
        services.close()
    print(
        _(
            "{count} dates of {round} written to {file}.",
            count=count,
            round=round_.display_title(),
            file=str(written),
        )
    )
    return 0
