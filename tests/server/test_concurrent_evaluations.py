"""Two laptops record the same six-month evaluation offline (issue: evaluation forks).

Two coaches' laptops (SQLCipher) joined to one team server (real PostgreSQL, roles, row-level
security, signatures): both record evaluation 1 of the same family while not syncing, then
both sync, both ways. Nothing may be lost and nothing false said: both evaluations are kept on
both laptops and on the server, the chain check does not call two honest evaluations
tampering, and the next evaluation follows a defined one of them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from PySide6.QtCore import Qt

from tests.factories import sample_plan
from tests.server.conftest import TEAM, Laptop, Org, Team
from vrac_desktop.domain.draft import MeetingDraft
from vrac_desktop.domain.model import Decision, Meeting, Rater, Rating, new_id
from vrac_desktop.services.evaluations import (
    list_evaluations,
    record_evaluation,
    start_evaluation,
)
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.sync import sync, sync_status
from vrac_desktop.store.database import Database, open_server

from vrac_desktop.gui.sync_panel import SyncPanel

EVAL_DAY = date(2026, 11, 27)


def seed(db: Database, actor: str) -> str:
    family, _ = create_family(db, display_name="Family Bakker", actor=actor)
    plan = sample_plan()
    g1 = plan.goals[0]
    for day, value in ((date(2026, 5, 20), None), (date(2026, 9, 15), 6)):
        meeting = Meeting(new_id(), day, "Leiden")
        ratings = [Rating(new_id(), g1.id, day, value, Rater.FAMILY, meeting.id)] \
            if value else []
        save_plan_version(db, family_id=family.id, content=plan, actor=actor,
                          meeting=meeting, ratings=ratings, today=day)
    return family.id


def decided(draft: MeetingDraft, reason: str, overall: Decision) -> MeetingDraft:
    ev = draft.evaluation
    assert ev is not None
    goals = tuple(replace(g, decision=Decision.CONTINUE, decision_reason=reason)
                  for g in ev.goals)
    return replace(draft, evaluation=replace(ev, goals=goals, overall_decision=overall,
                                             overall_reason=reason))


def evaluation_rows(db: Database, family_id: str) -> list[tuple[str, ...]]:
    """Every stored column of the family's evaluations, sorted: to compare sides."""
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT id, number, created_at, created_by, plan_version, plan_hash, content_json, "
            "content_hash, prev_hash, hash FROM evaluations WHERE family_id = :f"),
            {"f": family_id})
        return sorted(tuple(str(v) for v in r) for r in rows)


def cli(laptop: Laptop, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir",
                           str(laptop.paths.root), *args], capture_output=True, text=True,
                          check=False, env=dict(os.environ), timeout=120)


def test_two_laptops_record_evaluation_1_offline_both_kept_and_verified(org: Org) -> None:
    """Before the fix: the second laptop's sync moved nothing (the family's fingerprint
    counted evaluations, and both sides had one), so each laptop kept only its own
    evaluation 1 and the server only the first one pushed, silently, for as long as
    nothing else changed. Once anything else changed (a new plan version), both arrived
    everywhere and verify-history reported on all three sides "evaluation 1 is out of
    sequence (expected 2): an evaluation is missing" and "evaluation 1 does not follow the
    evaluation before it" (so a backup of it would not restore, an export not import)."""
    anna, bram = org.join("anna", TEAM), org.join("bram", TEAM)
    fid = seed(anna.db, "anna")
    anna.sync()
    bram.sync()
    # Offline on both laptops: each coach records the six-month evaluation.
    rec_a, _ = record_evaluation(anna.db, draft=decided(
        start_evaluation(anna.db, family_id=fid, today=EVAL_DAY), "Anna: going well",
        Decision.CONTINUE), actor="anna", today=EVAL_DAY)
    rec_b, _ = record_evaluation(bram.db, draft=decided(
        start_evaluation(bram.db, family_id=fid, today=EVAL_DAY), "Bram: adjust the goals",
        Decision.ADJUST), actor="bram", today=EVAL_DAY)
    assert rec_a.number == rec_b.number == 1 and rec_a.prev_hash == rec_b.prev_hash
    before = {"anna": evaluation_rows(anna.db, fid), "bram": evaluation_rows(bram.db, fid)}
    assert len(before["anna"]) == len(before["bram"]) == 1

    first, second, third = anna.sync(), bram.sync(), anna.sync()
    assert not (first.problems or second.problems or third.problems)
    assert second.pushed and second.pulled and third.pulled  # each evaluation travelled
    # Said once on each laptop, by the sync that brought the two together there.
    assert (first.concurrent_evaluations, second.concurrent_evaluations,
            third.concurrent_evaluations) == ((), (fid,), (fid,))
    assert anna.sync().concurrent_evaluations == ()
    after = {name: evaluation_rows(db, fid) for name, db in
             (("anna", anna.db), ("bram", bram.db), ("server", org.server))}
    # Nothing lost, nothing changed: every side holds both, byte for byte as recorded.
    assert after["anna"] == after["bram"] == after["server"] == sorted(
        before["anna"] + before["bram"])
    for db in (anna.db, bram.db, org.server):
        assert verify_history(db, family_id=fid).ok
        listed = list_evaluations(db, family_id=fid)
        assert [(e.number, e.created_by) for e in listed] == [(1, "anna"), (1, "bram")]
        assert [e.concurrent_with for e in listed] == [(rec_b.id,), (rec_a.id,)]
        # The next evaluation follows the newer one (bram's, recorded second).
        assert [e.next_follows for e in listed] == [False, True]
    assert (sync_status(anna.db).pending, sync_status(bram.db).pending) == (0, 0)

    # What the coach reads on the command line.
    verified = cli(anna, "verify-history")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "OK:" in verified.stdout and "BROKEN" not in verified.stdout
    assert "1 family has evaluations recorded at the same time on two laptops" \
        in verified.stdout
    listed_cli = cli(bram, "evaluations", fid)
    assert listed_cli.returncode == 0, listed_cli.stderr
    assert "recorded at the same time as evaluation 1 by bram" in listed_cli.stdout
    assert "recorded at the same time as evaluation 1 by anna" in listed_cli.stdout
    assert f"The next evaluation follows {rec_b.id} (evaluation 1 by bram" in listed_cli.stdout

    # Six months later anna records evaluation 2: it follows the head, on every side.
    later = date(2027, 5, 27)
    rec_2, _ = record_evaluation(anna.db, draft=decided(
        start_evaluation(anna.db, family_id=fid, today=later), "Anna: on track",
        Decision.CONTINUE), actor="anna", today=later)
    assert (rec_2.number, rec_2.prev_hash) == (2, rec_b.hash)
    anna.sync()
    bram.sync()
    for db in (anna.db, bram.db, org.server):
        assert verify_history(db, family_id=fid).ok
        assert [(e.number, e.created_by, e.next_follows) for e in
                list_evaluations(db, family_id=fid)] == [
            (1, "anna", False), (1, "bram", False), (2, "anna", True)]


def test_a_forged_concurrent_evaluation_on_the_server_is_refused(org: Org) -> None:
    """What passes for a third evaluation 1 recorded at the same time, written on the server
    by its administrator (a coach's role cannot: no UPDATE, RLS): the laptops refuse the
    family and keep what they had."""
    anna, bram = org.join("anna", TEAM), org.join("bram", TEAM)
    fid = seed(anna.db, "anna")
    rec_a, _ = record_evaluation(anna.db, draft=decided(
        start_evaluation(anna.db, family_id=fid, today=EVAL_DAY), "Anna: going well",
        Decision.CONTINUE), actor="anna", today=EVAL_DAY)
    anna.sync()
    bram.sync()
    # bram's own login role cannot re-point or change anna's evaluation on the server.
    server = bram.connect()
    try:
        with server.engine.begin() as conn, pytest.raises(DBAPIError, match="permission"):
            conn.execute(text("UPDATE evaluations SET prev_hash = :h WHERE id = :i"),
                         {"h": "0" * 64, "i": rec_a.id})
    finally:
        server.dispose()
    before = {x.name: evaluation_rows(x.db, fid) for x in (anna, bram)}
    forged = new_id()
    with org.server.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO evaluations (id, family_id, period_start, period_end, content_json, "
            "created_at, number, created_by, plan_version, plan_hash, content_hash, prev_hash, "
            "hash) SELECT :n, family_id, period_start, period_end, content_json, created_at, "
            "number, 'carla', plan_version, plan_hash, content_hash, prev_hash, hash "
            "FROM evaluations WHERE id = :i"), {"n": forged, "i": rec_a.id})
    for laptop in (anna, bram):
        problems = [p.message for p in laptop.sync().problems if p.family_id == fid]
        assert problems and forged in problems[0], problems
        assert "carries no author signature" in problems[0]
        assert evaluation_rows(laptop.db, fid) == before[laptop.name]
        assert verify_history(laptop.db, family_id=fid).ok


def test_the_sync_panel_says_when_two_evaluations_met(  # type: ignore[no-untyped-def]
        qtbot, team: Team) -> None:
    fid = seed(team.a, "anna")
    sync(team.a, team.server, team=TEAM, actor="anna")
    sync(team.b, team.server, team=TEAM, actor="bram")
    for db, name in ((team.a, "anna"), (team.b, "bram")):
        record_evaluation(db, draft=decided(
            start_evaluation(db, family_id=fid, today=EVAL_DAY), f"{name}: going well",
            Decision.CONTINUE), actor=name, today=EVAL_DAY)
    sync(team.a, team.server, team=TEAM, actor="anna")
    panel = SyncPanel(team.b, connect=lambda _password: open_server(team.url), team=TEAM,
                      actor="bram")
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.finished, timeout=60000):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.button.isEnabled())
    assert panel.details.isVisible()
    assert panel.details.toPlainText() == (
        "Family Bakker: evaluations were recorded at the same time on two laptops. Both are "
        "kept and neither replaces the other; the family's Phases and evaluations tab shows "
        "them.")
    assert len(list_evaluations(team.b, family_id=fid)) == 2
