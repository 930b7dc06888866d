"""Translated names for the plan's choices (member kinds, life domains, statuses...).

Each call is a literal ``translate("Labels", ...)`` so that lupdate collects it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def member_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "family": translate("Labels", "Family"),
        "informal": translate("Labels", "Informal support"),
        "formal": translate("Labels", "Professional"),
    }

def strength_categories() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "talent": translate("Labels", "Talent"),
        "life_skill": translate("Labels", "Life skill"),
        "network": translate("Labels", "Network / neighbourhood"),
    }

def strength_holders() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "child": translate("Labels", "Child"),
        "parents": translate("Labels", "Parents"),
        "family": translate("Labels", "Family"),
        "network": translate("Labels", "Network"),
    }

def life_domains() -> dict[str, str]:
    translate = QCoreApplication.translate
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

def handlings() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "need_help": translate("Labels", "We need help"),
        "ourselves": translate("Labels", "We handle this ourselves"),
    }

def priorities() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "high": translate("Labels", "High"),
        "medium": translate("Labels", "Medium"),
        "low": translate("Labels", "Low"),
    }

def action_statuses() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "planned": translate("Labels", "Planned"),
        "in_progress": translate("Labels", "In progress"),
        "done": translate("Labels", "Done"),
        "stopped": translate("Labels", "Stopped"),
    }

def support_types() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "informal": translate("Labels", "Informal"),
        "formal": translate("Labels", "Formal"),
    }
