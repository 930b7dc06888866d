"""What each chart shows, as plain values: the one definition behind widgets and PNG/SVG.

A spec holds the data points, the translated labels, the hover texts and the text
alternative for screen readers. ``draw.py`` turns a spec into pyqtgraph items; the widgets
and the headless renderer both call it, so the screen and the document never disagree.

Labels go through a ``translate(context, source)`` function passed in: the widgets pass
``QCoreApplication.translate`` (the UI language), documents pass ``tr_in(language)`` (the
family's language). It is always called ``translate`` with literal strings, so lupdate
collects them under the "Charts" context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, QLocale

from vrac_desktop import labels
from vrac_desktop.domain.model import Goal, LifeDomain, PlanContent, Rater, Rating
from vrac_desktop.domain.progress import (
    ActionsRecap,
    ActionState,
    GoalProgress,
    GoalStatus,
    PeriodRecap,
    actions_recap,
    actions_recap_by_goal,
    actions_recap_by_period,
    by_rater,
    domain_journey,
    goal_progress,
)

Translate = Callable[[str, str], str]

SCALE_TOP = 10.0
MAX_DATE_LABELS = 6
TITLE_CHARS = 48


@dataclass(frozen=True)
class Point:
    x: float  # the date as a proleptic ordinal (date.toordinal), so spacing follows time
    y: float
    tip: str  # shown on hover


@dataclass(frozen=True)
class Series:
    key: str  # rater value ("family", ...) or "first"/"latest" in the star chart
    name: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class GoalChartSpec:
    title: str
    status: str  # e.g. "On track", translated
    series: tuple[Series, ...]  # always family, child, team (a series may be empty)
    baseline: float
    target: float
    baseline_label: str
    target_label: str
    marker_x: float | None
    marker_label: str
    x_range: tuple[float, float]
    x_ticks: tuple[tuple[float, str], ...]  # labelled dates
    x_minor: tuple[float, ...]  # every meeting date
    x_title: str
    y_title: str
    legend: tuple[tuple[str, str], ...]  # (key, name): raters, then "target", "baseline"
    description: str  # text alternative


@dataclass(frozen=True)
class OverviewSpec:
    title: str
    goals: tuple[GoalChartSpec, ...]
    legend: tuple[tuple[str, str], ...]
    description: str


@dataclass(frozen=True)
class StarAxis:
    domain: LifeDomain
    label: str
    rated: bool  # False: no goal serves this domain (no point on the axis)


@dataclass(frozen=True)
class StarSeries:
    key: str  # "first" or "latest"
    name: str
    values: tuple[float | None, ...]  # one per axis
    tips: tuple[str, ...]


@dataclass(frozen=True)
class StarSpec:
    title: str
    axes: tuple[StarAxis, ...]
    series: tuple[StarSeries, ...]
    description: str


@dataclass(frozen=True)
class RecapSpec:
    title: str
    rows: tuple[tuple[str, ActionsRecap], ...]  # first row is all actions, then per goal
    states: tuple[tuple[ActionState, str], ...]
    x_title: str
    description: str


# --- words ---------------------------------------------------------------------------------


def rater_name(rater: Rater, translate: Translate) -> str:
    return {Rater.FAMILY: translate("Charts", "Family"),
            Rater.CHILD: translate("Charts", "Child"),
            Rater.TEAM: translate("Charts", "Team")}[rater]


def status_name(status: GoalStatus, translate: Translate) -> str:
    return {GoalStatus.NOT_RATED: translate("Charts", "Not rated yet"),
            GoalStatus.REACHED: translate("Charts", "Reached"),
            GoalStatus.ON_TRACK: translate("Charts", "On track"),
            GoalStatus.STALLED: translate("Charts", "Stalled"),
            GoalStatus.DECLINING: translate("Charts", "Declining")}[status]


def domain_name(domain: LifeDomain, translate: Translate) -> str:
    # The one table of plan labels, shared with the meeting screens and the documents.
    return labels.life_domains(translate)[domain.value]


def state_name(state: ActionState, translate: Translate) -> str:
    return {ActionState.DONE: translate("Charts", "Done"),
            ActionState.OPEN: translate("Charts", "Open"),
            ActionState.OVERDUE: translate("Charts", "Overdue"),
            ActionState.STOPPED: translate("Charts", "Stopped")}[state]


def _fill(text: str, *args: object) -> str:
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(arg))
    return text


def _number(value: float, locale: QLocale) -> str:
    return locale.toString(value, "f", 0 if float(value).is_integer() else 1)


def _day(d: date, locale: QLocale) -> str:
    return locale.toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def _short(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _date_ticks(days: Sequence[date], span: float,
                locale: QLocale) -> tuple[tuple[float, str], ...]:
    """Meeting dates to label: the first, then each one far enough from the last labelled.

    "Far enough" is an even share of the visible span, so labels never overlap however the
    meetings bunch up; the other meeting dates still get a tick without a label.
    """
    gap = span / (MAX_DATE_LABELS + 0.5)
    picked: list[date] = []
    for day in days:
        if not picked or day.toordinal() - picked[-1].toordinal() >= gap:
            picked.append(day)
    return tuple((float(d.toordinal()), _day(d, locale)) for d in picked)


# --- goal chart ------------------------------------------------------------------------------


def goal_chart_spec(goal: Goal, ratings: Sequence[Rating], *, translate: Translate,
                    locale: QLocale, marker_date: date | None = None) -> GoalChartSpec:
    """The goal's ratings per rater over time, with its baseline, target and review date."""
    series_by_rater = by_rater(goal.id, ratings)
    progress = goal_progress(goal, ratings)
    series = []
    for rater in (Rater.FAMILY, Rater.CHILD, Rater.TEAM):
        name = rater_name(rater, translate)
        points = tuple(Point(float(r.rated_on.toordinal()), float(r.value),
                             _tip(name, r, locale, translate))
                       for r in series_by_rater.get(rater, ()))
        series.append(Series(rater.value, name, points))
    series = _merge_tips_at_same_spot(series)
    days = sorted({r.rated_on for rs in series_by_rater.values() for r in rs})
    marker = marker_date or goal.review_on
    span = [d.toordinal() for d in days] + ([marker.toordinal()] if marker else [])
    if not span:
        span = [date.today().toordinal()]
    low, high = min(span), max(span)
    # Room for half a date label beyond the first and last meeting.
    pad = max(10.0, (high - low) * 0.08)
    baseline_label = _fill(translate("Charts", "Baseline %1"), goal.baseline)
    target_label = _fill(translate("Charts", "Target %1"), goal.target)
    marker_label = translate("Charts", "Review")
    if marker:
        marker_label = f"{marker_label} {_day(marker, locale)}"
    # A rater who never rated this goal has no line: naming them in the legend ("Child")
    # would suggest a rating that does not exist.
    legend = (*((s.key, s.name) for s in series if s.points),
              ("target", translate("Charts", "Target")),
              ("baseline", translate("Charts", "Baseline")))
    status = status_name(progress.status, translate)
    return GoalChartSpec(
        title=goal.title, status=status, series=tuple(series),
        baseline=float(goal.baseline), target=float(goal.target),
        baseline_label=baseline_label, target_label=target_label,
        marker_x=float(marker.toordinal()) if marker else None, marker_label=marker_label,
        x_range=(low - pad, high + pad),
        x_ticks=_date_ticks(days, high - low + 2 * pad, locale),
        x_minor=tuple(float(d.toordinal()) for d in days),
        x_title=translate("Charts", "Meeting date"),
        y_title=translate("Charts", "Rating (0–10)"),
        legend=legend,
        description=_goal_description(goal, series, progress, status, marker, marker_label,
                                      locale, translate),
    )


def _merge_tips_at_same_spot(series: list[Series]) -> list[Series]:
    """Raters often agree (same day, same value): their markers overlap and only the top one
    can be hovered, so every marker at a spot tells about all ratings there."""
    spots: dict[tuple[float, float], list[str]] = {}
    for s in series:
        for p in s.points:
            spots.setdefault((p.x, p.y), []).append(p.tip)
    return [replace(s, points=tuple(replace(p, tip="\n\n".join(spots[(p.x, p.y)]))
                                    for p in s.points)) for s in series]


def _tip(rater: str, rating: Rating, locale: QLocale, translate: Translate) -> str:
    head = _fill(translate("Charts", "%1: %2 of 10"), rater, rating.value)
    lines = [head, _day(rating.rated_on, locale)]
    if rating.comment:
        lines.append(_short(rating.comment, 200))
    return "\n".join(lines)


def _goal_description(goal: Goal, series: Sequence[Series], progress: GoalProgress,
                      status: str, marker: date | None, marker_label: str, locale: QLocale,
                      translate: Translate) -> str:
    parts = [goal.title + ".",
             _fill(translate("Charts", "Baseline %1, target %2."), goal.baseline, goal.target),
             _fill(translate("Charts", "Status: %1."), status)]
    if marker:
        parts.append(f"{marker_label}.")
    for s in series:
        if not s.points:
            parts.append(_fill(translate("Charts", "%1: no ratings."), s.name))
            continue
        values = "; ".join(f"{_day(date.fromordinal(int(p.x)), locale)} "
                           f"{_number(p.y, locale)}" for p in s.points)
        parts.append(f"{s.name}: {values}.")
    return " ".join(parts)


# --- overview --------------------------------------------------------------------------------


def overview_spec(plan: PlanContent, ratings: Sequence[Rating], *, translate: Translate,
                  locale: QLocale) -> OverviewSpec:
    goals = tuple(goal_chart_spec(g, ratings, translate=translate, locale=locale)
                  for g in plan.goals)
    # One legend for all the small charts: every rater who rated any of the goals.
    order = [*(r.value for r in (Rater.FAMILY, Rater.CHILD, Rater.TEAM)), "target", "baseline"]
    entries = dict.fromkeys(entry for g in goals for entry in g.legend)
    legend = tuple(sorted(entries, key=lambda e: order.index(e[0]) if e[0] in order else 99))
    title = translate("Charts", "Progress on all goals")
    text = " ".join([title + "."] + [g.description for g in goals])
    return OverviewSpec(title, goals, legend, text)


# --- star ------------------------------------------------------------------------------------


def star_spec(plan: PlanContent, ratings: Sequence[Rating], *, translate: Translate,
              locale: QLocale) -> StarSpec:
    """Life domains: the first and the latest ratings (mean of each domain's goals)."""
    journey = domain_journey(plan, ratings)
    no_goal = translate("Charts", "no goal")
    axes = tuple(StarAxis(s.domain, domain_name(s.domain, translate), s.latest is not None)
                 for s in journey.scores)
    first_name = translate("Charts", "First rating")
    latest_name = translate("Charts", "Latest rating")
    if journey.first_on:
        first_name += f" ({_day(journey.first_on, locale)})"
    if journey.latest_on:
        latest_name += f" ({_day(journey.latest_on, locale)})"
    series = []
    for key, name, pick in (("first", first_name, lambda s: s.first),
                            ("latest", latest_name, lambda s: s.latest)):
        values = tuple(pick(s) for s in journey.scores)
        tips = tuple(f"{a.label}\n{name}: {_number(v, locale)}" if v is not None
                     else f"{a.label}: {no_goal}" for a, v in zip(axes, values, strict=True))
        series.append(StarSeries(key, name, values, tips))
    title = translate("Charts", "Life domains: first and latest ratings")
    parts = [title + "."]
    for axis, first, latest in zip(axes, series[0].values, series[1].values, strict=True):
        if first is None or latest is None:
            parts.append(f"{axis.label}: {no_goal}.")
        else:
            parts.append(_fill(translate("Charts", "%1: from %2 to %3."), axis.label,
                               _number(first, locale), _number(latest, locale)))
    return StarSpec(title, axes, tuple(series), " ".join(parts))


# --- actions recap ---------------------------------------------------------------------------


def recap_spec(plan: PlanContent, today: date, *, translate: Translate, locale: QLocale,
               periods: Sequence[date] | None = None) -> RecapSpec:
    """Actions done / open / overdue / stopped on ``today``: all, then per goal, or per
    period of due dates when ``periods`` (e.g. the meeting dates) are given."""
    rows: list[tuple[str, ActionsRecap]] = [
        (translate("Charts", "All actions"), actions_recap(plan.actions, today))]
    if periods is None:
        for goal_id, recap in actions_recap_by_goal(plan, today):
            goal = plan.goal(goal_id)
            label = _short(goal.title, 32) if goal else translate("Charts", "No goal")
            rows.append((label, recap))
    else:
        for period in actions_recap_by_period(plan.actions, today, periods):
            rows.append((_period_label(period, translate, locale), period.recap))
    states = tuple((s, state_name(s, translate)) for s in ActionState)
    title = _fill(translate("Charts", "Actions on %1"), _day(today, locale))
    parts = [title + "."]
    for label, recap in rows:
        counts = ", ".join(f"{name} {recap.count(state)}" for state, name in states)
        parts.append(f"{label}: {counts}.")
    return RecapSpec(title, tuple(rows), states, translate("Charts", "Number of actions"),
                     " ".join(parts))


def _period_label(period: PeriodRecap, translate: Translate, locale: QLocale) -> str:
    if period.undated:
        return translate("Charts", "No due date")
    if period.start is None and period.end is not None:
        return _fill(translate("Charts", "Due before %1"), _day(period.end, locale))
    if period.start is not None and period.end is None:
        return _fill(translate("Charts", "Due from %1"), _day(period.start, locale))
    if period.start is not None and period.end is not None:
        last = date.fromordinal(period.end.toordinal() - 1)
        return _fill(translate("Charts", "Due %1 – %2"), _day(period.start, locale),
                     _day(last, locale))
    return translate("Charts", "All actions")
