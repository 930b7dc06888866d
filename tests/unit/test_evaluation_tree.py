"""The evaluation chain as a tree (domain/cycle.py): two laptops that record evaluation n
while not syncing both link it to evaluation n-1. Both verify; the next evaluation follows
the head. A record that only *claims* to be such a concurrent evaluation (a changed copy, a
re-pointed or deleted one) is still reported."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from vrac_desktop.domain.codec import sha256_hex
from vrac_desktop.domain.cycle import (
    EvaluationRecord,
    concurrent_evaluations,
    evaluation_hash,
    evaluation_head,
    seal_evaluation,
    verify_evaluations,
)
from vrac_desktop.domain.history import GENESIS_HASH
from vrac_desktop.domain.model import Decision, Evaluation, GoalEvaluation, Verdict

FAMILY = "fam-1"


def record(tag: str, number: int, prev: str, at: datetime, by: str) -> EvaluationRecord:
    evaluation = Evaluation(f"ev-{tag}", date(2026, 5, 1), date(2026, 11, 1), (GoalEvaluation(
        "g1", 3, 6, 9, Verdict.PARTLY, Decision.CONTINUE, decision_reason=f"reason {tag}"),),
        decided=True)
    return seal_evaluation(evaluation=evaluation, family_id=FAMILY, number=number,
                           created_at=at, created_by=by, prev_hash=prev)


def tree() -> list[EvaluationRecord]:
    """1a (anna, 10:00) and 1b (bram, 10:05) recorded offline; 2 follows 1b."""
    one_a = record("1a", 1, GENESIS_HASH, datetime(2026, 11, 27, 10, 0, tzinfo=UTC), "anna")
    one_b = record("1b", 1, GENESIS_HASH, datetime(2026, 11, 27, 10, 5, tzinfo=UTC), "bram")
    two = record("2", 2, one_b.hash, datetime(2027, 5, 27, 9, 0, tzinfo=UTC), "anna")
    return [one_a, one_b, two]


def rehashed(rec: EvaluationRecord, **changes: object) -> EvaluationRecord:
    """``rec`` changed and sealed again (content and record hash made to match)."""
    rec = replace(rec, **changes)  # type: ignore[arg-type]
    c_hash = sha256_hex(rec.content_json)
    return replace(rec, content_hash=c_hash, hash=evaluation_hash(
        family_id=rec.family_id, number=rec.number, created_at=rec.created_at,
        created_by=rec.created_by, plan_version=rec.plan_version, plan_hash=rec.plan_hash,
        content_hash=c_hash, prev_hash=rec.prev_hash))


def test_two_honest_concurrent_evaluations_verify_and_the_head_is_defined() -> None:
    one_a, one_b, two = tree()
    assert verify_evaluations(FAMILY, [one_a, one_b], plan_hashes={}) == []
    assert verify_evaluations(FAMILY, [two, one_b, one_a], plan_hashes={}) == []
    # The newer of the two concurrent ones is the head, whatever the order read.
    assert evaluation_head([one_b, one_a]) == evaluation_head([one_a, one_b]) == one_b
    assert evaluation_head([one_a, one_b, two]) == two
    assert concurrent_evaluations([one_a, one_b, two]) == {
        one_a.id: (one_b,), one_b.id: (one_a,)}
    # The same second: the hash decides, the same on every laptop.
    tied = rehashed(one_b, created_at=one_a.created_at)
    assert evaluation_head([one_a, tied]) == max([one_a, tied], key=lambda r: r.hash)


def test_a_forged_concurrent_copy_with_changed_content_is_reported() -> None:
    one_a, one_b, two = tree()
    # A copy of 1b under a new id, its decision reason changed, its hashes kept: it looks
    # like a third evaluation 1 recorded at the same time.
    forged = replace(one_b, id="ev-forged",
                     content_json=one_b.content_json.replace("reason 1b", "reason forged"))
    problems = verify_evaluations(FAMILY, [one_a, one_b, two, forged], plan_hashes={})
    assert "evaluation 1 is stored twice (the same record under two ids)" in problems
    assert "evaluation 1 was changed after it was recorded (content hash)" in problems
    # Its content hash made to match too, not its record hash: still caught.
    forged = replace(forged, content_hash=sha256_hex(forged.content_json))
    assert verify_evaluations(FAMILY, [one_a, one_b, two, forged], plan_hashes={}) == [
        "evaluation 1 is stored twice (the same record under two ids)",
        "evaluation 1 was changed after it was recorded (record hash)"]
    # Sealed again as a record of its own (new hashes): on a laptop that joined a team, its
    # missing or wrong signature refuses it (tests/server); here it is an honest-looking
    # third evaluation 1, which the list shows as recorded at the same time.


def test_an_edit_a_deletion_and_a_re_pointing_are_still_reported() -> None:
    one_a, one_b, two = tree()
    edited = replace(one_a, content_json=one_a.content_json.replace("reason 1a", "done"))
    assert verify_evaluations(FAMILY, [edited, one_b, two], plan_hashes={}) == [
        "evaluation 1 was changed after it was recorded (content hash)"]
    # The evaluation 2 follows, deleted: 2 follows nothing there is.
    assert verify_evaluations(FAMILY, [one_a, two], plan_hashes={}) == [
        "evaluation 2 does not follow the evaluation before it: an evaluation is missing or "
        "was changed"]
    # 2 pointed at the other evaluation 1 without sealing it again: its record hash breaks.
    assert verify_evaluations(FAMILY, [one_a, one_b, replace(two, prev_hash=one_a.hash)],
                              plan_hashes={}) == [
        "evaluation 2 was changed after it was recorded (record hash)"]
    # 1b sealed again after an edit: what followed it no longer does.
    resealed = rehashed(one_b, content_json=one_b.content_json.replace("reason 1b", "x"))
    assert verify_evaluations(FAMILY, [one_a, resealed, two], plan_hashes={}) == [
        "evaluation 2 does not follow the evaluation before it: an evaluation is missing or "
        "was changed"]
    # A concurrent one claiming a number its place in the chain does not have.
    wrong = rehashed(one_b, number=2)
    assert verify_evaluations(FAMILY, [one_a, wrong], plan_hashes={}) == [
        "evaluation 2 is out of sequence (expected 1): an evaluation is missing"]
    # Another family's evaluation slipped in as a concurrent one.
    stray = rehashed(one_b, family_id="other")
    assert "evaluation 1 belongs to another family" in verify_evaluations(
        FAMILY, [one_a, stray], plan_hashes={})


def test_plan_version_checks_hold_for_concurrent_evaluations() -> None:
    one_a, one_b, _ = tree()
    one_b = rehashed(one_b, plan_version=2, plan_hash="a" * 64)
    assert verify_evaluations(FAMILY, [one_a, one_b], plan_hashes={2: "a" * 64}) == []
    assert verify_evaluations(FAMILY, [one_a, one_b], plan_hashes={2: "b" * 64}) == [
        "evaluation 1 names plan version 2, which is not in this family's history with that "
        "hash"]
