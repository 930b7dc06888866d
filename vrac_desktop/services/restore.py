"""Verified restore of a backup, on this computer or a new one.

Restore never trusts the file (read by services/backup_format.py): the database part is
copied into the data folder, opened with the key the header (or this folder) gives, its
pages checked (``cipher_integrity_check`` and ``integrity_check``), migrated to this app's
schema and its plan histories verified; the family erasures recorded since (see
services/gdpr.py) are applied to it again. A backup made with another key is re-encrypted
with this folder's key; a folder without a key yet (a new laptop) takes the backup's key, so
the user's recovery kit keeps working. Only then is the current database kept aside
(``backups/before-restore-<time>.vracbak``) and the restored copy moved into place. Backups
of the first format (a bare SQLCipher file with this folder's key) still restore.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.services import gdpr
from vrac_desktop.services.backup_format import (
    KEPT_PREFIX,
    SUFFIX,
    BackupFile,
    BackupInvalidError,
    Progress,
    no_progress,
    read_backup,
    timestamp,
)
from vrac_desktop.services.history import verify_history
from vrac_desktop.store import key_file, key_wrap, keys
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, check_pages, sqlcipher_engine
from vrac_desktop.store.errors import PassphraseRequiredError, WrongKeyError
from vrac_desktop.store.files import fsync_dir, private_temp, write_atomically
from vrac_desktop.store.paths import DataPaths


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous: Path | None  # where the replaced database was kept
    families: int
    versions: int
    erasures_reapplied: int


_fsync_dir = fsync_dir


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _counts(db: Database, schema: str = "main") -> tuple[int, int]:
    with db.engine.connect() as conn:
        families = conn.execute(text(f"SELECT count(*) FROM {schema}.families")).scalar_one()
        versions = conn.execute(text(f"SELECT count(*) FROM {schema}.plan_versions")).scalar_one()
    return int(families), int(versions)


def restore_backup(*, paths: DataPaths, backup: Path, actor: str, passphrase: str | None = None,
                   recovery_key: str | None = None, backup_passphrase: str | None = None,
                   progress: Progress = no_progress) -> RestoreResult:
    """Replace the database with a verified copy of ``backup``.

    The caller holds the instance lock and has closed its database (disposed the engine).
    The backup's key comes from the recovery key if given, else from this folder's key (a
    backup of this folder), else from the passphrase (a passphrase-mode backup), else from
    this computer's keyring. ``passphrase`` also opens this folder in passphrase mode (and
    protects a keyring backup restored on a computer without a keyring). Nothing is replaced
    unless the copy passes the page check, migrates and has intact plan histories.
    ``backup_passphrase``: the passphrase of another folder's backup, when it differs.
    """
    source = read_backup(Path(backup))
    backup = source.path
    steps = 5
    progress(0, steps, "Opening the backup")
    current = key_file.read_key_file(paths)
    candidate = private_temp(paths, ".db")
    try:
        with open(backup, "rb") as src, open(candidate, "wb") as dst:
            src.seek(source.offset)
            shutil.copyfileobj(src, dst, 1024 * 1024)
        key = _backup_key(paths, source, current, passphrase, recovery_key,
                          backup_passphrase if backup_passphrase is not None else passphrase)
        restored = Database(sqlcipher_engine(candidate, key), mode="restore")
        try:
            progress(1, steps, "Checking every page")
            _check_pages(restored, backup, source=source)
            progress(2, steps, "Bringing the backup to this version's schema")
            restored.migrate()
            progress(3, steps, "Verifying the plan histories")
            report = verify_history(restored)
            if not report.ok:
                raise BackupInvalidError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "The plan history in the backup %1 is not intact (%2); "
                        "nothing was changed."), backup.name, report.problems[0].message)
                )
            families, versions = _counts(restored)
        finally:
            restored.dispose()
        adopt = current is None or (source.keys is not None
                                    and source.keys["folder_id"] == current["folder_id"])
        folder_key = key if adopt else keys.folder_key(paths, passphrase).key
        if folder_key != key:  # another folder's backup: re-encrypt with this folder's key
            candidate = _rekeyed(paths, candidate, key, folder_key)
        final = Database(sqlcipher_engine(candidate, folder_key), mode="restore")
        try:
            erased = gdpr.known_erasures(paths=paths, key=folder_key)
            reapplied = gdpr.reapply_erasures(final, erasures=erased)
            with final.session() as s:
                repo.audit(s, actor=actor, action="restored", detail=backup.name)
        finally:
            final.dispose()
        _fsync_file(candidate)
        progress(4, steps, "Replacing the database")
        previous = _keep_current(paths, folder_key)
        if current is None and source.keys is not None:
            keys.adopt_header(paths, source.keys, key, new_passphrase=passphrase)
            _restore_signing_files(paths, source.header)
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


def _backup_key(paths: DataPaths, source: BackupFile, current: dict[str, Any] | None,
                passphrase: str | None, recovery_key: str | None,
                backup_passphrase: str | None) -> bytes:
    """The key the backup's database part is encrypted with."""
    header = source.keys
    if recovery_key:
        if header is None or not source.has_recovery:
            raise BackupInvalidError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The backup %1 was made before a recovery kit existed, so a "
                    "recovery key cannot open it; use the passphrase, or this computer's key. "
                    "Nothing was changed."), source.path.name))
        key = key_wrap.unwrap_with_recovery(header, recovery_key)
        if key is None:
            raise BackupInvalidError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "That recovery key does not open this backup (check it "
                    "against the printed kit: 32 letters and digits in groups of 4). Nothing was "
                    "changed.")))
        return key
    if header is None or (current is not None and current["folder_id"] == header["folder_id"]):
        try:  # a backup of this folder (or of the first format): this folder's key
            if current is not None:
                return keys.folder_key(paths, passphrase).key
            return keys.obtain_key(paths, passphrase).key
        except WrongKeyError:
            raise BackupInvalidError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The backup file %1 cannot be opened: the passphrase is "
                    "wrong. Nothing was changed."), source.path)) from None
    if header["mode"] == "passphrase":
        if backup_passphrase is None:
            raise PassphraseRequiredError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "Type the passphrase the backup was made with, or give its "
                    "recovery key.")),
                new=False)
        key = key_wrap.unwrap_with_passphrase(header, backup_passphrase)
        if key is None:
            raise BackupInvalidError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The backup file %1 cannot be opened: the passphrase is wrong "
                    "for this backup (it is the one of the computer that made it). Nothing was "
                    "changed; try again, or use the recovery key."), source.path))
        return key
    backend = keys.secure_keyring()
    stored = None
    if backend is not None:
        with contextlib.suppress(Exception):
            stored = backend.get_password(keys.SERVICE, keys.keyring_entry(header["folder_id"]))
    if stored:
        return bytes.fromhex(stored)
    raise BackupInvalidError(
        message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The backup %1 was made on a computer that kept its key in the OS "
            "keyring, and that key is not here. Restore it with the recovery key from the "
            "recovery kit. Nothing was changed."), source.path.name))


def _restore_signing_files(paths: DataPaths, header: dict[str, Any] | None) -> None:
    """Put a backup's signing certificates in a new data folder (never over existing ones)."""
    files = (header or {}).get("signing")
    if not isinstance(files, dict):
        return
    folder = paths.root / "signing"
    for name, data in files.items():
        target = (folder / str(name)).resolve()
        if folder.resolve() not in target.parents or target.exists():
            continue  # a hostile name ("../x"), or already there
        with contextlib.suppress(ValueError, OSError):
            raw = base64.b64decode(str(data), validate=True)
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomically(target, raw)


def _rekeyed(paths: DataPaths, candidate: Path, key: bytes, folder_key: bytes) -> Path:
    """A copy of ``candidate`` encrypted with ``folder_key`` (sqlcipher_export)."""
    target = private_temp(paths, ".db")
    engine = sqlcipher_engine(candidate, key)
    try:
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{folder_key.hex()}'\"",
                        (str(target),))
            cur.execute("SELECT sqlcipher_export('rekeyed')")
            cur.execute("DETACH DATABASE rekeyed")
            cur.close()
        finally:
            raw.close()
    finally:
        engine.dispose()
    candidate.unlink(missing_ok=True)
    return target


def _check_pages(db: Database, backup: Path, *, source: BackupFile) -> None:
    damaged = BackupInvalidError(message(QT_TRANSLATE_NOOP(
        "CoreMessages", "The backup file %1 is damaged or truncated, so it cannot be restored. "
        "Nothing was changed."), backup) if source.header is not None else message(
        QT_TRANSLATE_NOOP(
            "CoreMessages", "The backup file %1 is damaged or truncated, or was made with "
            "another key (or the passphrase is wrong), so it cannot be restored. "
            "Nothing was changed."), backup))
    if check_pages(db.engine):
        raise damaged


def _keep_current(paths: DataPaths, key: bytes) -> Path | None:
    """Copy the current database (and an unmerged WAL) into backups; its path, or None."""
    if not paths.database.exists() or paths.database.stat().st_size == 0:
        return None
    engine = sqlcipher_engine(paths.database, key)
    with contextlib.suppress(SADatabaseError), engine.connect() as conn:
        # Merge the WAL into the file so the kept copy is one self-contained file.
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    paths.backups.mkdir(parents=True, exist_ok=True, mode=0o700)
    kept = paths.backups / f"{KEPT_PREFIX}{timestamp(datetime.now(UTC))}{SUFFIX}"
    # Copied in tmp/ and renamed: a kill half-way leaves no partial copy among the backups.
    copy = private_temp(paths, SUFFIX)
    shutil.copyfile(paths.database, copy)
    copy.chmod(0o600)
    _fsync_file(copy)
    wal = Path(f"{paths.database}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Not merged (the file did not open): keep it under the name SQLite looks for.
        wal_copy = private_temp(paths, "-wal")
        shutil.copyfile(wal, wal_copy)
        _fsync_file(wal_copy)
        os.replace(wal_copy, Path(f"{kept}-wal"))
    os.replace(copy, kept)
    _fsync_dir(paths.backups)
    return kept
