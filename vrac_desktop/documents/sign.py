"""Sign the PDF (PAdES, pyHanko) and the .docx (detached CMS, ``.p7s``).

The plan version and its hash go into the PDF's /Info dictionary in the same incremental
update as the signature, so the signature covers them and ``verify`` can read them back.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from vrac_desktop.documents.model import DocumentMeta
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


def sign_pdf(pdf: bytes, identity: SigningIdentity, meta: DocumentMeta,
             details: SignatureDetails) -> bytes:
    """A PAdES baseline (ETSI.CAdES.detached) signature over the whole file."""
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
    signer = signers.SimpleSigner.load_pkcs12_data(
        identity.pkcs12, other_certs=[], passphrase=identity.password)
    if signer is None:  # load_pkcs12_data logs and returns None on a bad file
        raise ValueError("The signing certificate could not be loaded; nothing was signed.")
    signature_meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=details.reason,
        location=details.location or None,
        contact_info=details.contact or None,
        name=identity.signer_name,
    )
    out = signers.sign_pdf(writer, signature_meta, signer=signer)
    return bytes(out.getvalue())


def sign_detached(data: bytes, identity: SigningIdentity) -> bytes:
    """A detached CMS signature (DER) that ``openssl cms -verify -binary`` accepts."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(
        identity.certificate, identity.private_key, hashes.SHA256())
    for cert in identity.chain:
        builder = builder.add_certificate(cert)
    return builder.sign(serialization.Encoding.DER, [
        pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary,
    ])


def asn1_certificate(der: bytes) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(der)
