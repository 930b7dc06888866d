"""Validation problems in the UI language, attached to the item they concern.

The domain gives each problem a stable code and the item's id; here each code gets a
translated sentence with the item's label filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vrac_desktop.domain.model import PlanContent
from vrac_desktop.domain.validation import MAX_TEXT, Problem


def _label(plan: PlanContent, item_id: str | None) -> str:
    for attr, field in (("team", "name"), ("strengths", "text"), ("needs", "text"),
                        ("goals", "title"), ("actions", "description"), ("safety", "risk")):
        for item in getattr(plan, attr):
            if item.id == item_id:
                text = " ".join(str(getattr(item, field)).split())
                return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”"
    return ""


def message(problem: Problem, plan: PlanContent) -> str:
    translate = QCoreApplication.translate
    label = _label(plan, problem.item_id)
    texts = {
        "member.name_missing": translate("Problems", "A team member has no name."),
        "member.duplicate": translate("Problems", "%1 is in the team more than once."),
        "text.too_long": translate("Problems",
                                   "This text is longer than %2 characters; shorten it."),
        "strength.empty": translate("Problems", "A strength has no text."),
        "need.empty": translate("Problems", "A need has no text."),
        "goal.title_missing": translate("Problems", "A goal has no title."),
        "goal.no_need": translate(
            "Problems", "Goal %1 is not tied to any need: tick the needs it serves."),
        "goal.unknown_need": translate("Problems", "Goal %1 refers to a need that was removed."),
        "goal.baseline_range": translate("Problems", "Goal %1: the rating today must be 0 to 10."),
        "goal.target_range": translate("Problems", "Goal %1: the target must be 0 to 10."),
        "goal.no_indicator": translate("Problems", "Goal %1 does not say how we will know."),
        "action.empty": translate("Problems", "An action has no description."),
        "action.no_responsible": translate("Problems", "Action %1 has no responsible person."),
        "action.responsible_gone": translate(
            "Problems", "The person responsible for %1 is no longer in the team: choose another."),
        "action.unknown_goal": translate("Problems", "Action %1 serves a goal that was removed."),
        "action.stop_reason": translate("Problems", "Action %1 was stopped: say why."),
        "action.due_past": translate("Problems", "Action %1 was due in the past."),
        "safety.empty": translate("Problems", "A safety item does not say the risk."),
        "signoff.unknown_member": translate("Problems", "Someone signed who is not in the team."),
        "signoff.name_missing": translate("Problems", "A sign-off has no typed name."),
        "rating.range": translate("Problems", "A rating must be 0 to 10."),
        "rating.unknown_goal": translate("Problems", "A rating is for a goal that was removed."),
    }
    text = texts.get(problem.code)
    if text is None:
        return problem.message  # a code this GUI does not know yet: the English original
    return text.replace("%1", label).replace("%2", str(MAX_TEXT))
