"""``aantafel enquete import FILE.csv [--round ID] [--preview]``: online answers in (.csv or .xlsx).

The file is read and checked completely before the data folder is opened for
writing, and all answers are added in one save: a refused file, or a file
that does not match the survey, changes nothing (exit 2, one Dutch line).
Columns are matched by their names; ``--preview`` shows the matching and
the first answers without saving. In the app the volunteer can correct the
matching by hand (Achterban, "Importeer antwoorden").
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli_services import ServiceAccess, chosen_round
from app.exchange.survey_csv import read_survey_file
from app.exchange.survey_xlsx import read_answers_bytes
from app.i18n import _
from models.base import InvalidInput
from models.survey_columns import guess_columns
from models.text import N_


def _cmd_survey_import(args: argparse.Namespace, access: ServiceAccess) -> int:
    table = read_answers_bytes(read_survey_file(Path(args.file).expanduser()))
    with access.open(read_only=args.preview, allow_read_only=False) as services:
        survey_service = services.survey
        round_ = chosen_round(
            services, args.round, N_("There is no round yet. Make a round first.")
        )
        survey = survey_service.load_survey(round_.id)
        if not survey.design.themes:
            raise InvalidInput(N_("The survey has no themes yet. Add themes to your position."))
        columns = guess_columns(survey.design, table.header)
        found = survey_service.answers_from_table(survey, table, columns)
        titles = {t.key: t.title for t in survey.design.themes}
        for name, target in zip(table.header, columns, strict=True):
            print(f"{name} -> {survey_service.target_label(target, titles)}")
        print(
            _(
                "{n} answers and {c} contact details in the file.",
                n=len(found.responses),
                c=len(found.contacts),
            )
        )
        unclear = sum(found.unclear.values())
        if unclear:
            print(_("{n} cells were not understood; they count as not answered.", n=unclear))
        if args.preview:
            print(_("Only a preview: nothing was changed."))
            return 0
        survey_service.import_answers(round_.id, table, columns)
    print(_("Answers added to {round}.", round=round_.display_title()))
    return 0


def add_survey_parser(sub: Any) -> None:
    """``enquete import`` (declared in the survey feature's ``Feature.cli``)."""
    survey = sub.add_parser("enquete", help=_("member survey: import answers from a CSV file"))
    actions = survey.add_subparsers(dest="survey_command", metavar="OPDRACHT", required=True)
    imp = actions.add_parser("import", help=_("add answers from an online survey (.csv)"))
    imp.add_argument("file", metavar="BESTAND", help=_("the .csv file to read"))
    imp.add_argument("--round", metavar="ID", help=_("round code, e.g. 2027 (default: latest)"))
    imp.add_argument(
        "--preview", action="store_true", help=_("only show what would change; change nothing")
    )
    imp.set_defaults(func=_cmd_survey_import)
