from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.factories import sample_plan
from vrac_desktop.domain.model import ActionStatus, Rater, Rating, new_id
from vrac_desktop.domain.validation import Severity, errors, validate_plan, validate_rating


def codes(plan, **kw) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.code for p in validate_plan(plan, **kw)}


def test_sample_plan_is_valid() -> None:
    assert errors(validate_plan(sample_plan())) == []


def test_action_without_responsible_person() -> None:
    plan = sample_plan()
    plan = replace(plan, actions=(replace(plan.actions[0], responsible_id=None),))
    problems = validate_plan(plan)
    assert [p.code for p in problems] == ["action.no_responsible"]
    assert "Grandma walks Yusuf" in problems[0].message


def test_responsible_person_removed_from_team() -> None:
    plan = sample_plan()
    gran = plan.team[2]
    plan = replace(plan, team=tuple(m for m in plan.team if m is not gran))
    assert "action.responsible_gone" in codes(plan)


def test_goal_without_need_and_out_of_range_target() -> None:
    plan = sample_plan()
    plan = replace(plan, goals=(replace(plan.goals[0], need_ids=(), target=11), plan.goals[1]))
    assert {"goal.no_need", "goal.target_range"} <= codes(plan)


def test_duplicate_member_is_caught_case_and_space_insensitively() -> None:
    plan = sample_plan()
    twin = replace(plan.team[2], id=new_id(), name="  grandma   AZIZ ")
    assert "member.duplicate" in codes(replace(plan, team=(*plan.team, twin)))


def test_due_date_in_past_is_a_warning_only_for_open_actions() -> None:
    plan = sample_plan()
    problems = validate_plan(plan, today=date(2027, 3, 1))
    past = [p for p in problems if p.code == "action.due_past"]
    assert len(past) == 4 and all(p.severity is Severity.WARNING for p in past)
    done = replace(plan, actions=tuple(replace(a, status=ActionStatus.DONE) for a in plan.actions))
    assert "action.due_past" not in codes(done, today=date(2027, 3, 1))


def test_stopped_action_needs_a_reason() -> None:
    plan = sample_plan()
    stopped = replace(plan.actions[0], status=ActionStatus.STOPPED)
    assert "action.stop_reason" in codes(replace(plan, actions=(stopped,)))
    with_reason = replace(stopped, stop_reason="Grandma moved")
    assert "action.stop_reason" not in codes(replace(plan, actions=(with_reason,)))


def test_rating_outside_scale() -> None:
    plan = sample_plan()
    bad = Rating(new_id(), plan.goals[0].id, date(2027, 1, 10), 12, Rater.FAMILY)
    assert [p.code for p in validate_rating(bad, plan)] == ["rating.range"]
    ok = replace(bad, value=10)
    assert validate_rating(ok, plan) == []
