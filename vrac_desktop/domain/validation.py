"""Checks on a plan that a coach must see before the family approves it.

Each problem carries a stable ``code`` (the GUI translates by code) and an English message
with the specifics filled in. ``Severity.ERROR`` blocks saving an approved version;
``Severity.WARNING`` is shown but does not block (a due date in the past, say).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vrac_desktop.domain.model import (
    SCALE_MAX,
    SCALE_MIN,
    ActionStatus,
    PlanContent,
    Rating,
)
from vrac_desktop.domain.progress import ActionState, action_state

MAX_TEXT = 20_000  # characters; longer text is refused with a message, never cut silently


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    code: str
    section: str
    item_id: str | None
    message: str
    severity: Severity = Severity.ERROR


def _label(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f"'{text[:limit]}…'" if len(text) > limit else f"'{text}'"


def validate_plan(plan: PlanContent, *, today: date | None = None) -> list[Problem]:
    """Every problem in ``plan``, in the order of the meeting's steps."""
    problems: list[Problem] = []
    add = problems.append
    member_ids = {m.id for m in plan.team}
    need_ids = {n.id for n in plan.needs}
    goal_ids = {g.id for g in plan.goals}

    names = Counter(" ".join(m.name.casefold().split()) for m in plan.team)
    for m in plan.team:
        if not m.name.strip():
            add(Problem("member.name_missing", "team", m.id, "A team member has no name."))
        elif names[" ".join(m.name.casefold().split())] > 1:
            add(Problem("member.duplicate", "team", m.id,
                        f"{_label(m.name)} is in the team more than once."))

    for text_item in (plan.situation.family_story, plan.situation.what_goes_well,
                      plan.situation.team_view, plan.vision):
        if len(text_item.text) > MAX_TEXT:
            add(Problem("text.too_long", "situation", text_item.id,
                        f"Text is longer than {MAX_TEXT} characters."))

    for s in plan.strengths:
        if not s.text.strip():
            add(Problem("strength.empty", "strengths", s.id, "A strength has no text."))

    for n in plan.needs:
        if not n.text.strip():
            add(Problem("need.empty", "needs", n.id, "A need has no text."))

    for g in plan.goals:
        if not g.title.strip():
            add(Problem("goal.title_missing", "goals", g.id, "A goal has no title."))
        if not g.need_ids:
            add(Problem("goal.no_need", "goals", g.id,
                        f"Goal {_label(g.title)} is not tied to any need."))
        for nid in g.need_ids:
            if nid not in need_ids:
                add(Problem("goal.unknown_need", "goals", g.id,
                            f"Goal {_label(g.title)} refers to a need that is no longer "
                            "in the plan."))
        for label, value in (("baseline", g.baseline), ("target", g.target)):
            if not SCALE_MIN <= value <= SCALE_MAX:
                add(Problem(f"goal.{label}_range", "goals", g.id,
                            f"Goal {_label(g.title)}: {label} {value} is outside "
                            f"{SCALE_MIN}–{SCALE_MAX}."))
        if not g.indicator.strip():
            add(Problem("goal.no_indicator", "goals", g.id,
                        f"Goal {_label(g.title)} does not say how we will know.",
                        Severity.WARNING))

    for a in plan.actions:
        if not a.description.strip():
            add(Problem("action.empty", "actions", a.id, "An action has no description."))
        if a.responsible_id is None:
            add(Problem("action.no_responsible", "actions", a.id,
                        f"Action {_label(a.description)} has no responsible person."))
        elif a.responsible_id not in member_ids:
            add(Problem("action.responsible_gone", "actions", a.id,
                        f"The person responsible for {_label(a.description)} "
                        "is no longer in the team."))
        if a.goal_id is not None and a.goal_id not in goal_ids:
            add(Problem("action.unknown_goal", "actions", a.id,
                        f"Action {_label(a.description)} serves a goal that is no longer "
                        "in the plan."))
        if a.status is ActionStatus.STOPPED and not a.stop_reason.strip():
            add(Problem("action.stop_reason", "actions", a.id,
                        f"Action {_label(a.description)} was stopped: say why."))
        if today is not None and action_state(a, today) is ActionState.OVERDUE:
            add(Problem("action.due_past", "actions", a.id,
                        f"Action {_label(a.description)} was due on {a.due_on}.",
                        Severity.WARNING))

    for item in plan.safety:
        if not item.risk.strip():
            add(Problem("safety.empty", "safety", item.id, "A safety item does not say the risk."))

    for so in plan.agreement.signoffs:
        if so.member_id not in member_ids:
            add(Problem("signoff.unknown_member", "agreement", so.member_id,
                        f"{_label(so.typed_name)} signed but is not in the team."))
        if not so.typed_name.strip():
            add(Problem("signoff.name_missing", "agreement", so.member_id,
                        "A sign-off has no typed name."))
    return problems


def validate_rating(rating: Rating, plan: PlanContent) -> list[Problem]:
    problems: list[Problem] = []
    if not SCALE_MIN <= rating.value <= SCALE_MAX:
        problems.append(Problem("rating.range", "ratings", rating.id,
                                f"A rating of {rating.value} is outside {SCALE_MIN}–{SCALE_MAX}."))
    if plan.goal(rating.goal_id) is None:
        problems.append(Problem("rating.unknown_goal", "ratings", rating.id,
                                "The rated goal is not in the plan."))
    return problems


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]
