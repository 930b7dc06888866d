"""Evaluations recorded at the same time on two laptops, on one laptop's SQLCipher database
(as a sync leaves it): listed with who and when, the next one follows the head, a document
is of one of them, and export/import and backup/restore keep both (they refused such a
family's history as broken before). A forged concurrent row is still reported."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from tests.cycle.test_cycle_services import TODAY, family_with_history, reviewed
from vrac_desktop.domain.cycle import EvaluationRecord, seal_evaluation
from vrac_desktop.domain.history import GENESIS_HASH
from vrac_desktop.domain.model import Decision, new_id
from vrac_desktop.services.backup import make_backup
from vrac_desktop.services.evaluations import (
    evaluation_as_of,
    list_evaluations,
    record_evaluation,
    start_evaluation,
)
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.restore import restore_backup
from vrac_desktop.services.transfer import export_family, import_family
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths


def two_concurrent(db: Database) -> tuple[str, EvaluationRecord, EvaluationRecord]:
    """Anna records evaluation 1 here; bram's laptop recorded its own evaluation 1 offline,
    five minutes later, which a sync then brought here as it was stored."""
    fid, _ = family_with_history(db)
    draft = reviewed(start_evaluation(db, family_id=fid, today=TODAY))
    anna, _ = record_evaluation(db, draft=draft, actor="anna", today=TODAY)
    assert draft.evaluation is not None
    theirs = replace(draft.evaluation, id=new_id(), decided=True,
                     overall_decision=Decision.ADJUST, overall_reason="Bram: adjust the goals",
                     goals=tuple(replace(g, decision=Decision.ADJUST,
                                         decision_reason="Bram: too early to tell")
                                 for g in draft.evaluation.goals))
    bram = seal_evaluation(evaluation=theirs, family_id=fid, number=1,
                           created_at=anna.created_at + timedelta(minutes=5),
                           created_by="bram", prev_hash=GENESIS_HASH)
    with db.session() as s:
        repo.add_evaluation_record(s, bram)
    return fid, anna, bram


def stored(db: Database, family_id: str) -> list[EvaluationRecord]:
    with db.session() as s:
        return repo.evaluation_records(s, family_id)


def test_both_listed_the_head_defined_and_the_next_one_follows_it(db: Database) -> None:
    fid, anna, bram = two_concurrent(db)
    report = verify_history(db)
    assert report.ok and report.evaluations == 2 and report.concurrent_evaluations == 1
    listed = list_evaluations(db, family_id=fid)
    assert [(e.id, e.number, e.created_by, e.concurrent_with, e.next_follows) for e in listed] \
        == [(anna.id, 1, "anna", (bram.id,), False), (bram.id, 1, "bram", (anna.id,), True)]
    # A document is of one evaluation: by default the head; each one by its id.
    assert evaluation_as_of(db, family_id=fid).evaluation.overall_reason == \
        "Bram: adjust the goals"
    mine = evaluation_as_of(db, family_id=fid, evaluation_id=anna.id)
    assert mine.evaluation.overall_reason == "Going well"
    assert mine.recorded is not None and mine.recorded.created_by == "anna"
    assert [c.created_by for c in mine.concurrent] == ["bram"]
    later = date(2027, 12, 1)
    rec2, _ = record_evaluation(db, draft=reviewed(start_evaluation(db, family_id=fid,
                                                                    today=later)),
                                actor="anna", today=later)
    assert (rec2.number, rec2.prev_hash) == (2, bram.hash)
    assert verify_history(db).ok
    assert [e.followed for e in list_evaluations(db, family_id=fid)] == [False, True, False]
    assert evaluation_as_of(db, family_id=fid).concurrent == ()


def test_export_import_and_backup_restore_keep_both(db: Database, paths: DataPaths,
                                                    tmp_path: Path) -> None:
    fid, _, _ = two_concurrent(db)
    before = stored(db, fid)
    path = export_family(db, family_id=fid, path=tmp_path / "family.json", actor="anna")
    other = open_local(DataPaths(tmp_path / "other"))
    try:
        import_family(other, path=path, actor="anna")
        assert stored(other, fid) == before
        assert verify_history(other).ok
    finally:
        other.dispose()
    backup = make_backup(db, paths=paths, actor="anna").path
    db.dispose()
    restore_backup(paths=paths, backup=backup, actor="anna")
    again = open_local(paths)
    try:
        assert stored(again, fid) == before
    finally:
        again.dispose()


def test_a_forged_concurrent_row_is_reported(db: Database) -> None:
    """A copy of anna's evaluation under a new id, its decision changed, slipped into the
    database with a SQL shell: it looks like a third evaluation 1 and is reported."""
    fid, anna, _ = two_concurrent(db)
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO evaluations (id, family_id, period_start, period_end, content_json, "
            "created_at, number, created_by, plan_version, plan_hash, content_hash, prev_hash, "
            "hash) SELECT :n, family_id, period_start, period_end, "
            "replace(content_json, 'Going well', 'Close the plan'), created_at, number, "
            "'carla', plan_version, plan_hash, content_hash, prev_hash, hash "
            "FROM evaluations WHERE id = :i"), {"n": new_id(), "i": anna.id})
    messages = [p.message for p in verify_history(db).problems]
    assert "evaluation 1 was changed after it was recorded (content hash)" in messages
    assert "evaluation 1 was changed after it was recorded (record hash)" in messages
    assert "evaluation 1 is stored twice (the same record under two ids)" in messages
    assert len(list_evaluations(db, family_id=fid)) == 3  # shown, not hidden
