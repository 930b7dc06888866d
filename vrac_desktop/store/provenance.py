"""Who made a plan version or an erasure: the author's signature, checked against pinned
certificates.

A plan version is already bound to its content and its place in the chain by its hash
(domain/history.py). Its *author* signs that hash with the signing key of store/signing_keys.py
(the coach's own certificate or the organisation's), so a version written by someone who
does not hold a team certificate's key, or a history edited and re-hashed, no longer verifies.
An erasure is signed the same way over its family id and time, and a meeting, rating or
evaluation over the digest of its columns (``row_digest``).

What is signed is a short text with a purpose prefix, so a signature for one kind of record is
never valid for another: ``vrac-version-v1:<hash>``, ``vrac-erasure-v1:<family>:<at>`` and
``vrac-row-v1:<digest>``.
ECDSA P-256 (or RSA PKCS#1 v1.5 for an organisation's RSA key) with SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP
from vrac_desktop.domain.messages import message as core_message
from vrac_desktop.store.signing_keys import SigningIdentity, common_name


def version_message(hash_: str) -> bytes:
    return f"vrac-version-v1:{hash_}".encode("ascii")


def erasure_message(family_id: str, erased_at: str) -> bytes:
    return f"vrac-erasure-v1:{family_id}:{erased_at}".encode()


def row_digest(table: str, values: dict[str, Any]) -> str:
    """A meeting's, rating's or evaluation's fingerprint: SHA-256 of its table name and every
    column but ``written_by`` (which the server sets), as text. The same on SQLite and
    PostgreSQL. Its signature is stored like a version's, keyed by this digest."""
    body = {k: None if v is None else str(v) for k, v in values.items() if k != "written_by"}
    return hashlib.sha256(json.dumps({"table": table, "row": body}, sort_keys=True,
                                     ensure_ascii=False).encode()).hexdigest()


def row_message(digest: str) -> bytes:
    return f"vrac-row-v1:{digest}".encode("ascii")


def fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def certificate_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def load_certificate(pem: str) -> x509.Certificate | None:
    try:
        return x509.load_pem_x509_certificate(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return None


@dataclass(frozen=True)
class Signer:
    """The key this laptop signs with, and its certificate."""

    identity: SigningIdentity

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.identity.certificate)

    @property
    def name(self) -> str:
        return self.identity.signer_name

    @property
    def pem(self) -> str:
        return certificate_pem(self.identity.certificate)

    def sign(self, message: bytes) -> str:
        key = self.identity.private_key
        if isinstance(key, ec.EllipticCurvePrivateKey):
            raw = key.sign(message, ec.ECDSA(hashes.SHA256()))
        else:
            raw = key.sign(message, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(raw).decode("ascii")


def signature_valid(cert: x509.Certificate, message: bytes, signature: str) -> bool:
    try:
        raw = base64.b64decode(signature.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return False
    key = cert.public_key()
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(raw, message, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(raw, message, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except InvalidSignature:
        return False
    return True


@dataclass(frozen=True)
class Pinned:
    """Certificates a laptop accepts signatures from, by fingerprint."""

    certs: dict[str, x509.Certificate]

    @classmethod
    def of(cls, pems: Iterable[str]) -> Pinned:
        found = {}
        for pem in pems:
            cert = load_certificate(pem)
            if cert is not None:
                found[fingerprint(cert)] = cert
        return cls(found)

    def name(self, fp: str) -> str:
        cert = self.certs.get(fp)
        return common_name(cert) if cert is not None else f"unknown certificate {fp[:12]}"

    def check(self, message: bytes, signer: str | None, signature: str | None) -> str | None:
        """None when a pinned certificate's signature verifies; else what is wrong."""
        if not signer or not signature:
            return core_message(QT_TRANSLATE_NOOP("CoreMessages",
                                                  "it carries no author signature"))
        cert = self.certs.get(signer)
        if cert is None:
            return core_message(QT_TRANSLATE_NOOP(
                "CoreMessages", "it is signed by a certificate this laptop does not trust for "
                "the team (%1)"), signer[:12])
        if not signature_valid(cert, message, signature):
            return core_message(QT_TRANSLATE_NOOP(
                "CoreMessages", "its signature by %1 does not verify (changed after signing, "
                "or forged)"), common_name(cert))
        return None
