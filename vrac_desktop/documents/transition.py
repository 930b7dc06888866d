"""The transition plan as a document, in the family's language: what continues after the
plan closes and who carries it, whom to call in a crisis, how to come back, the successes
to celebrate, and the closing meeting's approval and sign-offs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vrac_desktop.documents.common import Words, decode_png
from vrac_desktop.documents.model import (
    Block,
    BulletList,
    Document,
    DocumentMeta,
    Heading,
    KeyValues,
    Paragraph,
    Signature,
    SignatureBlock,
    Table,
    clean,
)
from vrac_desktop.documents.plan import _footer, _text_paragraph
from vrac_desktop.domain.model import Family, PlanContent, TransitionPlan


@dataclass(frozen=True)
class TransitionSource:
    family: Family
    plan: PlanContent  # the last plan version, for the team's names and roles
    version_number: int
    version_hash: str
    transition: TransitionPlan
    transition_hash: str
    closing_on: date
    organisation: str = ""
    logo_png: bytes = b""


def transition_document(source: TransitionSource) -> Document:
    w = Words(source.family.language)
    translate = w.translate
    t = source.transition
    title = translate("PlanDocument", "Transition plan")
    rows = [
        (translate("PlanDocument", "Family"), w.text(source.family.display_name)),
        (translate("PlanDocument", "Reference"), w.text(source.family.reference)),
        (translate("PlanDocument", "Closing meeting"), w.date(source.closing_on)),
        (translate("PlanDocument", "Plan version"), str(source.version_number)),
        (translate("PlanDocument", "Plan version hash (SHA-256)"), source.version_hash),
        (translate("PlanDocument", "Transition plan hash (SHA-256)"), source.transition_hash),
    ]
    if source.organisation:
        rows.insert(0, (translate("PlanDocument", "Organisation"), clean(source.organisation)))
    blocks: list[Block] = [Heading(title, level=0), KeyValues(tuple(rows))]
    blocks.append(Heading(translate("PlanDocument", "Successes to celebrate")))
    if t.successes:
        blocks.append(BulletList(tuple(w.text(s.text) for s in t.successes)))
    else:
        blocks.append(Paragraph(w.not_filled(), missing=True))
    blocks.append(Heading(translate("PlanDocument", "What continues, and who carries it")))
    blocks.append(Table(
        (translate("PlanDocument", "What continues"), translate("PlanDocument", "Who carries it")),
        tuple((w.text(c.what), w.text(c.who)) for c in t.continuing), (3, 2),
        empty_text=translate("PlanDocument", "Nothing continues after closure."),
    ))
    blocks.append(Heading(translate("PlanDocument", "Whom to call in a crisis")))
    blocks.append(Table(
        (translate("PlanDocument", "Who"), translate("PlanDocument", "How to reach them")),
        tuple((w.text(c.name), w.text(c.how)) for c in t.crisis_contacts), (2, 3),
        empty_text=w.not_filled(),
    ))
    blocks.append(Heading(translate("PlanDocument", "How the family can come back")))
    blocks.append(_text_paragraph(t.come_back, w))
    blocks.append(Heading(translate("PlanDocument", "Agreement")))
    a = t.agreement
    if a.family_approved:
        blocks.append(Paragraph(translate(
            "PlanDocument", "The family approved this transition plan on %1 (%2).")
            .replace("%1", w.date(a.approved_on)).replace("%2", w.text(a.approved_by))))
    else:
        blocks.append(Paragraph(translate(
            "PlanDocument", "The family has not approved this transition plan."), missing=True))
    signed = []
    for s in a.signoffs:
        member = source.plan.member(s.member_id)
        signed.append(Signature(name=w.text(s.typed_name),
                                role=clean(member.role) if member else w.not_filled(),
                                date=w.date(s.signed_on), png=decode_png(s.signature_png)))
    blocks.append(SignatureBlock(tuple(signed),
                                 empty_text=translate("PlanDocument", "Nobody has signed yet.")))
    return Document(
        meta=DocumentMeta(
            title=f"{title} – {clean(source.family.display_name)}",
            language=source.family.language, family_reference=source.family.reference,
            family_id=source.family.id, plan_version=source.version_number,
            plan_hash=source.version_hash, kind="transition", family_copy=False,
            organisation=clean(source.organisation),
            footer=_footer(w, source.family.display_name, source.version_number,
                           source.version_hash),
        ),
        blocks=tuple(blocks), logo_png=source.logo_png,
    )
