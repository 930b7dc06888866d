"""The family's fidelity over the period in the six-month evaluation document."""

from __future__ import annotations

from datetime import date

from tests.documents.conftest import ExportFn
from tests.documents.test_evaluation_document import (
    LATER,
    reasoned,
    save_evaluation,
    second_meeting,
)
from tests.documents.test_plan_document import pdf_text
from vrac_desktop.documents.verify import verify_file
from vrac_desktop.domain.model import Decision, PlanContent
from vrac_desktop.services.evaluations import evaluation_as_of
from vrac_desktop.services.exports import DocumentKind
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.signing_keys import trusted_certificates


def test_evaluation_document_shows_the_periods_fidelity(
        db: Database, export: ExportFn, family_plan: tuple[str, PlanContent],
        paths: DataPaths) -> None:
    family_id, plan = family_plan
    second_meeting(db, family_id, plan)
    draft = evaluation_as_of(db, family_id=family_id, as_of=date(2027, 5, 24)).evaluation
    save_evaluation(db, family_id=family_id, actor="anna", today=LATER,
                    evaluation=reasoned(draft, overall_decision=Decision.CONTINUE))
    out = export(DocumentKind.EVALUATION, name="evaluation", as_of=date(2027, 5, 24))
    text = pdf_text(out.pdf.read_bytes())
    heading = "Is it really Wraparound? This period in figures"
    assert heading in text
    section = text[text.index(heading):text.index("Agreement", text.index(heading))]
    # sample_plan: 5 team members, 3 kinds, 1 informal support; strengths "Persistent" (the
    # child's talent); the 20 Feb meeting is the only follow-up and the family rated there.
    for expected in ("Team size", "✓ 5", "Team mix", "✓ 3", "Informal supports on the team",
                     "The child's talents", "Follow-ups where the family rated", "✓ 100 %",
                     "Listened to", "not enough data (no answers yet)"):
        assert expected in section, expected
    # It comes before the agreement and its signatures, and the signature still holds.
    assert text.index(heading) < text.rindex("Agreement")
    assert verify_file(out.pdf, trusted=trusted_certificates(paths)).valid
