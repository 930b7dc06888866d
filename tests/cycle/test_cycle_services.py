"""The Wraparound cycle in the core: the evaluation meeting recorded as an immutable,
hash-chained record naming its plan version; phases in order; the transition plan; every bad
input refused with a message and nothing saved; import/export of every record type."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.export_files import as_schema_2
from tests.factories import sample_plan
from vrac_desktop.domain.cycle import CycleInputError
from vrac_desktop.domain.diff import diff_plans
from vrac_desktop.domain.draft import DraftKind, MeetingDraft
from vrac_desktop.domain.model import (
    Agreement,
    Attendance,
    ContinuingSupport,
    CrisisContact,
    Decision,
    FamilyStatus,
    Meeting,
    Phase,
    PlanContent,
    Rater,
    Rating,
    SignOff,
    new_id,
)
from vrac_desktop.services.cycle import (
    change_phase,
    phase_state,
    record_transition,
    start_transition,
)
from vrac_desktop.services.evaluations import (
    EvaluationInputError,
    evaluation_due_on,
    list_evaluations,
    record_evaluation,
    start_evaluation,
)
from vrac_desktop.services.families import create_family, get_family, search_families
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.meetings import MeetingDateError, finish_meeting, start_meeting
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.transfer import ImportRefusedError, export_family, import_family
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.models import Base
from vrac_desktop.store.paths import DataPaths

TODAY = date(2027, 6, 1)


@pytest.fixture
def db(paths: DataPaths):  # type: ignore[no-untyped-def]
    database = open_local(paths)
    yield database
    database.dispose()


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the audit log aside): to compare before and after."""
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_log",):
                continue
            rows = conn.execute(select(table)).all()
            out[table.name] = sorted(tuple(map(repr, r)) for r in rows)
    return out


def family_with_history(db: Database) -> tuple[str, PlanContent]:
    """First meeting 24 Nov 2026 (approved), two follow-ups with family, child, team ratings."""
    family, _ = create_family(db, display_name="Family El Amrani", actor="anna")
    plan = sample_plan()
    g1, g2 = plan.goals
    for day, values in ((date(2026, 11, 24), None), (date(2027, 1, 12), (5, 4, 5, 6)),
                        (date(2027, 3, 9), (7, 6, 6, 7))):
        meeting = Meeting(new_id(), day, "Leiden", plan.team[4].id,
                          tuple(Attendance(m.id) for m in plan.team))
        ratings = []
        if values:
            f1, c1, t1, f2 = values
            ratings = [Rating(new_id(), g1.id, day, f1, Rater.FAMILY, meeting.id),
                       Rating(new_id(), g1.id, day, c1, Rater.CHILD, meeting.id),
                       Rating(new_id(), g1.id, day, t1, Rater.TEAM, meeting.id),
                       Rating(new_id(), g2.id, day, f2, Rater.FAMILY, meeting.id)]
        save_plan_version(db, family_id=family.id, content=plan, actor="anna", meeting=meeting,
                          ratings=ratings, today=day)
    return family.id, plan


def reviewed(draft: MeetingDraft) -> MeetingDraft:
    """G1 continue, G2 finalize, each with a reason; family approval and two sign-offs."""
    ev = draft.evaluation
    assert ev is not None
    g1, g2 = ev.goals
    goals = (replace(g1, decision=Decision.CONTINUE, decision_reason="Nearly there",
                     family_helped="Grandma's walks", team_helped="Weekly note"),
             replace(g2, decision=Decision.FINALIZE, decision_reason="Evenings are calm"))
    plan = draft.plan
    agreement = Agreement(True, TODAY, "Fatima", (
        SignOff(plan.team[0].id, "Fatima", TODAY), SignOff(plan.team[4].id, "Coach Anna", TODAY)))
    return replace(draft, evaluation=replace(
        ev, goals=goals, overall_decision=Decision.CONTINUE, overall_reason="Going well",
        next_steps="Meet in three months", agreement=agreement))


def test_evaluation_recorded_chained_and_verified(db: Database) -> None:
    fid, plan = family_with_history(db)
    assert evaluation_due_on(db, family_id=fid) == date(2027, 5, 24)  # the meeting's date
    draft = start_evaluation(db, family_id=fid, today=TODAY)
    assert draft.kind is DraftKind.EVALUATION and draft.evaluation is not None
    g1 = draft.evaluation.goals[0]
    assert (g1.baseline, g1.latest_family, g1.latest_child, g1.latest_team, g1.target) == \
        (3, 7, 6, 6, 9)
    assert draft.evaluation.period_start == date(2026, 11, 24)
    assert not draft.evaluation.decided
    # remembered from the last meeting (issue 13, item 17)
    assert draft.meeting.location == "Leiden" and draft.meeting.facilitator_id == plan.team[4].id
    rec, _ = record_evaluation(db, draft=reviewed(draft), actor="anna", today=TODAY)
    assert rec.number == 1 and rec.plan_version == 3
    listed = list_evaluations(db, family_id=fid)
    assert [(e.number, e.plan_version, e.overall_decision) for e in listed] == \
        [(1, 3, "continue")]
    report = verify_history(db)
    assert report.ok and report.evaluations == 1
    assert evaluation_due_on(db, family_id=fid) == date(2027, 12, 1)
    # a second one chains to the first
    second = reviewed(start_evaluation(db, family_id=fid, today=date(2027, 12, 1)))
    assert second.evaluation is not None
    assert second.evaluation.period_start == TODAY
    rec2, _ = record_evaluation(db, draft=second, actor="anna", today=date(2027, 12, 1))
    assert rec2.prev_hash == rec.hash and verify_history(db).ok


def test_a_changed_evaluation_breaks_verify_history(db: Database) -> None:
    fid, _ = family_with_history(db)
    record_evaluation(db, draft=reviewed(start_evaluation(db, family_id=fid, today=TODAY)),
                      actor="anna", today=TODAY)
    with db.engine.begin() as conn, pytest.raises(Exception, match="immutable"):
        conn.execute(text("UPDATE evaluations SET content_json = replace(content_json, "
                          "'Nearly there', 'Done')"))
    # Past the trigger (someone with the key and a SQL shell): the chain still catches it.
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER evaluations_no_update"))
        conn.execute(text("UPDATE evaluations SET content_json = replace(content_json, "
                          "'Nearly there', 'Done')"))
    report = verify_history(db)
    assert not report.ok
    assert "evaluation 1 was changed after it was recorded" in report.problems[0].message


BAD_EVALUATIONS = {
    "period reversed": (lambda e: replace(e, period_start=date(2027, 7, 1)),
                        "starts (2027-07-01) after it ends"),
    "rating outside the scale": (
        lambda e: replace(e, goals=(replace(e.goals[0], latest_team=11), *e.goals[1:])),
        "outside 0–10"),
    "decision without a reason": (
        lambda e: replace(e, goals=(replace(e.goals[0], decision_reason=" "), *e.goals[1:])),
        "has no reason"),
    "finalize an unrated goal": (
        lambda e: replace(e, goals=(*e.goals[:1], replace(
            e.goals[1], latest=None, latest_family=None, latest_child=None, latest_team=None,
            decision=Decision.FINALIZE)),),
        "cannot be finalized: nobody rated it"),
    "plan version that does not exist": (lambda e: replace(e, plan_version=9),
                                         "Plan version 9 no longer exists"),
}


@pytest.mark.parametrize("case", sorted(BAD_EVALUATIONS))
def test_bad_evaluations_are_refused_and_nothing_is_saved(db: Database, case: str) -> None:
    fid, _ = family_with_history(db)
    draft = reviewed(start_evaluation(db, family_id=fid, today=TODAY))
    assert draft.evaluation is not None
    change, message = BAD_EVALUATIONS[case]
    before = snapshot(db)
    with pytest.raises(EvaluationInputError, match="nothing was saved") as caught:
        record_evaluation(db, draft=replace(draft, evaluation=change(draft.evaluation)),
                          actor="anna", today=TODAY)
    assert message in str(caught.value)
    assert snapshot(db) == before


def test_phases_follow_the_plan_and_refuse_changes_out_of_order(db: Database) -> None:
    family, _ = create_family(db, display_name="Family Jansen", actor="anna")
    assert phase_state(db, family_id=family.id).current is Phase.ENGAGEMENT
    before = snapshot(db)
    for to, on, reason, message in (
            (Phase.IMPLEMENTATION, TODAY, "why", "cannot follow engagement"),
            (Phase.PLAN_DEVELOPMENT, TODAY, "  ", "needs a reason"),
            (Phase.PLAN_DEVELOPMENT, date(2099, 1, 1), "x", "in the future")):
        with pytest.raises(CycleInputError, match=message):
            change_phase(db, family_id=family.id, to=to, on=on, reason=reason, actor="anna",
                         today=TODAY)
    assert snapshot(db) == before
    change_phase(db, family_id=family.id, to=Phase.PLAN_DEVELOPMENT, on=date(2027, 1, 1),
                 reason="Team formed, story gathered", actor="anna", today=TODAY)
    with pytest.raises(CycleInputError, match="Implementation starts with an approved plan"):
        change_phase(db, family_id=family.id, to=Phase.IMPLEMENTATION, on=TODAY, reason="go",
                     actor="anna", today=TODAY)
    with pytest.raises(CycleInputError, match="before the last change"):
        change_phase(db, family_id=family.id, to=Phase.TRANSITION, on=date(2026, 12, 1),
                     reason="go", actor="anna", today=TODAY)
    state = phase_state(db, family_id=family.id)
    assert [(c.phase, c.changed_on, c.changed_by, c.reason) for c in state.history] == [
        (Phase.PLAN_DEVELOPMENT, date(2027, 1, 1), "anna", "Team formed, story gathered")]
    assert [f.phase for f in search_families(db, phase=Phase.PLAN_DEVELOPMENT)] == \
        [Phase.PLAN_DEVELOPMENT]
    assert search_families(db, phase=Phase.TRANSITION) == []


def test_an_approved_plan_moves_the_family_to_implementation(db: Database) -> None:
    fid, _ = family_with_history(db)
    state = phase_state(db, family_id=fid)
    assert state.current is Phase.IMPLEMENTATION
    assert [c.phase for c in state.history] == [Phase.PLAN_DEVELOPMENT, Phase.IMPLEMENTATION]


def test_meeting_in_the_future_is_refused_and_nothing_saved(db: Database) -> None:
    fid, _ = family_with_history(db)
    draft = start_meeting(db, family_id=fid, today=TODAY)
    before = snapshot(db)
    with pytest.raises(MeetingDateError, match="in the future"):
        finish_meeting(db, draft=replace(draft, meeting=replace(
            draft.meeting, held_on=date(2027, 6, 2))), actor="anna", today=TODAY)
    assert snapshot(db) == before
    # A meeting held on paper last week is fine; its ratings take its date.
    g = draft.plan.goals[0].id
    paper = replace(draft, meeting=replace(draft.meeting, held_on=date(2027, 5, 25)))
    paper = paper.with_rating(g, Rater.FAMILY, 8)
    saved = finish_meeting(db, draft=paper, actor="anna", today=TODAY)
    assert saved.version.number == 4


def test_absent_member_is_not_removed_in_what_changed(db: Database) -> None:
    """Issue 13, item 5: absent or excused is about today, not about leaving the team."""
    fid, plan = family_with_history(db)
    draft = start_meeting(db, family_id=fid, today=TODAY)
    teacher = plan.team[3]
    attendance = tuple(Attendance(a.member_id) if a.member_id != teacher.id
                       else Attendance(teacher.id, False, True) for a in draft.meeting.attendance)
    draft = replace(draft, meeting=replace(draft.meeting, attendance=attendance))
    saved = finish_meeting(db, draft=draft, actor="anna", today=TODAY)
    diff = diff_plans(plan, saved.version.content)
    removed = [ref.label for s in diff.sections for ref in s.removed]
    assert teacher.name not in removed and "Coach Anna" not in removed


def closing(db: Database, fid: str, day: date = TODAY) -> MeetingDraft:
    draft = start_transition(db, family_id=fid, today=day)
    assert draft.transition is not None
    plan = draft.plan
    return replace(draft, transition=replace(
        draft.transition,
        continuing=(ContinuingSupport(new_id(), "Walks to school", "Grandma Aziz"),),
        crisis_contacts=(CrisisContact(new_id(), "Wijkteam Leiden", "071 516 5000"),),
        come_back="Call the PIT office; the plan is kept for two years.",
        agreement=Agreement(True, day, "Fatima", (SignOff(plan.team[0].id, "Fatima", day),))))


def test_transition_plan_closes_the_family_and_celebrates_successes(db: Database) -> None:
    fid, plan = family_with_history(db)
    record_evaluation(db, draft=reviewed(start_evaluation(db, family_id=fid, today=TODAY)),
                      actor="anna", today=TODAY)
    draft = closing(db, fid)
    assert draft.transition is not None
    assert [s.text for s in draft.transition.successes] == [plan.goals[1].title]
    bad = replace(draft, transition=replace(draft.transition, crisis_contacts=()))
    before = snapshot(db)
    with pytest.raises(CycleInputError, match="crisis"):
        record_transition(db, draft=bad, actor="anna", today=TODAY)
    assert snapshot(db) == before
    record_transition(db, draft=draft, actor="anna", today=TODAY)
    assert get_family(db, family_id=fid).status is FamilyStatus.CLOSED
    assert phase_state(db, family_id=fid).current is Phase.TRANSITION
    assert verify_history(db).transitions == 1


def test_export_import_round_trips_every_record_type(db: Database, tmp_path: Path) -> None:
    fid, _ = family_with_history(db)
    record_evaluation(db, draft=reviewed(start_evaluation(db, family_id=fid, today=TODAY)),
                      actor="anna", today=TODAY)
    record_transition(db, draft=closing(db, fid), actor="anna", today=TODAY)
    first = export_family(db, family_id=fid, path=tmp_path / "a.json", actor="anna")
    data = json.loads(first.read_text(encoding="utf-8"))
    assert (len(data["versions"]), len(data["meetings"]), len(data["evaluations"]),
            len(data["phases"]), len(data["transitions"])) == (3, 5, 1, 3, 1)
    other = open_local(DataPaths(tmp_path / "other"))
    try:
        import_family(other, path=first, actor="anna")
        second = export_family(other, family_id=fid, path=tmp_path / "b.json", actor="anna")
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
        a.pop("exported_at"), b.pop("exported_at")
        assert a == b
        assert verify_history(other).ok
        # A changed evaluation in a file: refused, nothing imported.
        data["evaluations"][0]["content"]["next_steps"] = "changed"
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(data), encoding="utf-8")
        before = snapshot(other)
        with pytest.raises(ImportRefusedError, match="evaluations in the file are not intact"):
            import_family(other, path=bad, actor="anna")
        assert snapshot(other) == before
    finally:
        other.dispose()


def test_schema_1_file_with_an_evaluation_imports(db: Database, tmp_path: Path) -> None:
    """The old export (evaluations as bare contents) crashed import-family with a foreign key
    error; it now imports, its evaluations recorded anew in period order."""
    fid, _ = family_with_history(db)
    record_evaluation(db, draft=reviewed(start_evaluation(db, family_id=fid, today=TODAY)),
                      actor="anna", today=TODAY)
    data = json.loads(export_family(db, family_id=fid, path=tmp_path / "a.json",
                                    actor="anna").read_text(encoding="utf-8"))
    data = {**as_schema_2(data), "schema_version": 1}
    data["evaluations"] = [e["content"] for e in data["evaluations"]]
    del data["phases"], data["transitions"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    other = open_local(DataPaths(tmp_path / "other"))
    try:
        import_family(other, path=old, actor="anna")
        assert [e.number for e in list_evaluations(other, family_id=fid)] == [1]
        assert verify_history(other).ok
    finally:
        other.dispose()


def _due_one_by_one(db: Database, family_id: str) -> date | None:
    """The six-month rule as it was computed per family before the coach's week read all
    families at once: the reference for evaluations_due_on."""
    from vrac_desktop.domain.cycle import evaluation_due
    from vrac_desktop.store import repository as repo

    with db.session() as s:
        held_on = {m.id: m.held_on for m in repo.meetings(s, family_id)}
        first = next((held_on.get(r.meeting_id or "", date.fromisoformat(r.created_at[:10]))
                      for r in repo.version_rows(s, family_id) if r.approved), None)
        last = max((e.period_end for e in repo.evaluations(s, family_id) if e.decided),
                   default=None)
    return evaluation_due(first, last)


def test_evaluations_due_for_all_families_match_the_rule_per_family(db: Database) -> None:
    """The coach's week reads every family's due evaluation in two queries
    (evaluations_due_on); each family's date is the one the rule gives it alone: no plan,
    a plan not approved, approved without a stored meeting, meetings before the approved
    version, an evaluation recorded, two recorded."""
    from vrac_desktop.services.evaluations import evaluations_due_on
    from vrac_desktop.store import repository as repo

    nothing, _ = create_family(db, display_name="No plan yet", actor="anna")
    draft_only, _ = create_family(db, display_name="Not approved", actor="anna")
    save_plan_version(db, family_id=draft_only.id, content=sample_plan(), actor="anna",
                      approved=False, today=date(2027, 1, 5))
    no_meeting, _ = create_family(db, display_name="No meeting", actor="anna")
    save_plan_version(db, family_id=no_meeting.id, content=sample_plan(), actor="anna",
                      today=date(2027, 2, 1))
    late, _ = create_family(db, display_name="Approved later", actor="anna")
    plan = sample_plan()
    for day, approved in ((date(2026, 9, 1), False), (date(2026, 10, 6), True),
                          (date(2026, 12, 1), True)):
        meeting = Meeting(new_id(), day, "Leiden", plan.team[4].id,
                          tuple(Attendance(m.id) for m in plan.team))
        save_plan_version(db, family_id=late.id, content=plan, actor="anna", meeting=meeting,
                          approved=approved, today=day)
    evaluated, _ = family_with_history(db)
    record_evaluation(db, draft=reviewed(start_evaluation(db, family_id=evaluated,
                                                          today=TODAY)),
                      actor="anna", today=TODAY)
    twice, _ = family_with_history(db)
    record_evaluation(db, draft=reviewed(start_evaluation(db, family_id=twice, today=TODAY)),
                      actor="anna", today=TODAY)
    later = date(2027, 12, 1)
    second = reviewed(start_evaluation(db, family_id=twice, today=later))
    second = replace(second, evaluation=replace(second.evaluation, period_end=later))
    record_evaluation(db, draft=second, actor="anna", today=later)

    ids = [nothing.id, draft_only.id, no_meeting.id, late.id, evaluated, twice]
    expected = {fid: _due_one_by_one(db, fid) for fid in ids}
    assert expected[nothing.id] is None and expected[draft_only.id] is None
    assert expected[late.id] == date(2027, 4, 6)  # the first APPROVED version's meeting
    assert expected[evaluated] == date(2027, 12, 1) and expected[twice] == date(2028, 6, 1)
    bulk = evaluations_due_on(db)
    assert {fid: bulk.get(fid) for fid in ids} == expected
    assert evaluations_due_on(db, [late.id, twice]) == {late.id: expected[late.id],
                                                         twice: expected[twice]}
    assert all(evaluation_due_on(db, family_id=fid) == expected[fid] for fid in ids)
    with db.session() as s:  # the week reads the newest version of each family, in one query
        rows = list(repo.week_rows(s))
        for fid in ids:
            row = repo.latest_version_row(s, fid)
            if row is None:
                assert fid not in {r[0] for r in rows}
                continue
            plan = repo.plan_of(row.content_json)
            assert {r[4] for r in rows if r[0] == fid and r[3] is not None} == \
                {a.id for a in plan.actions if a.status.is_open}
        assert nothing.id not in {r[0] for r in rows} and late.id in {r[0] for r in rows}


def test_first_approved_versions_are_read_from_an_index(db: Database) -> None:
    """Migration 0013: the week's evaluation dates read each family's first approved version
    from (family_id, approved, number), not every stored plan."""
    family_with_history(db)
    with db.engine.connect() as conn:
        plan = [row[3] for row in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT family_id, min(number) FROM plan_versions "
            "WHERE approved GROUP BY family_id"))]
    assert any("COVERING INDEX ix_plan_versions_family_approved" in step for step in plan), plan
