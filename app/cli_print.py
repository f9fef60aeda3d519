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
from app.cli_services import ServiceAccess, chosen_round
from app.i18n import _


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


def _cmd_print(args: argparse.Namespace, access: ServiceAccess) -> int:
    """Build the document and write it; returns the exit code (0)."""
    with access.open(read_only=True) as services:
        out = output_file(args.out, services.data_dir, ".pdf", getattr(args, "force", False))
        round_ = chosen_round(services, args.round)
        documents = services.documents
        spec = documents.spec(args.kind)
        data = documents.build_document(args.kind, round_.id)
        written = documents.write_pdf(data, out.resolve())
        # Name the round the document is about (the Monitor may follow the previous one).
        shown = (
            services.rounds.get_round(spec.shows_round(services.repo, round_.id))
            if spec.shows_round
            else None
        )
    print(
        _(
            "{document} for {round} written to {file}.",
            document=_(spec.title),
            round=(shown or round_).display_title(),
            file=str(written),
        )
    )
    return 0
