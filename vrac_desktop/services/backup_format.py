"""The backup file format (format 2) and reading a backup's header without trusting it.

A backup file is::

    VRACBAK\x00 | header length (4 bytes, big-endian) | header (JSON) | SQLCipher database

The header holds the format version, when and by which app version it was made, the counts,
and a copy of the data folder's key file (store/key_file.py): the key mode, the KDF
parameters and the database key wrapped by the passphrase (passphrase mode) and by the
recovery key (once a recovery kit was made). No key is in it in the clear. So a backup
restores on a new laptop with the passphrase **or** the recovery key, whichever key mode
made it. Backups of the first format (a bare SQLCipher file with this folder's key) have no
header; ``read_backup`` says so with ``header=None``.

``read_backup`` reads the header in bounded memory (``MAX_HEADER``), refuses a damaged,
truncated or newer-format file with ``BackupInvalidError``, and validates the key header
field by field. Making backups is in services/backup.py, restoring in services/restore.py;
both share the names, the progress callback type and the timestamp format defined here.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store import key_file
from vrac_desktop.store.errors import StoreError

MAGIC = b"VRACBAK\x00"
FORMAT = "vrac-desktop-backup"
VERSION = 2
MAX_HEADER = 1024 * 1024
SUFFIX = ".vracbak"
AUTO_PREFIX = "vrac-"
KEPT_PREFIX = "before-restore-"

Progress = Callable[[int, int, str], None]  # (step, of steps, what is happening)


class BackupInvalidError(StoreError):
    """A backup file cannot be restored; nothing was replaced."""


def no_progress(step: int, steps: int, what: str) -> None:
    """The default progress callback: says nothing."""


def timestamp(at: datetime) -> str:
    """A moment as it appears in backup file names (UTC, to the microsecond)."""
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


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
        raise BackupInvalidError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "There is no backup file %1; nothing was changed."), path))
    size = path.stat().st_size
    if size == 0:
        raise BackupInvalidError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The backup file %1 is empty; nothing was changed."), path))
    with open(path, "rb") as fh:
        start = fh.read(len(MAGIC) + 4)
        if not start.startswith(MAGIC):
            return BackupFile(path, None, 0)
        damaged = BackupInvalidError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The backup file %1 is damaged or truncated (its header cannot be "
                "read), so it cannot be restored. Nothing was changed."), path))
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
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The backup file %1 was made by a newer version of VRAC Desktop "
                "(backup format %2); install that version to restore it. "
                "Nothing was changed."), path, version))
    try:
        header["keys"] = key_file.check_header(header.get("keys") or {}, source=str(path))
    except key_file.KeyFileError as exc:
        raise BackupInvalidError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The key header of the backup %1 is damaged (%2), so it cannot be "
            "restored. Nothing was changed."), path, exc.problem)) from None
    return BackupFile(path, header, len(MAGIC) + 4 + length)
