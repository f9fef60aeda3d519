"""``aantafel export`` and ``aantafel import``: a thin front over app.services.exchange.

Import reads and validates the whole file *before* the data folder is even
opened, so a refused file leaves the folder byte-for-byte unchanged (opening
would already make a backup). The folder is opened with
``allow_read_only=False``: when the app has it open, the import is refused
(exit 2) instead of writing behind the app's back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli_paths import output_file
from app.cli_services import ServiceAccess, chosen_round
from app.exchange.reader import read_bundle
from app.i18n import _
from models.text import N_


def _cmd_export(args: argparse.Namespace, access: ServiceAccess) -> int:
    with access.open(read_only=True) as services:
        exchange = services.exchange
        round_ = chosen_round(services, args.round, N_("There is no round yet to export."))
        out = Path(args.out).expanduser()
        if out.is_dir():
            out = out / exchange.export_file_name(round_.id)
        out = exchange.write_export(
            round_.id,
            output_file(out, services.data_dir, ".zip", args.force),
            personal_data=args.with_personal_data,
        )
    print(_("Round {round} exported to {file}.", round=round_.display_title(), file=str(out)))
    if args.with_personal_data:
        print(_("The file contains personal data: share it with care."))
    return 0


def _cmd_import(args: argparse.Namespace, access: ServiceAccess) -> int:
    bundle = read_bundle(Path(args.file).expanduser())  # refused files stop here
    # A preview only reads: no repair, no backup, nothing written.
    with access.open(read_only=args.preview, allow_read_only=False) as services:
        for text in services.notice_texts():
            print(text, file=sys.stderr)
        exchange = services.exchange
        preview = exchange.preview_import(bundle)
        for line in exchange.summary_lines(preview, prefer_file=args.take_file):
            print(line)
        if args.preview:
            print(_("Only a preview: nothing was changed."))
            return 0
        if not preview.changes_anything:
            return 0
        stored = exchange.apply_import(preview, prefer_file=args.take_file)
    print(_("Imported: {round}.", round=stored.display_title()))
    return 0


def add_exchange_parsers(sub: Any) -> None:
    """Add ``export`` and ``import`` to the subcommands (called by ``app.cli.build_parser``)."""
    export = sub.add_parser("export", help=_("write a round to a file to share (.zip)"))
    export.add_argument("--round", metavar="ID", help=_("round code, e.g. 2027 (default: latest)"))
    export.add_argument("--out", required=True, metavar="BESTAND", help=_("the .zip file to write"))
    export.add_argument(
        "--with-personal-data",
        action="store_true",
        help=_("include contact details of board members"),
    )
    export.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    export.set_defaults(func=_cmd_export)
    imp = sub.add_parser("import", help=_("read a shared round from a file (.zip)"))
    imp.add_argument("file", metavar="BESTAND", help=_("the .zip file to read"))
    imp.add_argument(
        "--preview", action="store_true", help=_("only show what would change; change nothing")
    )
    imp.add_argument(
        "--take-file",
        action="store_true",
        help=_("take the file's version also where yours is newer"),
    )
    imp.set_defaults(func=_cmd_import)
