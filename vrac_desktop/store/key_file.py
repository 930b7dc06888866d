"""The key file beside the database (``vrac.db.keys.json``): its format and its checks.

The key file holds the key mode ("keyring" or "passphrase"), the folder id (which names the
keyring entry), and the wraps of the database key with their KDF parameters
(store/key_wrap.py makes and opens them). It never holds the key itself. Every backup
carries a copy of it as its header (services/backup_format.py), so ``check_header`` is the
one validation of both: a damaged or hostile file is refused field by field, with bounds on
the scrypt cost it may ask for, before anything is derived from it.

Written only with the one atomic-write helper (fsynced); nothing in it depends on the
folder's absolute path, so a data folder can be moved or copied.
"""

from __future__ import annotations

import json
from typing import Any

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.files import write_atomically
from vrac_desktop.store.paths import DataPaths

KEY_FILE_FORMAT = "vrac-desktop-keys"
KEY_FILE_VERSION = 2
# Bounds on what a key file or backup header may ask for: a damaged or hostile header must
# not make the app allocate gigabytes or spin for hours.
MAX_SCRYPT_N = 2**20


class KeyFileError(StoreError):
    """The key file beside the database is missing, unreadable or damaged."""

    def __init__(self, message: str, *, problem: str = "") -> None:
        super().__init__(message)
        self.problem = problem or message  # what is wrong, without the advice


def database_exists(paths: DataPaths) -> bool:
    return paths.database.exists() and paths.database.stat().st_size > 0


def read_key_file(paths: DataPaths) -> dict[str, Any] | None:
    """The key file's content, checked; None when there is none. Raises KeyFileError."""
    path = paths.key_file
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyFileError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The key file %1 cannot be read (%2). Nothing was changed."),
                path, exc.strerror or exc)
        ) from None
    return check_header(raw, source=str(path))


def check_header(raw: bytes | str | dict[str, Any], *, source: str) -> dict[str, Any]:
    """A key file / backup header, validated field by field (KeyFileError if damaged)."""

    def damaged(what: str) -> KeyFileError:
        return KeyFileError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The key file %1 is damaged (%2), so the data it protects "
                "cannot be opened with it. Nothing was changed; "
                "restore the file from a copy of the data folder, "
                "or restore a backup with your passphrase or "
                "recovery key."), source, what), problem=what
        )

    if isinstance(raw, dict):
        data: Any = raw
    else:
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise damaged(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "not valid JSON"))) from None
    if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
        raise damaged(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "not a VRAC Desktop key file")))
    if data.get("version") != KEY_FILE_VERSION:
        raise damaged(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "unknown version %1"), repr(data.get('version'))))
    if data.get("mode") not in ("keyring", "passphrase"):
        raise damaged(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "unknown key mode %1"), repr(data.get('mode'))))
    folder = data.get("folder_id")
    if not isinstance(folder, str) or not folder or len(folder) > 64:
        raise damaged(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "no folder id")))
    for name in ("passphrase", "recovery"):
        wrap = data.get(name)
        if wrap is None:
            continue
        if not isinstance(wrap, dict):
            raise damaged(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' is not an object"), name))
        for hex_field in ("salt", "nonce", "wrapped"):
            value = wrap.get(hex_field)
            try:
                if not isinstance(value, str):
                    raise ValueError
                bytes.fromhex(value)
            except ValueError:
                raise damaged(message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "'%1.%2' is not hexadecimal"), name, hex_field)) from None
    if data["mode"] == "passphrase":
        wrap = data.get("passphrase")
        if not isinstance(wrap, dict):
            raise damaged(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "no passphrase entry")))
        scrypt_params(wrap, damaged)
    return data


def scrypt_params(params: dict[str, Any], damaged: Any) -> tuple[int, int, int]:
    if params.get("kdf") != "scrypt":
        raise damaged(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "unknown key derivation %1"), repr(params.get('kdf'))))
    try:
        n, r, p = (params[k] for k in ("n", "r", "p"))
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
            raise ValueError
    except (KeyError, ValueError):
        raise damaged(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "the scrypt cost 'n', 'r', 'p' is not a whole number"))) from None
    if not (2 <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise damaged(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "the scrypt cost n=%1, r=%2, p=%3 is out of range"), n, r, p))
    return n, r, p


def write_key_file(paths: DataPaths, data: dict[str, Any]) -> None:
    paths.ensure()
    write_atomically(paths.key_file, json.dumps(data, indent=1, sort_keys=True).encode())


def passphrase_mode(paths: DataPaths) -> bool:
    try:
        data = read_key_file(paths)
    except KeyFileError:
        return paths.legacy_kdf_params.exists()
    if data is not None:
        return bool(data["mode"] == "passphrase")
    return paths.legacy_kdf_params.exists()


def folder_id(paths: DataPaths) -> str | None:
    data = read_key_file(paths)
    return None if data is None else str(data["folder_id"])


def new_header(mode: str) -> dict[str, Any]:
    """A new key file for a new data folder: the mode and a fresh random folder id."""
    import secrets  # where used: not needed to start the app

    return {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "mode": mode,
            "folder_id": secrets.token_hex(16)}


def header_for_backup(paths: DataPaths) -> dict[str, Any]:
    """What a backup carries so that it opens anywhere: the key file (wraps only)."""
    header = read_key_file(paths)
    if header is None:
        raise KeyFileError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "There is no key file %1; no backup was made."), paths.key_file))
    return header


def has_recovery_key(paths: DataPaths) -> bool:
    try:
        header = read_key_file(paths)
    except KeyFileError:
        return False
    return header is not None and isinstance(header.get("recovery"), dict)
