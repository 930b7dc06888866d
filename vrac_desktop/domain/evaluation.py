"""The six-month evaluation, computed: per goal baseline -> latest -> target and a verdict.

Pure functions over a plan and its ratings. The coach reviews the draft (verdicts and
decisions are suggestions) before it is saved and exported.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import (
    Decision,
    Evaluation,
    Goal,
    GoalEvaluation,
    PlanContent,
    Rater,
    Rating,
    Verdict,
    new_id,
)

EVALUATION_MONTHS = 6

# On a day where several people rated a goal, the family's own rating leads (the family's
# view is the one the plan is measured by); the child's comes next, the team's last.
_RATER_ORDER = {Rater.FAMILY: 0, Rater.CHILD: 1, Rater.TEAM: 2}


@dataclass(frozen=True)
class GoalProgress:
    goal: Goal
    baseline: int
    latest: int | None
    latest_on: date | None
    target: int
    ratings: tuple[Rating, ...]  # this goal's ratings up to the evaluation date, oldest first


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier, clamped to the month's end (31 Aug -> 28/29 Feb)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def ratings_until(ratings: Iterable[Rating], as_of: date) -> tuple[Rating, ...]:
    """The ratings given on or before ``as_of``, oldest first."""
    kept = [r for r in ratings if r.rated_on <= as_of]
    return tuple(sorted(kept, key=lambda r: (r.rated_on, _RATER_ORDER.get(r.rater, 9))))


def latest_rating(goal_id: str, ratings: Iterable[Rating], *, as_of: date) -> Rating | None:
    """The rating that counts as "latest" for a goal on ``as_of`` (see _RATER_ORDER)."""
    mine = [r for r in ratings_until(ratings, as_of) if r.goal_id == goal_id]
    if not mine:
        return None
    last_day = mine[-1].rated_on
    same_day = [r for r in mine if r.rated_on == last_day]
    return min(same_day, key=lambda r: _RATER_ORDER.get(r.rater, 9))


def suggest_verdict(baseline: int, latest: int | None, target: int) -> Verdict:
    """Reached at or beyond the target, partly when it moved towards it, else not reached."""
    if latest is None:
        return Verdict.NOT_REACHED
    direction = 1 if target >= baseline else -1
    if (latest - target) * direction >= 0:
        return Verdict.REACHED
    if (latest - baseline) * direction > 0:
        return Verdict.PARTLY
    return Verdict.NOT_REACHED


def suggest_decision(verdict: Verdict) -> Decision:
    return {
        Verdict.REACHED: Decision.FINALIZE,
        Verdict.PARTLY: Decision.CONTINUE,
        Verdict.NOT_REACHED: Decision.ADJUST,
    }[verdict]


def goal_progress(plan: PlanContent, ratings: Sequence[Rating], *, as_of: date
                  ) -> tuple[GoalProgress, ...]:
    """Baseline, latest rating and target of every goal of ``plan`` as known on ``as_of``."""
    known = ratings_until(ratings, as_of)
    result = []
    for goal in plan.goals:
        latest = latest_rating(goal.id, known, as_of=as_of)
        result.append(GoalProgress(
            goal=goal, baseline=goal.baseline,
            latest=latest.value if latest else None,
            latest_on=latest.rated_on if latest else None,
            target=goal.target,
            ratings=tuple(r for r in known if r.goal_id == goal.id),
        ))
    return tuple(result)


def overall_decision(decisions: Iterable[Decision]) -> Decision:
    """Finalize when every goal is finalized; adjust when any goal needs adjusting."""
    values = list(decisions)
    if values and all(d is Decision.FINALIZE for d in values):
        return Decision.FINALIZE
    if any(d is Decision.ADJUST for d in values):
        return Decision.ADJUST
    return Decision.CONTINUE


def draft_evaluation(
    plan: PlanContent,
    ratings: Sequence[Rating],
    *,
    period_end: date,
    period_start: date | None = None,
    evaluation_id: str | None = None,
) -> Evaluation:
    """A draft evaluation with suggested verdicts and decisions, as of ``period_end``."""
    start = period_start or months_before(period_end, EVALUATION_MONTHS)
    if start > period_end:
        raise ValueError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The evaluation period starts after it ends.")))
    goals = []
    for p in goal_progress(plan, ratings, as_of=period_end):
        verdict = suggest_verdict(p.baseline, p.latest, p.target)
        goals.append(GoalEvaluation(
            goal_id=p.goal.id, baseline=p.baseline, latest=p.latest, target=p.target,
            verdict=verdict, decision=suggest_decision(verdict),
        ))
    return Evaluation(
        id=evaluation_id or new_id(), period_start=start, period_end=period_end,
        goals=tuple(goals), overall_decision=overall_decision(g.decision for g in goals),
    )
