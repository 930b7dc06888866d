"""The meeting's agenda: for each step (by its key) the minutes planned, the title and the
hint under it, in the family's order. One table, so the script of every kind of meeting (the
plan's, the evaluation's, the closing one) reads in one place, the way a coach plans it.

Each text keeps its step's translation context (``QCoreApplication.translate("TeamStep",
...)``, a literal call lupdate collects); the steps themselves only lay out their widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class StepText:
    minutes: int
    title: str
    hint: str


def agenda() -> dict[str, StepText]:
    """In the UI language of now. A goal's review step ("goal") puts the goal in ``%1``; the
    cycle agreement has a hint for the evaluation and one for the transition plan."""
    return {
        "review": StepText(
            15, QCoreApplication.translate("FollowUpStep", "Since last time"),
            QCoreApplication.translate("FollowUpStep", "Rate each goal again from 0 to 10 — the "
                                                       "family, the child and the team each give "
                                                       "their own rating — and go through the "
                                                       "open actions.")),
        "team": StepText(
            5, QCoreApplication.translate("TeamStep", "Who is at the table"),
            QCoreApplication.translate("TeamStep", "The family, the people around them and the "
                                                   "professionals. Untick who is absent today.")),
        "situation": StepText(
            10, QCoreApplication.translate("SituationStep", "Our situation"),
            QCoreApplication.translate("SituationStep", "The family tells its story in its own "
                                                        "words. The team's view is written "
                                                        "separately.")),
        "strengths": StepText(
            10, QCoreApplication.translate("StrengthsStep", "Strengths"),
            QCoreApplication.translate("StrengthsStep", "Talents, life skills and the resources "
                                                        "around the family.")),
        "needs": StepText(
            15, QCoreApplication.translate("NeedsStep", "Needs and vision"),
            QCoreApplication.translate("NeedsStep", "What the family needs in each part of life: "
                                                    "what it handles itself and where it needs "
                                                    "help.")),
        "goals": StepText(
            15, QCoreApplication.translate("GoalsStep", "Goals"),
            QCoreApplication.translate("GoalsStep", "A few goals, each tied to needs, with how we"
                                                    " will know and a 0–10 scale: where we are "
                                                    "today and where we aim to be.")),
        "actions": StepText(
            15, QCoreApplication.translate("ActionsStep", "Who does what"),
            QCoreApplication.translate("ActionsStep", "For each goal: what will be done, by whom "
                                                      "(exactly one person from the team, family "
                                                      "and informal supports included) and when.")),
        "safety": StepText(
            5, QCoreApplication.translate("SafetyStep", "Safety"),
            QCoreApplication.translate("SafetyStep", "What could go wrong, the early signs, what "
                                                     "we do then and whom we call.")),
        "agreement": StepText(
            5, QCoreApplication.translate("AgreementStep", "Agreement"),
            QCoreApplication.translate("AgreementStep", "The family approves the plan; each "
                                                        "member present signs off; we set the "
                                                        "next meeting. Saving creates a new plan "
                                                        "version that can no longer be changed.")),
        "meeting": StepText(
            5, QCoreApplication.translate("MeetingRecordStep", "The meeting"),
            QCoreApplication.translate("MeetingRecordStep", "When the meeting was held, who was "
                                                            "there, and the minutes. Absent or "
                                                            "excused members stay in the team.")),
        "period": StepText(
            5, QCoreApplication.translate("PeriodStep", "Period"),
            QCoreApplication.translate("PeriodStep", "The six months we look back on. It starts "
                                                     "at the plan's first meeting (or the last "
                                                     "evaluation).")),
        "goal": StepText(
            8, QCoreApplication.translate("GoalReviewStep", "Goal: %1"),
            QCoreApplication.translate("GoalReviewStep", "How far did we get? First the family "
                                                         "says what helped and what did not, then"
                                                         " the team. Then we decide together.")),
        "actions_recap": StepText(
            5, QCoreApplication.translate("ActionsRecapStep", "Actions"),
            QCoreApplication.translate("ActionsRecapStep", "What was done, what was stopped and "
                                                           "why, what is still open.")),
        "overall": StepText(
            10, QCoreApplication.translate("OverallStep", "Overall decision"),
            QCoreApplication.translate("OverallStep", "Looking back together, and what we do "
                                                      "next.")),
        "successes": StepText(
            10, QCoreApplication.translate("SuccessesStep", "Successes to celebrate"),
            QCoreApplication.translate("SuccessesStep", "What the family achieved: the goals "
                                                        "reached first. Name them and celebrate "
                                                        "them together.")),
        "continuing": StepText(
            15, QCoreApplication.translate("ContinuingStep", "After closure"),
            QCoreApplication.translate("ContinuingStep", "What continues after the plan closes "
                                                         "and who carries it (often the people "
                                                         "around the family), and whom to call in"
                                                         " a crisis.")),
        "come_back": StepText(
            5, QCoreApplication.translate("ComeBackStep", "Coming back"),
            QCoreApplication.translate("ComeBackStep", "How the family can come back if things "
                                                       "get hard again.")),
        "cycle_agreement:evaluation": StepText(
            5, QCoreApplication.translate("CycleAgreementStep", "Agreement"),
            QCoreApplication.translate("CycleAgreementStep", "The family approves the evaluation;"
                                                             " each member present signs off. "
                                                             "Recording it makes an evaluation "
                                                             "that can no longer be changed.")),
        "cycle_agreement:transition": StepText(
            5, QCoreApplication.translate("CycleAgreementStep", "Agreement"),
            QCoreApplication.translate("CycleAgreementStep", "The family approves the transition "
                                                             "plan; each member present signs "
                                                             "off. Recording it closes the plan.")),
    }
