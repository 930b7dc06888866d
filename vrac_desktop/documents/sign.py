"""Sign the PDF (PAdES, pyHanko) and the .docx (detached CMS, ``.p7s``).

The plan version and its hash go into the PDF's /Info dictionary in the same incremental
update as the signature, so the signature covers them and ``verify`` can read them back.

Levels (ETSI EN 319 142 baseline): without a timestamp authority the PDF is PAdES B-B. With
one configured, the signature gets an RFC 3161 timestamp token (B-T) and the certificates
(and whatever revocation data can be fetched) of the signer and the timestamp authority are
embedded in a DSS (B-LT), so the signature can still be checked after the certificates
expire. An offline laptop signs B-B and the export says why; the next export adds the
timestamp once the authority answers.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator import ValidationContext

from vrac_desktop.documents.model import DocumentMeta
from vrac_desktop.documents.timestamps import UrllibTimeStamper
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store.signing_keys import SigningIdentity

# Custom /Info keys; second-class names (no registered prefix) are allowed in /Info.
INFO_PLAN_HASH = "/VRACPlanHash"
INFO_PLAN_VERSION = "/VRACPlanVersion"
INFO_KIND = "/VRACDocument"
INFO_COPY = "/VRACCopy"
INFO_FAMILY = "/VRACFamily"
FIELD_NAME = "VRACSignature"


@dataclass(frozen=True)
class SignatureDetails:
    reason: str  # e.g. "Plan approved by the family on 24 November 2026"
    location: str = ""
    contact: str = ""


B_B, B_T, B_LT = "B-B", "B-T", "B-LT"

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignedPdf:
    data: bytes
    level: str  # B_B, B_T or B_LT
    timestamp_problem: str = ""  # why a configured timestamp is missing; "" if none is


def _writer(pdf: bytes, meta: DocumentMeta) -> IncrementalPdfFileWriter:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    info = generic.DictionaryObject()
    if "/Info" in writer.trailer:
        for key, value in writer.trailer["/Info"].items():
            info[generic.NameObject(key)] = value
    info[generic.NameObject(INFO_PLAN_HASH)] = generic.TextStringObject(meta.plan_hash)
    info[generic.NameObject(INFO_PLAN_VERSION)] = generic.NumberObject(meta.plan_version)
    info[generic.NameObject(INFO_KIND)] = generic.TextStringObject(meta.kind)
    info[generic.NameObject(INFO_FAMILY)] = generic.TextStringObject(meta.family_id)
    info[generic.NameObject(INFO_COPY)] = generic.TextStringObject(
        "family" if meta.family_copy else "professional")
    info[generic.NameObject("/Title")] = generic.TextStringObject(meta.title)
    writer.set_info(info)
    return writer


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _ltv_context(identity: SigningIdentity, trusted: Sequence[x509.Certificate],
                 timestamper: UrllibTimeStamper) -> ValidationContext:
    """What pyHanko needs to collect the validation data it embeds: the signer's chain up to
    a root, and the timestamp authority's. Roots here only make the paths complete; whether
    a reader trusts them is the reader's decision."""
    own = [identity.certificate, *identity.chain, *trusted]
    tsa_certs = list(timestamper.cert_registry)
    roots = [_asn1(c) for c in own if c.issuer == c.subject]
    roots += [c for c in tsa_certs if c.self_signed]
    others = [_asn1(c) for c in own if c.issuer != c.subject] + tsa_certs
    return ValidationContext(trust_roots=roots, other_certs=others, allow_fetching=True)


def sign_pdf_document(pdf: bytes, identity: SigningIdentity, meta: DocumentMeta,
                      details: SignatureDetails, *, timestamp_url: str = "",
                      trusted: Sequence[x509.Certificate] = ()) -> SignedPdf:
    """A PAdES signature (ETSI.CAdES.detached) over the whole file: B-B, or B-T/B-LT with
    ``timestamp_url``. ``trusted``: organisation CAs that complete the signer's chain."""
    signer = signers.SimpleSigner.load_pkcs12_data(
        identity.pkcs12, other_certs=[_asn1(c) for c in identity.chain],
        passphrase=identity.password)
    if signer is None:  # load_pkcs12_data logs and returns None on a bad file
        raise ValueError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The signing certificate could not be loaded; nothing was signed.")))
    # A root (self-signed CA) in the signature helps nobody: whoever checks must have it from
    # the organisation anyway. Left out, no unsigned copy of it sits in the file where a
    # changed byte could go unnoticed.
    signer.embed_roots = False

    def metadata(context: ValidationContext | None) -> signers.PdfSignatureMetadata:
        return signers.PdfSignatureMetadata(
            field_name=FIELD_NAME, md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES, reason=details.reason,
            location=details.location or None, contact_info=details.contact or None,
            name=identity.signer_name, embed_validation_info=context is not None,
            validation_context=context)

    def sign(context: ValidationContext | None,
             timestamper: UrllibTimeStamper | None) -> bytes:
        out = signers.sign_pdf(_writer(pdf, meta), metadata(context), signer=signer,
                               timestamper=timestamper)
        return bytes(out.getvalue())

    if not timestamp_url.strip():
        return SignedPdf(sign(None, None), B_B)
    try:
        timestamper = UrllibTimeStamper(timestamp_url.strip())
        # One request up front: it proves the authority answers and brings its certificates.
        asyncio.run(timestamper.async_dummy_response("sha256"))
    except Exception as exc:  # noqa: BLE001 - offline or a bad authority: sign B-B, say why
        return SignedPdf(sign(None, None), B_B, f"no timestamp was added: {exc}")
    try:
        return SignedPdf(sign(_ltv_context(identity, trusted, timestamper), timestamper), B_LT)
    except Exception as exc:  # noqa: BLE001 - validation data not collectable: B-T still is
        _log.info("long-term validation data not embedded: %s", exc)
        try:
            return SignedPdf(sign(None, timestamper), B_T,
                             f"the validation data could not be embedded ({exc})")
        except Exception as again:  # noqa: BLE001
            return SignedPdf(sign(None, None), B_B, f"no timestamp was added: {again}")


def sign_detached(data: bytes, identity: SigningIdentity) -> bytes:
    """A detached CMS signature (DER) that ``openssl cms -verify -binary`` accepts."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(
        identity.certificate, identity.private_key, hashes.SHA256())
    for cert in identity.chain:
        if cert.issuer != cert.subject:  # intermediates only, as in the PDF
            builder = builder.add_certificate(cert)
    return builder.sign(serialization.Encoding.DER, [
        pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary,
    ])
