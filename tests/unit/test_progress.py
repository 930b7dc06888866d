"""Progress figures: change, share of the way, trend, status, life domains, actions recap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import sample_plan
from vrac_desktop.domain.model import (
    Action,
    ActionStatus,
    Goal,
    LifeDomain,
    Need,
    PlanContent,
    Rater,
    Rating,
    new_id,
)
from vrac_desktop.domain.progress import (
    DAYS_PER_MONTH,
    ActionsRecap,
    ActionState,
    GoalStatus,
    MeetingValue,
    action_state,
    actions_recap,
    actions_recap_by_goal,
    actions_recap_by_period,
    by_rater,
    change_from_baseline,
    domain_journey,
    domains_of,
    goal_progress,
    goal_status,
    meeting_values,
    share_of_way,
    trend_per_month,
)

START = date(2027, 1, 10)


def rating(goal: Goal, days: int, value: int, rater: Rater = Rater.FAMILY) -> Rating:
    return Rating(new_id(), goal.id, START + timedelta(days=days), value, rater)


def goal(baseline: int = 3, target: int = 9) -> Goal:
    return Goal(new_id(), "Yusuf is at school on time", baseline=baseline, target=target)


scale = st.integers(min_value=0, max_value=10)


# --- change and share of the way -------------------------------------------------------------


def test_change_and_share_for_an_upward_goal() -> None:
    g = goal(3, 9)
    assert change_from_baseline(g, 6) == 3
    assert share_of_way(g, 6) == pytest.approx(0.5)
    assert share_of_way(g, 1) == pytest.approx(-1 / 3)  # worse than at the start: below 0


def test_share_follows_a_downward_goal() -> None:
    fights = goal(8, 2)  # "fewer fights": lower is better
    assert share_of_way(fights, 5) == pytest.approx(0.5)
    assert share_of_way(fights, 2) == pytest.approx(1.0)


def test_no_share_when_target_equals_baseline() -> None:
    assert share_of_way(goal(5, 5), 7) is None


@given(baseline=scale, target=scale)
def test_share_is_zero_at_baseline_and_one_at_target(baseline: int, target: int) -> None:
    g = goal(baseline, target)
    if baseline == target:
        assert share_of_way(g, target) is None
    else:
        assert share_of_way(g, baseline) == 0
        assert share_of_way(g, target) == pytest.approx(1.0)


@given(baseline=scale, target=scale, a=scale, b=scale)
def test_share_grows_with_progress_in_the_goals_direction(baseline: int, target: int,
                                                          a: int, b: int) -> None:
    g = goal(baseline, target)
    low, high = sorted((a, b))
    if baseline == target:
        return
    towards = share_of_way(g, high if target > baseline else low)
    away = share_of_way(g, low if target > baseline else high)
    assert towards is not None and away is not None
    assert towards >= away


# --- meeting values and trend ------------------------------------------------------------------


def test_meeting_value_is_the_mean_of_the_days_raters() -> None:
    g = goal()
    ratings = [rating(g, 0, 4, Rater.FAMILY), rating(g, 0, 6, Rater.TEAM),
               rating(g, 0, 5, Rater.CHILD), rating(g, 30, 7)]
    assert meeting_values(g.id, ratings) == (MeetingValue(START, 5.0, 3),
                                             MeetingValue(START + timedelta(30), 7.0, 1))


def test_series_per_rater_keep_date_order_and_skip_other_goals() -> None:
    g, other = goal(), goal()
    ratings = [rating(g, 30, 6, Rater.TEAM), rating(g, 0, 4, Rater.TEAM),
               rating(other, 0, 9, Rater.FAMILY), rating(g, 10, 5, Rater.CHILD)]
    series = by_rater(g.id, ratings)
    assert list(series) == [Rater.CHILD, Rater.TEAM]
    assert [r.value for r in series[Rater.TEAM]] == [4, 6]


def test_trend_needs_two_meetings() -> None:
    assert trend_per_month([MeetingValue(START, 4, 1)]) is None
    with pytest.raises(ValueError, match="at least two"):
        trend_per_month([], last_n=1)


def test_trend_uses_only_the_last_meetings() -> None:
    values = [MeetingValue(START + timedelta(days=30 * i), v, 1)
              for i, v in enumerate([0, 10, 2, 3, 4])]
    assert trend_per_month(values, last_n=3) == pytest.approx(DAYS_PER_MONTH / 30)


@given(slope=st.floats(min_value=-2, max_value=2), start=st.floats(min_value=0, max_value=5),
       gaps=st.lists(st.integers(min_value=1, max_value=90), min_size=1, max_size=8))
def test_trend_of_a_straight_line_is_its_slope(slope: float, start: float,
                                               gaps: list[int]) -> None:
    days = [0]
    for gap in gaps:
        days.append(days[-1] + gap)
    values = [MeetingValue(START + timedelta(d), start + slope * d / DAYS_PER_MONTH, 1)
              for d in days]
    trend = trend_per_month(values, last_n=len(values))
    assert trend == pytest.approx(slope, abs=1e-9)


@given(values=st.lists(scale, min_size=2, max_size=10), shift=st.integers(-5, 5))
def test_trend_ignores_a_constant_shift(values: list[int], shift: int) -> None:
    series = [MeetingValue(START + timedelta(14 * i), v, 1) for i, v in enumerate(values)]
    shifted = [replace(m, value=m.value + shift) for m in series]
    assert trend_per_month(shifted) == pytest.approx(trend_per_month(series), abs=1e-9)


# --- status --------------------------------------------------------------------------------


def test_status_of_an_unrated_goal() -> None:
    assert goal_progress(goal(), []).status is GoalStatus.NOT_RATED


def test_reached_when_latest_meeting_is_at_the_target() -> None:
    g = goal(3, 8)
    p = goal_progress(g, [rating(g, 0, 5), rating(g, 30, 8, Rater.FAMILY),
                          rating(g, 30, 8, Rater.TEAM)])
    assert p.status is GoalStatus.REACHED
    assert p.latest == 8 and p.change == 5 and p.share_of_way == pytest.approx(1.0)
    assert p.latest_on == START + timedelta(30)


def test_on_track_stalled_and_declining_follow_the_recent_trend() -> None:
    g = goal(3, 9)
    up = [rating(g, 30 * i, v) for i, v in enumerate([3, 4, 5, 6])]
    flat = [rating(g, 30 * i, v) for i, v in enumerate([3, 6, 6, 6, 6])]
    down = [rating(g, 30 * i, v) for i, v in enumerate([3, 7, 6, 5, 4])]
    assert goal_progress(g, up).status is GoalStatus.ON_TRACK
    assert goal_progress(g, flat).status is GoalStatus.STALLED
    assert goal_progress(g, down).status is GoalStatus.DECLINING
    assert goal_progress(g, down).trend_per_month == pytest.approx(-DAYS_PER_MONTH / 30)


def test_one_rated_meeting_is_judged_against_the_baseline() -> None:
    g = goal(3, 9)
    assert goal_progress(g, [rating(g, 0, 5)]).status is GoalStatus.ON_TRACK
    assert goal_progress(g, [rating(g, 0, 3)]).status is GoalStatus.STALLED
    assert goal_progress(g, [rating(g, 0, 1)]).status is GoalStatus.DECLINING


def test_a_downward_goal_is_on_track_when_ratings_fall() -> None:
    fights = goal(8, 2)
    falling = [rating(fights, 30 * i, v) for i, v in enumerate([8, 7, 6, 5])]
    assert goal_progress(fights, falling).status is GoalStatus.ON_TRACK
    assert goal_progress(fights, [rating(fights, 0, 2)]).status is GoalStatus.REACHED


@given(baseline=scale, target=scale, latest=st.floats(min_value=0, max_value=10),
       trend=st.none() | st.floats(min_value=-3, max_value=3))
def test_reached_exactly_when_latest_is_at_or_beyond_target(baseline: int, target: int,
                                                            latest: float,
                                                            trend: float | None) -> None:
    g = goal(baseline, target)
    beyond = latest >= target if target >= baseline else latest <= target
    assert (goal_status(g, latest, trend) is GoalStatus.REACHED) == beyond


def test_progress_of_each_goal_of_the_sample_plan() -> None:
    plan = sample_plan()
    school, evenings = plan.goals
    ratings = [rating(school, 0, 9), rating(evenings, 0, 4)]
    progress = [goal_progress(g, ratings) for g in plan.goals]
    assert [p.goal_id for p in progress] == [school.id, evenings.id]
    assert [p.status for p in progress] == [GoalStatus.REACHED, GoalStatus.STALLED]


# --- life domains ----------------------------------------------------------------------------


def test_domains_come_from_the_goals_needs() -> None:
    plan = sample_plan()
    assert domains_of(plan, plan.goals[0]) == (LifeDomain.SCHOOL,)
    assert domains_of(plan, plan.goals[1]) == (LifeDomain.HOME,)
    loose = Goal(new_id(), "Feel better", need_ids=("no-such-need",))
    assert domains_of(plan, loose) == (LifeDomain.OTHER,)


def test_domain_journey_means_the_goals_first_and_latest_values() -> None:
    plan = sample_plan()
    school, evenings = plan.goals
    homework = Need(new_id(), "Homework done", LifeDomain.SCHOOL)
    reading = Goal(new_id(), "Reads every day", (homework.id,), baseline=2, target=8)
    plan = replace(plan, needs=(*plan.needs, homework), goals=(school, evenings, reading))
    ratings = [rating(school, 0, 3), rating(school, 0, 5, Rater.TEAM), rating(school, 60, 8),
               rating(reading, 30, 4), rating(reading, 90, 6)]
    journey = domain_journey(plan, ratings)
    scores = {s.domain: s for s in journey.scores}
    assert scores[LifeDomain.SCHOOL].first == pytest.approx((4 + 4) / 2)
    assert scores[LifeDomain.SCHOOL].latest == pytest.approx((8 + 6) / 2)
    # No ratings for the evenings goal: its baseline at both ends.
    assert scores[LifeDomain.HOME].first == scores[LifeDomain.HOME].latest == 4
    assert scores[LifeDomain.HEALTH].first is None and scores[LifeDomain.HEALTH].goal_ids == ()
    assert LifeDomain.OTHER not in scores  # shown only when a goal falls there
    assert journey.first_on == START and journey.latest_on == START + timedelta(90)


@given(values=st.lists(st.tuples(st.integers(0, 200), scale, st.sampled_from(list(Rater))),
                       max_size=30))
def test_domain_scores_stay_on_the_scale(values: list[tuple[int, int, Rater]]) -> None:
    plan = sample_plan()
    ratings = [rating(plan.goals[i % 2], d, v, r) for i, (d, v, r) in enumerate(values)]
    for score in domain_journey(plan, ratings).scores:
        for v in (score.first, score.latest):
            assert v is None or 0 <= v <= 10


# --- actions ---------------------------------------------------------------------------------


def action(status: ActionStatus = ActionStatus.PLANNED, due: date | None = None,
           goal_id: str | None = None) -> Action:
    return Action(new_id(), "Walk to school", "gran", goal_id, due, status=status)


def test_action_state_on_a_given_day() -> None:
    today = date(2027, 2, 1)
    assert action_state(action(ActionStatus.DONE, date(2027, 1, 1)), today) is ActionState.DONE
    assert action_state(action(ActionStatus.STOPPED), today) is ActionState.STOPPED
    assert action_state(action(due=date(2027, 1, 31)), today) is ActionState.OVERDUE
    assert action_state(action(due=today), today) is ActionState.OPEN  # due today: not late
    assert action_state(action(ActionStatus.IN_PROGRESS), today) is ActionState.OPEN


def test_recap_of_the_sample_plan() -> None:
    plan = sample_plan()
    recap = actions_recap(plan.actions, date(2027, 1, 20))
    assert (recap.done, recap.open, recap.overdue, recap.stopped) == (0, 2, 2, 0)
    by_goal = actions_recap_by_goal(plan, date(2027, 1, 20))
    assert [(g, r.overdue, r.open) for g, r in by_goal] == [
        (plan.goals[0].id, 2, 0), (plan.goals[1].id, 0, 2)]


def test_recap_lists_actions_without_a_goal_last() -> None:
    plan = replace(sample_plan(), actions=(action(ActionStatus.DONE),))
    rows = actions_recap_by_goal(plan, date(2027, 1, 1))
    assert rows[-1][0] is None and rows[-1][1].done == 1


@given(st.lists(st.tuples(st.sampled_from(list(ActionStatus)),
                          st.none() | st.dates(date(2026, 1, 1), date(2028, 1, 1))),
                max_size=40),
       st.dates(date(2026, 1, 1), date(2028, 1, 1)))
def test_recap_counts_every_action_once(items: list[tuple[ActionStatus, date | None]],
                                        today: date) -> None:
    actions = [action(s, d) for s, d in items]
    recap = actions_recap(actions, today)
    assert recap.total == len(actions)
    assert recap.done == sum(s is ActionStatus.DONE for s, _ in items)
    assert recap.stopped == sum(s is ActionStatus.STOPPED for s, _ in items)
    assert all(recap.count(state) >= 0 for state in ActionState)


def test_plan_content_without_goals_has_empty_figures() -> None:
    empty = PlanContent()
    assert empty.goals == ()
    assert all(s.first is None for s in domain_journey(empty, []).scores)
    assert actions_recap_by_goal(empty, START) == ()


def test_recap_per_period_between_meetings() -> None:
    meetings = [date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1)]
    actions = [action(ActionStatus.DONE, date(2027, 1, 15)),
               action(due=date(2027, 1, 20)),  # overdue on 2 Feb
               action(ActionStatus.STOPPED, date(2027, 2, 1)),  # a boundary opens a period
               action(due=date(2026, 12, 1)),  # before the first meeting
               action(due=date(2027, 6, 1)),  # after the last: open-ended period
               action()]  # no due date
    rows = actions_recap_by_period(actions, date(2027, 2, 2), meetings)
    assert [(r.start, r.end, r.undated) for r in rows] == [
        (None, date(2027, 1, 1), False),
        (date(2027, 1, 1), date(2027, 2, 1), False),
        (date(2027, 2, 1), date(2027, 3, 1), False),
        (date(2027, 3, 1), None, False),
        (None, None, True)]
    assert rows[0].recap == ActionsRecap(overdue=1)
    assert rows[1].recap == ActionsRecap(done=1, overdue=1)
    assert rows[2].recap == ActionsRecap(stopped=1)
    assert rows[3].recap == ActionsRecap(open=1)
    assert rows[4].recap == ActionsRecap(open=1)


def test_recap_per_period_lists_empty_periods_but_not_an_empty_before() -> None:
    rows = actions_recap_by_period([], date(2027, 1, 1), [date(2027, 2, 1), date(2027, 1, 1)])
    assert [(r.start, r.end) for r in rows] == [(date(2027, 1, 1), date(2027, 2, 1)),
                                                (date(2027, 2, 1), None)]
    assert all(r.recap.total == 0 for r in rows)


@given(st.lists(st.none() | st.dates(date(2026, 1, 1), date(2028, 1, 1)), max_size=30),
       st.lists(st.dates(date(2026, 1, 1), date(2028, 1, 1)), max_size=6))
def test_every_action_lands_in_exactly_one_period(dues: list[date | None],
                                                  meetings: list[date]) -> None:
    actions = [action(due=d) for d in dues]
    rows = actions_recap_by_period(actions, date(2027, 1, 1), meetings)
    assert sum(r.recap.total for r in rows) == len(actions)
