"""``aantafel vergelijk FOLDER --out FILE.pdf [--csv FILE.csv] [--met-namen]``.

Compares the export files in FOLDER (read-only; nothing goes into the data
folder, which is not even opened, so this works without an organisation of
one's own). Skipped files are listed on stderr, one per line with the
reason. A folder without a single readable export is refused: exit 2 and
one Dutch line. The report is anonymous unless ``--met-namen`` is given.
Output paths go through :func:`app.cli_paths.output_file` (never inside the
data folder, the right suffix, no overwrite without ``--force``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli_paths import output_file
from app.cli_services import ServiceAccess
from app.i18n import _
from app.paths import resolve_data_dir
from models.base import InvalidInput
from models.text import N_


def add_vergelijk_parser(subparsers: Any) -> None:
    """Add the ``vergelijk`` subcommand (declared in the Vergelijken feature's ``Feature.cli``)."""
    parser = subparsers.add_parser(
        "vergelijk", help=_("compare the export files of many organisations (read-only)")
    )
    parser.add_argument("folder", metavar="MAP", help=_("folder with export files (.zip)"))
    parser.add_argument("--out", required=True, metavar="BESTAND", help=_("the PDF file to write"))
    parser.add_argument("--csv", metavar="BESTAND", help=_("also write a table (.csv)"))
    parser.add_argument(
        "--met-namen",
        dest="with_names",
        action="store_true",
        help=_("name the organisations (the report is anonymous without this)"),
    )
    parser.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    parser.set_defaults(func=_cmd_vergelijk)


def _cmd_vergelijk(args: argparse.Namespace, access: ServiceAccess) -> int:
    vergelijken = access.module("vergelijken")  # no data folder is opened
    data_root = resolve_data_dir(args.data_dir)
    out = output_file(args.out, data_root, ".pdf", args.force)
    csv_out = output_file(args.csv, data_root, ".csv", args.force) if args.csv else None
    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise InvalidInput(N_("The folder {folder} does not exist."), folder=str(folder))
    comparison = vergelijken.compare_folder(folder)
    for skip in comparison.skipped:
        print(_("Skipped: {line}", line=vergelijken.skipped_line(skip)), file=sys.stderr)
    if not comparison.items:
        raise InvalidInput(
            N_("The folder {folder} holds no readable Aan Tafel export."), folder=str(folder)
        )
    pdf = vergelijken.report_pdf(comparison, with_names=args.with_names)
    written = vergelijken.write_file(pdf, out)
    print(
        _(
            "Comparison of {count} files written to {file} ({skipped} skipped).",
            count=len(comparison.items),
            file=str(written),
            skipped=len(comparison.skipped),
        )
    )
    if csv_out is not None:
        table = vergelijken.report_csv(comparison, with_names=args.with_names)
        print(_("Table written to {file}.", file=str(vergelijken.write_file(table, csv_out))))
    return 0
