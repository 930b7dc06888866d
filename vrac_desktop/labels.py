"""Translated names for the plan's choices (member kinds, life domains, statuses...): one
table for the meeting screens (UI language) and the documents (the family's language).

Each function takes the ``translate(context, source)`` to use: by default
``QCoreApplication.translate`` (the UI language); documents pass ``tr_in(family_language)``.
Each call is a literal ``translate("Labels", ...)`` so that lupdate collects it. QtCore only,
so documents may use it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

Translate = Callable[[str, str], str]


def member_kinds(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "family": translate("Labels", "Family"),
        "informal": translate("Labels", "Informal support"),
        "formal": translate("Labels", "Professional"),
    }

def strength_categories(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "talent": translate("Labels", "Talent"),
        "life_skill": translate("Labels", "Life skill"),
        "network": translate("Labels", "Network / neighbourhood"),
    }

def strength_holders(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "child": translate("Labels", "Child"),
        "parents": translate("Labels", "Parents"),
        "family": translate("Labels", "Family"),
        "network": translate("Labels", "Network"),
    }

def life_domains(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "school": translate("Labels", "School"),
        "home": translate("Labels", "Home"),
        "health": translate("Labels", "Health"),
        "leisure": translate("Labels", "Leisure"),
        "safety": translate("Labels", "Safety"),
        "income": translate("Labels", "Income"),
        "housing": translate("Labels", "Housing"),
        "social_network": translate("Labels", "Social network"),
        "other": translate("Labels", "Other"),
    }

def handlings(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "need_help": translate("Labels", "We need help"),
        "ourselves": translate("Labels", "We handle this ourselves"),
    }

def priorities(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "high": translate("Labels", "High"),
        "medium": translate("Labels", "Medium"),
        "low": translate("Labels", "Low"),
    }

def action_statuses(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "planned": translate("Labels", "Planned"),
        "in_progress": translate("Labels", "In progress"),
        "done": translate("Labels", "Done"),
        "stopped": translate("Labels", "Stopped"),
    }

def support_types(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "informal": translate("Labels", "Informal"),
        "formal": translate("Labels", "Formal"),
    }

# A six-month evaluation's verdict and decision: documents only (the evaluation dialog words
# them as questions), so in the documents' translation context.
def verdicts(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "reached": translate("PlanDocument", "Reached"),
        "partly": translate("PlanDocument", "Partly reached"),
        "not_reached": translate("PlanDocument", "Not reached"),
    }

def decisions(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "continue": translate("PlanDocument", "Continue"),
        "adjust": translate("PlanDocument", "Adjust"),
        "finalize": translate("PlanDocument", "Finalize"),
    }
