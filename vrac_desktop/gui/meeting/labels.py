"""Translated names for the plan's choices (member kinds, life domains, statuses...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def member_kinds() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"family": t("Labels", "Family"), "informal": t("Labels", "Informal support"),
            "formal": t("Labels", "Professional")}


def strength_categories() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"talent": t("Labels", "Talent"), "life_skill": t("Labels", "Life skill"),
            "network": t("Labels", "Network / neighbourhood")}


def strength_holders() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"child": t("Labels", "Child"), "parents": t("Labels", "Parents"),
            "family": t("Labels", "Family"), "network": t("Labels", "Network")}


def life_domains() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"school": t("Labels", "School"), "home": t("Labels", "Home"),
            "health": t("Labels", "Health"), "leisure": t("Labels", "Leisure"),
            "safety": t("Labels", "Safety"), "income": t("Labels", "Income"),
            "housing": t("Labels", "Housing"), "social_network": t("Labels", "Social network"),
            "other": t("Labels", "Other")}


def handlings() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"need_help": t("Labels", "We need help"),
            "ourselves": t("Labels", "We handle this ourselves")}


def priorities() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"high": t("Labels", "High"), "medium": t("Labels", "Medium"),
            "low": t("Labels", "Low")}


def action_statuses() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"planned": t("Labels", "Planned"), "in_progress": t("Labels", "In progress"),
            "done": t("Labels", "Done"), "stopped": t("Labels", "Stopped")}


def support_types() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"informal": t("Labels", "Informal"), "formal": t("Labels", "Formal")}
