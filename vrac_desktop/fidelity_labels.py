"""Translated names, plain-words explanations and value texts of the fidelity indicators
(domain/fidelity.py): one table for the Fidelity tab, the organisation summary and the
documents.

Like labels.py, each function takes the ``translate(context, source)`` to use (by default
``QCoreApplication.translate``, the UI language; documents pass ``tr_in(language)``), and
every call is a literal ``translate("Fidelity", ...)`` so lupdate collects it. QtCore only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from vrac_desktop.domain.fidelity import Direction, Element, Indicator, IndicatorDef, Unit

Translate = Callable[..., str]


def elements(translate: Translate = QCoreApplication.translate) -> dict[Element, str]:
    return {
        Element.TEAMWORK: translate("Fidelity", "Teamwork"),
        Element.NATURAL_SUPPORTS: translate("Fidelity", "Natural supports"),
        Element.NEEDS_BASED: translate("Fidelity", "Needs-based"),
        Element.STRENGTHS: translate("Fidelity", "Strengths-driven"),
        Element.OUTCOMES: translate("Fidelity", "Outcomes-based"),
        Element.VOICE: translate("Fidelity", "The family's voice"),
    }


def names(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "teamwork.team_size": translate("Fidelity", "Team size"),
        "teamwork.team_mix": translate("Fidelity", "Team mix"),
        "teamwork.attendance_family": translate("Fidelity", "Family at the meetings"),
        "teamwork.attendance_informal": translate("Fidelity", "Informal supports at the meetings"),
        "teamwork.attendance_formal": translate("Fidelity", "Professionals at the meetings"),
        "teamwork.busiest_member": translate("Fidelity", "Actions of the busiest member"),
        "natural.family_informal_actions": translate(
            "Fidelity", "Actions carried by family and informal supports"),
        "natural.informal_present": translate("Fidelity", "Meetings with an informal support"),
        "natural.informal_supports": translate("Fidelity", "Informal supports on the team"),
        "needs.goals_tied": translate("Fidelity", "Goals tied to a need"),
        "needs.unaddressed": translate("Fidelity", "Needs left without a goal"),
        "strengths.per_family_member": translate("Fidelity", "Strengths per family member"),
        "strengths.child_talents": translate("Fidelity", "The child's talents"),
        "strengths.actions_naming_strength": translate(
            "Fidelity", "Actions that use a strength"),
        "outcomes.goals_measurable": translate("Fidelity", "Goals we can measure"),
        "outcomes.family_rated": translate("Fidelity", "Follow-ups where the family rated"),
        "outcomes.evaluations_on_time": translate("Fidelity", "Evaluations on time"),
        "outcomes.goals_reached": translate("Fidelity", "Goals reached and celebrated"),
        "voice.listened": translate("Fidelity", "Listened to"),
        "voice.our_plan": translate("Fidelity", "Our own plan"),
        "voice.who_does_what": translate("Fidelity", "Clear who does what"),
    }


def explanations(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "teamwork.team_size": translate(
            "Fidelity", "How many people are on the team around the family."),
        "teamwork.team_mix": translate(
            "Fidelity", "How many kinds of people are on the team: family, informal "
            "supports and professionals (3 is all of them)."),
        "teamwork.attendance_family": translate(
            "Fidelity", "Of the family members on the team, how many came to the meetings, "
            "on average."),
        "teamwork.attendance_informal": translate(
            "Fidelity", "Of the informal supports on the team, how many came to the "
            "meetings, on average."),
        "teamwork.attendance_formal": translate(
            "Fidelity", "Of the professionals on the team, how many came to the meetings, "
            "on average."),
        "teamwork.busiest_member": translate(
            "Fidelity", "The share of the open actions carried by the one person with the "
            "most. Lower is better: nobody should carry everything."),
        "natural.family_informal_actions": translate(
            "Fidelity", "The share of the actions carried by the family and people from "
            "their own network rather than by professionals."),
        "natural.informal_present": translate(
            "Fidelity", "The share of the meetings where at least one informal support "
            "(a grandparent, neighbour, friend...) was there."),
        "natural.informal_supports": translate(
            "Fidelity", "How many people from the family's own network are on the team."),
        "needs.goals_tied": translate(
            "Fidelity", "The share of the goals that answer a need the family named."),
        "needs.unaddressed": translate(
            "Fidelity", "Needs where the family asked for help but no goal takes them up. "
            "Lower is better."),
        "strengths.per_family_member": translate(
            "Fidelity", "How many strengths of the child, the parents and the family are "
            "written down, per family member on the team."),
        "strengths.child_talents": translate(
            "Fidelity", "How many of the child's own talents are written down."),
        "strengths.actions_naming_strength": translate(
            "Fidelity", "The share of the actions whose description names a strength the "
            "plan recorded."),
        "outcomes.goals_measurable": translate(
            "Fidelity", "The share of the goals that say how we will know, with a target "
            "different from today's rating."),
        "outcomes.family_rated": translate(
            "Fidelity", "The share of the follow-up meetings where the family or the child "
            "rated their own progress."),
        "outcomes.evaluations_on_time": translate(
            "Fidelity", "The share of the six-month evaluations that were held on time "
            "(up to a month late)."),
        "outcomes.goals_reached": translate(
            "Fidelity", "How many goals an evaluation found reached or closed as reached."),
        "voice.listened": translate(
            "Fidelity", "The family's answer to \"Did the team listen to us?\" (faces 1 "
            "to 5, on average)."),
        "voice.our_plan": translate(
            "Fidelity", "The family's answer to \"Does this plan feel like ours?\" (faces "
            "1 to 5, on average)."),
        "voice.who_does_what": translate(
            "Fidelity", "The family's answer to \"Do we know who does what now?\" (faces "
            "1 to 5, on average)."),
    }


def missing_reasons(translate: Translate = QCoreApplication.translate) -> dict[str, str]:
    return {
        "no_plan": translate("Fidelity", "no plan yet"),
        "no_meetings": translate("Fidelity", "no meeting held yet"),
        "no_follow_ups": translate("Fidelity", "no follow-up meeting yet"),
        "no_members_of_kind": translate("Fidelity", "nobody of this kind on the team"),
        "no_family_members": translate("Fidelity", "no family member on the team"),
        "no_goals": translate("Fidelity", "no goals yet"),
        "no_needs": translate("Fidelity", "no needs yet"),
        "no_actions": translate("Fidelity", "no actions yet"),
        "too_few_actions": translate("Fidelity", "fewer than two actions"),
        "no_strengths": translate("Fidelity", "no strengths yet"),
        "not_due_yet": translate("Fidelity", "no evaluation due yet"),
        "no_evaluations": translate("Fidelity", "no evaluation yet"),
        "no_answers": translate("Fidelity", "no answers yet"),
    }


def not_enough_data(translate: Translate = QCoreApplication.translate) -> str:
    return translate("Fidelity", "not enough data")


def number(value: float, unit: Unit, locale: QLocale) -> str:
    """A value as people read it: 67 %, 3, 1.5, 4.2 / 5 (in the locale's digits)."""
    if unit is Unit.SHARE:
        return locale.toString(round(value * 100)) + "\u00a0%"
    if unit is Unit.COUNT:
        return locale.toString(round(value))
    if unit is Unit.FACES:
        return locale.toString(float(value), "f", 1) + "\u00a0/\u00a05"
    return locale.toString(float(value), "f", 1)


def value_text(indicator: Indicator, locale: QLocale,
               translate: Translate = QCoreApplication.translate) -> str:
    if indicator.value is None:
        reason = missing_reasons(translate).get(
            indicator.missing.value if indicator.missing else "", "")
        text = not_enough_data(translate)
        return f"{text} ({reason})" if reason else text
    return number(indicator.value, indicator.definition.unit, locale)


def target_text(definition: IndicatorDef, locale: QLocale,
                translate: Translate = QCoreApplication.translate) -> str:
    """"aim: at least 75 %" / "aim: at most 50 %"."""
    value = number(definition.threshold, definition.unit, locale)
    if definition.direction is Direction.HIGHER:
        return translate("Fidelity", "aim: at least %1").replace("%1", value)
    return translate("Fidelity", "aim: at most %1").replace("%1", value)


def aim_short(definition: IndicatorDef, locale: QLocale) -> str:
    """"≥ 75 %" / "≤ 50 %": the aim in a narrow table column."""
    sign = "≥" if definition.direction is Direction.HIGHER else "≤"
    return f"{sign}\u00a0{number(definition.threshold, definition.unit, locale)}"
