"""Translated names for the Wraparound cycle: phases, verdicts, decisions, attendance, and the
messages for the core's refusal codes (domain/cycle.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the families list's first paint needs the phases, not the cycle's rules
    from vrac_desktop.domain.cycle import CycleProblem


def phases() -> dict[str, str]:
    return {
        "engagement": QCoreApplication.translate("Cycle", "Engagement and team preparation"),
        "plan_development": QCoreApplication.translate("Cycle", "Initial plan development"),
        "implementation": QCoreApplication.translate("Cycle", "Implementation"),
        "transition": QCoreApplication.translate("Cycle", "Transition"),
    }


def phase_descriptions() -> dict[str, str]:
    """What each phase holds (NWI), shown where the phase is chosen or shown."""
    return {
        "engagement": QCoreApplication.translate(
            "Cycle", "First contact; the family's story and strengths gathered; the team "
            "formed; crisis stabilisation if needed."),
        "plan_development": QCoreApplication.translate(
            "Cycle", "Until the family approves its first plan."),
        "implementation": QCoreApplication.translate(
            "Cycle", "Follow-up meetings and six-month evaluations."),
        "transition": QCoreApplication.translate(
            "Cycle", "Goals finalized, or the family decides to end: the transition plan, "
            "then closing."),
    }


def verdicts() -> dict[str, str]:
    return {
        "reached": QCoreApplication.translate("Cycle", "Reached"),
        "partly": QCoreApplication.translate("Cycle", "Partly reached"),
        "not_reached": QCoreApplication.translate("Cycle", "Not reached"),
    }


def decisions() -> dict[str, str]:
    return {
        "continue": QCoreApplication.translate("Cycle", "Continue"),
        "adjust": QCoreApplication.translate("Cycle", "Adjust"),
        "finalize": QCoreApplication.translate("Cycle", "Finalize (goal reached)"),
    }


def attendance() -> dict[str, str]:
    return {
        "present": QCoreApplication.translate("Cycle", "Present"),
        "excused": QCoreApplication.translate("Cycle", "Excused"),
        "absent": QCoreApplication.translate("Cycle", "Absent"),
    }


def phase_reason(reason: str) -> str:
    """A phase change's reason: the coach's words, or the app's automatic reason."""
    # Here, not at the top: the families list of the first screen uses this module before
    # the services (and SQLAlchemy) are loaded.
    from vrac_desktop.services.cycle import (
        AUTO_FIRST_APPROVED,
        AUTO_FIRST_MEETING,
        AUTO_TRANSITION_PLAN,
    )

    return {
        AUTO_FIRST_MEETING: QCoreApplication.translate("Cycle", "First plan meeting held"),
        AUTO_FIRST_APPROVED: QCoreApplication.translate("Cycle", "First plan approved"),
        AUTO_TRANSITION_PLAN: QCoreApplication.translate(
            "Cycle", "Transition plan agreed at the closing meeting"),
    }.get(reason, reason)


def problem(p: CycleProblem, goal_names: dict[str, str] | None = None) -> str:
    """The translated message for a refusal code; the English message if the code is new."""
    name = (goal_names or {}).get(p.goal_id or "", "")
    text = {
        "evaluation.period_reversed": QCoreApplication.translate(
            "Cycle", "The evaluation period starts after it ends."),
        "evaluation.period_future": QCoreApplication.translate(
            "Cycle", "The evaluation period ends in the future."),
        "evaluation.before_family": QCoreApplication.translate(
            "Cycle", "The evaluation period starts before the family's first meeting."),
        "evaluation.version_missing": QCoreApplication.translate(
            "Cycle", "The plan version this evaluation is about no longer exists."),
        "evaluation.rating_scale": QCoreApplication.translate(
            "Cycle", "A rating of goal “%1” is outside 0–10."),
        "evaluation.unknown_goal": QCoreApplication.translate(
            "Cycle", "Goal “%1” is not in the evaluated plan version."),
        "evaluation.reason_missing": QCoreApplication.translate(
            "Cycle", "The decision on goal “%1” needs a reason."),
        "evaluation.finalize_unrated": QCoreApplication.translate(
            "Cycle", "Goal “%1” cannot be finalized: nobody has rated it."),
        "evaluation.no_goals": QCoreApplication.translate(
            "Cycle", "The plan has no goals to evaluate."),
        "evaluation.next_steps_missing": QCoreApplication.translate(
            "Cycle", "Write why (the overall decision) or the next steps."),
        "meeting.future": QCoreApplication.translate(
            "Cycle", "The meeting date is in the future."),
        "phase.reason_missing": QCoreApplication.translate(
            "Cycle", "A phase change needs a reason."),
        "phase.future": QCoreApplication.translate(
            "Cycle", "The date of the phase change is in the future."),
        "phase.before_last": QCoreApplication.translate(
            "Cycle", "The date is before the last phase change."),
        "phase.same": QCoreApplication.translate(
            "Cycle", "The family is already in this phase."),
        "phase.out_of_order": QCoreApplication.translate(
            "Cycle", "Phases go in order: engagement → plan development → implementation → "
            "transition (transition may come at any time)."),
        "phase.no_approved_plan": QCoreApplication.translate(
            "Cycle", "Implementation starts once the family has approved a plan."),
        "transition.future": QCoreApplication.translate(
            "Cycle", "The closing meeting date is in the future."),
        "transition.carrier_missing": QCoreApplication.translate(
            "Cycle", "Every support that continues needs what it is and who carries it."),
        "transition.crisis_missing": QCoreApplication.translate(
            "Cycle", "Name at least one person to call in a crisis after closure."),
    }.get(p.code)
    return text.replace("%1", name or "?") if text else p.message
