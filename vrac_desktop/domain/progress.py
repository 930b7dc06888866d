"""Progress against goals: the figures behind the charts and the evaluation.

Pure Python over domain values. A goal's *value at a meeting* is the mean of the ratings
given that day (family, child and team may each rate); its *latest value* is the value at
the most recent meeting with a rating. Every figure here is computed from those values, so
the charts, the documents and the evaluation agree on what "latest" means.

A goal usually aims upwards (baseline 3, target 9), but a target below the baseline is
allowed (e.g. "fewer fights": 8 → 2); every directional figure follows the goal's own
direction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vrac_desktop.domain.model import (
    Action,
    ActionStatus,
    Goal,
    LifeDomain,
    PlanContent,
    Rater,
    Rating,
)

DAYS_PER_MONTH = 365.25 / 12
DEFAULT_TREND_WINDOW = 4  # meetings: long enough to smooth an odd rating, short enough to react
DEFAULT_STALL_BAND = 0.25  # points per month (or points of change) that still count as "no move"

RATER_ORDER = (Rater.FAMILY, Rater.CHILD, Rater.TEAM)


class GoalStatus(StrEnum):
    NOT_RATED = "not_rated"
    REACHED = "reached"
    ON_TRACK = "on_track"
    STALLED = "stalled"
    DECLINING = "declining"


@dataclass(frozen=True)
class MeetingValue:
    """A goal's value at one date: the mean of the ratings given that day."""

    on: date
    value: float
    count: int


@dataclass(frozen=True)
class GoalProgress:
    goal_id: str
    baseline: int
    target: int
    latest: float | None
    latest_on: date | None
    change: float | None  # latest - baseline
    share_of_way: float | None  # 0 at the baseline, 1 at the target; None if they are equal
    trend_per_month: float | None  # least-squares slope over the last meetings, points/month
    status: GoalStatus


# --- ratings of one goal -------------------------------------------------------------------


def ratings_of(goal_id: str, ratings: Iterable[Rating]) -> tuple[Rating, ...]:
    """The goal's ratings by date, then family/child/team."""
    mine = [r for r in ratings if r.goal_id == goal_id]
    return tuple(sorted(mine, key=lambda r: (r.rated_on, RATER_ORDER.index(r.rater))))


def by_rater(goal_id: str, ratings: Iterable[Rating]) -> dict[Rater, tuple[Rating, ...]]:
    """Each rater's series for the goal (only raters who rated), in date order."""
    series: dict[Rater, list[Rating]] = defaultdict(list)
    for rating in ratings_of(goal_id, ratings):
        series[rating.rater].append(rating)
    return {rater: tuple(series[rater]) for rater in RATER_ORDER if rater in series}


def meeting_values(goal_id: str, ratings: Iterable[Rating]) -> tuple[MeetingValue, ...]:
    """The goal's value per date (mean over the raters of that day), oldest first."""
    per_day: dict[date, list[int]] = defaultdict(list)
    for rating in ratings:
        if rating.goal_id == goal_id:
            per_day[rating.rated_on].append(rating.value)
    return tuple(MeetingValue(day, sum(v) / len(v), len(v)) for day, v in sorted(per_day.items()))


# --- figures -------------------------------------------------------------------------------


def direction(goal: Goal) -> int:
    """+1 when a higher rating is progress for this goal, -1 when the target is below."""
    return -1 if goal.target < goal.baseline else 1


def change_from_baseline(goal: Goal, value: float) -> float:
    return value - goal.baseline


def share_of_way(goal: Goal, value: float) -> float | None:
    """How far from the baseline to the target ``value`` is: 0 = baseline, 1 = target.

    Not clipped: below 0 is worse than the start, above 1 is beyond the target. None when the
    target equals the baseline (there is no way to go).
    """
    if goal.target == goal.baseline:
        return None
    return (value - goal.baseline) / (goal.target - goal.baseline)


def trend_per_month(values: Sequence[MeetingValue],
                    last_n: int = DEFAULT_TREND_WINDOW) -> float | None:
    """Least-squares slope of the last ``last_n`` meeting values, in points per month.

    None with fewer than two meetings in the window (one point has no slope).
    """
    if last_n < 2:
        raise ValueError("A trend needs a window of at least two meetings.")
    window = list(values)[-last_n:]
    if len(window) < 2:
        return None
    xs = [(m.on - window[0].on).days / DAYS_PER_MONTH for m in window]
    ys = [m.value for m in window]
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def goal_status(goal: Goal, latest: float | None, trend: float | None,
                stall_band: float = DEFAULT_STALL_BAND) -> GoalStatus:
    """Reached, on track, stalled or declining, in the goal's own direction.

    The trend decides when there is one; with a single rated meeting the change from the
    baseline does.
    """
    if latest is None:
        return GoalStatus.NOT_RATED
    sign = direction(goal)
    if sign * (latest - goal.target) >= 0:
        return GoalStatus.REACHED
    movement = sign * (trend if trend is not None else latest - goal.baseline)
    if movement >= stall_band:
        return GoalStatus.ON_TRACK
    if movement <= -stall_band:
        return GoalStatus.DECLINING
    return GoalStatus.STALLED


def goal_progress(goal: Goal, ratings: Iterable[Rating], *,
                  last_n: int = DEFAULT_TREND_WINDOW,
                  stall_band: float = DEFAULT_STALL_BAND) -> GoalProgress:
    values = meeting_values(goal.id, ratings)
    latest = values[-1] if values else None
    trend = trend_per_month(values, last_n)
    value = latest.value if latest else None
    return GoalProgress(
        goal_id=goal.id,
        baseline=goal.baseline,
        target=goal.target,
        latest=value,
        latest_on=latest.on if latest else None,
        change=None if value is None else change_from_baseline(goal, value),
        share_of_way=None if value is None else share_of_way(goal, value),
        trend_per_month=trend,
        status=goal_status(goal, value, trend, stall_band),
    )


# --- life domains (the "star") -------------------------------------------------------------


@dataclass(frozen=True)
class DomainScore:
    domain: LifeDomain
    goal_ids: tuple[str, ...]
    first: float | None  # mean of the goals' first values; None when no goal is tied here
    latest: float | None


@dataclass(frozen=True)
class DomainJourney:
    """The Outcome-Star style "journey of change": each life domain, first and latest."""

    scores: tuple[DomainScore, ...]  # every LifeDomain except OTHER, plus OTHER when used
    first_on: date | None  # the earliest rating date, if any ratings
    latest_on: date | None


def domains_of(plan: PlanContent, goal: Goal) -> tuple[LifeDomain, ...]:
    """The life domains of the needs a goal serves; OTHER when it names no (known) need."""
    needs = {n.id: n for n in plan.needs}
    found = {needs[i].domain for i in goal.need_ids if i in needs and needs[i].domain}
    ordered = tuple(d for d in LifeDomain if d in found)
    return ordered or (LifeDomain.OTHER,)


def _first_value(goal: Goal, ratings: Sequence[Rating]) -> float:
    values = meeting_values(goal.id, ratings)
    return values[0].value if values else float(goal.baseline)


def _latest_value(goal: Goal, ratings: Sequence[Rating]) -> float:
    values = meeting_values(goal.id, ratings)
    return values[-1].value if values else float(goal.baseline)


def domain_journey(plan: PlanContent, ratings: Iterable[Rating]) -> DomainJourney:
    """Per life domain, the mean of its goals' first and latest values.

    A goal counts in every domain its needs belong to. A goal without ratings counts with
    its baseline at both ends (it has not moved as far as anyone said).
    """
    ratings = tuple(ratings)
    goal_ids = {g.id for g in plan.goals}
    mine = [r for r in ratings if r.goal_id in goal_ids]
    members: dict[LifeDomain, list[Goal]] = defaultdict(list)
    for goal in plan.goals:
        for domain in domains_of(plan, goal):
            members[domain].append(goal)
    scores = []
    for domain in LifeDomain:
        goals = members.get(domain, [])
        if domain is LifeDomain.OTHER and not goals:
            continue
        if not goals:
            scores.append(DomainScore(domain, (), None, None))
            continue
        firsts = [_first_value(g, mine) for g in goals]
        latests = [_latest_value(g, mine) for g in goals]
        scores.append(DomainScore(domain, tuple(g.id for g in goals),
                                  sum(firsts) / len(firsts), sum(latests) / len(latests)))
    days = sorted(r.rated_on for r in mine)
    return DomainJourney(tuple(scores), days[0] if days else None,
                         days[-1] if days else None)


# --- actions -------------------------------------------------------------------------------


class ActionState(StrEnum):
    DONE = "done"
    OPEN = "open"
    OVERDUE = "overdue"
    STOPPED = "stopped"


@dataclass(frozen=True)
class ActionsRecap:
    done: int = 0
    open: int = 0
    overdue: int = 0
    stopped: int = 0

    @property
    def total(self) -> int:
        return self.done + self.open + self.overdue + self.stopped

    def count(self, state: ActionState) -> int:
        return int(getattr(self, state.value))


def action_state(action: Action, today: date) -> ActionState:
    """Done and stopped as recorded; otherwise overdue once the due date has passed."""
    if action.status is ActionStatus.DONE:
        return ActionState.DONE
    if action.status is ActionStatus.STOPPED:
        return ActionState.STOPPED
    if action.due_on is not None and action.due_on < today:
        return ActionState.OVERDUE
    return ActionState.OPEN


def actions_recap(actions: Iterable[Action], today: date) -> ActionsRecap:
    """Counts of done / open / overdue / stopped actions as they stand on ``today``."""
    counts = dict.fromkeys(ActionState, 0)
    for action in actions:
        counts[action_state(action, today)] += 1
    return ActionsRecap(**{state.value: n for state, n in counts.items()})


def actions_recap_by_goal(plan: PlanContent,
                          today: date) -> tuple[tuple[str | None, ActionsRecap], ...]:
    """The recap per goal in plan order, then actions tied to no goal (key None) if any."""
    rows: list[tuple[str | None, ActionsRecap]] = [
        (g.id, actions_recap(plan.actions_for(g.id), today)) for g in plan.goals]
    known = {g.id for g in plan.goals}
    loose = [a for a in plan.actions if a.goal_id not in known]
    if loose:
        rows.append((None, actions_recap(loose, today)))
    return tuple(rows)



@dataclass(frozen=True)
class PeriodRecap:
    """Actions due in [start, end). ``start`` None: before the first boundary; ``end`` None:
    open-ended. ``undated``: the actions without a due date (start and end are None)."""

    start: date | None
    end: date | None
    recap: ActionsRecap
    undated: bool = False


def actions_recap_by_period(actions: Iterable[Action], today: date,
                            boundaries: Sequence[date]) -> tuple[PeriodRecap, ...]:
    """The recap per period of due dates (e.g. between meetings), states as on ``today``.

    Every period from the first boundary on is listed, empty ones too, so periods line up
    from one meeting to the next; "before the first boundary" and "no due date" are listed
    only when some action falls there.
    """
    cuts = sorted(set(boundaries))
    periods: list[tuple[date | None, date | None]] = [(None, cuts[0] if cuts else None)]
    if cuts:
        periods += list(zip(cuts, [*cuts[1:], None], strict=True))
    grouped: dict[tuple[date | None, date | None], list[Action]] = defaultdict(list)
    undated: list[Action] = []
    for action in actions:
        if action.due_on is None:
            undated.append(action)
            continue
        due = action.due_on
        grouped[next(p for p in periods
                     if (p[0] is None or p[0] <= due) and (p[1] is None or due < p[1]))
                ].append(action)
    rows = [PeriodRecap(start, end, actions_recap(grouped.get((start, end), ()), today))
            for start, end in periods if start is not None or grouped.get((start, end))]
    if undated:
        rows.append(PeriodRecap(None, None, actions_recap(undated, today), undated=True))
    return tuple(rows)
