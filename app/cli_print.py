"""``aantafel print KIND [--round ID] --out FILE.pdf``: a thin front over the documents service.

KIND is any document a feature declares (``app.services.documents.KIND_CHOICES``).
The data folder is opened read-only (printing never changes data, and works while the app is
open). Bad input raises :class:`InvalidInput`, which ``app.cli`` turns into
one Dutch line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_paths import output_file
from app.i18n import _
from app.paths import resolve_data_dir
from models.base import InvalidInput
from models.text import N_


def add_print_parser(subparsers: Any) -> None:
    """Add the ``print`` subcommand (called by ``app.cli.build_parser``).

    The kinds are every feature's ``documents`` (``app.features``).
    """
    from app.services.documents import KIND_CHOICES

    parser = subparsers.add_parser("print", help=_("make a document (PDF) to print"))
    parser.add_argument(
        "kind", choices=KIND_CHOICES, metavar="SOORT", help=" | ".join(KIND_CHOICES)
    )
    parser.add_argument(
        "--round", metavar="RONDE", help=_("round code, e.g. 2027 (default: latest)")
    )
    parser.add_argument("--out", required=True, metavar="BESTAND", help=_("the PDF file to write"))
    parser.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    parser.set_defaults(func=_cmd_print)


def _cmd_print(args: argparse.Namespace) -> int:
    from app.services.context import Services

    services = Services.open(resolve_data_dir(args.data_dir), read_only=True)
    try:
        return run_print(args, services)
    finally:
        services.close()


def run_print(args: argparse.Namespace, services: Any) -> int:
    """Build the document and write it; returns the exit code (0)."""
    from app.services import documents, rounds

    repo = services.repo
    out = output_file(args.out, repo.paths.root, ".pdf", getattr(args, "force", False))
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
    spec = documents.spec(args.kind)
    data = documents.build_document(repo, args.kind, round_.id)
    written = documents.write_pdf(data, out.resolve())
    # Name the round the document is about (the Monitor may follow the previous one).
    shown = rounds.get_round(repo, spec.shows_round(repo, round_.id)) if spec.shows_round else None
    print(
        _(
            "{document} for {round} written to {file}.",
            document=_(spec.title),
            round=(shown or round_).display_title(),
            file=str(written),
        )
    )
    return 0
