"""The Wraparound cycle: evaluations as a hash chain, phases in order, the transition plan.

Pure functions. Every refusal is a ``CycleProblem`` with a stable ``code`` (the GUI
translates by code) and an English message for the CLI and logs.

The evaluation chain. Each recorded evaluation stores the canonical JSON of its content, the
content's SHA-256, and a record hash over (family, number, when, who, the plan version it
evaluated and that version's hash, content hash, previous evaluation's hash). Numbers run
1..n per family; the first links to ``GENESIS_HASH``. Editing a stored byte, removing one
from the middle or pointing it at another plan version breaks the chain; an evaluation must
name a plan version of the same family with that exact hash.

Two laptops that record an evaluation while not syncing both number theirs n and link it to
the same evaluation n-1 (or genesis): the chain becomes a tree, like plan versions that fork.
Both are kept and both verify; they are *concurrent* (``concurrent_evaluations``), and the
next evaluation follows the *head*: the highest number, then the newest by (recorded at,
hash), the same on every laptop (``evaluation_head``). A record that only claims to be
concurrent (a changed copy) still fails its content or record hash.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from vrac_desktop.domain.codec import canonical_json, sha256_hex
from vrac_desktop.domain.draft import MeetingDraft, new_draft
from vrac_desktop.domain.history import GENESIS_HASH
from vrac_desktop.domain.model import (
    SCALE_MAX,
    SCALE_MIN,
    Attendance,
    Decision,
    Evaluation,
    Goal,
    Meeting,
    Phase,
    PhaseChange,
    PlanContent,
    Rater,
    Rating,
    TransitionPlan,
)

EVALUATION_MONTHS = 6


@dataclass(frozen=True)
class CycleProblem:
    code: str
    message: str
    goal_id: str | None = None


class CycleInputError(ValueError):
    """Input the cycle refuses; nothing was saved. ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[CycleProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems) + "; nothing was saved.")
        self.problems = tuple(problems)

    @property
    def code(self) -> str:
        return self.problems[0].code


# --- ratings per rater ------------------------------------------------------------------------


def latest_by_rater(goal_id: str, ratings: Iterable[Rating], *, start: date, end: date
                    ) -> dict[Rater, int | None]:
    """Each rater's latest rating of a goal within [start, end] (None: not rated)."""
    result: dict[Rater, int | None] = dict.fromkeys(Rater)
    seen: dict[Rater, date] = {}
    for r in ratings:
        if r.goal_id != goal_id or not start <= r.rated_on <= end:
            continue
        if r.rater not in seen or r.rated_on >= seen[r.rater]:
            seen[r.rater] = r.rated_on
            result[r.rater] = r.value
    return result


def with_rater_ratings(evaluation: Evaluation, ratings: Sequence[Rating]) -> Evaluation:
    """The evaluation with every goal's family, child and team rating of its period filled in
    (from before the period when nobody rated during it: the last known rating counts)."""
    goals = []
    for g in evaluation.goals:
        by = latest_by_rater(g.goal_id, ratings, start=date.min, end=evaluation.period_end)
        goals.append(replace(g, latest_family=by[Rater.FAMILY], latest_child=by[Rater.CHILD],
                             latest_team=by[Rater.TEAM]))
    return replace(evaluation, goals=tuple(goals))


def next_meeting_draft(family_id: str, *, base_version: int, plan: PlanContent, held_on: date,
                       earlier: Sequence[Meeting]) -> MeetingDraft:
    """The draft of a new meeting on ``plan``: the last meeting's facilitator and place
    (issue 13, item 17) and everyone in the team marked present."""
    draft = new_draft(family_id, base_version=base_version, plan=plan, held_on=held_on)
    team = plan.team
    last = max(earlier, key=lambda m: m.held_on) if earlier else None
    ids = {m.id for m in team}
    return replace(draft, meeting=replace(
        draft.meeting, location=last.location if last else "",
        facilitator_id=last.facilitator_id if last and last.facilitator_id in ids else None,
        attendance=tuple(Attendance(m.id, True) for m in team),
    ))


# --- evaluation checks ------------------------------------------------------------------------


def validate_evaluation(evaluation: Evaluation, *, plan: PlanContent | None,
                        family_created: date | None, today: date) -> list[CycleProblem]:
    """Every reason this evaluation cannot be recorded (empty: it can)."""
    found: list[CycleProblem] = []
    add = found.append
    if evaluation.period_start > evaluation.period_end:
        add(CycleProblem("evaluation.period_reversed",
                         f"The evaluation period starts ({evaluation.period_start}) after it "
                         f"ends ({evaluation.period_end})"))
    if evaluation.period_end > today:
        add(CycleProblem("evaluation.period_future",
                         f"The evaluation period ends in the future ({evaluation.period_end})"))
    if family_created is not None and evaluation.period_start < family_created:
        add(CycleProblem("evaluation.before_family",
                         f"The evaluation period starts ({evaluation.period_start}) before the "
                         f"family was registered ({family_created})"))
    if plan is None:
        add(CycleProblem("evaluation.version_missing",
                         f"Plan version {evaluation.plan_version} no longer exists"))
    goals = {g.id: g for g in plan.goals} if plan is not None else {}
    for g in evaluation.goals:
        name = goals[g.goal_id].title if g.goal_id in goals else g.goal_id
        values = [g.baseline, g.target, g.latest, g.latest_family, g.latest_child, g.latest_team]
        if any(v is not None and not SCALE_MIN <= v <= SCALE_MAX for v in values):
            add(CycleProblem("evaluation.rating_scale",
                             f"A rating of goal '{name}' is outside {SCALE_MIN}–{SCALE_MAX}",
                             g.goal_id))
        if plan is not None and g.goal_id not in goals:
            add(CycleProblem("evaluation.unknown_goal",
                             f"Goal {g.goal_id} is not in plan version {evaluation.plan_version}",
                             g.goal_id))
        if not g.decision_reason.strip():
            add(CycleProblem("evaluation.reason_missing",
                             f"The decision on goal '{name}' has no reason", g.goal_id))
        rated = any(v is not None for v in
                    (g.latest, g.latest_family, g.latest_child, g.latest_team))
        if g.decision is Decision.FINALIZE and not rated:
            add(CycleProblem("evaluation.finalize_unrated",
                             f"Goal '{name}' cannot be finalized: nobody rated it", g.goal_id))
    if not evaluation.goals:
        add(CycleProblem("evaluation.no_goals", "The evaluation has no goals"))
    if not evaluation.overall_reason.strip() and not evaluation.next_steps.strip():
        add(CycleProblem("evaluation.next_steps_missing",
                         "The overall decision has no reason or next steps"))
    return found


def finalized_goal_ids(evaluations: Iterable[Evaluation]) -> set[str]:
    """Goals an evaluation closed as reached (to celebrate)."""
    return {g.goal_id for e in evaluations if e.decided for g in e.goals
            if g.decision is Decision.FINALIZE}


def adjust_goal_ids(evaluation: Evaluation) -> tuple[str, ...]:
    return tuple(g.goal_id for g in evaluation.goals if g.decision is Decision.ADJUST)


def evaluation_due(first_approved_meeting: date | None, last_evaluation_end: date | None
                   ) -> date | None:
    """Six months after the last evaluation, else after the first approved plan's meeting."""
    start = last_evaluation_end or first_approved_meeting
    if start is None:
        return None
    year, month = divmod(start.year * 12 + start.month - 1 + EVALUATION_MONTHS, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


# --- the evaluation chain ---------------------------------------------------------------------


@dataclass(frozen=True)
class EvaluationRecord:
    """A recorded evaluation as stored (all fields as stored)."""

    id: str
    family_id: str
    number: int
    created_at: datetime
    created_by: str
    plan_version: int
    plan_hash: str
    content_json: str
    content_hash: str
    prev_hash: str
    hash: str


def evaluation_hash(*, family_id: str, number: int, created_at: datetime, created_by: str,
                    plan_version: int, plan_hash: str, content_hash: str, prev_hash: str
                    ) -> str:
    envelope = {
        "kind": "evaluation", "family_id": family_id, "number": number,
        "created_at": created_at.isoformat(), "created_by": created_by,
        "plan_version": plan_version, "plan_hash": plan_hash,
        "content_hash": content_hash, "prev_hash": prev_hash,
    }
    return sha256_hex(canonical_json(envelope))


def seal_evaluation(*, evaluation: Evaluation, family_id: str, number: int,
                    created_at: datetime, created_by: str, prev_hash: str) -> EvaluationRecord:
    body = canonical_json(evaluation)
    c_hash = sha256_hex(body)
    return EvaluationRecord(
        id=evaluation.id, family_id=family_id, number=number, created_at=created_at,
        created_by=created_by, plan_version=evaluation.plan_version,
        plan_hash=evaluation.plan_hash, content_json=body, content_hash=c_hash,
        prev_hash=prev_hash,
        hash=evaluation_hash(family_id=family_id, number=number, created_at=created_at,
                             created_by=created_by, plan_version=evaluation.plan_version,
                             plan_hash=evaluation.plan_hash, content_hash=c_hash,
                             prev_hash=prev_hash),
    )


@dataclass(frozen=True)
class RecordedBy:
    """Which evaluation, who recorded it and when: what names a concurrent one."""

    number: int
    created_by: str
    created_at: datetime


def recorded_by(rec: EvaluationRecord) -> RecordedBy:
    return RecordedBy(rec.number, rec.created_by, rec.created_at)


def _recorded_at(rec: EvaluationRecord) -> datetime:
    # Rows sealed by migration 0004 may carry a time without a zone: read it as UTC.
    at = rec.created_at
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def evaluation_order(rec: EvaluationRecord) -> tuple[int, datetime, str]:
    """The order evaluations are listed in: by number, then by when they were recorded
    (concurrent ones), then by hash; the same on every laptop."""
    return rec.number, _recorded_at(rec), rec.hash


def evaluation_head(records: Iterable[EvaluationRecord]) -> EvaluationRecord | None:
    """The evaluation the next one follows: the highest number; of evaluations recorded at
    the same time on two laptops, the newest by (recorded at, hash). None: none yet."""
    return max(records, key=evaluation_order, default=None)


def concurrent_evaluations(records: Iterable[EvaluationRecord]
                           ) -> dict[str, tuple[EvaluationRecord, ...]]:
    """For each evaluation recorded at the same time as others (the same previous
    evaluation: laptops that did not know of each other), those others, by id."""
    siblings: dict[str, list[EvaluationRecord]] = defaultdict(list)
    for rec in records:
        siblings[rec.prev_hash].append(rec)
    found: dict[str, tuple[EvaluationRecord, ...]] = {}
    for group in siblings.values():
        if len(group) > 1:
            ordered = sorted(group, key=evaluation_order)
            for rec in ordered:
                found[rec.id] = tuple(o for o in ordered if o is not rec)
    return found


def verify_evaluations(family_id: str, records: Sequence[EvaluationRecord], *,
                       plan_hashes: dict[int, str]) -> list[str]:
    """Problems in a family's evaluation chain (empty: intact). ``plan_hashes``: the
    family's plan versions, number -> hash. Evaluations recorded at the same time on two
    laptops share their previous evaluation: a tree, not a break."""
    problems: list[str] = []
    by_hash: dict[str, EvaluationRecord] = {}
    for rec in records:
        if rec.hash in by_hash:
            problems.append(f"evaluation {rec.number} is stored twice (the same record under "
                            "two ids)")
        by_hash.setdefault(rec.hash, rec)
    for rec in sorted(records, key=evaluation_order):
        where = f"evaluation {rec.number}"
        if rec.family_id != family_id:
            problems.append(f"{where} belongs to another family")
        if sha256_hex(rec.content_json) != rec.content_hash:
            problems.append(f"{where} was changed after it was recorded (content hash)")
        again = evaluation_hash(
            family_id=rec.family_id, number=rec.number, created_at=rec.created_at,
            created_by=rec.created_by, plan_version=rec.plan_version, plan_hash=rec.plan_hash,
            content_hash=rec.content_hash, prev_hash=rec.prev_hash)
        if again != rec.hash:
            problems.append(f"{where} was changed after it was recorded (record hash)")
        before = by_hash.get(rec.prev_hash)
        if rec.prev_hash != GENESIS_HASH and before is None:
            problems.append(f"{where} does not follow the evaluation before it: an "
                            "evaluation is missing or was changed")
        expected = before.number + 1 if before is not None else 1
        if (rec.prev_hash == GENESIS_HASH or before is not None) and rec.number != expected:
            problems.append(f"{where} is out of sequence (expected {expected}): an "
                            "evaluation is missing")
        if rec.plan_version and plan_hashes.get(rec.plan_version) != rec.plan_hash:
            problems.append(f"{where} names plan version {rec.plan_version}, which is not in "
                            "this family's history with that hash")
    return problems


# --- phases -----------------------------------------------------------------------------------


def phase_history_order(changes: Iterable[tuple[int, PhaseChange]]) -> list[PhaseChange]:
    """A family's phase changes (each with its stored number) in the order they are shown
    and counted: by date, then number, then who, then id; the same on every laptop.

    One laptop numbers its changes 1, 2, ... and dates them in order (``validate_phase_change``
    refuses a date before the last change). Two laptops that each record a change while not
    syncing both number theirs n: after sync both are kept; the date puts them in order, and
    for two on the same day the number and then the coach's name and the id do. The current
    phase is the last one's (``current_phase``). The same order as the SQL of the families
    list, the week page and ``current_phases`` (store/)."""
    ordered = sorted(changes, key=lambda t: (t[1].changed_on, t[0], t[1].changed_by, t[1].id))
    return [change for _, change in ordered]


def current_phase(history: Sequence[PhaseChange]) -> Phase:
    """The phase of the newest change of ``history`` (in ``phase_history_order``)."""
    return history[-1].phase if history else Phase.ENGAGEMENT


def validate_phase_change(history: Sequence[PhaseChange], *, to: Phase, on: date, reason: str,
                          today: date, plan_approved: bool) -> list[CycleProblem]:
    """Phases go in order, one step at a time; transition may come from any phase once the
    family decides to end. Implementation needs an approved plan."""
    found: list[CycleProblem] = []
    now = current_phase(history)
    if not reason.strip():
        found.append(CycleProblem("phase.reason_missing", "A phase change needs a reason"))
    if on > today:
        found.append(CycleProblem("phase.future", f"The phase change date {on} is in the future"))
    if history and on < history[-1].changed_on:
        found.append(CycleProblem(
            "phase.before_last",
            f"The phase change date {on} is before the last change ({history[-1].changed_on})"))
    if to is now:
        found.append(CycleProblem("phase.same", f"The family is already in phase {to.value}"))
    elif to is not Phase.TRANSITION and to.order != now.order + 1:
        found.append(CycleProblem(
            "phase.out_of_order",
            f"Phase {to.value} cannot follow {now.value}: phases go engagement → plan "
            "development → implementation → transition"))
    if to is Phase.IMPLEMENTATION and not plan_approved:
        found.append(CycleProblem("phase.no_approved_plan",
                                  "Implementation starts with an approved plan; there is none"))
    return found


# --- transition -------------------------------------------------------------------------------


def validate_transition(plan: TransitionPlan, *, closing_on: date, today: date
                        ) -> list[CycleProblem]:
    found: list[CycleProblem] = []
    if closing_on > today:
        found.append(CycleProblem("transition.future",
                                  f"The closing meeting date {closing_on} is in the future"))
    for c in plan.continuing:
        if not c.what.strip() or not c.who.strip():
            found.append(CycleProblem("transition.carrier_missing",
                                      "Every support that continues needs what and who carries "
                                      "it"))
            break
    if not plan.crisis_contacts or any(not c.name.strip() for c in plan.crisis_contacts):
        found.append(CycleProblem("transition.crisis_missing",
                                  "Name at least one person to call in a crisis after closure"))
    return found


def successes_from(plan: PlanContent, evaluations: Iterable[Evaluation]) -> tuple[Goal, ...]:
    """The goals reached (finalized by an evaluation), in plan order."""
    done = finalized_goal_ids(evaluations)
    return tuple(g for g in plan.goals if g.id in done)

