"""Check a signed plan or evaluation: the PDF's PAdES signature, or the .docx's ``.p7s``.

A document is valid when the signature is intact (not a byte changed), covers the whole
file (a long-term-validation update after it, which only adds validation data, is allowed),
was made by a trusted signer — a certificate issued by an organisation CA this installation
trusts, this installation's own certificate, or one given with ``--trust`` — that was valid
when it signed, and, where the database is at hand, the plan hash printed in it is a plan
version this database holds.

Each problem starts with its kind ("modified after signing", "not signed", "unknown
signer", "expired", "not yet valid", "revoked", "wrong hash"), then says in plain words why. A
changed file is reported as "modified" only: who signed it no longer matters then.
"""

from __future__ import annotations

import asyncio
import io
import logging
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko.sign.validation.status import SignatureCoverageLevel, StandardCMSSignatureStatus
from pyhanko_certvalidator import ValidationContext

from vrac_desktop.documents.docx_render import IDENTIFIER_PREFIX
from vrac_desktop.documents.sign import (
    INFO_FAMILY,
    INFO_KIND,
    INFO_PLAN_HASH,
    INFO_PLAN_VERSION,
)

# pyHanko logs every untrusted path at WARNING with a traceback; verify reports it instead.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

class PlanMatch(Protocol):
    @property
    def where(self) -> str | None:  # "<family>, plan version N" when the database has it
        ...

    @property
    def family_known(self) -> bool:  # the database holds the family the document names
        ...


# (plan hash, family id) -> what the database knows about them
HashLookup = Callable[[str, str], PlanMatch]


@dataclass(frozen=True)
class Verification:
    path: Path
    kind: str  # "pdf" or "docx"
    valid: bool
    problems: tuple[str, ...] = ()
    signer: str = ""
    signed_at: str = ""
    reason: str = ""
    plan_version: int | None = None
    plan_hash: str = ""
    plan_found: str = ""  # where the database has this plan version, if checked
    notes: tuple[str, ...] = field(default=())
    organisation: str = ""  # the signer certificate's organisation (O), if it names one
    issuer: str = ""  # who issued the signer's certificate (its CA, or the signer itself)
    timestamp: str = ""  # the time a timestamp authority vouches for, if there is a token
    timestamp_authority: str = ""


def _validation_context(trusted: Sequence[x509.Certificate], *, moment: datetime | None = None
                        ) -> ValidationContext:
    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
             for c in trusted]
    return ValidationContext(trust_roots=roots, allow_fetching=False, moment=moment)


def _signer_name(cert: asn1_x509.Certificate | None) -> str:
    if cert is None:
        return ""
    return str(cert.subject.native.get("common_name", cert.subject.human_friendly))


def _organisation(cert: asn1_x509.Certificate | None) -> str:
    if cert is None:
        return ""
    return str(cert.subject.native.get("organization_name", "") or "")


def _issuer(cert: asn1_x509.Certificate | None) -> str:
    if cert is None:
        return ""
    return str(cert.issuer.native.get("common_name", cert.issuer.human_friendly))


def _who(cert: asn1_x509.Certificate | None) -> str:
    name = _signer_name(cert) or "the signer"
    organisation = _organisation(cert)
    return f"{name} ({organisation})" if organisation else name


_EXPIRED = {AdESIndeterminate.OUT_OF_BOUNDS_NO_POE, AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED,
            AdESIndeterminate.EXPIRED}


def _trust_problems(status: StandardCMSSignatureStatus,
                    revalidate: Callable[[datetime], bool]) -> tuple[list[str], list[str]]:
    """Why the signer is not trusted, in plain words; and notes (e.g. a timestamp).

    ``revalidate(moment)`` checks the signer's chain again as of ``moment``: a certificate
    that has expired since, on a signature whose trusted timestamp proves it was made while
    the certificate was valid, is still a good signature."""
    problems: list[str] = []
    notes: list[str] = []
    cert = status.signing_cert
    tst = status.timestamp_validity
    if tst is not None:
        tsa = _signer_name(tst.signing_cert) or "a timestamp authority"
        if tst.intact and tst.valid and tst.trusted:
            notes.append(f"timestamped by {tsa} at {tst.timestamp:%Y-%m-%d %H:%M:%S %Z}.")
        else:
            notes.append(f"a timestamp by {tsa} at {tst.timestamp:%Y-%m-%d %H:%M:%S %Z} is "
                         "present, but its timestamp authority is not among the trusted "
                         "certificates.")
    if status.trusted or cert is None:
        return problems, notes
    not_after = cert.not_valid_after
    not_before = cert.not_valid_before
    now = datetime.now(UTC)
    indic = status.trust_problem_indic
    if indic is AdESFailure.REVOKED or indic is AdESIndeterminate.REVOKED_NO_POE:
        problems.append(f"revoked: the certificate of {_who(cert)} was revoked by "
                        f"{_issuer(cert)}.")
    elif not_after < now or indic in _EXPIRED:
        if (tst is not None and tst.trusted and tst.timestamp < not_after
                and revalidate(tst.timestamp)):
            notes.append(f"the certificate of {_who(cert)} expired on {not_after:%Y-%m-%d}, "
                         "after the timestamp: the signature was made while it was valid.")
        else:
            problems.append(f"expired: the certificate of {_who(cert)} expired on "
                            f"{not_after:%Y-%m-%d}, and no trusted timestamp shows the "
                            "document was signed before that.")
    elif not_before > now or indic in (AdESFailure.NOT_YET_VALID,
                                         AdESIndeterminate.NOT_YET_VALID):
        problems.append(f"not yet valid: the certificate of {_who(cert)} is valid only from "
                        f"{not_before:%Y-%m-%d}.")
    else:
        issuer = _issuer(cert)
        self_signed = cert.issuer == cert.subject
        problems.append(
            f"unknown signer: {_who(cert)} signed with "
            + ("a certificate it made itself" if self_signed
               else f"a certificate issued by {issuer}")
            + ", which this installation does not trust. Add the organisation's CA "
            "certificate (Preferences, Signing, or vrac-desktop signing trust-ca FILE), or "
            "give the signer's certificate with --trust.")
    return problems, notes


def _check_hash(plan_hash: str, family_id: str, lookup: HashLookup | None,
                problems: list[str], notes: list[str]) -> str:
    if not plan_hash:
        problems.append("wrong hash: the document carries no plan hash.")
        return ""
    if lookup is None:
        notes.append("The plan hash was not checked against a database.")
        return ""
    match = lookup(plan_hash, family_id)
    if match.where is not None:
        return match.where
    if match.family_known:
        problems.append(f"wrong hash: this family's history has no plan version with hash "
                        f"{plan_hash[:16]}….")
    else:
        notes.append("The plan hash was not checked: this database does not hold the family.")
    return ""


def verify_pdf(path: Path, data: bytes, *, trusted: Sequence[x509.Certificate],
               lookup: HashLookup | None = None) -> Verification:
    problems: list[str] = []
    notes: list[str] = []
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        return Verification(path, "pdf", False, (
            f"modified after signing: the file cannot be read as a PDF any more ({exc}).",))
    if not embedded:
        return Verification(path, "pdf", False, ("not signed: the PDF has no signature.",))
    sig = embedded[-1]
    try:
        status = validate_pdf_signature(sig, _validation_context(trusted))
    except (SignatureValidationError, PdfReadError, ValueError, KeyError) as exc:
        return Verification(path, "pdf", False, (
            f"modified after signing: the signature cannot be checked ({exc}).",))
    problems += _value_problems(
        status, "modified after signing: the content no longer matches the signature.")
    # Long-term validation data (a DSS) appended after the signature changes nothing signed.
    lta_only = (status.coverage is SignatureCoverageLevel.ENTIRE_REVISION
                and status.modification_level is ModificationLevel.LTA_UPDATES)
    if status.coverage is not SignatureCoverageLevel.ENTIRE_FILE and not lta_only:
        problems.append("modified after signing: content was added after the signature.")
    if not _padding_untouched(sig):
        problems.append("modified after signing: the signature field was altered.")
    elif not _embedded_certificates_untouched(sig.signed_data, trusted):
        problems.append(CERTIFICATE_ALTERED)

    def revalidate(moment: datetime) -> bool:
        again = validate_pdf_signature(sig, _validation_context(trusted, moment=moment),
                                       skip_diff=True)
        return bool(again.trusted)

    _check_signer(status, revalidate, problems, notes)
    info = reader.trailer_view.get("/Info")
    info = info.get_object() if info is not None else None
    plan_hash = str(info.get(INFO_PLAN_HASH, "")) if info is not None else ""
    version = info.get(INFO_PLAN_VERSION) if info is not None else None
    kind = str(info.get(INFO_KIND, "")) if info is not None else ""
    family_id = str(info.get(INFO_FAMILY, "")) if info is not None else ""
    if kind:
        notes.append(f"document: {kind}")
    found = _check_hash(plan_hash, family_id, lookup, problems, notes)
    tst = status.timestamp_validity
    return _report(
        path, "pdf", status, problems, notes, reason=str(sig.sig_object.get("/Reason", "")),
        plan_version=int(version) if version is not None else None, plan_hash=plan_hash,
        plan_found=found,
        timestamp=f"{tst.timestamp:%Y-%m-%d %H:%M:%S %Z}" if tst is not None else "",
        timestamp_authority=_signer_name(tst.signing_cert) if tst is not None else "",
    )


def _embedded_certificates_untouched(signed_data: cms.SignedData,
                                     trusted: Sequence[x509.Certificate]) -> bool:
    """The certificates carried in the signature (the signer's chain) are outside what the
    signature covers: a changed byte there would otherwise go unnoticed whenever the
    validation path is built from trusted copies. Each must still parse and, when its issuer
    is among them or trusted, still carry a good signature from that issuer."""
    try:
        carried = [x509.load_der_x509_certificate(c.chosen.dump())
                   for c in signed_data["certificates"] or ()]
        signer_info = signed_data["signer_infos"][0]
        # RFC 5652 fixes these version numbers; nothing signs them, so check them here.
        expected = 3 if signer_info["sid"].name == "subject_key_identifier" else 1
        if signer_info["version"].native != f"v{expected}":
            return False
        content_type = signed_data["encap_content_info"]["content_type"].native
        whole = 3 if expected == 3 or content_type != "data" else 1
        if signed_data["version"].native != f"v{whole}":
            return False
        # The signer's digest algorithm, byte for byte as listed for the whole SignedData.
        digests = {a.dump() for a in signed_data["digest_algorithms"]}
        if signer_info["digest_algorithm"].dump() not in digests:
            return False
    except (ValueError, KeyError, IndexError, TypeError):
        return False
    issuers = carried + list(trusted)
    for cert in carried:
        for issuer in issuers:
            if issuer.subject != cert.issuer:
                continue
            try:
                cert.verify_directly_issued_by(issuer)
                break
            except (ValueError, TypeError, InvalidSignature):
                continue
        else:
            if any(i.subject == cert.issuer for i in issuers):
                return False  # its issuer is known, and no copy of it signed this
    return True


def _padding_untouched(sig: object) -> bool:
    """The zero padding after the CMS blob inside /Contents is part of no digest; a changed
    padding byte would go unnoticed by the signature check, so check it here."""
    contents = bytes(sig.sig_object["/Contents"])  # type: ignore[attr-defined]
    blob = sig.signed_data  # type: ignore[attr-defined]
    used = len(cms.ContentInfo({"content_type": "signed_data", "content": blob}).dump())
    if len(contents) < used or any(contents[used:]):
        return False
    # The DER encoding itself (lengths, tags) must be the one a fresh encoding gives: a
    # changed length byte can still parse when the zero padding follows.
    try:
        again = cms.ContentInfo.load(contents[:used]).dump(force=True)
    except (ValueError, TypeError):
        return False
    return again == contents[:used]


def _docx_identifier(data: bytes) -> tuple[int | None, str, str]:
    """The plan version, hash and family id the .docx carries; empty if it cannot be read.

    The file may be damaged anywhere (that is what verify is for), and zipfile then raises
    more than BadZipFile: a flipped byte in an offset gives ValueError ("negative seek"),
    in compressed data zlib.error or EOFError.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            core = z.read("docProps/core.xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, zlib.error,
            NotImplementedError):
        return None, "", ""
    start = core.find(IDENTIFIER_PREFIX)
    if start < 0:
        return None, "", ""
    end = core.find("<", start)
    number, _, rest = core[start + len(IDENTIFIER_PREFIX):end].partition(":")
    plan_hash, _, family_id = rest.partition(":")
    return (int(number) if number.isdigit() else None), plan_hash.strip(), family_id.strip()


def verify_docx(path: Path, data: bytes, signature: bytes | None, *,
                trusted: Sequence[x509.Certificate], lookup: HashLookup | None = None
                ) -> Verification:
    if signature is None:
        return Verification(path, "docx", False, (
            f"not signed: no signature file {path.name}.p7s next to the document.",))
    problems: list[str] = []
    notes: list[str] = []
    try:
        info = cms.ContentInfo.load(signature)
        signed_data = info["content"]
        status = asyncio.run(async_validate_detached_cms(
            data, signed_data, signer_validation_context=_validation_context(trusted)))
    except (ValueError, TypeError, KeyError, SignatureValidationError) as exc:
        return Verification(path, "docx", False, (
            f"modified after signing: the .p7s signature file cannot be read ({exc}).",))
    problems += _value_problems(
        status, "modified after signing: the document no longer matches its signature.")
    if not problems and not _embedded_certificates_untouched(signed_data, trusted):
        problems.append(CERTIFICATE_ALTERED)

    def revalidate(moment: datetime) -> bool:
        again = asyncio.run(async_validate_detached_cms(
            data, signed_data,
            signer_validation_context=_validation_context(trusted, moment=moment)))
        return bool(again.trusted)

    _check_signer(status, revalidate, problems, notes)
    version, plan_hash, family_id = _docx_identifier(data)
    found = _check_hash(plan_hash, family_id, lookup, problems, notes)
    return _report(path, "docx", status, problems, notes, plan_version=version,
                   plan_hash=plan_hash, plan_found=found)


CERTIFICATE_ALTERED = "modified after signing: a certificate inside the signature was altered."


def _value_problems(status: StandardCMSSignatureStatus, not_intact: str) -> list[str]:
    """What the signature's own check says is changed: the signed bytes, or the value."""
    if not status.intact:
        return [not_intact]
    if not status.valid:
        # The signed bytes are intact, the signature value is not: the signature itself was
        # changed, which to whoever reads the report is the same thing as a changed file.
        return ["modified after signing: the signature value was altered and no longer "
                "matches the signer's key."]
    return []


def _check_signer(status: StandardCMSSignatureStatus, revalidate: Callable[[datetime], bool],
                  problems: list[str], notes: list[str]) -> None:
    """Who signed, and when, matter only for an unchanged document: add their problems and
    notes then."""
    if not problems:
        trust, timing = _trust_problems(status, revalidate)
        problems += trust
        notes += timing


def _report(path: Path, kind: str, status: StandardCMSSignatureStatus, problems: list[str],
            notes: list[str], **found: Any) -> Verification:
    cert = status.signing_cert
    return Verification(
        path, kind, not problems, tuple(problems), signer=_signer_name(cert),
        signed_at=str(status.signer_reported_dt or ""), notes=tuple(notes),
        organisation=_organisation(cert), issuer=_issuer(cert), **found)


def verify_file(path: Path, *, trusted: Sequence[x509.Certificate],
                lookup: HashLookup | None = None) -> Verification:
    """Verify a signed .pdf, or a .docx with its ``.p7s`` (either file may be named)."""
    path = Path(path)
    if path.suffix.lower() == ".p7s":
        path = path.with_suffix("")
    data = path.read_bytes()
    is_pdf = data.startswith(b"%PDF") or path.suffix.lower() == ".pdf"
    try:
        if is_pdf:
            return verify_pdf(path, data, trusted=trusted, lookup=lookup)
        p7s = path.with_name(path.name + ".p7s")
        signature = p7s.read_bytes() if p7s.exists() else None
        return verify_docx(path, data, signature, trusted=trusted, lookup=lookup)
    except Exception as exc:  # noqa: BLE001 - a damaged file must read "invalid", not crash
        # The checks above name the damage they expect; a file changed in a way no parser
        # foresaw still is a file that does not verify.
        return Verification(path, "pdf" if is_pdf else "docx", False, (
            f"modified after signing: the file is damaged and cannot be checked "
            f"({type(exc).__name__}: {exc}).",))
