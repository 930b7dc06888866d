"""Encrypted, self-contained backups: made automatically (rotating) and on demand; verified
restore, on this computer or a new one.

A backup file (format 2) is::

    VRACBAK\x00 | header length (4 bytes, big-endian) | header (JSON) | SQLCipher database

The header holds the format version, when and by which app version it was made, the counts,
and a copy of the data folder's key file (store/keys.py): the key mode, the KDF parameters
and the database key wrapped by the passphrase (passphrase mode) and by the recovery key
(once a recovery kit was made). No key is in it in the clear. So a backup restores on a new
laptop with the passphrase **or** the recovery key, whichever key mode made it.

The database part is written with ``ATTACH`` (which, without a ``KEY`` clause, takes the
main database's key, so the key never passes through Python here) and ``sqlcipher_export``
into the data folder's ``tmp/``, checked, flushed to disk, and only then moved into place: a
crash or power loss leaves either the previous file or the new one, and the start after a
kill sweeps ``tmp/`` (store/files.py). The live database's pages are checked first: a
damaged database is not backed up over good backups.

Restore never trusts the file: the database part is copied into the data folder, opened with
the key the header (or this folder) gives, its pages checked (``cipher_integrity_check`` and
``integrity_check``), migrated to this app's schema and its plan histories verified; the
family erasures recorded since (see services/gdpr.py) are applied to it again. A backup made
with another key is re-encrypted with this folder's key; a folder without a key yet (a new
laptop) takes the backup's key, so the user's recovery kit keeps working. Only then is the
current database kept aside (``backups/before-restore-<time>.vracbak``) and the restored copy
moved into place. Backups of the first format (a bare SQLCipher file with this folder's key)
still restore.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from vrac_desktop import __version__
from vrac_desktop.services import gdpr
from vrac_desktop.services.history import verify_history
from vrac_desktop.store import key_file, key_wrap, keys
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, check_pages, sqlcipher_engine
from vrac_desktop.store.errors import PassphraseRequiredError, StoreError, WrongKeyError
from vrac_desktop.store.files import fsync_dir, move_into_place, private_temp, write_atomically
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

MAGIC = b"VRACBAK\x00"
FORMAT = "vrac-desktop-backup"
VERSION = 2
MAX_HEADER = 1024 * 1024
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


_fsync_dir = fsync_dir


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _counts(db: Database, schema: str = "main") -> tuple[int, int]:
    with db.engine.connect() as conn:
        families = conn.execute(text(f"SELECT count(*) FROM {schema}.families")).scalar_one()
        versions = conn.execute(text(f"SELECT count(*) FROM {schema}.plan_versions")).scalar_one()
    return int(families), int(versions)


# --- the file format ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    """A backup file as read: its header (None for the first format) and where the
    database part starts."""

    path: Path
    header: dict[str, Any] | None
    offset: int

    @property
    def keys(self) -> dict[str, Any] | None:
        return None if self.header is None else self.header["keys"]

    @property
    def mode(self) -> str | None:
        return None if self.keys is None else str(self.keys["mode"])

    @property
    def has_recovery(self) -> bool:
        return self.keys is not None and isinstance(self.keys.get("recovery"), dict)


def read_backup(path: Path) -> BackupFile:
    """Read and check a backup's header, in bounded memory (BackupInvalidError if bad)."""
    path = Path(path)
    if not path.is_file():
        raise BackupInvalidError(f"There is no backup file {path}; nothing was changed.")
    size = path.stat().st_size
    if size == 0:
        raise BackupInvalidError(f"The backup file {path} is empty; nothing was changed.")
    with open(path, "rb") as fh:
        start = fh.read(len(MAGIC) + 4)
        if not start.startswith(MAGIC):
            return BackupFile(path, None, 0)
        damaged = BackupInvalidError(
            f"The backup file {path} is damaged or truncated (its header cannot be read), so "
            "it cannot be restored. Nothing was changed.")
        if len(start) < len(MAGIC) + 4:
            raise damaged
        (length,) = struct.unpack(">I", start[len(MAGIC):])
        if length > MAX_HEADER or len(MAGIC) + 4 + length >= size:
            raise damaged
        raw = fh.read(length)
    try:
        header = json.loads(raw)
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError
        version = header.get("version")
        if not isinstance(version, int):
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise damaged from None
    if version > VERSION:
        raise BackupInvalidError(
            f"The backup file {path} was made by a newer version of VRAC Desktop (backup "
            f"format {version}); install that version to restore it. Nothing was changed.")
    try:
        header["keys"] = key_file.check_header(header.get("keys") or {}, source=str(path))
    except key_file.KeyFileError as exc:
        raise BackupInvalidError(f"The key header of the backup {path} is damaged "
                                 f"({exc.problem}), so it cannot be restored. Nothing was "
                                 "changed.") from None
    return BackupFile(path, header, len(MAGIC) + 4 + length)


# --- making backups --------------------------------------------------------------------------


def make_backup(db: Database, *, paths: DataPaths, actor: str, to: Path | None = None,
                progress: Progress = _no_progress) -> BackupResult:
    """Write a self-contained encrypted backup to ``to`` (default: a new automatic backup in
    the data folder's ``backups``). Safe while the app runs: it reads one snapshot."""
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
    steps = 5
    progress(0, steps, "Checking every page of the database")
    problems = check_pages(db.engine)
    if problems:
        raise BackupError(
            f"The database has damaged pages ({problems[0]}), so no backup was made: the "
            "earlier backups are kept as they are. Restore the newest good backup."
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
                "The backup did not read back the same as the database; it was not kept. "
                "Your data is untouched."
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
        raise BackupError(
            ("The disk is full, so " if full else f"The backup could not be written ({reason}), "
             "so ") + f"no backup was made at {target}. Your data is untouched."
        ) from None
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
                   recovery_key: str | None = None, backup_passphrase: str | None = None,
                   progress: Progress = _no_progress) -> RestoreResult:
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
                    f"The plan history in the backup {backup.name} is not intact "
                    f"({report.problems[0].message}); nothing was changed."
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
                f"The backup {source.path.name} was made before a recovery kit existed, so a "
                "recovery key cannot open it; use the passphrase, or this computer's key. "
                "Nothing was changed.")
        key = key_wrap.unwrap_with_recovery(header, recovery_key)
        if key is None:
            raise BackupInvalidError(
                "That recovery key does not open this backup (check it against the printed "
                "kit: 32 letters and digits in groups of 4). Nothing was changed.")
        return key
    if header is None or (current is not None and current["folder_id"] == header["folder_id"]):
        try:  # a backup of this folder (or of the first format): this folder's key
            if current is not None:
                return keys.folder_key(paths, passphrase).key
            return keys.obtain_key(paths, passphrase).key
        except WrongKeyError:
            raise BackupInvalidError(
                f"The backup file {source.path} cannot be opened: the passphrase is wrong. "
                "Nothing was changed.") from None
    if header["mode"] == "passphrase":
        if backup_passphrase is None:
            raise PassphraseRequiredError(
                "Type the passphrase the backup was made with, or give its recovery key.",
                new=False)
        key = key_wrap.unwrap_with_passphrase(header, backup_passphrase)
        if key is None:
            raise BackupInvalidError(
                f"The backup file {source.path} cannot be opened: the passphrase is wrong for "
                "this backup (it is the one of the computer that made it). Nothing was "
                "changed; try again, or use the recovery key.")
        return key
    backend = keys.secure_keyring()
    stored = None
    if backend is not None:
        with contextlib.suppress(Exception):
            stored = backend.get_password(keys.SERVICE, keys.keyring_entry(header["folder_id"]))
    if stored:
        return bytes.fromhex(stored)
    raise BackupInvalidError(
        f"The backup {source.path.name} was made on a computer that kept its key in the OS "
        "keyring, and that key is not here. Restore it with the recovery key from the "
        "recovery kit. Nothing was changed.")


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
    with_key = "" if source.header is not None else (
        ", or was made with another key (or the passphrase is wrong)")
    damaged = BackupInvalidError(
        f"The backup file {backup} is damaged or truncated{with_key}, so it cannot be "
        "restored. Nothing was changed."
    )
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
    kept = paths.backups / f"{KEPT_PREFIX}{_timestamp(datetime.now(UTC))}{SUFFIX}"
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
