"""The certificate documents are signed with: the coach's own, or the organisation's.

On first use the app makes a self-signed certificate for the coach (ECDSA P-256, KeyUsage
digitalSignature + nonRepudiation, five years) and keeps it as PKCS#12 in
``<data>/signing/coach.p12``. An organisation's PKCS#12 can be imported instead; it is
re-encrypted with our own password and then takes precedence.

The PKCS#12 password is never typed by the user: it is HKDF-SHA256 of the database key and
the certificate's role (coach or organisation), in both key modes. Whatever opens the
database (the OS keyring entry, the passphrase) unlocks the signing key too, and nothing in
the password depends on the folder's absolute path, so the data folder can be moved or
copied. Files made by the first versions (a random password in the OS keyring, or HKDF with
the absolute path) are re-encrypted under the new password the first time they are used.

The unlocked database's key serves as well as the passphrase it came from
(``database_key=Database.key``), so an unlocked app never asks for the passphrase again.

The certificates (public) are also written as PEM beside the PKCS#12 files so ``verify`` can
trust them without unlocking anything; ``signing/trusted/*.pem`` holds colleagues'
certificates to accept as known signers, and ``signing/ca/*.pem`` the organisation CAs
(imported with the organisation's PKCS#12, added by the coach, or pinned from the team
server with ``add_organisation_ca(..., origin="server")``): any certificate they issued
verifies as the organisation's.
"""

from __future__ import annotations

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

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store import key_file, keys
from vrac_desktop.store.errors import (
    PassphraseRequiredError,
    StoreError,
    WrongKeyError,
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


def _database_key(paths: DataPaths, passphrase: str | None,
                  database_key: bytes | None = None) -> bytes:
    if database_key is not None:  # the open database's own key (Database.key)
        return database_key
    if key_file.passphrase_mode(paths) and passphrase is None:
        raise PassphraseRequiredError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "Type the database passphrase: it also unlocks the signing "
                "certificate.")),
            new=False,
        )
    try:
        info = keys.obtain_key(paths, passphrase)
    except WrongKeyError:
        raise SigningKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The passphrase is wrong, so the signing certificate cannot be "
                "unlocked. Nothing was signed."))) from None
    return info.legacy.candidates[0] if info.legacy is not None else info.key


def _password(paths: DataPaths, source: str, *, passphrase: str | None, create: bool,
              database_key: bytes | None = None) -> bytes:
    """The PKCS#12 password: HKDF-SHA256 of the database key and the certificate's role.

    Nothing in it depends on where the data folder is, so a moved or copied folder signs as
    before; whoever can open the database can sign, as with the database itself. ``create``
    is kept for the callers' sake: the password is derived, never stored.
    """
    del create
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=f"vrac-desktop signing-key v2:{source}".encode())
    return hkdf.derive(_database_key(paths, passphrase, database_key)).hex().encode()


def _legacy_password(paths: DataPaths, source: str, *, passphrase: str | None,
                     database_key: bytes | None = None) -> bytes | None:
    """The password the first versions used, with the file's absolute path mixed in (a
    random one in the OS keyring, or HKDF of the key with the path). None if unavailable."""
    entry = f"signing-key:{_p12_path(paths, source)}"
    if key_file.passphrase_mode(paths):
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=f"vrac-desktop {entry}".encode())
        return hkdf.derive(_database_key(paths, passphrase, database_key)).hex().encode()
    backend = keys.secure_keyring()
    if backend is None:
        return None
    try:
        stored = backend.get_password(keys.SERVICE, entry)
    except KeyringError:
        return None
    return stored.encode() if stored else None


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


def _load(paths: DataPaths, source: str, password: bytes, *, passphrase: str | None = None,
          database_key: bytes | None = None) -> SigningIdentity:
    path = _p12_path(paths, source)
    data = path.read_bytes()
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        # A file from before the password stopped depending on the folder's path: open it
        # with the old password and store it again under the new one (once).
        legacy = _legacy_password(paths, source, passphrase=passphrase,
                                  database_key=database_key)
        try:
            if legacy is None:
                raise ValueError("no earlier password either") from exc
            key, cert, extra = pkcs12.load_key_and_certificates(data, legacy)
        except ValueError:
            raise SigningKeyError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The signing certificate %1 could not be unlocked (%2). If "
                    "the data folder was moved before this version of VRAC Desktop first opened "
                    "it, open it once at its old place. Nothing was signed."), path, exc)
            ) from exc
        if cert is None or not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
            raise SigningKeyError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "%1 holds no usable signing key."), path)) from None
        return _store(paths, source, key, cert, tuple(extra), password)
    if cert is None or not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise SigningKeyError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "%1 holds no usable signing key."), _p12_path(paths, source)))
    return SigningIdentity(source, cert, key, tuple(extra), data, password)


def signing_identity(paths: DataPaths, *, coach_name: str, passphrase: str | None = None,
                     database_key: bytes | None = None) -> SigningIdentity:
    """The organisation's certificate if imported, else the coach's (made on first use).

    ``database_key``: the key of the unlocked database (``Database.key``); in passphrase mode
    it unlocks the signing certificate without asking for the passphrase again.
    """
    for source in (ORGANISATION, COACH):
        if _p12_path(paths, source).exists():
            identity = _load(paths, source, _password(
                paths, source, passphrase=passphrase, create=False, database_key=database_key),
                passphrase=passphrase, database_key=database_key)
            if identity.certificate.not_valid_after_utc < datetime.now(UTC):
                raise SigningKeyError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "The signing certificate of %1 expired on %2; nothing "
                        "was signed. Import the organisation's new certificate (Preferences, "
                        "Signing)."),
                        identity.signer_name,
                        format(identity.certificate.not_valid_after_utc, "%Y-%m-%d")))
            return identity
    password = _password(paths, COACH, passphrase=passphrase, create=True,
                         database_key=database_key)
    key, cert = make_self_signed(coach_name)
    return _store(paths, COACH, key, cert, (), password)


def import_organisation(paths: DataPaths, *, data: bytes, password: bytes | None,
                        passphrase: str | None = None, database_key: bytes | None = None,
                        now: datetime | None = None) -> SigningIdentity:
    """Import an organisation's PKCS#12 (the organisation's own certificate, or a coach's
    certificate issued by the organisation's CA); from now on documents are signed with it.

    CA certificates that come with it are trusted from then on (see organisation_cas).
    """
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        raise SigningKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The file is not a PKCS#12 file this password opens (%1); nothing "
                "was imported."), exc)
        ) from exc
    if cert is None or not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise SigningKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The PKCS#12 file has no certificate with an EC or RSA private "
                "key; nothing was imported.")))
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            raise SigningKeyError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The certificate may not be used for signatures (its key "
                    "usage forbids it); nothing was imported.")))
    except x509.ExtensionNotFound:
        pass
    moment = now or datetime.now(UTC)
    if cert.not_valid_after_utc < moment:
        raise SigningKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The certificate of %1 expired on %2; nothing was imported."),
                common_name(cert), format(cert.not_valid_after_utc, "%Y-%m-%d")))
    if cert.not_valid_before_utc > moment:
        raise SigningKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The certificate of %1 is valid only from %2; nothing was "
                "imported."),
                common_name(cert), format(cert.not_valid_before_utc, "%Y-%m-%d")))
    own = _password(paths, ORGANISATION, passphrase=passphrase, create=True,
                    database_key=database_key)
    identity = _store(paths, ORGANISATION, key, cert, tuple(extra), own)
    for extra_cert in extra:
        if _is_ca(extra_cert):
            add_organisation_ca(paths, extra_cert.public_bytes(serialization.Encoding.PEM),
                                origin=ORGANISATION)
    return identity


# --- organisation CAs: whose certificates this installation trusts as signers ------------


def ca_dir(paths: DataPaths) -> Path:
    return signing_dir(paths) / "ca"


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _load_any(data: bytes) -> list[x509.Certificate]:
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise SigningKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The file is not a certificate (PEM or DER) (%1); nothing was "
                "added."), exc)) from exc


def add_organisation_ca(paths: DataPaths, data: bytes, *, origin: str = ORGANISATION
                        ) -> list[x509.Certificate]:
    """Trust the CA certificate(s) in ``data`` (PEM or DER): every signer certificate they
    issued verifies as the organisation's from now on.

    ``origin`` names who added it ("organisation": imported by the coach, "server": pinned
    from the team server) and goes into the file name, so each can be listed or replaced.
    Returns the CA certificates added; a certificate that is no CA is refused.
    """
    certs = _load_any(data)
    if not certs:
        raise SigningKeyError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The file holds no certificate; nothing was added.")))
    for cert in certs:
        if not _is_ca(cert):
            raise SigningKeyError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "%1 is not a certificate authority (CA) certificate; nothing "
                    "was added. Ask the organisation for its CA certificate."), common_name(cert)))
    ca_dir(paths).mkdir(parents=True, exist_ok=True, mode=0o700)
    for cert in certs:
        write_atomically(ca_dir(paths) / f"{origin}-{fingerprint(cert)[:24]}.pem",
                         cert.public_bytes(serialization.Encoding.PEM))
    return certs


def organisation_cas(paths: DataPaths) -> list[x509.Certificate]:
    """The organisation CA certificates this installation trusts (imported or pinned)."""
    certs: list[x509.Certificate] = []
    seen: set[str] = set()
    if ca_dir(paths).is_dir():
        for path in sorted(ca_dir(paths).glob("*.pem")):
            try:
                loaded = x509.load_pem_x509_certificates(path.read_bytes())
            except ValueError:
                continue  # a damaged file must not block verification of the rest
            for cert in loaded:
                if fingerprint(cert) not in seen:
                    seen.add(fingerprint(cert))
                    certs.append(cert)
    return certs


def own_certificates(paths: DataPaths) -> list[x509.Certificate]:
    """This installation's own signing certificates (the coach's, the organisation's)."""
    certs: list[x509.Certificate] = []
    for source in (COACH, ORGANISATION):
        path = _pem_path(paths, source)
        if path.exists():
            try:
                certs.extend(x509.load_pem_x509_certificates(path.read_bytes())[:1])
            except ValueError:
                continue
    return certs


@dataclass(frozen=True)
class CertificateInfo:
    """What the Signing preferences show of the certificate documents are signed with."""

    source: str  # COACH or ORGANISATION
    signer: str
    organisation: str  # the certificate's O attribute; "" when absent
    issuer: str
    self_signed: bool
    not_before: datetime
    not_after: datetime
    fingerprint: str


def organisation_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(names[0].value) if names else ""


def describe(cert: x509.Certificate, source: str) -> CertificateInfo:
    return CertificateInfo(
        source=source, signer=common_name(cert), organisation=organisation_name(cert),
        issuer=common_name_of(cert.issuer), self_signed=cert.issuer == cert.subject,
        not_before=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc,
        fingerprint=fingerprint(cert))


def common_name_of(name: x509.Name) -> str:
    names = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else name.rfc4514_string()


def certificate_in_use(paths: DataPaths) -> CertificateInfo | None:
    """The certificate the next document will be signed with; None before the first export.

    Reads only the public PEM, so nothing needs unlocking."""
    for source in (ORGANISATION, COACH):
        path = _pem_path(paths, source)
        if path.exists():
            try:
                certs = x509.load_pem_x509_certificates(path.read_bytes())
            except ValueError:
                continue
            if certs:
                return describe(certs[0], source)
    return None


def certificates_for_recipients(paths: DataPaths) -> bytes:
    """PEM to give to recipients (schools, courts, lawyers) so they can check documents:
    the organisation's CA certificate(s), or, without an organisation CA, this
    installation's own certificate."""
    certs = organisation_cas(paths) or own_certificates(paths)[:1]
    if not certs:
        raise SigningKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "There is no certificate yet: import the organisation's "
                "certificate, or export a document once so the coach's own certificate is made.")))
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def trusted_certificates(paths: DataPaths) -> list[x509.Certificate]:
    """Signers and CAs this installation trusts: its own certificates, the organisation CAs
    (imported or pinned from the team server), and colleagues' in signing/trusted."""
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
    return certs + organisation_cas(paths)
