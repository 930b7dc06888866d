"""Check a signed plan or evaluation: the PDF's PAdES signature, or the .docx's ``.p7s``.

A document is valid when the signature is intact (not a byte changed), covers the whole
file, was made by a known signer (this installation's own certificates and those in
``signing/trusted``), and, where the database is at hand, the plan hash printed in it is a
plan version this database holds.
"""

from __future__ import annotations

import asyncio
import io
import logging
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko.sign.validation.status import SignatureCoverageLevel
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


def _validation_context(trusted: Sequence[x509.Certificate]) -> ValidationContext:
    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
             for c in trusted]
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _signer_name(cert: asn1_x509.Certificate | None) -> str:
    if cert is None:
        return ""
    return str(cert.subject.native.get("common_name", cert.subject.human_friendly))


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
    if not status.intact:
        problems.append("modified after signing: the content no longer matches the signature.")
    elif not status.valid:
        problems.append("invalid signature: the signature value does not match the signer's key.")
    if status.coverage is not SignatureCoverageLevel.ENTIRE_FILE:
        problems.append("modified after signing: content was added after the signature.")
    if not _padding_untouched(sig):
        problems.append("modified after signing: the signature field was altered.")
    signer = _signer_name(status.signing_cert)
    if not status.trusted:
        problems.append(f"unknown signer: {signer or 'the signer'} is not a certificate "
                        "this installation knows.")
    info = reader.trailer_view.get("/Info")
    info = info.get_object() if info is not None else None
    plan_hash = str(info.get(INFO_PLAN_HASH, "")) if info is not None else ""
    version = info.get(INFO_PLAN_VERSION) if info is not None else None
    kind = str(info.get(INFO_KIND, "")) if info is not None else ""
    family_id = str(info.get(INFO_FAMILY, "")) if info is not None else ""
    if kind:
        notes.append(f"document: {kind}")
    found = _check_hash(plan_hash, family_id, lookup, problems, notes)
    sig_obj = sig.sig_object
    return Verification(
        path, "pdf", not problems, tuple(problems), signer=signer,
        signed_at=str(status.signer_reported_dt or ""), reason=str(sig_obj.get("/Reason", "")),
        plan_version=int(version) if version is not None else None, plan_hash=plan_hash,
        plan_found=found, notes=tuple(notes),
    )


def _padding_untouched(sig: object) -> bool:
    """The zero padding after the CMS blob inside /Contents is part of no digest; a changed
    padding byte would go unnoticed by the signature check, so check it here."""
    contents = bytes(sig.sig_object["/Contents"])  # type: ignore[attr-defined]
    blob = sig.signed_data  # type: ignore[attr-defined]
    used = len(cms.ContentInfo({"content_type": "signed_data", "content": blob}).dump())
    return len(contents) >= used and not any(contents[used:])


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
            f"invalid signature: the .p7s file cannot be read ({exc}).",))
    if not status.intact:
        problems.append("modified after signing: the document no longer matches its signature.")
    elif not status.valid:
        problems.append("invalid signature: the signature value does not match the signer's key.")
    signer = _signer_name(status.signing_cert)
    if not status.trusted:
        problems.append(f"unknown signer: {signer or 'the signer'} is not a certificate "
                        "this installation knows.")
    version, plan_hash, family_id = _docx_identifier(data)
    found = _check_hash(plan_hash, family_id, lookup, problems, notes)
    return Verification(
        path, "docx", not problems, tuple(problems), signer=signer,
        signed_at=str(status.signer_reported_dt or ""), plan_version=version,
        plan_hash=plan_hash, plan_found=found, notes=tuple(notes),
    )


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


def detached_signature_path(docx_path: Path) -> Path:
    return docx_path.with_name(docx_path.name + ".p7s")
