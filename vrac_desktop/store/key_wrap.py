"""Wrapping the database key: under a passphrase (scrypt) and under a recovery key (HKDF).

The database key is 256 random bits, never derived from anything, so it can be wrapped
several times, each wrap opening it on its own (AES-256-GCM, one fixed associated data):

* under scrypt(NFC(passphrase), salt): a passphrase is low-entropy, so the KDF is
  memory-hard (N=2**17, r=8: 128 MiB);
* under HKDF-SHA256(recovery key, salt): the recovery key printed on the kit is 160 random
  bits, shown as 32 base32 characters in 8 groups of 4, so it needs no memory-hard KDF.

Pure functions on bytes and dicts: the wraps are stored in the key file (store/key_file.py)
and in every backup's header; this module reads and writes no file.
"""

from __future__ import annotations

import base64
import unicodedata
from datetime import UTC, datetime
from typing import Any

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message

# cryptography, hashlib and secrets are imported where a wrap is made or opened: in keyring
# mode the app starts without opening any (tests/gui/test_startup_imports.py), and loading
# their libraries (OpenSSL's) costs several milliseconds of the first paint.
from vrac_desktop.store.errors import PassphraseRequiredError
from vrac_desktop.store.key_file import KeyFileError, scrypt_params

KEY_BYTES = 32
MIN_PASSPHRASE = 8

# scrypt cost: N=2**17, r=8 needs 128 MiB and ~0.4 s here; memory-hardness is the point.
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
RECOVERY_BYTES = 20  # 160 bits, shown as 32 base32 characters in 8 groups of 4

_WRAP_AAD = b"vrac-desktop database key v2"


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC, so "é" typed as one or two code points is the
    same passphrase. Raises PassphraseRequiredError for text that is not valid Unicode."""
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:
        raise PassphraseRequiredError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The passphrase contains a character that is not valid text (an "
                "unpaired surrogate); type it again.")), new=False) from None


def scrypt(secret: bytes, params: dict[str, Any]) -> bytes:
    n, r, p = scrypt_params(params, lambda what: KeyFileError(message(QT_TRANSLATE_NOOP(
        "CoreMessages", "The key settings are damaged (%1)."), what)))
    import hashlib

    return hashlib.scrypt(secret, salt=bytes.fromhex(params["salt"]), n=n, r=r, p=p,
                          maxmem=2 * 128 * r * n + 1024 * 1024, dklen=KEY_BYTES)


def _seal(kek: bytes, db_key: bytes) -> tuple[str, str]:
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce.hex(), AESGCM(kek).encrypt(nonce, db_key, _WRAP_AAD).hex()


def _open_seal(kek: bytes, wrap: dict[str, Any]) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(kek).decrypt(bytes.fromhex(wrap["nonce"]), bytes.fromhex(wrap["wrapped"]),
                                  _WRAP_AAD)
    except (InvalidTag, ValueError, KeyError):
        return None
    return key if len(key) == KEY_BYTES else None


def passphrase_wrap(db_key: bytes, passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N
                    ) -> dict[str, Any]:
    import secrets

    params: dict[str, Any] = {"kdf": "scrypt", "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P,
                              "salt": secrets.token_hex(16)}
    nonce, wrapped = _seal(scrypt(normalise_passphrase(passphrase), params), db_key)
    return {**params, "nonce": nonce, "wrapped": wrapped}


def unwrap_with_passphrase(header: dict[str, Any], passphrase: str) -> bytes | None:
    """The database key from a key file / backup header and a passphrase; None: wrong."""
    wrap = header.get("passphrase")
    if not isinstance(wrap, dict):
        return None
    return _open_seal(scrypt(normalise_passphrase(passphrase), wrap), wrap)


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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
    import secrets

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
