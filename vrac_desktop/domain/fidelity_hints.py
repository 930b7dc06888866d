"""What to look at next: concrete hints read from a plan's fidelity indicators.

``next_steps`` turns one family's ``FidelityReport`` (domain/fidelity.py) and its plan into a
short ordered list of ``Hint`` codes, most basic first (the team before the outcomes), each
with the number of items it concerns so the GUI can say "%n goals". Pure: the GUI and the
documents translate the codes; nothing here is a decision, only a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vrac_desktop.domain.fidelity import Element, FidelityInput, FidelityReport, compute
from vrac_desktop.domain.model import ActionStatus, MemberKind


class Hint(StrEnum):
    NO_INFORMAL_SUPPORT = "no_informal_support"
    INFORMAL_WITHOUT_ACTION = "informal_without_action"
    ONE_PERSON_CARRIES_MOST = "one_person_carries_most"
    FAMILY_OFTEN_ABSENT = "family_often_absent"
    GOAL_WITHOUT_NEED = "goal_without_need"
    NEED_UNADDRESSED = "need_unaddressed"
    NO_CHILD_TALENT = "no_child_talent"
    NO_ACTION_USES_STRENGTH = "no_action_uses_strength"
    GOAL_NOT_MEASURABLE = "goal_not_measurable"
    FAMILY_NOT_RATING = "family_not_rating"
    EVALUATION_MISSED = "evaluation_missed"
    VOICE_LOW = "voice_low"


@dataclass(frozen=True)
class NextStep:
    hint: Hint
    count: int = 0  # how many items it concerns, for "%n goals" texts


def next_steps(data: FidelityInput, report: FidelityReport | None = None) -> list[NextStep]:
    """Concrete things to look at, most basic first (the team before the outcomes)."""
    report = report or compute(data)
    plan = data.plan
    steps: list[NextStep] = []
    if plan is None:
        return steps
    informal = [m for m in plan.team if m.kind is MemberKind.INFORMAL]
    if not informal:
        steps.append(NextStep(Hint.NO_INFORMAL_SUPPORT))
    else:
        carrying = {a.responsible_id for a in plan.actions
                    if a.status is not ActionStatus.STOPPED}
        if not any(m.id in carrying for m in informal):
            steps.append(NextStep(Hint.INFORMAL_WITHOUT_ACTION, len(informal)))
    if report.get("teamwork.busiest_member").meets is False:
        steps.append(NextStep(Hint.ONE_PERSON_CARRIES_MOST))
    if report.get("teamwork.attendance_family").meets is False:
        steps.append(NextStep(Hint.FAMILY_OFTEN_ABSENT))
    need_ids = {n.id for n in plan.needs}
    untied = sum(not any(nid in need_ids for nid in g.need_ids) for g in plan.goals)
    if untied:
        steps.append(NextStep(Hint.GOAL_WITHOUT_NEED, untied))
    unaddressed = report.get("needs.unaddressed")
    if unaddressed.value:
        steps.append(NextStep(Hint.NEED_UNADDRESSED, int(unaddressed.value)))
    if report.get("strengths.child_talents").value == 0:
        steps.append(NextStep(Hint.NO_CHILD_TALENT))
    naming = report.get("strengths.actions_naming_strength")
    if naming.value == 0:
        steps.append(NextStep(Hint.NO_ACTION_USES_STRENGTH))
    not_measurable = sum(not (g.indicator.strip() and g.target != g.baseline)
                         for g in plan.goals)
    if not_measurable:
        steps.append(NextStep(Hint.GOAL_NOT_MEASURABLE, not_measurable))
    if report.get("outcomes.family_rated").meets is False:
        steps.append(NextStep(Hint.FAMILY_NOT_RATING))
    timely = report.get("outcomes.evaluations_on_time")
    if timely.meets is False and timely.numerator is not None and timely.denominator:
        steps.append(NextStep(Hint.EVALUATION_MISSED, timely.denominator - timely.numerator))
    low = [i for i in report.by_element(Element.VOICE) if i.meets is False]
    if low:
        steps.append(NextStep(Hint.VOICE_LOW, len(low)))
    return steps
