"""Encrypted backups: made automatically (rotating) and on demand; verified restore.

A backup file is a complete SQLCipher database encrypted with **the same key as the live
database** (the OS keyring entry of this data folder, or the passphrase with the salt in
``vrac.db.kdf.json``). It is written with ``ATTACH`` (which, without a ``KEY`` clause, takes
the main database's key, so the key never passes through Python here) and
``sqlcipher_export``, into a temporary file that is checked, flushed to disk and only then
moved into place: a crash or power loss leaves either the previous file or the new one.

Restore never trusts the file: a copy is opened with the key, its pages checked
(``integrity_check``), migrated to this app's schema and its plan histories verified; the
family erasures recorded since (see services/gdpr.py) are applied to it again. Only then is
the current database kept aside (``backups/before-restore-<time>.vracbak``) and the
restored copy moved into place.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from vrac_desktop.services import gdpr
from vrac_desktop.services.history import verify_history
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, sqlcipher_engine
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.keys import obtain_key, passphrase_mode
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

SUFFIX = ".vracbak"
AUTO_PREFIX = "vrac-"
KEPT_PREFIX = "before-restore-"

Progress = Callable[[int, int, str], None]  # (step, of steps, what is happening)


class BackupError(StoreError):
    """A backup could not be made; the message says why. The live data is untouched."""


class BackupInvalidError(StoreError):
    """A backup file cannot be restored; nothing was replaced."""


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


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous: Path | None  # where the replaced database was kept
    families: int
    versions: int
    erasures_reapplied: int


def _no_progress(step: int, steps: int, what: str) -> None:
    pass


def _timestamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; os.replace is durable enough there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _counts(db: Database, schema: str = "main") -> tuple[int, int]:
    with db.engine.connect() as conn:
        families = conn.execute(text(f"SELECT count(*) FROM {schema}.families")).scalar_one()
        versions = conn.execute(text(f"SELECT count(*) FROM {schema}.plan_versions")).scalar_one()
    return int(families), int(versions)


# --- making backups --------------------------------------------------------------------------


def make_backup(db: Database, *, paths: DataPaths, actor: str, to: Path | None = None,
                progress: Progress = _no_progress) -> BackupResult:
    """Write an encrypted copy of the database to ``to`` (default: a new automatic backup
    in the data folder's ``backups``). Safe while the app runs: it reads one snapshot."""
    target = Path(to) if to is not None else (
        paths.backups / f"{AUTO_PREFIX}{_timestamp(datetime.now(UTC))}{SUFFIX}")
    if target.exists() and target.is_dir():
        raise BackupError(f"{target} is a folder; give a file name for the backup.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(
            f"The folder {target.parent} cannot be created ({exc.strerror or exc}); no backup "
            "was made and nothing else changed."
        ) from None
    for stale in target.parent.glob(f".{target.name}.*.tmp*"):
        stale.unlink(missing_ok=True)  # left by a backup killed half-way (power loss)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
    steps = 4
    progress(0, steps, "Copying the encrypted database")
    try:
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()
            # No KEY clause: the attached file takes the main database's key.
            cur.execute("ATTACH DATABASE ? AS backup_target", (str(tmp),))
            try:
                cur.execute("SELECT sqlcipher_export('backup_target')")
            finally:
                cur.execute("DETACH DATABASE backup_target")
            progress(1, steps, "Writing to disk")
            _fsync_file(tmp)
            progress(2, steps, "Checking the backup")
            cur.execute("ATTACH DATABASE ? AS backup_check", (str(tmp),))
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
                "The backup did not read back the same as the database; it was not kept. "
                "Your data is untouched."
            )
        progress(3, steps, "Moving the backup into place")
        tmp.chmod(0o600)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    except Exception as exc:  # sqlite3, OS and SQLAlchemy errors alike: report, clean up
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(getattr(exc, "orig", None) or exc)
        full = "full" in reason.lower() or "no space" in reason.lower()
        raise BackupError(
            ("The disk is full, so " if full else f"The backup could not be written ({reason}), "
             "so ") + f"no backup was made at {target}. Your data is untouched."
        ) from None
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
                       progress: Progress = _no_progress) -> BackupResult | None:
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


# --- restoring -------------------------------------------------------------------------------


def restore_backup(*, paths: DataPaths, backup: Path, actor: str, passphrase: str | None = None,
                   progress: Progress = _no_progress) -> RestoreResult:
    """Replace the database with a verified copy of ``backup``.

    The app must have closed its database first (dispose the engine). Nothing is replaced
    unless the backup opens with this data folder's key, passes the page check, migrates and
    has intact plan histories.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise BackupInvalidError(f"There is no backup file {backup}; nothing was changed.")
    if backup.stat().st_size == 0:
        raise BackupInvalidError(f"The backup file {backup} is empty; nothing was changed.")
    steps = 5
    progress(0, steps, "Opening the backup")
    key = obtain_key(paths, passphrase).key
    candidate = paths.root / f".restore-{secrets.token_hex(4)}.db"
    try:
        shutil.copyfile(backup, candidate)
        candidate.chmod(0o600)
        restored = Database(sqlcipher_engine(candidate, key), mode="restore")
        try:
            progress(1, steps, "Checking every page")
            _check_pages(restored, backup, passphrase=passphrase_mode(paths))
            progress(2, steps, "Bringing the backup to this version's schema")
            restored.migrate()
            progress(3, steps, "Verifying the plan histories")
            report = verify_history(restored)
            if not report.ok:
                raise BackupInvalidError(
                    f"The plan history in the backup {backup.name} is not intact "
                    f"({report.problems[0].message}); nothing was changed."
                )
            erased = gdpr.known_erasures(paths=paths, key=key)
            reapplied = gdpr.reapply_erasures(restored, erasures=erased)
            families, versions = _counts(restored)
            with restored.session() as s:
                repo.audit(s, actor=actor, action="restored", detail=backup.name)
        finally:
            restored.dispose()
        _fsync_file(candidate)
        progress(4, steps, "Replacing the database")
        previous = _keep_current(paths, key)
        for leftover in (Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(candidate, paths.database)
        _fsync_dir(paths.root)
    finally:
        for p in (candidate, Path(f"{candidate}-wal"), Path(f"{candidate}-shm"),
                  Path(f"{candidate}-journal")):
            p.unlink(missing_ok=True)
    progress(steps, steps, "Done")
    return RestoreResult(backup, previous, families, versions, reapplied)


def _check_pages(db: Database, backup: Path, *, passphrase: bool) -> None:
    wrong = ", or the passphrase is wrong" if passphrase else ""
    damaged = BackupInvalidError(
        f"The backup file {backup} is damaged or truncated, or was made with another "
        f"key{wrong}, so it cannot be restored. Nothing was changed."
    )
    try:
        with db.engine.connect() as conn:
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
    except SADatabaseError:
        raise damaged from None
    if result != ["ok"]:
        raise damaged


def _keep_current(paths: DataPaths, key: bytes) -> Path | None:
    """Copy the current database (and an unmerged WAL) into backups; its path, or None."""
    if not paths.database.exists():
        return None
    engine = sqlcipher_engine(paths.database, key)
    with contextlib.suppress(SADatabaseError), engine.connect() as conn:
        # Merge the WAL into the file so the kept copy is one self-contained file.
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    paths.backups.mkdir(parents=True, exist_ok=True, mode=0o700)
    kept = paths.backups / f"{KEPT_PREFIX}{_timestamp(datetime.now(UTC))}{SUFFIX}"
    shutil.copyfile(paths.database, kept)
    wal = Path(f"{paths.database}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Not merged (the file did not open): keep it under the name SQLite looks for.
        shutil.copyfile(wal, Path(f"{kept}-wal"))
    _fsync_file(kept)
    _fsync_dir(paths.backups)
    return kept
