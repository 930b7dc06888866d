"""The six-month evaluation: saved or drafted as of a date, and its signed document."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import docx
import pytest

from tests.documents.conftest import ExportFn
from tests.documents.test_plan_document import pdf_text
from tests.factories import with_progress
from vrac_desktop.documents.verify import verify_file
from vrac_desktop.domain.model import (
    Decision,
    Evaluation,
    Meeting,
    PlanContent,
    Rater,
    Rating,
    new_id,
)
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.evaluations import (
    EvaluationInputError,
    evaluation_as_of,
    evaluations,
    record_evaluation,
    start_evaluation,
    version_as_of,
)
from vrac_desktop.services.exports import DocumentKind
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import NotFoundError
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.signing_keys import trusted_certificates


def reasoned(evaluation: Evaluation, **changes: object) -> Evaluation:
    """A reviewed evaluation: every decision with its reason, the next steps written."""
    goals = tuple(replace(g, decision_reason=g.decision_reason or f"Reason for {g.decision}")
                  for g in changes.pop("goals", evaluation.goals))  # type: ignore[attr-defined]
    return replace(evaluation, goals=goals, next_steps="Meet again in June.",
                   **changes)  # type: ignore[arg-type]


LATER = date(2027, 6, 1)


def save_evaluation(db: Database, *, family_id: str, evaluation: Evaluation, actor: str,
                    today: date) -> Changes:
    """Record ``evaluation`` as the evaluation meeting does (a draft recorded)."""
    draft = start_evaluation(db, family_id=family_id, today=evaluation.period_end)
    return record_evaluation(db, draft=replace(draft, evaluation=evaluation), actor=actor,
                             today=today)[1]


def second_meeting(db: Database, family_id: str, plan: PlanContent) -> PlanContent:
    """A follow-up meeting on 20 Feb 2027: a reworded goal and new ratings."""
    later = with_progress(plan)
    meeting = Meeting(new_id(), date(2027, 2, 20), "Leiden")
    ratings = [
        Rating(new_id(), plan.goals[0].id, date(2027, 2, 20), 6, Rater.FAMILY, meeting.id),
        Rating(new_id(), plan.goals[0].id, date(2027, 2, 20), 5, Rater.TEAM, meeting.id),
        Rating(new_id(), plan.goals[1].id, date(2027, 2, 20), 8, Rater.FAMILY, meeting.id),
    ]
    save_plan_version(db, family_id=family_id, content=later, actor="anna", meeting=meeting,
                      ratings=ratings)
    return later


def test_as_of_a_past_date_uses_that_days_plan_version_and_ratings(
        db: Database, family_plan: tuple[str, PlanContent]) -> None:
    family_id, plan = family_plan
    later = second_meeting(db, family_id, plan)
    before = evaluation_as_of(db, family_id=family_id, as_of=date(2027, 1, 31))
    assert before.version.number == 1 and not before.stored
    assert [g.latest for g in before.evaluation.goals] == [3, 4]
    after = evaluation_as_of(db, family_id=family_id, as_of=date(2027, 5, 24))
    assert after.version.number == 2
    assert after.version.content.goals[1].title == later.goals[1].title
    assert [g.latest for g in after.evaluation.goals] == [6, 8]  # the family's rating leads
    assert after.evaluation.period_start == date(2026, 11, 24)
    with pytest.raises(NotFoundError):
        version_as_of(db, family_id=family_id, as_of=date(2026, 1, 1))


def test_a_saved_evaluation_is_used_as_saved(db: Database,
                                             family_plan: tuple[str, PlanContent]) -> None:
    family_id, _ = family_plan
    draft = evaluation_as_of(db, family_id=family_id, as_of=date(2027, 5, 24)).evaluation
    reviewed = reasoned(draft, family_reflection="We sleep better.",
                        overall_decision=Decision.FINALIZE)
    changes = save_evaluation(db, family_id=family_id, evaluation=reviewed, actor="anna",
                              today=LATER)
    assert changes.evaluations
    reviewed = replace(reviewed, decided=True)
    assert evaluations(db, family_id=family_id) == [reviewed]
    got = evaluation_as_of(db, family_id=family_id, as_of=date(2027, 5, 24))
    assert got.stored and got.evaluation == reviewed
    assert evaluation_as_of(db, family_id=family_id).evaluation == reviewed
    bad = replace(reviewed, id=new_id(), period_start=date(2028, 1, 1))
    with pytest.raises(EvaluationInputError, match="nothing was saved"):
        save_evaluation(db, family_id=family_id, evaluation=bad, actor="anna", today=LATER)
    assert len(evaluations(db, family_id=family_id)) == 1


def test_evaluation_document_has_goals_verdicts_reflections_and_signature(
        db: Database, export: ExportFn, family_plan: tuple[str, PlanContent],
        paths: DataPaths) -> None:
    family_id, plan = family_plan
    second_meeting(db, family_id, plan)
    draft = evaluation_as_of(db, family_id=family_id, as_of=date(2027, 5, 24)).evaluation
    goals = (replace(draft.goals[0], comment="Mornings work now & Grandma helps"),
             *draft.goals[1:])
    save_evaluation(db, family_id=family_id, actor="anna", today=LATER, evaluation=reasoned(
        draft, goals=goals, family_reflection="We feel heard.",
        team_reflection="School attendance is up.", overall_decision=Decision.ADJUST))
    out = export(DocumentKind.EVALUATION, name="evaluation", as_of=date(2027, 5, 24))
    assert out.result.version_number == 2
    text = pdf_text(out.pdf.read_bytes())
    for expected in ("Six-month evaluation", "24 November 2026 – 24 May 2027",
                     "3 → 6 → 9", "4 → 8 → 8", "Partly reached", "Reached", "Continue",
                     "Finalize", "Mornings work now & Grandma helps", "We feel heard.",
                     "School attendance is up.", "Overall decision", "Adjust",
                     "Actions", "Agreement", "Fatima", "Coach Anna"):
        assert expected in text, expected
    d = docx.Document(str(out.docx))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    assert "3 → 6 → 9" in cells and "Mornings work now & Grandma helps" in cells
    for path in (out.pdf, out.docx):
        assert verify_file(path, trusted=trusted_certificates(paths)).valid


def test_evaluation_family_copy_leaves_out_professional_actions(
        export: ExportFn) -> None:
    text = pdf_text(export(DocumentKind.EVALUATION, name="ev-family", family_copy=True,
                           as_of=date(2027, 5, 24), draft=True).pdf.read_bytes())
    assert "DRAFT — suggestions, not decided" in text
    assert "Grandma walks Yusuf to school" in text
    assert "Check with GP about sleep" not in text
