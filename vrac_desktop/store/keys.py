"""The database key: random and kept in the OS keyring, or derived from a passphrase.

Two modes, fixed when the database is created and recorded by the presence of the KDF
parameter file beside it:

* keyring mode: a random 256-bit key in the OS keyring (service ``vrac-desktop``, one entry
  per database path). Chosen when a *secure* keyring backend exists.
* passphrase mode: the key is scrypt(passphrase, salt), salt and cost in
  ``vrac.db.kdf.json``. Chosen when no secure keyring exists.

There is no plaintext fallback: a keyring that stores secrets in a plain file (keyrings.alt's
PlaintextKeyring, which keyring picks on a headless Linux box) is not secure, and neither
is the ``fail`` / ``null`` backend. The one exception is explicit and for tests only:
``VRAC_TEST_KEYRING_FILE`` points the app at a PlaintextKeyring file, so tests use a real
backend without a desktop session.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any

import keyring
import keyring.backend
from keyring.errors import KeyringError

from vrac_desktop.store.errors import (
    KeyMissingError,
    KeyringUnavailableError,
    PassphraseRequiredError,
    StoreError,
)
from vrac_desktop.store.paths import DataPaths

SERVICE = "vrac-desktop"
TEST_KEYRING_ENV = "VRAC_TEST_KEYRING_FILE"
KEY_BYTES = 32
MIN_PASSPHRASE = 8

# scrypt cost: N=2**17, r=8 needs 128 MiB and ~0.4 s here; memory-hardness is the point.
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1

_INSECURE_BACKENDS = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyring.backends.chainer.ChainerBackend",
    "keyrings.alt.file.PlaintextKeyring",
}


def _qualname(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def secure_keyring() -> keyring.backend.KeyringBackend | None:
    """The keyring backend to trust with the key, or None when there is none."""
    test_file = os.environ.get(TEST_KEYRING_ENV)
    if test_file:
        from keyrings.alt.file import PlaintextKeyring

        backend = PlaintextKeyring()
        backend.file_path = test_file  # test setting, see module doc
        return backend
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


def _entry_name(paths: DataPaths) -> str:
    return f"database-key:{paths.database}"


@dataclass(frozen=True)
class KeyInfo:
    key: bytes
    mode: str  # "keyring" or "passphrase"


def database_exists(paths: DataPaths) -> bool:
    return paths.database.exists() and paths.database.stat().st_size > 0


def passphrase_mode(paths: DataPaths) -> bool:
    return paths.kdf_params.exists()


def obtain_key(paths: DataPaths, passphrase: str | None = None) -> KeyInfo:
    """The key for the database at ``paths``, creating one for a new database.

    Raises PassphraseRequiredError (with ``new``) when a passphrase is needed and not given.
    """
    if passphrase_mode(paths):
        if passphrase is None:
            raise PassphraseRequiredError("Type the passphrase of this database.", new=False)
        return KeyInfo(derive_key(paths, passphrase), "passphrase")
    if database_exists(paths):
        return KeyInfo(_key_from_keyring(paths), "keyring")
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


def _key_from_keyring(paths: DataPaths) -> bytes:
    backend = secure_keyring()
    if backend is None:
        raise KeyringUnavailableError(
            "The key of this database is kept in the OS keyring, but no secure keyring is "
            "available now. Log in to your desktop session (or unlock the keyring) and try again."
        )
    try:
        stored = backend.get_password(SERVICE, _entry_name(paths))
    except KeyringError as exc:
        raise KeyringUnavailableError(f"The OS keyring could not be read: {exc}") from exc
    if not stored:
        raise KeyMissingError(
            f"The key for {paths.database} is not in the OS keyring. Without it the database "
            "cannot be opened; restore the keyring entry or open a backup."
        )
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyMissingError("The keyring entry for this database is damaged.")
    return key


def _new_keyring_key(paths: DataPaths, backend: keyring.backend.KeyringBackend) -> bytes:
    # A key already stored for this path outlives a deleted or lost database file: the
    # backups of that database need it, so it is reused, never overwritten.
    with contextlib.suppress(KeyringError, ValueError):
        existing = backend.get_password(SERVICE, _entry_name(paths))
        if existing and len(bytes.fromhex(existing)) == KEY_BYTES:
            return bytes.fromhex(existing)
    key = secrets.token_bytes(KEY_BYTES)
    try:
        backend.set_password(SERVICE, _entry_name(paths), key.hex())
        readback = backend.get_password(SERVICE, _entry_name(paths))
    except KeyringError as exc:
        raise KeyringUnavailableError(f"The OS keyring refused the new key: {exc}") from exc
    if readback != key.hex():
        raise KeyringUnavailableError("The OS keyring did not keep the new key.")
    return key


def forget_keyring_key(paths: DataPaths) -> None:
    backend = secure_keyring()
    if backend is not None:
        with contextlib.suppress(KeyringError):
            backend.delete_password(SERVICE, _entry_name(paths))


def create_passphrase(
    paths: DataPaths, passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N
) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseRequiredError(
            f"The passphrase must be at least {MIN_PASSPHRASE} characters.", new=True
        )
    params = {"kdf": "scrypt", "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P,
              "salt": secrets.token_hex(16), "version": 1}
    paths.ensure()
    tmp = paths.kdf_params.with_suffix(".tmp")
    tmp.write_text(json.dumps(params, indent=1), encoding="utf-8")
    os.replace(tmp, paths.kdf_params)
    return _scrypt(passphrase, params)


def derive_key(paths: DataPaths, passphrase: str) -> bytes:
    try:
        params = json.loads(paths.kdf_params.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(
            f"The passphrase settings file {paths.kdf_params} is damaged: {exc}"
        ) from exc
    return _scrypt(passphrase, params)


def _scrypt(passphrase: str, params: dict[str, Any]) -> bytes:
    if params.get("kdf") != "scrypt":
        raise StoreError(f"Unknown key derivation '{params.get('kdf')}'.")
    n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=bytes.fromhex(params["salt"]), n=n, r=r, p=p,
        maxmem=2 * 128 * r * n + 1024 * 1024, dklen=KEY_BYTES,
    )

