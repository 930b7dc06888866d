"""``vrac-desktop``: start the GUI, or run a headless command.

Exit codes: 0 success, 1 the check or command found a problem (e.g. a broken history),
2 the command could not run (bad input, wrong passphrase, missing key...).

This module builds the parser and runs a command (``main``, the ``vrac-desktop`` entry
point); the commands live by family, each module adding its own subcommands:
cli/family_data.py (histories, export/import/list families), cli/backup.py (backup, restore,
recovery kit, audit), cli/team.py (sync, heads, the operator's ``server``),
cli/documents.py (evaluations, phase, export, verify), cli/signing.py (``signing``) and
cli/caseload.py (caseload, who does what, fidelity summary). What they share is in
cli/common.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from vrac_desktop import __version__
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.paths import DATA_DIR_ENV, resolve_data_dir

# The commands (and SQLAlchemy under them) are imported only when a command is given: the
# app's start (no command) goes straight to the GUI, whose first screen comes before them.
# argparse too (with gettext, 1.5 ms of the app's first screen): ``vrac-desktop`` without
# arguments, the way the app is started, reads none.
if TYPE_CHECKING:
    import argparse

    from vrac_desktop.store.database import Database

LOCK_WAIT_SECONDS = 5.0


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from vrac_desktop.cli import backup, caseload, documents, family_data, signing, team

    parser = argparse.ArgumentParser(
        prog="vrac-desktop",
        description="Wraparound Care team meetings. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"vrac-desktop {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=f"data folder (default: ${DATA_DIR_ENV}, else the platform's user data folder)",
    )
    # Installers' check of a built bundle (installers/smoke_test.sh): start the GUI, print
    # "ok" once the main window is shown, quit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # The order of the commands in --help: data, backup, team server, documents, signing, week.
    for family in (family_data, backup, team, documents, signing, caseload):
        family.add_commands(sub)
    return parser


class _NotOnlyGui(Exception):
    pass


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when ``argv`` just starts the app (no command, no --help/--version),
    read without building the commands' parser; None otherwise."""
    import argparse

    class GuiParser(argparse.ArgumentParser):
        """Only the options that start the GUI; anything else is left to the full parser."""

        def error(self, message: str) -> NoReturn:
            raise _NotOnlyGui(message)

    parser = GuiParser(add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--smoke-test", action="store_true")
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotOnlyGui:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # the app, as a desktop starts it: no option to read
        from vrac_desktop.gui.app import run_gui

        return run_gui(resolve_data_dir(None))
    gui = _gui_arguments(argv)
    args = gui if gui is not None else build_parser().parse_args(argv)
    paths = resolve_data_dir(args.data_dir)
    if gui is not None or args.command is None:
        from vrac_desktop.gui.app import run_gui

        return run_gui(paths, smoke_test=args.smoke_test)
    from vrac_desktop.cli.common import err, open_for_cli

    if getattr(args, "without_db", None):
        try:
            return int(args.without_db(args, paths))
        except (StoreError, ValueError, OSError) as exc:
            err(str(exc))
            return 2
    from vrac_desktop.store.instance import InstanceLock

    func: Callable[[argparse.Namespace, Database], int] = args.func
    # Every command that writes (an audit entry at least) holds the data folder's instance
    # lock, as the app does: a restore can then never run under a writer, nor a writer
    # under a restore. A second writer waits a little, then says who holds the folder.
    lock = None if getattr(args, "read_only", False) or (
        args.command == "sync" and args.status) else InstanceLock(paths)
    try:
        if lock is not None:
            lock.acquire(wait=LOCK_WAIT_SECONDS)
        db = open_for_cli(paths)
    except StoreError as exc:
        if lock is not None:
            lock.release()
        err(str(exc))
        return 2
    try:
        return func(args, db)
    except (StoreError, ValueError, OSError) as exc:
        err(str(exc))
        return 2
    finally:
        db.dispose()
        if lock is not None:
            lock.release()
