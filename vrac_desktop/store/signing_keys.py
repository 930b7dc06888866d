"""The certificate documents are signed with: the coach's own, or the organisation's.

On first use the app makes a self-signed certificate for the coach (ECDSA P-256, KeyUsage
digitalSignature + nonRepudiation, five years) and keeps it as PKCS#12 in
``<data>/signing/coach.p12``. An organisation's PKCS#12 can be imported instead; it is
re-encrypted with our own password and then takes precedence.

The PKCS#12 password is never typed by the user:

* keyring mode: a random password in the OS keyring (same secure backend as the database key,
  one entry per file);
* passphrase mode (no secure keyring): HKDF-SHA256 of the database key, so the database
  passphrase unlocks the signing key too and nothing else needs remembering.

The certificates (public) are also written as PEM beside the PKCS#12 files so ``verify`` can
trust them without unlocking anything; ``signing/trusted/*.pem`` holds colleagues'
or the organisation's certificates to accept as known signers.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from keyring.errors import KeyringError

from vrac_desktop.store import keys
from vrac_desktop.store.errors import (
    KeyMissingError,
    KeyringUnavailableError,
    PassphraseRequiredError,
    StoreError,
)
from vrac_desktop.store.files import write_atomically
from vrac_desktop.store.paths import DataPaths

COACH = "coach"
ORGANISATION = "organisation"
VALID_YEARS = 5


class SigningKeyError(StoreError):
    """The signing certificate cannot be made, read or imported; the message says why."""


@dataclass(frozen=True)
class SigningIdentity:
    source: str  # COACH or ORGANISATION
    certificate: x509.Certificate
    private_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    chain: tuple[x509.Certificate, ...]  # intermediates of an organisation certificate
    pkcs12: bytes
    password: bytes

    @property
    def signer_name(self) -> str:
        return common_name(self.certificate)


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def signing_dir(paths: DataPaths) -> Path:
    return paths.root / "signing"


def trusted_dir(paths: DataPaths) -> Path:
    return signing_dir(paths) / "trusted"


def _p12_path(paths: DataPaths, source: str) -> Path:
    return signing_dir(paths) / f"{source}.p12"


def _pem_path(paths: DataPaths, source: str) -> Path:
    return signing_dir(paths) / f"{source}.pem"


def _write_private(path: Path, data: bytes) -> None:
    # mkstemp makes the file owner-only (0600) before any byte is written.
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(path, data)


def _password(paths: DataPaths, source: str, *, passphrase: str | None, create: bool) -> bytes:
    entry = f"signing-key:{_p12_path(paths, source)}"
    if keys.passphrase_mode(paths):
        if passphrase is None:
            raise PassphraseRequiredError(
                "Type the database passphrase: it also unlocks the signing certificate.",
                new=False,
            )
        db_key = keys.derive_key(paths, passphrase)
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=f"vrac-desktop {entry}".encode())
        return hkdf.derive(db_key).hex().encode()
    backend = keys.secure_keyring()
    if backend is None:
        raise KeyringUnavailableError(
            "The signing certificate's password is kept in the OS keyring, but no secure "
            "keyring is available now. Log in to your desktop session and try again."
        )
    try:
        stored = backend.get_password(keys.SERVICE, entry)
        if stored:
            return stored.encode()
        if not create:
            raise KeyMissingError(
                f"The password of {_p12_path(paths, source)} is not in the OS keyring, so "
                "documents cannot be signed with it. Import the certificate again."
            )
        fresh = secrets.token_urlsafe(32)
        backend.set_password(keys.SERVICE, entry, fresh)
        if backend.get_password(keys.SERVICE, entry) != fresh:
            raise KeyringUnavailableError("The OS keyring did not keep the signing password.")
        return fresh.encode()
    except KeyringError as exc:
        raise KeyringUnavailableError(f"The OS keyring could not be used: {exc}") from exc


def make_self_signed(name: str, *, now: datetime | None = None
                     ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A new ECDSA P-256 key and a self-signed signing certificate for ``name``."""
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name.strip() or "VRAC Desktop coach"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "VRAC Desktop (self-signed)"),
    ])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _store(paths: DataPaths, source: str, key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
           cert: x509.Certificate, chain: tuple[x509.Certificate, ...], password: bytes,
           ) -> SigningIdentity:
    data = pkcs12.serialize_key_and_certificates(
        name=common_name(cert).encode(), key=key, cert=cert, cas=list(chain) or None,
        encryption_algorithm=serialization.BestAvailableEncryption(password),
    )
    _write_private(_p12_path(paths, source), data)
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (cert, *chain))
    _write_private(_pem_path(paths, source), pem)
    return SigningIdentity(source, cert, key, chain, data, password)


def _load(paths: DataPaths, source: str, password: bytes) -> SigningIdentity:
    data = _p12_path(paths, source).read_bytes()
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        raise SigningKeyError(
            f"The signing certificate {_p12_path(paths, source)} could not be unlocked "
            f"({exc}). Nothing was signed."
        ) from exc
    if cert is None or not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise SigningKeyError(f"{_p12_path(paths, source)} holds no usable signing key.")
    return SigningIdentity(source, cert, key, tuple(extra), data, password)


def signing_identity(paths: DataPaths, *, coach_name: str, passphrase: str | None = None
                     ) -> SigningIdentity:
    """The organisation's certificate if imported, else the coach's (made on first use)."""
    for source in (ORGANISATION, COACH):
        if _p12_path(paths, source).exists():
            return _load(paths, source,
                         _password(paths, source, passphrase=passphrase, create=False))
    password = _password(paths, COACH, passphrase=passphrase, create=True)
    key, cert = make_self_signed(coach_name)
    return _store(paths, COACH, key, cert, (), password)


def import_organisation(paths: DataPaths, *, data: bytes, password: bytes | None,
                        passphrase: str | None = None) -> SigningIdentity:
    """Import an organisation's PKCS#12; from now on documents are signed with it."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        raise SigningKeyError(
            f"The file is not a PKCS#12 file this password opens ({exc}); nothing was imported."
        ) from exc
    if cert is None or not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise SigningKeyError(
            "The PKCS#12 file has no certificate with an EC or RSA private key; nothing was "
            "imported.")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            raise SigningKeyError(
                "The certificate may not be used for signatures (its key usage forbids it); "
                "nothing was imported.")
    except x509.ExtensionNotFound:
        pass
    own = _password(paths, ORGANISATION, passphrase=passphrase, create=True)
    return _store(paths, ORGANISATION, key, cert, tuple(extra), own)


def trusted_certificates(paths: DataPaths) -> list[x509.Certificate]:
    """Signers this installation knows: its own certificates and those in signing/trusted."""
    files = [_pem_path(paths, s) for s in (COACH, ORGANISATION)]
    if trusted_dir(paths).is_dir():
        files += sorted(trusted_dir(paths).glob("*.pem"))
    certs: list[x509.Certificate] = []
    for path in files:
        if path.exists():
            try:
                certs.extend(x509.load_pem_x509_certificates(path.read_bytes()))
            except ValueError:
                continue  # a damaged extra file must not block verification of the rest
    return certs
