"""The renderer the export service is given: build the document, render, sign.

``services.exports.export_documents(..., renderer=DocumentRenderer(identity))`` is the whole
export; the CLI and the GUI build the renderer (they may import Qt, the service may not).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography import x509

from vrac_desktop.documents.common import Words, forget_charts
from vrac_desktop.documents.docx_render import render_docx
from vrac_desktop.documents.evaluation import (
    EvaluationSource,
    draft_mark,
    evaluation_document,
)
from vrac_desktop.documents.fidelity import with_fidelity_section
from vrac_desktop.documents.model import Document
from vrac_desktop.documents.pdf_render import render_pdf
from vrac_desktop.documents.plan import PlanSource, plan_document
from vrac_desktop.documents.sign import SignatureDetails, sign_detached, sign_pdf_document
from vrac_desktop.documents.transition import TransitionSource, transition_document
from vrac_desktop.services.exports import (
    DocumentKind,
    ExportSource,
    Progress,
    RenderedFiles,
    load_export_source,
)
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import NotFoundError
from vrac_desktop.store.signing_keys import SigningIdentity


def build_document(source: ExportSource, *, organisation: str = "", logo_png: bytes = b"",
                   progress: Progress) -> Document:
    if source.kind is DocumentKind.TRANSITION:
        assert source.transition is not None
        return transition_document(TransitionSource(
            family=source.family, plan=source.version.content,
            version_number=source.version.number, version_hash=source.version.hash,
            transition=source.transition.plan, transition_hash=source.transition.content_hash,
            closing_on=source.as_of, organisation=organisation, logo_png=logo_png,
        ))
    if source.kind is DocumentKind.EVALUATION:
        assert source.evaluation is not None
        document = evaluation_document(EvaluationSource(
            family=source.family, plan=source.version.content,
            version_number=source.version.number, version_hash=source.version.hash,
            ratings=source.ratings, evaluation=source.evaluation,
            family_copy=source.family_copy, organisation=organisation, logo_png=logo_png,
            recorded=source.recorded, concurrent=source.concurrent,
        ), progress=progress)
        return with_fidelity_section(document, source.fidelity,
                                     language=source.family.language)
    return plan_document(PlanSource(
        family=source.family, plan=source.version.content,
        version_number=source.version.number, version_hash=source.version.hash,
        version_date=source.version_date, ratings=source.ratings,
        as_of=source.as_of, family_copy=source.family_copy, organisation=organisation,
        logo_png=logo_png,
    ), progress=progress)


def signature_reason(source: ExportSource) -> str:
    """The signature's reason, in the family's language."""
    w = Words(source.family.language)
    translate = w.translate
    if source.kind is DocumentKind.TRANSITION:
        return translate("PlanDocument", "Transition plan agreed at the closing meeting of %1"
                         ).replace("%1", w.date(source.as_of))
    if source.kind is DocumentKind.EVALUATION:
        assert source.evaluation is not None
        text = translate("PlanDocument", "Six-month evaluation of %1 – %2")
        text = (text.replace("%1", w.date(source.evaluation.period_start))
                .replace("%2", w.date(source.evaluation.period_end)))
        # A computed suggestion is never signed as decided.
        return text if source.evaluation.decided else f"{draft_mark(w)}: {text}"
    agreement = source.version.content.agreement
    if agreement.family_approved:
        return translate("PlanDocument", "Plan approved by the family on %1").replace(
            "%1", w.date(agreement.approved_on or source.version_date))
    return translate("PlanDocument", "Plan version %1, not yet approved by the family").replace(
        "%1", str(source.version.number))


@dataclass(frozen=True)
class DocumentRenderer:
    identity: SigningIdentity
    organisation: str = ""
    logo_png: bytes = b""
    location: str = ""
    timestamp_url: str = ""  # an RFC 3161 authority: PAdES B-T/B-LT instead of B-B
    trusted: Sequence[x509.Certificate] = field(default=())  # organisation CAs

    def __call__(self, source: ExportSource, *, pdf: bool, docx: bool,
                 progress: Progress) -> RenderedFiles:
        progress(5, "Building the document")
        try:
            document = build_document(source, organisation=self.organisation,
                                      logo_png=self.logo_png, progress=progress)
        finally:
            forget_charts()
        details = SignatureDetails(reason=signature_reason(source), location=self.location)
        pdf_bytes = docx_bytes = signature = None
        level = problem = ""
        if pdf:
            progress(65, "Laying out the PDF")
            signed = sign_pdf_document(render_pdf(document), self.identity, document.meta,
                                       details, timestamp_url=self.timestamp_url,
                                       trusted=self.trusted)
            pdf_bytes, level, problem = signed.data, signed.level, signed.timestamp_problem
        if docx:
            progress(85, "Writing the Word copy")
            docx_bytes = render_docx(document)
            signature = sign_detached(docx_bytes, self.identity)
        return RenderedFiles(pdf_bytes, docx_bytes, signature, level, problem)


@dataclass(frozen=True)
class SignedPlanFiles:
    """A GDPR archive producer (services/gdpr.py): the family's current plan as signed PDFs,
    the family copy and the professional copy, regenerated from the database (the files a
    coach exported may be anywhere). A family with no saved plan yet adds nothing."""

    renderer: DocumentRenderer

    def __call__(self, db: Database, family_id: str) -> list[tuple[str, bytes]]:
        files: list[tuple[str, bytes]] = []
        for family_copy, name in ((True, "family-copy"), (False, "professional-copy")):
            try:
                source = load_export_source(db, family_id=family_id, kind=DocumentKind.PLAN,
                                            family_copy=family_copy)
            except NotFoundError:  # no saved plan yet
                return []
            rendered = self.renderer(source, pdf=True, docx=False,
                                     progress=lambda _p, _m: None)
            if rendered.pdf is not None:
                files.append((f"signed-documents/plan-version-{source.version.number}-"
                              f"{name}.pdf", rendered.pdf))
        return files
