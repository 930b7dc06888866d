"""The database key: random, kept by the OS keyring or wrapped by a passphrase, and by a
recovery key. This module obtains it (``obtain_key``), creates it for a new folder, adopts a
restored backup's, keeps it in the keyring, and migrates old folders. The key file's format
and checks are in store/key_file.py, the passphrase and recovery wraps in store/key_wrap.py.

The database key is 256 random bits. It is never derived from anything, so it can be
*wrapped* (encrypted) several times, each wrap opening it on its own:

* keyring mode: the key itself is in the OS keyring (service ``vrac-desktop``, entry
  ``database-key:<folder id>``). Chosen when a *secure* keyring backend exists. The folder
  remembers which backend gave the key; when that is keyring's SecretService (a Linux
  desktop), the next start reads the entry over D-Bus without keyring
  (store/secret_service.py), and asks keyring only when that read gives nothing.
* passphrase mode: the key wrapped with AES-256-GCM under scrypt(NFC(passphrase), salt).
  Chosen when no secure keyring exists.
* in both modes, once a recovery kit is made: the key wrapped with AES-256-GCM under a key
  derived (HKDF-SHA256) from the recovery key printed on the kit. The recovery key is 160
  random bits, so it needs no memory-hard KDF; the passphrase does.

The wraps, KDF parameters and the folder id live in ``vrac.db.keys.json`` beside the
database (written with the one atomic-write helper, fsynced). Every backup carries a copy
of it as its header (services/backup_format.py), which is what lets a backup be restored on a new
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

import contextlib
import json
import os
import sys
import unicodedata
from typing import TYPE_CHECKING, Any, NamedTuple

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store.errors import (
    KeyMissingError,
    KeyringUnavailableError,
    PassphraseRequiredError,
    StoreError,
    WrongKeyError,
)
from vrac_desktop.store.key_file import (
    KeyFileError,
    database_exists,
    folder_id,
    new_header,
    read_key_file,
    scrypt_params,
    write_key_file,
)
from vrac_desktop.store.key_wrap import (
    DEFAULT_SCRYPT_N,
    KEY_BYTES,
    MIN_PASSPHRASE,
    RECOVERY_BYTES,
    format_recovery_key,
    normalise_passphrase,
    passphrase_wrap,
    recovery_wrap,
    scrypt,
    unwrap_with_passphrase,
)
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.secret_service import BACKEND as SECRET_SERVICE_BACKEND
from vrac_desktop.store.secret_service import read_password
from vrac_desktop.store.settings import Settings

if TYPE_CHECKING:  # keyring itself is imported where used: a start may not need it
    from keyring.backend import KeyringBackend

SERVICE = "vrac-desktop"

_INSECURE_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyring.backends.chainer.ChainerBackend",
    "keyrings.alt.file.PlaintextKeyring",
}


def _qualname(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def secure_keyring() -> KeyringBackend | None:
    """The keyring backend to trust with the key, or None when there is none."""
    from vrac_desktop.store.os_keyring import keyring

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


# A NamedTuple, not a dataclass: this module is on the first screen's path, where each
# dataclass took 0.2-0.6 ms to define (tests/gui/test_startup_imports.py).
class KeyInfo(NamedTuple):
    key: bytes
    mode: str  # "keyring" or "passphrase"
    # Set when the folder still has the old key layout: open_local tries the keys in turn,
    # then calls ``finish_migration`` with the one that opened the database.
    legacy: LegacyKey | None = None


class LegacyKey(NamedTuple):
    candidates: tuple[bytes, ...]
    passphrase: str | None  # passphrase mode: the passphrase, to wrap the key under (NFC)
    params: dict[str, Any] | None = None  # the old KDF's parameters, when it had any


# --- the keyring entry --------------------------------------------------------------------


def _no_key_file(paths: DataPaths) -> KeyFileError:
    return KeyFileError(message(QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no key file %1."), paths.key_file))


def keyring_entry(folder: str) -> str:
    return f"database-key:{folder}"


def entry_name(paths: DataPaths) -> str:
    """The keyring entry of this data folder's key (by folder id, never by path)."""
    folder = folder_id(paths)
    if folder is None:
        raise _no_key_file(paths)
    return keyring_entry(folder)


def _legacy_entry_name(paths: DataPaths) -> str:
    return f"database-key:{paths.database}"


def obtain_key(paths: DataPaths, passphrase: str | None = None) -> KeyInfo:
    """The key for the database at ``paths``, creating one for a new database.

    Raises PassphraseRequiredError (with ``new``) when a passphrase is needed and not given,
    WrongKeyError for a wrong passphrase, KeyFileError for a damaged or missing key file.
    """
    wal = paths.database.with_name(paths.database.name + "-wal")
    if (paths.database.exists() and paths.database.stat().st_size == 0
            and not (wal.exists() and wal.stat().st_size > 0)):
        raise StoreError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The database file %1 is empty (0 bytes): it was damaged, or "
                "emptied by another program. It was not replaced, so nothing more is lost; "
                "restore a backup (vrac-desktop restore FILE), or, if this is a new data folder, "
                "delete the empty file."), paths.database)
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
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "No secure OS keyring is available, so the database will be "
                    "protected by a passphrase. Choose one (at least 8 characters).")),
                new=True,
            )
        return KeyInfo(create_passphrase(paths, passphrase), "passphrase")
    return KeyInfo(_new_keyring_key(paths, backend), "keyring")


def folder_key(paths: DataPaths, passphrase: str | None = None) -> KeyInfo:
    """The key the folder's key file gives, whatever state the database file is in (a
    restore replaces a damaged or empty one with it)."""
    header = read_key_file(paths)
    if header is None:
        raise _no_key_file(paths)
    if header["mode"] == "passphrase":
        if passphrase is None:
            raise PassphraseRequiredError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "Type the passphrase of this database.")), new=False)
        key = unwrap_with_passphrase(header, passphrase)
        if key is None:
            raise WrongKeyError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The passphrase is wrong. Nothing was changed.")))
        return KeyInfo(key, "passphrase")
    return KeyInfo(_key_from_keyring(paths), "keyring")


def _keyring_or_fail() -> KeyringBackend:
    backend = secure_keyring()
    if backend is None:
        raise KeyringUnavailableError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The key of this database is kept in the OS keyring, but no "
                "secure keyring is available now. Log in to your desktop session (or unlock the "
                "keyring) and try again."))
        )
    return backend


# The setting that names the keyring backend which gave this folder's key last time.
REMEMBERED_BACKEND = "keyring_backend"
# What a remembered name may be: a backend of keyring itself or of a keyrings.* plug-in.
_BACKEND_PACKAGES = ("keyring.backends.", "keyrings.")


def _remembered_name(paths: DataPaths) -> str | None:
    """The name of the backend that gave the key last time, when it may be used: None when
    none is remembered, when the user chose a backend for keyring (PYTHON_KEYRING_BACKEND or
    keyringrc.cfg: keyring reads that quickly itself), or when the name lies outside
    keyring's and its plug-ins' packages."""
    if _keyring_configured():
        return None
    name = Settings(paths.settings).get(REMEMBERED_BACKEND)
    return name if name and name.startswith(_BACKEND_PACKAGES) else None


def _remembered_keyring(name: str | None) -> KeyringBackend | None:
    """The remembered backend, loaded by its name: ``keyring.get_keyring`` first tries every
    installed backend (on a Linux desktop 65 ms of a 210 ms start, most of it the macOS
    backend probing for its library). None when there is no name, or when that backend no
    longer loads or is not secure."""
    if name is None:
        return None
    from vrac_desktop.store.os_keyring import keyring

    try:
        backend = keyring.core.load_keyring(name)
        priority = float(backend.priority)
    except Exception:  # uninstalled, or not usable in this session: search them all
        return None
    return backend if priority > 0 and _qualname(backend) not in _INSECURE_BACKENDS else None


def _keyring_configured() -> bool:
    """Whether the user told keyring which backend to use (it then skips its search)."""
    return bool(os.environ.get("PYTHON_KEYRING_BACKEND")) or os.path.exists(
        _keyring_config_file())


def _keyring_config_file() -> str:
    """keyring's configuration file, found as keyring finds it (keyring.util.platform_) but
    without importing keyring: on every system but Windows, in $XDG_CONFIG_HOME (else
    ~/.config)/python_keyring."""
    if sys.platform == "win32":  # keyring: platform.system() == "Windows"
        from keyring.util import platform_

        return os.path.join(platform_.config_root(), "keyringrc.cfg")
    root = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(root, "python_keyring", "keyringrc.cfg")


def _remember_keyring(paths: DataPaths, backend: KeyringBackend) -> None:
    if _keyring_configured():  # keyring finds the chosen one as fast by itself
        return
    settings = Settings(paths.settings)
    if settings.get(REMEMBERED_BACKEND) != _qualname(backend):
        with contextlib.suppress(OSError):  # not written: only slower next time
            settings.set(REMEMBERED_BACKEND, _qualname(backend))


def _key_from_keyring(paths: DataPaths) -> bytes:
    entry = entry_name(paths)  # (reads the key file)
    name = _remembered_name(paths)
    if name == SECRET_SERVICE_BACKEND:
        # Read over D-Bus without keyring (store/secret_service.py); when that cannot give
        # the entry, keyring's own backend is asked below (it may unlock, and it reports).
        stored = read_password(SERVICE, entry)
        if stored:
            return _key_from_entry(stored)
    from vrac_desktop.store.os_keyring import KeyringError

    remembered = _remembered_keyring(name)
    stored = None
    if remembered is not None:
        with contextlib.suppress(KeyringError):  # then as if nothing were remembered
            stored = remembered.get_password(SERVICE, entry)
    if not stored:
        backend = _keyring_or_fail()
        try:
            stored = backend.get_password(SERVICE, entry)
        except KeyringError as exc:
            raise KeyringUnavailableError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The OS keyring could not be read: %1"), exc)) from exc
        if stored:
            _remember_keyring(paths, backend)
    if not stored:
        raise KeyMissingError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The key for the data folder %1 is not in the OS keyring of this "
                "computer (a new computer, or the entry was deleted). Without it the database "
                "cannot be opened here; restore a backup with your recovery key (vrac-desktop "
                "restore FILE --recovery-key)."), paths.root)
        )
    return _key_from_entry(stored)


def _key_from_entry(stored: str) -> bytes:
    """The database key a keyring entry holds (hex), or a clear error when it is damaged."""
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyMissingError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The keyring entry for this database is damaged.")))
    return key


def _store_in_keyring(backend: KeyringBackend, folder: str, key: bytes) -> None:
    from vrac_desktop.store.os_keyring import KeyringError

    try:
        backend.set_password(SERVICE, keyring_entry(folder), key.hex())
        readback = backend.get_password(SERVICE, keyring_entry(folder))
    except KeyringError as exc:
        raise KeyringUnavailableError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The OS keyring refused the new key: %1"), exc)) from exc
    if readback != key.hex():
        raise KeyringUnavailableError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The OS keyring did not keep the new key.")))


def _new_keyring_key(paths: DataPaths, backend: KeyringBackend) -> bytes:
    header = new_header("keyring")
    import secrets  # where used: not needed to start the app

    key = secrets.token_bytes(KEY_BYTES)
    _store_in_keyring(backend, header["folder_id"], key)
    write_key_file(paths, header)
    _remember_keyring(paths, backend)
    return key


def create_passphrase(
    paths: DataPaths, passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N
) -> bytes:
    """Start a new database in passphrase mode; its (random) key."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseRequiredError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The passphrase must be at least %1 characters."),
                MIN_PASSPHRASE), new=True
        )
    normalise_passphrase(passphrase)  # refuses what cannot be typed again
    import secrets  # where used: not needed to start the app

    key = secrets.token_bytes(KEY_BYTES)
    header = new_header("passphrase")
    header["passphrase"] = passphrase_wrap(key, passphrase, scrypt_n=scrypt_n)
    write_key_file(paths, header)
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
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "This computer has no secure OS keyring, so the restored "
                        "data will be protected by a passphrase. Choose one (at least 8 "
                        "characters).")), new=True)
            adopted["mode"] = "passphrase"
            adopted["passphrase"] = passphrase_wrap(key, new_passphrase)
    write_key_file(paths, adopted)
    return str(adopted["mode"])


def make_recovery_key(paths: DataPaths, key: bytes) -> str:
    """A new recovery key for this data folder (replacing any earlier one); returned once,
    as text, and never stored: only the database key wrapped under it is."""
    header = read_key_file(paths)
    if header is None:
        raise _no_key_file(paths)
    import secrets  # where used: not needed to start the app

    secret = secrets.token_bytes(RECOVERY_BYTES)
    header["recovery"] = recovery_wrap(key, secret)
    write_key_file(paths, header)
    return format_recovery_key(secret)


# --- migration of the old key layout ----------------------------------------------------------


def _legacy_passphrase_key(paths: DataPaths, passphrase: str | None) -> KeyInfo:
    if passphrase is None:
        raise PassphraseRequiredError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "Type the passphrase of this database.")), new=False)
    path = paths.legacy_kdf_params
    try:
        params = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(params, dict):
            raise ValueError
    except (OSError, ValueError, UnicodeDecodeError):
        raise KeyFileError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The passphrase settings file %1 is damaged (not valid JSON), so "
                "the database cannot be opened with it. Nothing was changed; restore the file "
                "from a copy of the data folder, or restore a backup."), path)
        ) from None

    def damaged(what: str) -> KeyFileError:
        return KeyFileError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The passphrase settings file %1 is damaged (%2). Nothing was "
            "changed; restore the file from a copy of the data folder, or restore "
            "a backup."), path, what))

    scrypt_params(params, damaged)
    try:
        bytes.fromhex(str(params.get("salt")))
    except ValueError:
        raise damaged(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "the salt is not hexadecimal"))) from None
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
    candidates = tuple(scrypt(f, params) for f in forms)
    return KeyInfo(candidates[0], "passphrase",
                   LegacyKey(candidates, passphrase, {"n": params["n"]}))


def _legacy_keyring_key(paths: DataPaths) -> KeyInfo:
    """A database without a key file: made by a first version in keyring mode (its key in
    the keyring under the database's path), or its key file was lost."""
    from vrac_desktop.store.os_keyring import KeyringError

    backend = secure_keyring()
    stored = None
    if backend is not None:
        with contextlib.suppress(KeyringError):
            stored = backend.get_password(SERVICE, _legacy_entry_name(paths))
    if not stored:
        raise KeyFileError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The key file %1 is missing beside the database, and the OS "
                "keyring has no key for it either, so the database cannot be opened. Nothing was "
                "changed; restore the key file from a copy of the data folder, or restore a "
                "backup with your passphrase or recovery key."), paths.key_file)
        )
    key = _key_from_entry(stored)
    return KeyInfo(key, "keyring", LegacyKey((key,), None))


def finish_migration(paths: DataPaths, info: KeyInfo, key: bytes) -> None:
    """Write the new key file for a folder opened with its old key layout (``key`` is the
    candidate that opened the database). The database key is unchanged."""
    legacy = info.legacy
    assert legacy is not None
    header = new_header(info.mode)
    if info.mode == "passphrase":
        assert legacy.passphrase is not None
        n = (legacy.params or {}).get("n", DEFAULT_SCRYPT_N)
        header["passphrase"] = passphrase_wrap(key, legacy.passphrase, scrypt_n=int(n))
        write_key_file(paths, header)
        legacy_file = paths.legacy_kdf_params
        # Kept under another name, not deleted: it still opens backups made before.
        with contextlib.suppress(OSError):
            legacy_file.replace(legacy_file.with_name(legacy_file.name + ".migrated"))
    else:
        _store_in_keyring(_keyring_or_fail(), header["folder_id"], key)
        write_key_file(paths, header)
