"""End-to-end encryption of plan content on the team server (issue 16, first part).

A **team key** (256 bits, random) encrypts every family-identifying or plan field before it
leaves a laptop; the server keeps ciphertext only. AES-GCM from ``cryptography`` (no home-made
crypto), a fresh 96-bit nonce per field, and as associated data the table, the family id, the
row's key (version hash or row id) and the column, so a ciphertext moved to another row, family
or column no longer decrypts. A sealed value is ``vrac-e1:<base64(nonce + ciphertext)>``.

What stays in clear on the server (what sync needs): ids, team, version numbers, hashes,
signatures, dates, ``updated_at``, status, language, rating values, who created a row
(``created_by``: the coach, not the family) and ``written_by``.

The team key reaches a coach's laptop inside the join code, wrapped (AES-GCM) with a key
derived by scrypt from a short **key code** the operator gives separately; on the laptop it is
kept like the server password (store/server_credentials.py: OS keyring, or inside the
encrypted database in passphrase mode).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store.errors import StoreError

PREFIX = "vrac-e1:"
KEY_BYTES = 32
SCRYPT_N = 2**15

# table -> (row key column, encrypted columns)
SEALED: dict[str, tuple[str, tuple[str, ...]]] = {
    "families": ("id", ("display_name", "reference", "search_key")),
    "plan_versions": ("hash", ("content_json",)),
    "plan_version_forks": ("hash", ("content_json",)),
    "meetings": ("id", ("location", "attendance_json", "notes")),
    "ratings": ("id", ("comment",)),
    "evaluations": ("id", ("content_json",)),
    "phase_changes": ("id", ("reason",)),
    "transition_plans": ("id", ("content_json",)),
}


@dataclass(frozen=True)
class TeamKeys:
    """Every generation of a team's key a laptop holds; new fields use ``current``.
    ``server rotate-team-key`` adds a generation (old rows stay readable with the old one)."""

    current: int
    keys: dict[int, bytes]

    @classmethod
    def single(cls, key: bytes) -> TeamKeys:
        return cls(1, {1: key})

    @property
    def key(self) -> bytes:
        return self.keys[self.current]

    def with_key(self, generation: int, key: bytes) -> TeamKeys:
        return TeamKeys(max(self.current, generation), {**self.keys, generation: key})

    def to_bytes(self) -> bytes:
        if self.keys == {1: self.keys.get(1)} and self.current == 1:
            return self.keys[1]  # one generation: the raw key, as join codes first carried it
        return json.dumps({"current": self.current,
                           "keys": {str(g): k.hex() for g, k in self.keys.items()}}).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> TeamKeys:
        if len(raw) == KEY_BYTES:
            return cls.single(raw)
        data = json.loads(raw)
        return cls(int(data["current"]), {int(g): bytes.fromhex(k)
                                          for g, k in data["keys"].items()})


class TeamKeyError(StoreError):
    """A sealed field could not be opened (wrong or missing team key, or changed on the
    server); the message says which."""


def new_team_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _ad(table: str, family_id: str, row_key: str, column: str) -> bytes:
    return f"vrac-e1|{table}|{family_id}|{row_key}|{column}".encode()


def _keys(keys: TeamKeys | bytes) -> TeamKeys:
    return keys if isinstance(keys, TeamKeys) else TeamKeys.single(keys)


def seal_value(keys: TeamKeys | bytes, value: str, *, table: str, family_id: str,
               row_key: str, column: str) -> str:
    """``vrac-e1:[<generation>.]<base64(nonce + ciphertext)>`` under the current key."""
    team = _keys(keys)
    nonce = os.urandom(12)
    sealed = AESGCM(team.key).encrypt(nonce, value.encode("utf-8"),
                                      _ad(table, family_id, row_key, column))
    generation = f"{team.current}." if team.current != 1 else ""
    return PREFIX + generation + base64.b64encode(nonce + sealed).decode("ascii")


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def generation_of(token: str) -> int:
    body = token[len(PREFIX):]
    head, dot, _ = body.partition(".")
    return int(head) if dot and head.isdigit() else 1


def open_value(keys: TeamKeys | bytes, token: str, *, table: str, family_id: str,
               row_key: str, column: str) -> str:
    if not is_sealed(token):
        raise TeamKeyError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "%1.%2 of %3 is not encrypted on the server although the team "
            "encrypts it (written by someone without the team key, or injected)"),
            table, column, row_key[:12]))
    generation = generation_of(token)
    key = _keys(keys).keys.get(generation)
    if key is None:
        raise TeamKeyError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "%1.%2 of %3 was encrypted with generation %4 of the team key, which "
            "this laptop does not hold (the key was rotated after it left the team, or it must "
            "join again)"),
            table, column, row_key[:12], generation))
    try:
        body = token[len(PREFIX):].rpartition(".")[2]
        raw = base64.b64decode(body.encode("ascii"), validate=True)
        plain = AESGCM(key).decrypt(raw[:12], raw[12:], _ad(table, family_id, row_key, column))
    except (ValueError, InvalidTag):
        raise TeamKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "%1.%2 of %3 does not decrypt with the team key: it was changed "
                "on the server, or moved there from "
                "another row or family"), table, column, row_key[:12])) from None
    return plain.decode("utf-8")


def _each_sealed_field(key: TeamKeys | bytes, table: str, values: dict[str, Any],
                       transform: Callable[..., str]) -> dict[str, Any]:
    """``values`` with every sealed, non-empty column passed through ``transform``
    (seal_value or open_value), bound to its table, family, row key and column."""
    spec = SEALED.get(table)
    if spec is None:
        return values
    key_col, columns = spec
    family_id = str(values["id"] if table == "families" else values["family_id"])
    out = dict(values)
    for column in columns:
        if out.get(column) is not None:
            out[column] = transform(key, str(out[column]), table=table, family_id=family_id,
                                    row_key=str(values[key_col]), column=column)
    return out


def seal_row(key: TeamKeys | bytes, table: str, values: dict[str, Any]) -> dict[str, Any]:
    return _each_sealed_field(key, table, values, seal_value)


def open_row(key: TeamKeys | bytes, table: str, values: dict[str, Any]) -> dict[str, Any]:
    return _each_sealed_field(key, table, values, open_value)


def any_sealed(values: dict[str, Any]) -> bool:
    return any(is_sealed(v) for v in values.values())


# --- the key in the join code ------------------------------------------------------------------


def new_key_code() -> str:
    """A short code the operator reads out or sends apart from the join code."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def _wrapping_key(key_code: str, salt: bytes) -> bytes:
    normal = "".join(key_code.upper().split()).replace("-", "")
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=8, p=1).derive(normal.encode())


@dataclass(frozen=True)
class WrappedKey:
    salt: str
    blob: str

    def to_json(self) -> dict[str, str]:
        return {"salt": self.salt, "blob": self.blob}


def wrap_team_key(team_key: bytes, key_code: str, *, team: str) -> WrappedKey:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    blob = AESGCM(_wrapping_key(key_code, salt)).encrypt(
        nonce, team_key, f"vrac-team-key|{team}".encode())
    return WrappedKey(base64.b64encode(salt).decode(), base64.b64encode(nonce + blob).decode())


def unwrap_team_key(wrapped: WrappedKey, key_code: str, *, team: str) -> bytes:
    try:
        raw = base64.b64decode(wrapped.blob)
        key = AESGCM(_wrapping_key(key_code, base64.b64decode(wrapped.salt))).decrypt(
            raw[:12], raw[12:], f"vrac-team-key|{team}".encode())
    except (ValueError, InvalidTag):
        raise TeamKeyError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The key code does not open the team key in the join code (a typo, or "
            "another coach's code). Nothing was changed."))) from None
    return key


# --- rotation: a new generation granted to each remaining coach -------------------------------


def grant_for(certificate_pem: str, new_key: bytes, *, team: str, generation: int,
              holder: str) -> str:
    """The new key wrapped for one coach: ECDH (ephemeral P-256 key with the public key of the
    coach's published certificate) -> HKDF-SHA256 -> AES-GCM. Only that coach's laptop, which
    holds the matching private key, can open it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    public = x509.load_pem_x509_certificate(certificate_pem.encode()).public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise TeamKeyError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The certificate of %1 has no EC key: give %1 a new join code "
            "instead."), holder))
    ephemeral = ec.generate_private_key(public.curve)
    info = f"vrac-team-key-grant|{team}|{generation}|{holder}".encode()
    kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(
        ephemeral.exchange(ec.ECDH(), public))
    nonce = os.urandom(12)
    blob = AESGCM(kek).encrypt(nonce, new_key, info)
    point = ephemeral.public_key().public_bytes(serialization.Encoding.X962,
                                                serialization.PublicFormat.UncompressedPoint)
    return json.dumps({"eph": base64.b64encode(point).decode(),
                       "blob": base64.b64encode(nonce + blob).decode()})


def open_grant(private_key: Any, grant: str, *, team: str, generation: int,
               holder: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    try:
        data = json.loads(grant)
        if not isinstance(private_key, ec.EllipticCurvePrivateKey):
            raise ValueError("not an EC key")
        ephemeral = ec.EllipticCurvePublicKey.from_encoded_point(
            private_key.curve, base64.b64decode(data["eph"]))
        info = f"vrac-team-key-grant|{team}|{generation}|{holder}".encode()
        kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(
            private_key.exchange(ec.ECDH(), ephemeral))
        raw = base64.b64decode(data["blob"])
        return AESGCM(kek).decrypt(raw[:12], raw[12:], info)
    except (ValueError, KeyError, TypeError, InvalidTag):
        raise TeamKeyError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The new team key (generation %1) granted to %2 does not open with "
            "this laptop's signing key."), generation, holder)) from None


Sealer = Callable[[str, dict[str, Any]], dict[str, Any]]
