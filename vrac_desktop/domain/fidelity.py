"""Is it really Wraparound? Fidelity indicators read from the plan and its history.

Pure functions over plain values: a plan's content, the meetings held (with who was present
and the team as it stood at each meeting), the ratings, the evaluations and the family's
voice. Every indicator has a stable ``code`` (the GUI and documents translate its name and
explanation), a value with the counts behind it, a direction and a threshold. When the data
cannot say anything (no meetings yet, no goals, nobody of that kind on the team) the value is
``None`` with a ``missing`` code, never a division by zero or a misleading 0 %.

The formulas are documented, one per code, in docs/fidelity.md. No licensed instrument's
items are used; these are the app's own measures.

This module defines the indicators per key element (``DEFINITIONS``), computes one family's
report (``compute``) and its course over the saved versions (``timeline``). What to look at
next is in domain/fidelity_hints.py; the organisation summary over many families, with
small-count suppression, in domain/fidelity_summary.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from vrac_desktop.domain.model import (
    ActionStatus,
    Decision,
    Evaluation,
    Handling,
    Meeting,
    MemberKind,
    PlanContent,
    Rater,
    Rating,
    StrengthCategory,
    StrengthHolder,
    TeamMember,
    Verdict,
)
from vrac_desktop.domain.voice import QUESTIONS, VoiceAnswer

EVALUATION_EVERY = timedelta(days=182)  # the PIT evaluates every six months
EVALUATION_GRACE = timedelta(days=30)  # an evaluation up to a month late still counts


class Element(StrEnum):
    TEAMWORK = "teamwork"
    NATURAL_SUPPORTS = "natural_supports"
    NEEDS_BASED = "needs_based"
    STRENGTHS = "strengths"
    OUTCOMES = "outcomes"
    VOICE = "voice"  # the family's own answers after each meeting


ELEMENTS: tuple[Element, ...] = tuple(Element)


class Unit(StrEnum):
    SHARE = "share"  # 0..1, shown as a percentage
    COUNT = "count"  # a whole number
    RATIO = "ratio"  # a number per person
    FACES = "faces"  # the mean face, 1..5


class Direction(StrEnum):
    HIGHER = "higher"  # higher is better; meets at or above the threshold
    LOWER = "lower"  # lower is better; meets at or below the threshold


class Missing(StrEnum):
    """Why an indicator has no value."""

    NO_PLAN = "no_plan"
    NO_MEETINGS = "no_meetings"
    NO_FOLLOW_UPS = "no_follow_ups"
    NO_MEMBERS_OF_KIND = "no_members_of_kind"
    NO_FAMILY_MEMBERS = "no_family_members"
    NO_GOALS = "no_goals"
    NO_NEEDS = "no_needs"
    NO_ACTIONS = "no_actions"
    TOO_FEW_ACTIONS = "too_few_actions"
    NO_STRENGTHS = "no_strengths"
    NOT_DUE_YET = "not_due_yet"
    NO_EVALUATIONS = "no_evaluations"
    NO_ANSWERS = "no_answers"


@dataclass(frozen=True)
class IndicatorDef:
    code: str
    element: Element
    unit: Unit
    direction: Direction
    threshold: float


_DEFS: tuple[IndicatorDef, ...] = (
    IndicatorDef("teamwork.team_size", Element.TEAMWORK, Unit.COUNT, Direction.HIGHER, 4),
    IndicatorDef("teamwork.team_mix", Element.TEAMWORK, Unit.COUNT, Direction.HIGHER, 3),
    IndicatorDef("teamwork.attendance_family", Element.TEAMWORK, Unit.SHARE,
                 Direction.HIGHER, 0.75),
    IndicatorDef("teamwork.attendance_informal", Element.TEAMWORK, Unit.SHARE,
                 Direction.HIGHER, 0.5),
    IndicatorDef("teamwork.attendance_formal", Element.TEAMWORK, Unit.SHARE,
                 Direction.HIGHER, 0.75),
    IndicatorDef("teamwork.busiest_member", Element.TEAMWORK, Unit.SHARE, Direction.LOWER, 0.5),
    IndicatorDef("natural.family_informal_actions", Element.NATURAL_SUPPORTS, Unit.SHARE,
                 Direction.HIGHER, 0.5),
    IndicatorDef("natural.informal_present", Element.NATURAL_SUPPORTS, Unit.SHARE,
                 Direction.HIGHER, 0.5),
    IndicatorDef("natural.informal_supports", Element.NATURAL_SUPPORTS, Unit.COUNT,
                 Direction.HIGHER, 1),
    IndicatorDef("needs.goals_tied", Element.NEEDS_BASED, Unit.SHARE, Direction.HIGHER, 1.0),
    IndicatorDef("needs.unaddressed", Element.NEEDS_BASED, Unit.COUNT, Direction.LOWER, 0),
    IndicatorDef("strengths.per_family_member", Element.STRENGTHS, Unit.RATIO,
                 Direction.HIGHER, 1.0),
    IndicatorDef("strengths.child_talents", Element.STRENGTHS, Unit.COUNT, Direction.HIGHER, 1),
    IndicatorDef("strengths.actions_naming_strength", Element.STRENGTHS, Unit.SHARE,
                 Direction.HIGHER, 0.25),
    IndicatorDef("outcomes.goals_measurable", Element.OUTCOMES, Unit.SHARE,
                 Direction.HIGHER, 1.0),
    IndicatorDef("outcomes.family_rated", Element.OUTCOMES, Unit.SHARE, Direction.HIGHER, 0.75),
    IndicatorDef("outcomes.evaluations_on_time", Element.OUTCOMES, Unit.SHARE,
                 Direction.HIGHER, 1.0),
    IndicatorDef("outcomes.goals_reached", Element.OUTCOMES, Unit.COUNT, Direction.HIGHER, 1),
    IndicatorDef("voice.listened", Element.VOICE, Unit.FACES, Direction.HIGHER, 4),
    IndicatorDef("voice.our_plan", Element.VOICE, Unit.FACES, Direction.HIGHER, 4),
    IndicatorDef("voice.who_does_what", Element.VOICE, Unit.FACES, Direction.HIGHER, 4),
)
DEFINITIONS: dict[str, IndicatorDef] = {d.code: d for d in _DEFS}
CODES: tuple[str, ...] = tuple(DEFINITIONS)


@dataclass(frozen=True)
class Indicator:
    code: str
    value: float | None  # None: not enough data (see ``missing``)
    numerator: int | None = None
    denominator: int | None = None
    missing: Missing | None = None

    @property
    def definition(self) -> IndicatorDef:
        return DEFINITIONS[self.code]

    @property
    def enough(self) -> bool:
        return self.value is not None

    @property
    def meets(self) -> bool | None:
        """Whether the value is on the good side of the threshold; None without data."""
        if self.value is None:
            return None
        d = self.definition
        if d.direction is Direction.HIGHER:
            return self.value >= d.threshold - 1e-9
        return self.value <= d.threshold + 1e-9


def _none(code: str, missing: Missing) -> Indicator:
    return Indicator(code, None, missing=missing)


def _share(code: str, num: int, den: int, missing: Missing) -> Indicator:
    if den <= 0:
        return _none(code, missing)
    return Indicator(code, num / den, num, den)


def _count(code: str, n: int) -> Indicator:
    return Indicator(code, float(n), n, None)


@dataclass(frozen=True)
class MeetingFacts:
    """A meeting held, with the team as it stood that day (from the plan version saved at the
    meeting): attendance refers to member ids, and a member since removed from the plan still
    has a kind here. An attendance entry for a member found in no team is ignored."""

    meeting: Meeting
    team: tuple[TeamMember, ...] = ()


@dataclass(frozen=True)
class FidelityInput:
    plan: PlanContent | None  # the plan as it stands on ``as_of`` (None: no plan yet)
    meetings: Sequence[MeetingFacts] = ()
    ratings: Sequence[Rating] = ()
    evaluations: Sequence[Evaluation] = ()
    voice: Sequence[VoiceAnswer] = ()
    plan_started_on: date | None = None  # the meeting date of the first approved plan
    as_of: date = date.min
    closed: bool = False


@dataclass(frozen=True)
class FidelityReport:
    as_of: date
    indicators: tuple[Indicator, ...]
    _by_code: dict[str, Indicator] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # The summary asks every report for every code: a dict, not a search.
        object.__setattr__(self, "_by_code", {i.code: i for i in self.indicators})

    def get(self, code: str) -> Indicator:
        return self._by_code[code]

    def by_element(self, element: Element) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.definition.element is element)


# --- helpers ------------------------------------------------------------------------------------


def _present(meeting: Meeting) -> dict[str, bool]:
    """member id -> was present. A member without an attendance entry counts as absent."""
    return {a.member_id: bool(a.present) for a in meeting.attendance}


def _attendance_share(code: str, kind: MemberKind,
                      meetings: Sequence[MeetingFacts]) -> Indicator:
    """Mean over meetings of (members of ``kind`` present / members of ``kind`` on the team
    that day); meetings where the team had nobody of that kind are left out."""
    shares: list[float] = []
    for facts in meetings:
        members = [m.id for m in facts.team if m.kind is kind]
        if not members:
            continue
        present = _present(facts.meeting)
        shares.append(sum(present.get(mid, False) for mid in members) / len(members))
    if not meetings:
        return _none(code, Missing.NO_MEETINGS)
    if not shares:
        return _none(code, Missing.NO_MEMBERS_OF_KIND)
    return Indicator(code, sum(shares) / len(shares), None, len(shares))


def _live_actions(plan: PlanContent) -> list[tuple[str, MemberKind]]:
    """(responsible id, kind) of actions not stopped whose responsible is on the team."""
    kinds = {m.id: m.kind for m in plan.team}
    return [(a.responsible_id, kinds[a.responsible_id]) for a in plan.actions
            if a.status is not ActionStatus.STOPPED and a.responsible_id in kinds]


def _names_a_strength(description: str, strengths: Sequence[str]) -> bool:
    text = " ".join(description.casefold().split())
    return any(s and s in text for s in strengths)


def evaluations_due(started_on: date, end: date,
                    evaluations: Iterable[Evaluation]) -> tuple[int, int]:
    """(held on time, due) six-month evaluations between ``started_on`` and ``end``.

    The first is due six months after the plan started; each next one six months after the
    previous evaluation (or after the date it was due, if it was missed). An evaluation counts
    as on time when its period ends no later than ``EVALUATION_GRACE`` after the due date; an
    evaluation is only counted as due once its grace period is over.
    """
    ends = sorted(e.period_end for e in evaluations)
    anchor, due, on_time = started_on, 0, 0
    while anchor + EVALUATION_EVERY + EVALUATION_GRACE <= end:
        due += 1
        deadline = anchor + EVALUATION_EVERY + EVALUATION_GRACE
        nxt = next((d for d in ends if d > anchor), None)
        if nxt is not None and nxt <= deadline:
            on_time += 1
            anchor = nxt
        elif nxt is not None and nxt <= end:
            anchor = nxt  # held, but late: the next one counts from it
        else:
            anchor = anchor + EVALUATION_EVERY  # missed
    return on_time, due


def reached_goals(evaluations: Iterable[Evaluation]) -> set[str]:
    """Goals a recorded evaluation found reached or decided to finalize (and so celebrated).
    A computed suggestion (``decided`` False) decides nothing, so it counts for nothing."""
    return {g.goal_id for e in evaluations if e.decided for g in e.goals
            if g.verdict is Verdict.REACHED or g.decision is Decision.FINALIZE}


# --- the indicators -------------------------------------------------------------------------------


def compute(data: FidelityInput) -> FidelityReport:
    """Every indicator for one family on ``data.as_of``."""
    out: list[Indicator] = []
    plan = data.plan
    meetings = [m for m in data.meetings if m.meeting.held_on <= data.as_of]
    meetings.sort(key=lambda m: m.meeting.held_on)

    # Teamwork
    if plan is None:
        out += [_none("teamwork.team_size", Missing.NO_PLAN),
                _none("teamwork.team_mix", Missing.NO_PLAN)]
    else:
        out.append(_count("teamwork.team_size", len(plan.team)))
        out.append(_count("teamwork.team_mix", len({m.kind for m in plan.team})))
    out.append(_attendance_share("teamwork.attendance_family", MemberKind.FAMILY, meetings))
    out.append(_attendance_share("teamwork.attendance_informal", MemberKind.INFORMAL, meetings))
    out.append(_attendance_share("teamwork.attendance_formal", MemberKind.FORMAL, meetings))
    live = _live_actions(plan) if plan is not None else []
    if plan is None:
        out.append(_none("teamwork.busiest_member", Missing.NO_PLAN))
    elif len(live) < 2:
        out.append(_none("teamwork.busiest_member",
                         Missing.NO_ACTIONS if not live else Missing.TOO_FEW_ACTIONS))
    else:
        per: dict[str, int] = {}
        for rid, _kind in live:
            per[rid] = per.get(rid, 0) + 1
        out.append(_share("teamwork.busiest_member", max(per.values()), len(live),
                          Missing.NO_ACTIONS))

    # Natural supports
    if plan is None:
        out.append(_none("natural.family_informal_actions", Missing.NO_PLAN))
    else:
        natural = sum(k in (MemberKind.FAMILY, MemberKind.INFORMAL) for _r, k in live)
        out.append(_share("natural.family_informal_actions", natural, len(live),
                          Missing.NO_ACTIONS))
    if not meetings:
        out.append(_none("natural.informal_present", Missing.NO_MEETINGS))
    else:
        with_informal = 0
        for facts in meetings:
            informal = {m.id for m in facts.team if m.kind is MemberKind.INFORMAL}
            present = _present(facts.meeting)
            with_informal += any(present.get(mid, False) for mid in informal)
        out.append(_share("natural.informal_present", with_informal, len(meetings),
                          Missing.NO_MEETINGS))
    if plan is None:
        out.append(_none("natural.informal_supports", Missing.NO_PLAN))
    else:
        out.append(_count("natural.informal_supports",
                          sum(m.kind is MemberKind.INFORMAL for m in plan.team)))

    # Needs-based
    if plan is None:
        out += [_none("needs.goals_tied", Missing.NO_PLAN),
                _none("needs.unaddressed", Missing.NO_PLAN)]
    else:
        need_ids = {n.id for n in plan.needs}
        tied = sum(any(nid in need_ids for nid in g.need_ids) for g in plan.goals)
        out.append(_share("needs.goals_tied", tied, len(plan.goals), Missing.NO_GOALS))
        if not plan.needs:
            out.append(_none("needs.unaddressed", Missing.NO_NEEDS))
        else:
            served = {nid for g in plan.goals for nid in g.need_ids}
            out.append(_count("needs.unaddressed", sum(
                n.handling is Handling.NEED_HELP and n.id not in served for n in plan.needs)))

    # Strengths-driven
    if plan is None:
        out += [_none(c, Missing.NO_PLAN) for c in (
            "strengths.per_family_member", "strengths.child_talents",
            "strengths.actions_naming_strength")]
    else:
        family_members = sum(m.kind is MemberKind.FAMILY for m in plan.team)
        held = sum(s.holder in (StrengthHolder.CHILD, StrengthHolder.PARENTS,
                                StrengthHolder.FAMILY) for s in plan.strengths)
        if family_members == 0:
            out.append(_none("strengths.per_family_member", Missing.NO_FAMILY_MEMBERS))
        else:
            out.append(Indicator("strengths.per_family_member", held / family_members, held,
                                 family_members))
        out.append(_count("strengths.child_talents", sum(
            s.holder is StrengthHolder.CHILD and s.category is StrengthCategory.TALENT
            for s in plan.strengths)))
        texts = [" ".join(s.text.casefold().split()) for s in plan.strengths]
        actions = [a for a in plan.actions if a.status is not ActionStatus.STOPPED]
        if not plan.strengths:
            out.append(_none("strengths.actions_naming_strength", Missing.NO_STRENGTHS))
        else:
            out.append(_share("strengths.actions_naming_strength",
                              sum(_names_a_strength(a.description, texts) for a in actions),
                              len(actions), Missing.NO_ACTIONS))

    # Outcomes-based
    if plan is None:
        out.append(_none("outcomes.goals_measurable", Missing.NO_PLAN))
    else:
        measurable = sum(bool(g.indicator.strip()) and g.target != g.baseline
                         for g in plan.goals)
        out.append(_share("outcomes.goals_measurable", measurable, len(plan.goals),
                          Missing.NO_GOALS))
    follow_ups = meetings[1:]
    if not meetings:
        out.append(_none("outcomes.family_rated", Missing.NO_MEETINGS))
    else:
        rated_at = {r.meeting_id for r in data.ratings
                    if r.rater in (Rater.FAMILY, Rater.CHILD) and r.meeting_id}
        out.append(_share("outcomes.family_rated",
                          sum(f.meeting.id in rated_at for f in follow_ups), len(follow_ups),
                          Missing.NO_FOLLOW_UPS))
    evaluations = [e for e in data.evaluations if e.period_end <= data.as_of]
    if data.plan_started_on is None:
        out.append(_none("outcomes.evaluations_on_time", Missing.NO_PLAN))
    else:
        # A closed family is measured up to its last meeting, not up to today: nobody
        # evaluates a plan that has ended.
        end = data.as_of
        if data.closed:
            end = meetings[-1].meeting.held_on if meetings else data.plan_started_on
        on_time, due = evaluations_due(data.plan_started_on, end, evaluations)
        out.append(_share("outcomes.evaluations_on_time", on_time, due, Missing.NOT_DUE_YET))
    if not evaluations:
        out.append(_none("outcomes.goals_reached", Missing.NO_EVALUATIONS))
    else:
        out.append(_count("outcomes.goals_reached", len(reached_goals(evaluations))))

    # The family's voice
    held_ids = {m.meeting.id for m in meetings}
    answers = [a for a in data.voice if a.meeting_id in held_ids]
    for question in QUESTIONS:
        values = [a.value for a in answers if a.question is question]
        code = f"voice.{question.value}"
        if not values:
            out.append(_none(code, Missing.NO_ANSWERS))
        else:
            out.append(Indicator(code, sum(values) / len(values), None, len(values)))
    return FidelityReport(as_of=data.as_of, indicators=tuple(out))


# --- over time ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionFacts:
    """A plan version as saved at a meeting (the timeline's points)."""

    saved_on: date
    plan: PlanContent


def timeline(versions: Sequence[VersionFacts], data: FidelityInput) -> list[FidelityReport]:
    """The indicators as they stood at each saved version, oldest first: the plan of that
    version, and the meetings, ratings, evaluations and answers up to that day."""
    reports = []
    for v in sorted(versions, key=lambda v: v.saved_on):
        reports.append(compute(FidelityInput(
            plan=v.plan, meetings=data.meetings, ratings=data.ratings,
            evaluations=data.evaluations, voice=data.voice,
            plan_started_on=data.plan_started_on if data.plan_started_on
            and data.plan_started_on <= v.saved_on else None,
            as_of=v.saved_on, closed=False,
        )))
    return reports
