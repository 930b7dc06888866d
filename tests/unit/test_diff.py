from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import sample_plan, with_progress
from vrac_desktop.domain.diff import diff_plans


def test_identical_plans_have_no_diff() -> None:
    plan = sample_plan()
    assert diff_plans(plan, plan).empty


def test_follow_up_changes_are_reported_per_section() -> None:
    old = sample_plan()
    new = with_progress(old)
    diff = diff_plans(old, new)
    actions = diff.section("actions")
    assert [a.label for a in actions.added] == ["Football club on Wednesday"]
    assert [c.id for c in actions.changed] == [old.actions[0].id]
    assert actions.changed[0].fields[0].name == "status"
    assert (actions.changed[0].fields[0].old, actions.changed[0].fields[0].new) == (
        "planned", "done")
    goals = diff.section("goals")
    assert [c.fields[0].name for c in goals.changed] == ["title"]
    assert not goals.added and not goals.removed
    assert diff.section("team").empty and diff.section("needs").empty
    assert diff.count() == 3


def test_removed_item_and_text_change() -> None:
    old = sample_plan()
    new = replace(old, safety=(), vision=replace(old.vision, text="Everyone sleeps at 21:00"))
    diff = diff_plans(old, new)
    assert [r.label for r in diff.section("safety").removed] == [old.safety[0].risk]
    assert diff.section("vision").changed[0].fields[0].new == "Everyone sleeps at 21:00"


def test_first_version_diffs_as_all_added() -> None:
    plan = sample_plan()
    diff = diff_plans(None, plan)
    assert len(diff.section("actions").added) == len(plan.actions)
    assert len(diff.section("team").added) == len(plan.team)


@given(st.lists(st.booleans(), min_size=4, max_size=4))
@settings(max_examples=30, deadline=None)
def test_removing_any_subset_of_actions_is_reported_exactly(keep: list[bool]) -> None:
    old = sample_plan()
    kept = tuple(a for a, k in zip(old.actions, keep, strict=True) if k)
    diff = diff_plans(old, replace(old, actions=kept))
    removed = {r.id for r in diff.section("actions").removed}
    assert removed == {a.id for a, k in zip(old.actions, keep, strict=True) if not k}
    assert diff.count() == len(removed)
