"""The transition plan as a document, in the family's language: what continues after the
plan closes and who carries it, whom to call in a crisis, how to come back, the successes
to celebrate, and the closing meeting's approval and sign-offs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vrac_desktop.documents.common import (
    Words,
    approval,
    family_document,
    signoffs,
    text_paragraph,
    version_footer,
)
from vrac_desktop.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    SignatureBlock,
    Table,
    clean,
)
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
    blocks.append(text_paragraph(t.come_back, w))
    blocks.append(Heading(translate("PlanDocument", "Agreement")))
    blocks.append(approval(
        t.agreement, w,
        approved=translate("PlanDocument", "The family approved this transition plan on %1 (%2)."),
        not_approved=translate("PlanDocument",
                               "The family has not approved this transition plan.")))
    blocks.append(SignatureBlock(signoffs(t.agreement, source.plan, w),
                                 empty_text=translate("PlanDocument", "Nobody has signed yet.")))
    return family_document(
        title, "transition", family=source.family, version_number=source.version_number,
        version_hash=source.version_hash, family_copy=False, organisation=source.organisation,
        blocks=blocks, footer=version_footer(w, source.family.display_name,
                                             source.version_number, source.version_hash),
        logo_png=source.logo_png)
