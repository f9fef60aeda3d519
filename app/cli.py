"""Command line front (design §5): a thin layer over app.services.

Exit codes: 0 ok; 2 with one Dutch line on stderr for bad input or a refused
action (data unchanged); 1 for an unexpected failure (one line, no traceback;
details go to the log when AANTAFEL_DEBUG is set).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import __version__
from app.cli_argparse import use_app_catalogue
from app.cli_exchange import add_exchange_parsers
from app.cli_paths import data_folder, output_file
from app.cli_print import add_print_parser
from app.cli_services import ServiceAccess
from app.features import FEATURES
from app.i18n import LANGUAGES, _, set_language
from app.paths import resolve_data_dir
from app.services.context import Services, service_module
from app.services.errors import (
    DISK_FULL,
    DataFolderInUse,
    NewerSchemaError,
    UserError,
    is_disk_full,
)

log = logging.getLogger("aantafel")
use_app_catalogue()


class UsageError(Exception):
    """Bad command-line input; the message is already translated."""


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with one line on errors instead of English usage; the message
    itself comes translated from argparse (app/cli_argparse.py)."""

    def error(self, message: str) -> NoReturn:
        text = message[:1].upper() + message[1:]
        raise UsageError(f"{text}. " + _("Type 'aantafel --help' for help."))


def _port(text: str) -> int:
    if not text.isdigit() or not 1024 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(_("a port is a number from 1024 to 65535"))
    return int(text)


def build_parser() -> DutchArgumentParser:
    parser = DutchArgumentParser(
        prog="aantafel",
        description=_("Aan Tafel: prepare the prestatieafspraken as a tenant organisation."),
    )
    parser.add_argument("--data-dir", metavar="MAP", help=_("folder with your data"))
    parser.add_argument("--lang", choices=LANGUAGES, help=_("language: nl or en"))
    parser.add_argument("--version", action="version", version=f"aantafel {__version__}")
    sub = parser.add_subparsers(
        dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser
    )
    web = sub.add_parser("web", help=_("open the app in the browser (127.0.0.1 only)"))
    web.add_argument("--port", type=_port, help=_("port number"))
    web.add_argument("--no-browser", action="store_true", help=_("do not open a browser"))
    sub.add_parser("demo", help=_("add the example organisation and its 2027 round"))
    sub.add_parser("check", help=_("check the data and the backups"))
    backup = sub.add_parser("backup", help=_("write a backup to a file"))
    backup.add_argument("--out", required=True, metavar="BESTAND", help=_("backup file"))
    backup.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    restore = sub.add_parser("restore", help=_("put back a backup"))
    restore.add_argument("file", metavar="BESTAND", help=_("backup file"))
    add_exchange_parsers(sub)
    add_print_parser(sub)
    # Each feature's own subcommands (``Feature.cli``). Every subcommand sets
    # ``func=handler`` with ``handler(args, access) -> int`` (app.cli_services).
    for feature in FEATURES:
        for add in feature.cli:
            add(sub)
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    return data_folder(resolve_data_dir(args.data_dir))


class _FolderAccess:
    """The :class:`ServiceAccess` of one command: the folder of ``--data-dir``."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args

    @contextlib.contextmanager
    def open(self, *, read_only: bool, allow_read_only: bool = True) -> Iterator[Any]:
        services = Services.open(
            _data_dir(self._args), read_only=read_only, allow_read_only=allow_read_only
        )
        try:
            yield services
        finally:
            services.close()

    def module(self, name: str) -> Any:
        return service_module(name)


def _cmd_demo(args: argparse.Namespace, access: ServiceAccess) -> int:
    with access.open(read_only=False, allow_read_only=False) as services:
        for text in services.notice_texts():
            print(text, file=sys.stderr)
        current = services.demo.add_demo()
    print(
        _("The example organisation was added, with round {round}.", round=current.display_title())
    )
    return 0


def _cmd_check(args: argparse.Namespace, access: ServiceAccess) -> int:
    from app.services.maintenance import INTERRUPTED_CHECK, check_data

    report = check_data(data_folder(_data_dir(args), must_exist=True))
    print(_("Data files checked: {n}. Backups checked: {b}.", n=report.files, b=report.backups))
    for file in report.damaged:
        print(_("Damaged: {file}", file=str(file)))
    for file in report.damaged_backups:
        print(_("Damaged backup: {file}", file=str(file)))
    if report.newer_schema:
        print(_(NewerSchemaError.message))
    if report.interrupted:
        print(_(INTERRUPTED_CHECK))
    if report.sound:
        print(_("Everything is in order."))
        return 0
    print(_("Open Aan Tafel to repair damaged data from a backup."))
    return 1


def _cmd_backup(args: argparse.Namespace, access: ServiceAccess) -> int:
    from app.services.maintenance import backup_to

    data = _data_dir(args)
    out = backup_to(data, output_file(args.out, data, ".zip", args.force))
    print(_("Backup written to {file}.", file=str(out)))
    return 0


def _cmd_restore(args: argparse.Namespace, access: ServiceAccess) -> int:
    from app.services.maintenance import restore_from

    safety = restore_from(_data_dir(args), Path(args.file).expanduser().resolve())
    print(_("The backup was put back."))
    if safety is not None:
        print(_("Your data from before is kept in {file}.", file=str(safety)))
    return 0


#: Builds the UI's ``main(page)`` for a Services object. Set by the program's
#: composition root (views.launch), so this core never imports the UI.
UiFactory = Callable[[Any], Callable[[Any], None]]


def _log_to_file(file: Path) -> None:
    """Keep a small rotating log next to the data, for whoever helps the user."""
    from logging.handlers import RotatingFileHandler

    class QuietFileHandler(RotatingFileHandler):
        """When the log cannot be written (disk full, file taken away), stop
        logging to it quietly instead of printing Python's "--- Logging error
        ---" tracebacks on the console."""

        def handleError(self, record: logging.LogRecord) -> None:
            logging.getLogger().removeHandler(self)
            with contextlib.suppress(Exception):
                self.close()

    try:
        # The log can quote what went wrong with the user's data: owner only,
        # like the data files (rotated copies keep the mode: they are renamed).
        file.touch(mode=0o600, exist_ok=True)
        file.chmod(0o600)
        handler = QuietFileHandler(file, maxBytes=512_000, backupCount=2, encoding="utf-8")
    except OSError:
        return
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


def _cmd_ui(args: argparse.Namespace, make_ui: UiFactory) -> int:
    from app.launcher import open_window_or_browser, serve_web
    from app.services.settings import load_settings

    services = Services.open(_data_dir(args))
    _log_to_file(services.repo.paths.log_file)
    try:
        if not args.lang:
            set_language(load_settings(services.repo).language)
        for text in services.notice_texts():
            print(text, file=sys.stderr)
        main = make_ui(services)
        if args.command == "web":
            serve_web(main, args.port, open_browser=not args.no_browser)
        else:
            open_window_or_browser(main)
    finally:
        services.close()
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, ServiceAccess], int]] = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}


def _preselect_language(argv: Sequence[str]) -> None:
    """--lang must work for --help and argparse errors too, so read it first."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            set_language(argv[i + 1])
        elif arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            set_language(arg.split("=", 1)[1])


def main(argv: Sequence[str] | None = None, make_ui: UiFactory | None = None) -> int:
    """Run one command; ``make_ui`` is needed only to open the UI."""
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.DEBUG if os.environ.get("AANTAFEL_DEBUG") else logging.WARNING
    )
    _preselect_language(argv)
    try:
        args = build_parser().parse_args(argv)
        if args.lang:
            set_language(args.lang)
        data_folder(resolve_data_dir(args.data_dir))  # a file as --data-dir: refused here
        if args.command in (None, "web"):
            if make_ui is None:
                raise UsageError(_("Start the app with the command 'aantafel'."))
            return _cmd_ui(args, make_ui)
        func = getattr(args, "func", None) or _COMMANDS[args.command]
        return int(func(args, _FolderAccess(args)))
    except UsageError as exc:
        print(f"aantafel: {exc}", file=sys.stderr)
        return 2
    except UserError as exc:
        print("aantafel: " + _(exc.message, **exc.params), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    except Exception as exc:  # never show a traceback to a volunteer
        log.debug("unexpected error", exc_info=True)
        if is_disk_full(exc):  # a change in progress was rolled back (app.storage.journal)
            print("aantafel: " + _(DISK_FULL), file=sys.stderr)
            return 1
        print(
            "aantafel: "
            + _("Something went wrong: {error}. Your data is unchanged.", error=type(exc).__name__),
            file=sys.stderr,
        )
        return 1


__all__ = ["DataFolderInUse", "main"]
