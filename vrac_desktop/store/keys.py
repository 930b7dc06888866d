"""The database key: random, wrapped by the OS keyring or a passphrase, and by a recovery key.

The database key is 256 random bits. It is never derived from anything, so it can be
*wrapped* (encrypted) several times, each wrap opening it on its own:

* keyring mode: the key itself is in the OS keyring (service ``vrac-desktop``, entry
  ``database-key:<folder id>``). Chosen when a *secure* keyring backend exists.
* passphrase mode: the key wrapped with AES-256-GCM under scrypt(NFC(passphrase), salt).
  Chosen when no secure keyring exists.
* in both modes, once a recovery kit is made: the key wrapped with AES-256-GCM under a key
  derived (HKDF-SHA256) from the recovery key printed on the kit. The recovery key is 160
  random bits, so it needs no memory-hard KDF; the passphrase does.

The wraps, KDF parameters and the folder id live in ``vrac.db.keys.json`` beside the
database (written with the one atomic-write helper, fsynced). Every backup carries a copy
of it as its header (services/backup.py), which is what lets a backup be restored on a new
laptop. Nothing in it depends on the folder's absolute path, so the data folder can be moved
or copied (the copy shares the folder id, and with it the keyring entry).

Older data folders are migrated on their first open (see ``LegacyKey``): passphrase mode
kept scrypt's output as the key (``vrac.db.kdf.json``, passphrase not normalised); keyring
mode named the keyring entry after the database's absolute path. The key itself does not
change, so earlier backups keep opening.

There is no plaintext fallback: a keyring that stores secrets in a plain file (keyrings.alt's
PlaintextKeyring, which keyring picks on a headless Linux box) is not secure, and neither is
the ``fail`` / ``null`` backend. The product reads no test setting: tests select a keyring
backend of their own through keyring's own configuration (tests/keyring_backend.py).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import keyring
import keyring.backend
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from keyring.errors import KeyringError

from vrac_desktop.store.errors import (
    KeyMissingError,
    KeyringUnavailableError,
    PassphraseRequiredError,
    StoreError,
    WrongKeyError,
)
from vrac_desktop.store.files import write_atomically
from vrac_desktop.store.paths import DataPaths

SERVICE = "vrac-desktop"
KEY_BYTES = 32
MIN_PASSPHRASE = 8
KEY_FILE_FORMAT = "vrac-desktop-keys"
KEY_FILE_VERSION = 2

# scrypt cost: N=2**17, r=8 needs 128 MiB and ~0.4 s here; memory-hardness is the point.
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# Bounds on what a key file or backup header may ask for: a damaged or hostile header must
# not make the app allocate gigabytes or spin for hours.
MAX_SCRYPT_N = 2**20
RECOVERY_BYTES = 20  # 160 bits, shown as 32 base32 characters in 8 groups of 4

_WRAP_AAD = b"vrac-desktop database key v2"

_INSECURE_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyring.backends.chainer.ChainerBackend",
    "keyrings.alt.file.PlaintextKeyring",
}


class KeyFileError(StoreError):
    """The key file beside the database is missing, unreadable or damaged."""

    def __init__(self, message: str, *, problem: str = "") -> None:
        super().__init__(message)
        self.problem = problem or message  # what is wrong, without the advice


def _qualname(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def secure_keyring() -> keyring.backend.KeyringBackend | None:
    """The keyring backend to trust with the key, or None when there is none."""
    configured = keyring.get_keyring()
    candidates = [configured]
    if _qualname(configured) == "keyring.backends.chainer.ChainerBackend":
        candidates = list(getattr(configured, "backends", []))
    for backend in candidates:
        try:
            priority = float(backend.priority)
        except Exception:  # a backend that cannot even say its priority is not usable
            continue
        if priority > 0 and _qualname(backend) not in _INSECURE_BACKENDS:
            return backend
    return None


@dataclass(frozen=True)
class KeyInfo:
    key: bytes
    mode: str  # "keyring" or "passphrase"
    # Set when the folder still has the old key layout: open_local tries the keys in turn,
    # then calls ``finish_migration`` with the one that opened the database.
    legacy: LegacyKey | None = None


@dataclass(frozen=True)
class LegacyKey:
    candidates: tuple[bytes, ...]
    passphrase: str | None  # passphrase mode: the passphrase, to wrap the key under (NFC)
    params: dict[str, Any] = field(default_factory=dict)


# --- the key file -------------------------------------------------------------------------


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
            f"The key file {path} cannot be read ({exc.strerror or exc}). Nothing was changed."
        ) from None
    return check_header(raw, source=str(path))


def check_header(raw: bytes | str | dict[str, Any], *, source: str) -> dict[str, Any]:
    """A key file / backup header, validated field by field (KeyFileError if damaged)."""

    def damaged(what: str) -> KeyFileError:
        return KeyFileError(
            f"The key file {source} is damaged ({what}), so the data it protects cannot be "
            "opened with it. Nothing was changed; restore the file from a copy of the data "
            "folder, or restore a backup with your passphrase or recovery key.", problem=what
        )

    if isinstance(raw, dict):
        data: Any = raw
    else:
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise damaged("not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
        raise damaged("not a VRAC Desktop key file")
    if data.get("version") != KEY_FILE_VERSION:
        raise damaged(f"unknown version {data.get('version')!r}")
    if data.get("mode") not in ("keyring", "passphrase"):
        raise damaged(f"unknown key mode {data.get('mode')!r}")
    folder = data.get("folder_id")
    if not isinstance(folder, str) or not folder or len(folder) > 64:
        raise damaged("no folder id")
    for name in ("passphrase", "recovery"):
        wrap = data.get(name)
        if wrap is None:
            continue
        if not isinstance(wrap, dict):
            raise damaged(f"'{name}' is not an object")
        for hex_field in ("salt", "nonce", "wrapped"):
            value = wrap.get(hex_field)
            try:
                if not isinstance(value, str):
                    raise ValueError
                bytes.fromhex(value)
            except ValueError:
                raise damaged(f"'{name}.{hex_field}' is not hexadecimal") from None
    if data["mode"] == "passphrase":
        wrap = data.get("passphrase")
        if not isinstance(wrap, dict):
            raise damaged("no passphrase entry")
        _scrypt_params(wrap, damaged)
    return data


def _scrypt_params(params: dict[str, Any], damaged: Any) -> tuple[int, int, int]:
    if params.get("kdf") != "scrypt":
        raise damaged(f"unknown key derivation {params.get('kdf')!r}")
    try:
        n, r, p = (params[k] for k in ("n", "r", "p"))
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
            raise ValueError
    except (KeyError, ValueError):
        raise damaged("the scrypt cost 'n', 'r', 'p' is not a whole number") from None
    if not (2 <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise damaged(f"the scrypt cost n={n}, r={r}, p={p} is out of range")
    return n, r, p


def _write_key_file(paths: DataPaths, data: dict[str, Any]) -> None:
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


def keyring_entry(folder: str) -> str:
    return f"database-key:{folder}"


def entry_name(paths: DataPaths) -> str:
    """The keyring entry of this data folder's key (by folder id, never by path)."""
    folder = folder_id(paths)
    if folder is None:
        raise KeyFileError(f"There is no key file {paths.key_file}.")
    return keyring_entry(folder)



def _legacy_entry_name(paths: DataPaths) -> str:
    return f"database-key:{paths.database}"


# --- wrapping -----------------------------------------------------------------------------


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC, so "é" typed as one or two code points is the
    same passphrase. Raises PassphraseRequiredError for text that is not valid Unicode."""
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:
        raise PassphraseRequiredError(
            "The passphrase contains a character that is not valid text (an unpaired "
            "surrogate); type it again.", new=False) from None


def _scrypt(secret: bytes, params: dict[str, Any]) -> bytes:
    n, r, p = _scrypt_params(params, lambda what: KeyFileError(f"The key settings are damaged "
                                                               f"({what})."))
    return hashlib.scrypt(secret, salt=bytes.fromhex(params["salt"]), n=n, r=r, p=p,
                          maxmem=2 * 128 * r * n + 1024 * 1024, dklen=KEY_BYTES)


def _seal(kek: bytes, db_key: bytes) -> tuple[str, str]:
    nonce = secrets.token_bytes(12)
    return nonce.hex(), AESGCM(kek).encrypt(nonce, db_key, _WRAP_AAD).hex()


def _open_seal(kek: bytes, wrap: dict[str, Any]) -> bytes | None:
    try:
        key = AESGCM(kek).decrypt(bytes.fromhex(wrap["nonce"]), bytes.fromhex(wrap["wrapped"]),
                                  _WRAP_AAD)
    except (InvalidTag, ValueError, KeyError):
        return None
    return key if len(key) == KEY_BYTES else None


def passphrase_wrap(db_key: bytes, passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N
                    ) -> dict[str, Any]:
    params: dict[str, Any] = {"kdf": "scrypt", "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P,
                              "salt": secrets.token_hex(16)}
    nonce, wrapped = _seal(_scrypt(normalise_passphrase(passphrase), params), db_key)
    return {**params, "nonce": nonce, "wrapped": wrapped}


def unwrap_with_passphrase(header: dict[str, Any], passphrase: str) -> bytes | None:
    """The database key from a key file / backup header and a passphrase; None: wrong."""
    wrap = header.get("passphrase")
    if not isinstance(wrap, dict):
        return None
    return _open_seal(_scrypt(normalise_passphrase(passphrase), wrap), wrap)


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"vrac-desktop recovery key").derive(secret)


def format_recovery_key(secret: bytes) -> str:
    text = base64.b32encode(secret).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The recovery key's bytes from what the user typed (case, spaces, dashes and the
    look-alikes 0/O, 1/I, 8/B forgiven); None when it cannot be a recovery key."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        return None
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        return None


def recovery_wrap(db_key: bytes, secret: bytes) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    nonce, wrapped = _seal(_recovery_kek(secret, salt), db_key)
    return {"kdf": "hkdf-sha256", "salt": salt.hex(), "nonce": nonce, "wrapped": wrapped,
            "made_at": datetime.now(UTC).isoformat(timespec="seconds")}


def unwrap_with_recovery(header: dict[str, Any], recovery_key: str) -> bytes | None:
    wrap = header.get("recovery")
    secret = parse_recovery_key(recovery_key)
    if not isinstance(wrap, dict) or secret is None:
        return None
    return _open_seal(_recovery_kek(secret, bytes.fromhex(wrap["salt"])), wrap)


# --- obtaining the key ----------------------------------------------------------------------


def obtain_key(paths: DataPaths, passphrase: str | None = None) -> KeyInfo:
    """The key for the database at ``paths``, creating one for a new database.

    Raises PassphraseRequiredError (with ``new``) when a passphrase is needed and not given,
    WrongKeyError for a wrong passphrase, KeyFileError for a damaged or missing key file.
    """
    wal = paths.database.with_name(paths.database.name + "-wal")
    if (paths.database.exists() and paths.database.stat().st_size == 0
            and not (wal.exists() and wal.stat().st_size > 0)):
        raise StoreError(
            f"The database file {paths.database} is empty (0 bytes): it was damaged, or "
            "emptied by another program. It was not replaced, so nothing more is lost; "
            "restore a backup (vrac-desktop restore FILE), or, if this is a new data folder, "
            "delete the empty file."
        )
    header = read_key_file(paths)
    if header is not None:
        return folder_key(paths, passphrase)
    if paths.legacy_kdf_params.exists():
        return _legacy_passphrase_key(paths, passphrase)
    if database_exists(paths):
        return _legacy_keyring_key(paths)
    backend = secure_keyring()
    if backend is None:
        if passphrase is None:
            raise PassphraseRequiredError(
                "No secure OS keyring is available, so the database will be protected by a "
                "passphrase. Choose one (at least 8 characters).",
                new=True,
            )
        return KeyInfo(create_passphrase(paths, passphrase), "passphrase")
    return KeyInfo(_new_keyring_key(paths, backend), "keyring")


def folder_key(paths: DataPaths, passphrase: str | None = None) -> KeyInfo:
    """The key the folder's key file gives, whatever state the database file is in (a
    restore replaces a damaged or empty one with it)."""
    header = read_key_file(paths)
    if header is None:
        raise KeyFileError(f"There is no key file {paths.key_file}.")
    if header["mode"] == "passphrase":
        if passphrase is None:
            raise PassphraseRequiredError("Type the passphrase of this database.", new=False)
        key = unwrap_with_passphrase(header, passphrase)
        if key is None:
            raise WrongKeyError("The passphrase is wrong. Nothing was changed.")
        return KeyInfo(key, "passphrase")
    return KeyInfo(_key_from_keyring(paths), "keyring")


def _keyring_or_fail() -> keyring.backend.KeyringBackend:
    backend = secure_keyring()
    if backend is None:
        raise KeyringUnavailableError(
            "The key of this database is kept in the OS keyring, but no secure keyring is "
            "available now. Log in to your desktop session (or unlock the keyring) and try again."
        )
    return backend


def _key_from_keyring(paths: DataPaths) -> bytes:
    backend = _keyring_or_fail()
    try:
        stored = backend.get_password(SERVICE, entry_name(paths))
    except KeyringError as exc:
        raise KeyringUnavailableError(f"The OS keyring could not be read: {exc}") from exc
    if not stored:
        raise KeyMissingError(
            f"The key for the data folder {paths.root} is not in the OS keyring of this computer "
            "(a new computer, or the entry was deleted). Without it the database cannot be "
            "opened here; restore a backup with your recovery key (vrac-desktop restore FILE "
            "--recovery-key)."
        )
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyMissingError("The keyring entry for this database is damaged.")
    return key


def _store_in_keyring(backend: keyring.backend.KeyringBackend, folder: str, key: bytes) -> None:
    try:
        backend.set_password(SERVICE, keyring_entry(folder), key.hex())
        readback = backend.get_password(SERVICE, keyring_entry(folder))
    except KeyringError as exc:
        raise KeyringUnavailableError(f"The OS keyring refused the new key: {exc}") from exc
    if readback != key.hex():
        raise KeyringUnavailableError("The OS keyring did not keep the new key.")


def _new_header(mode: str) -> dict[str, Any]:
    return {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "mode": mode,
            "folder_id": secrets.token_hex(16)}


def _new_keyring_key(paths: DataPaths, backend: keyring.backend.KeyringBackend) -> bytes:
    header = _new_header("keyring")
    key = secrets.token_bytes(KEY_BYTES)
    _store_in_keyring(backend, header["folder_id"], key)
    _write_key_file(paths, header)
    return key


def create_passphrase(
    paths: DataPaths, passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N
) -> bytes:
    """Start a new database in passphrase mode; its (random) key."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseRequiredError(
            f"The passphrase must be at least {MIN_PASSPHRASE} characters.", new=True
        )
    normalise_passphrase(passphrase)  # refuses what cannot be typed again
    key = secrets.token_bytes(KEY_BYTES)
    header = _new_header("passphrase")
    header["passphrase"] = passphrase_wrap(key, passphrase, scrypt_n=scrypt_n)
    _write_key_file(paths, header)
    return key


def adopt_header(paths: DataPaths, header: dict[str, Any], key: bytes, *,
                 new_passphrase: str | None = None) -> str:
    """Give a data folder that has no key yet the key of a restored backup, so the wraps
    of the backup (and the user's recovery kit) keep working. Returns the mode."""
    adopted = {k: v for k, v in header.items() if k in ("format", "version", "mode",
                                                         "folder_id", "passphrase", "recovery")}
    if adopted["mode"] == "keyring":
        backend = secure_keyring()
        if backend is not None:
            _store_in_keyring(backend, adopted["folder_id"], key)
        else:  # a keyring backup restored on a computer without one: a passphrase instead
            if new_passphrase is None or len(new_passphrase) < MIN_PASSPHRASE:
                raise PassphraseRequiredError(
                    "This computer has no secure OS keyring, so the restored data will be "
                    "protected by a passphrase. Choose one (at least 8 characters).", new=True)
            adopted["mode"] = "passphrase"
            adopted["passphrase"] = passphrase_wrap(key, new_passphrase)
    _write_key_file(paths, adopted)
    return str(adopted["mode"])


def header_for_backup(paths: DataPaths) -> dict[str, Any]:
    """What a backup carries so that it opens anywhere: the key file (wraps only)."""
    header = read_key_file(paths)
    if header is None:
        raise KeyFileError(f"There is no key file {paths.key_file}; no backup was made.")
    return header


def has_recovery_key(paths: DataPaths) -> bool:
    try:
        header = read_key_file(paths)
    except KeyFileError:
        return False
    return header is not None and isinstance(header.get("recovery"), dict)


def make_recovery_key(paths: DataPaths, key: bytes) -> str:
    """A new recovery key for this data folder (replacing any earlier one); returned once,
    as text, and never stored: only the database key wrapped under it is."""
    header = read_key_file(paths)
    if header is None:
        raise KeyFileError(f"There is no key file {paths.key_file}.")
    secret = secrets.token_bytes(RECOVERY_BYTES)
    header["recovery"] = recovery_wrap(key, secret)
    _write_key_file(paths, header)
    return format_recovery_key(secret)


# --- migration of the old key layout ----------------------------------------------------------


def _legacy_passphrase_key(paths: DataPaths, passphrase: str | None) -> KeyInfo:
    if passphrase is None:
        raise PassphraseRequiredError("Type the passphrase of this database.", new=False)
    path = paths.legacy_kdf_params
    try:
        params = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(params, dict):
            raise ValueError
    except (OSError, ValueError, UnicodeDecodeError):
        raise KeyFileError(
            f"The passphrase settings file {path} is damaged (not valid JSON), so the "
            "database cannot be opened with it. Nothing was changed; restore the file from a "
            "copy of the data folder, or restore a backup."
        ) from None

    def damaged(what: str) -> KeyFileError:
        return KeyFileError(f"The passphrase settings file {path} is damaged ({what}). "
                            "Nothing was changed; restore the file from a copy of the data "
                            "folder, or restore a backup.")

    _scrypt_params(params, damaged)
    try:
        bytes.fromhex(str(params.get("salt")))
    except ValueError:
        raise damaged("the salt is not hexadecimal") from None
    # The old app fed the passphrase to scrypt as typed: try it as typed, then composed and
    # decomposed, so a passphrase chosen on a keyboard that composes differently opens.
    forms: list[bytes] = []
    for form in (passphrase, unicodedata.normalize("NFC", passphrase),
                 unicodedata.normalize("NFD", passphrase)):
        try:
            encoded = form.encode("utf-8")
        except UnicodeEncodeError:
            continue
        if encoded not in forms:
            forms.append(encoded)
    if not forms:
        normalise_passphrase(passphrase)  # raises the clear message
    candidates = tuple(_scrypt(f, params) for f in forms)
    return KeyInfo(candidates[0], "passphrase",
                   LegacyKey(candidates, passphrase, {"n": params["n"]}))


def _legacy_keyring_key(paths: DataPaths) -> KeyInfo:
    """A database without a key file: made by a first version in keyring mode (its key in
    the keyring under the database's path), or its key file was lost."""
    backend = secure_keyring()
    stored = None
    if backend is not None:
        with contextlib.suppress(KeyringError):
            stored = backend.get_password(SERVICE, _legacy_entry_name(paths))
    if not stored:
        raise KeyFileError(
            f"The key file {paths.key_file} is missing beside the database, and the OS "
            "keyring has no key for it either, so the database cannot be opened. Nothing was "
            "changed; restore the key file from a copy of the data folder, or restore a "
            "backup with your passphrase or recovery key."
        )
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyMissingError("The keyring entry for this database is damaged.")
    return KeyInfo(key, "keyring", LegacyKey((key,), None))


def finish_migration(paths: DataPaths, info: KeyInfo, key: bytes) -> None:
    """Write the new key file for a folder opened with its old key layout (``key`` is the
    candidate that opened the database). The database key is unchanged."""
    legacy = info.legacy
    assert legacy is not None
    header = _new_header(info.mode)
    if info.mode == "passphrase":
        assert legacy.passphrase is not None
        n = legacy.params.get("n", DEFAULT_SCRYPT_N)
        header["passphrase"] = passphrase_wrap(key, legacy.passphrase, scrypt_n=int(n))
        _write_key_file(paths, header)
        legacy_file = paths.legacy_kdf_params
        # Kept under another name, not deleted: it still opens backups made before.
        with contextlib.suppress(OSError):
            legacy_file.replace(legacy_file.with_name(legacy_file.name + ".migrated"))
    else:
        _store_in_keyring(_keyring_or_fail(), header["folder_id"], key)
        _write_key_file(paths, header)

