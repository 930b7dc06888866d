"""Encrypted, self-contained backups: made automatically (rotating) and on demand.

The database part is written with ``ATTACH`` (which, without a ``KEY`` clause, takes the
main database's key, so the key never passes through Python here) and ``sqlcipher_export``
into the data folder's ``tmp/``, checked, flushed to disk, and only then moved into place: a
crash or power loss leaves either the previous file or the new one, and the start after a
kill sweeps ``tmp/`` (store/files.py). The live database's pages are checked first: a
damaged database is not backed up over good backups. The file is framed as
services/backup_format.py describes, with a copy of the key file as its header, so it opens
on a new laptop; restoring it is services/restore.py.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vrac_desktop import __version__
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.services.backup_format import (
    AUTO_PREFIX,
    FORMAT,
    MAGIC,
    SUFFIX,
    VERSION,
    Progress,
    no_progress,
    timestamp,
)
from vrac_desktop.store import key_file
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, check_pages
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.files import move_into_place, private_temp
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings


class BackupError(StoreError):
    """A backup could not be made; the message says why. The live data is untouched."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    families: int
    versions: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size: int
    automatic: bool


def make_backup(db: Database, *, paths: DataPaths, actor: str, to: Path | None = None,
                progress: Progress = no_progress) -> BackupResult:
    """Write a self-contained encrypted backup to ``to`` (default: a new automatic backup in
    the data folder's ``backups``). Safe while the app runs: it reads one snapshot."""
    target = Path(to) if to is not None else (
        paths.backups / f"{AUTO_PREFIX}{timestamp(datetime.now(UTC))}{SUFFIX}")
    if target.exists() and target.is_dir():
        raise BackupError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "%1 is a folder; give a file name for the backup."), target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The folder %1 cannot be created (%2); no backup was made and "
                "nothing else changed."), target.parent, exc.strerror or exc)
        ) from None
    steps = 5
    progress(0, steps, "Checking every page of the database")
    problems = check_pages(db.engine)
    if problems:
        raise BackupError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The database has damaged pages (%1), so no backup was made: "
                "the earlier backups are kept as they are. Restore the newest good "
                "backup."), problems[0])
        )
    header_keys = key_file.header_for_backup(paths)
    exported = private_temp(paths, ".db")
    packed = private_temp(paths, SUFFIX)
    progress(1, steps, "Copying the encrypted database")
    try:
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()
            # No KEY clause: the attached file takes the main database's key.
            cur.execute("ATTACH DATABASE ? AS backup_target", (str(exported),))
            try:
                cur.execute("SELECT sqlcipher_export('backup_target')")
            finally:
                cur.execute("DETACH DATABASE backup_target")
            progress(2, steps, "Checking the backup")
            cur.execute("ATTACH DATABASE ? AS backup_check", (str(exported),))
            try:
                check = cur.execute("PRAGMA backup_check.quick_check").fetchone()
                ours = cur.execute("SELECT count(*) FROM main.plan_versions").fetchone()
                theirs = cur.execute("SELECT count(*) FROM backup_check.plan_versions").fetchone()
                families = cur.execute("SELECT count(*) FROM backup_check.families").fetchone()
            finally:
                cur.execute("DETACH DATABASE backup_check")
            cur.close()
        finally:
            raw.close()
        if check is None or check[0] != "ok" or ours != theirs:
            raise BackupError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The backup did not read back the same as the database; it "
                    "was not kept. Your data is untouched."))
            )
        progress(3, steps, "Writing to disk")
        header = {"format": FORMAT, "version": VERSION, "app_version": __version__,
                  "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
                  "families": int(families[0]), "versions": int(theirs[0]),
                  "keys": header_keys, "signing": _signing_files(paths)}
        encoded = json.dumps(header, sort_keys=True).encode()
        with open(packed, "wb") as out, open(exported, "rb") as src:
            out.write(MAGIC + struct.pack(">I", len(encoded)) + encoded)
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        packed.chmod(0o600)
        progress(4, steps, "Moving the backup into place")
        move_into_place(paths, packed, target)
    except BackupError:
        raise
    except Exception as exc:  # sqlite3, OS and SQLAlchemy errors alike: report, clean up
        reason = getattr(exc, "strerror", None) or str(getattr(exc, "orig", None) or exc)
        full = "full" in reason.lower() or "no space" in reason.lower()
        raise BackupError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The disk is full, so no backup was made at %1. Your data is "
            "untouched."), target) if full else message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The backup could not be written (%1), so no backup was made at %2. "
            "Your data is untouched."), reason, target)) from None
    finally:
        for leftover in (exported, packed, Path(f"{exported}-journal")):
            leftover.unlink(missing_ok=True)
    with db.session() as s:
        repo.audit(s, actor=actor, action="backup", detail=target.name)
    progress(steps, steps, "Done")
    return BackupResult(target, target.stat().st_size, int(families[0]), int(theirs[0]))


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Backups in the data folder, newest first."""
    if not paths.backups.is_dir():
        return []
    found: list[BackupInfo] = []
    for p in paths.backups.iterdir():
        if not p.is_file() or not p.name.endswith(SUFFIX):
            continue
        automatic = p.name.startswith(AUTO_PREFIX)
        stat = p.stat()
        found.append(BackupInfo(p, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size,
                                automatic))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def rotate_backups(paths: DataPaths, *, keep: int) -> list[Path]:
    """Remove the oldest automatic backups beyond ``keep``; the removed paths."""
    automatic = [b for b in list_backups(paths) if b.automatic]
    removed = [b.path for b in automatic[max(keep, 1):]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def auto_backup_if_due(db: Database, *, paths: DataPaths, settings: Settings, actor: str,
                       now: datetime | None = None,
                       progress: Progress = no_progress) -> BackupResult | None:
    """Make an automatic backup when the newest one is older than the setting says."""
    hours = int(settings.get("backup_every_hours"))
    if hours <= 0:
        return None
    now = now or datetime.now(UTC)
    automatic = [b for b in list_backups(paths) if b.automatic]
    if automatic and now - automatic[0].made_at < timedelta(hours=hours):
        return None
    result = make_backup(db, paths=paths, actor=actor, progress=progress)
    rotate_backups(paths, keep=int(settings.get("backup_keep")))
    return result


def _signing_files(paths: DataPaths) -> dict[str, str]:
    """The signing certificates (PKCS#12, locked by a password derived from the database
    key, and their public PEM), so a new laptop signs as the old one did."""
    folder = paths.root / "signing"
    found: dict[str, str] = {}
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if (path.is_file() and path.suffix in (".p12", ".pem")
                    and not path.name.startswith(".") and path.stat().st_size < 1024 * 1024):
                found[path.relative_to(folder).as_posix()] = base64.b64encode(
                    path.read_bytes()).decode("ascii")
    return found
