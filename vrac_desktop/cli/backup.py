"""Backup and recovery on the command line: backup, restore, recovery-kit, and the audit log.

``restore`` runs without opening the current database (it may be the damaged thing) and under
the data folder's instance lock; the others open it as every command does.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from vrac_desktop.cli.common import (
    PASSPHRASE_ENV,
    current_actor,
    err,
    out,
    read_secret,
)
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.paths import DataPaths, resolve_data_dir


def cmd_backup(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.backup import make_backup, rotate_backups
    from vrac_desktop.store.settings import Settings

    paths = resolve_data_dir(args.data_dir)
    result = make_backup(db, paths=paths, actor=current_actor(),
                         to=Path(args.to) if args.to else None)
    if not args.to:
        rotate_backups(paths, keep=int(Settings(paths.settings).get("backup_keep")))
    out(f"Backup written to {result.path} ({result.families} families, "
        f"{result.versions} plan versions, {result.size} bytes, encrypted; it restores with "
        "the passphrase or the recovery key, also on another computer).")
    from vrac_desktop.store.key_file import has_recovery_key

    if not has_recovery_key(paths) and db.mode == "keyring":
        err("there is no recovery kit yet, so this backup restores only on this computer "
            "(its key is in this computer's keyring). Make one: vrac-desktop recovery-kit "
            "--pdf FILE.")
    return 0


def cmd_recovery_kit(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.documents.recovery_kit import render_recovery_kit
    from vrac_desktop.services.recovery import make_recovery_kit
    from vrac_desktop.store.settings import Settings

    paths = resolve_data_dir(args.data_dir)
    language = args.language or Settings(paths.settings).get("ui_language") or "en"
    pdf = Path(args.pdf)
    # Checked first: once made, the new key replaces the old one for new backups, so it
    # must reach the user even if writing the file fails after all.
    if pdf.is_dir() or not pdf.parent.is_dir():
        raise ValueError(f"Cannot write the kit to {pdf} (the folder does not exist, or it "
                         "is a folder); no new recovery key was made.")
    kit = make_recovery_kit(db, paths=paths, actor=current_actor())
    try:
        render_recovery_kit(kit, language=language, pdf=pdf, paths=paths)
    except StoreError:
        out(f"Recovery key (shown once; the kit could not be written):\n\n"
            f"    {kit.recovery_key}\n")
        raise
    out(f"Recovery key (shown once; it is also in {args.pdf}):\n\n    {kit.recovery_key}\n")
    out("Print the kit, keep it somewhere safe away from this computer, then delete the "
        "file. Backups made from now on open with this key; an earlier recovery key no "
        "longer opens new backups.")
    return 0


def cmd_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    """Runs without opening the current database: it may be the damaged thing."""
    from vrac_desktop.services.backup_format import read_backup
    from vrac_desktop.services.restore import restore_backup
    from vrac_desktop.store.instance import InstanceLock
    from vrac_desktop.store.key_file import passphrase_mode, read_key_file

    recovery = read_secret("Recovery key: ") if args.recovery_key else None
    passphrase = os.environ.get(PASSPHRASE_ENV)
    needs = passphrase_mode(paths) or (read_key_file(paths) is None and not recovery
                                       and read_backup(Path(args.file)).mode == "passphrase")
    if passphrase is None and needs and sys.stdin.isatty():
        passphrase = getpass.getpass("Passphrase: ")
    with InstanceLock(paths):
        result = restore_backup(paths=paths, backup=Path(args.file), actor=current_actor(),
                                passphrase=passphrase, recovery_key=recovery)
    out(f"Restored {result.families} families ({result.versions} plan versions, histories "
        f"verified) from {result.restored_from}.")
    if result.previous is not None:
        out(f"The database it replaced is kept as {result.previous}.")
    if result.erasures_reapplied:
        out(f"{result.erasures_reapplied} families erased since that backup were erased again.")
    return 0


def cmd_audit(args: argparse.Namespace, db: Database) -> int:
    from vrac_desktop.services.gdpr import audit_csv, export_audit_csv

    if args.csv:
        path = export_audit_csv(db, path=Path(args.csv), family_id=args.family)
        out(f"Audit log written to {path}")
    else:
        sys.stdout.write(audit_csv(db, family_id=args.family))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """backup, restore, recovery-kit, audit."""
    p = sub.add_parser("backup", help="write an encrypted backup of the database")
    p.add_argument("--to", metavar="FILE", help="where (default: a rotating backup in the "
                   "data folder's backups/)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="replace the database with a verified backup (also on "
                       "a new computer: with the passphrase or the recovery key)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery-key", action="store_true",
                   help="open the backup with the recovery key from the recovery kit (asked "
                   "for on the terminal, or read from standard input)")
    p.set_defaults(without_db=cmd_restore)
    p = sub.add_parser("recovery-kit", help="make a new recovery key and its printable kit "
                       "(PDF); the key is shown once")
    p.add_argument("--pdf", metavar="FILE", required=True, help="where to write the kit")
    p.add_argument("--language", choices=["en", "nl", "fr"],
                   help="language of the kit (default: the app's language setting)")
    p.set_defaults(func=cmd_recovery_kit)
    p = sub.add_parser("audit", help="who did what when (CSV), never content")
    p.add_argument("--family", metavar="ID", help="entries about one family only")
    p.add_argument("--csv", metavar="FILE", help="write to FILE instead of the terminal")
    p.set_defaults(func=cmd_audit)
