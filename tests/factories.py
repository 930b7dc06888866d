"""Builders of realistic plans for tests (a family in Leiden with a grandmother who helps)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from vrac_desktop.domain.model import (
    Action,
    ActionStatus,
    Agreement,
    Goal,
    Handling,
    LifeDomain,
    MemberKind,
    Need,
    PlanContent,
    Priority,
    SafetyItem,
    SignOff,
    Situation,
    Strength,
    StrengthCategory,
    SupportType,
    TeamMember,
    TextItem,
    Visibility,
    new_id,
)

if TYPE_CHECKING:
    from vrac_desktop.domain.diff import PlanDiff
    from vrac_desktop.store.database import Database


def sample_plan(tag: str = "") -> PlanContent:
    mother = TeamMember(new_id(), f"Fatima{tag}", MemberKind.FAMILY, role="mother")
    child = TeamMember(new_id(), f"Yusuf{tag}", MemberKind.FAMILY, role="child")
    gran = TeamMember(new_id(), f"Grandma Aziz{tag}", MemberKind.INFORMAL, role="grandmother")
    teacher = TeamMember(new_id(), f"Mr de Vries{tag}", MemberKind.FORMAL, role="teacher",
                         organisation="Leiden primary school")
    coach = TeamMember(new_id(), f"Coach Anna{tag}", MemberKind.FORMAL, role="PIT coach",
                       organisation="PIT Leiden")
    school = Need(new_id(), f"Yusuf goes to school every day{tag}", LifeDomain.SCHOOL,
                  Handling.NEED_HELP, Priority.HIGH)
    sleep = Need(new_id(), f"Regular bedtime{tag}", LifeDomain.HOME, Handling.OURSELVES,
                 Priority.MEDIUM)
    goal1 = Goal(new_id(), f"Yusuf is at school on time{tag}", (school.id,),
                 "days on time per week", 3, 9, date(2027, 5, 1))
    goal2 = Goal(new_id(), f"Calm evenings{tag}", (sleep.id,), "evenings without a fight",
                 4, 8, date(2027, 5, 1))
    return PlanContent(
        vision=TextItem(new_id(), f"A home where everyone sleeps well{tag}"),
        situation=Situation(
            TextItem(new_id(), f"Mornings are hard since the move{tag}"),
            TextItem(new_id(), f"Yusuf loves football{tag}"),
            TextItem(new_id(), f"School notes 12 late arrivals{tag}", Visibility.PROFESSIONAL),
        ),
        strengths=(
            Strength(new_id(), f"Persistent{tag}", StrengthCategory.TALENT),
            Strength(new_id(), f"Grandma lives nearby{tag}", StrengthCategory.NETWORK),
        ),
        needs=(school, sleep),
        goals=(goal1, goal2),
        actions=(
            Action(new_id(), f"Grandma walks Yusuf to school{tag}", gran.id, goal1.id,
                   date(2027, 1, 15), SupportType.INFORMAL),
            Action(new_id(), f"Teacher sends a weekly note{tag}", teacher.id, goal1.id,
                   date(2027, 1, 15), SupportType.FORMAL),
            Action(new_id(), f"Screens off at 20:00{tag}", mother.id, goal2.id,
                   date(2027, 2, 1), SupportType.INFORMAL, ActionStatus.IN_PROGRESS),
            Action(new_id(), f"Check with GP about sleep{tag}", coach.id, goal2.id,
                   date(2027, 2, 1), SupportType.FORMAL, visibility=Visibility.PROFESSIONAL),
        ),
        safety=(SafetyItem(new_id(), f"Mother overwhelmed{tag}", "stays in bed",
                           "Grandma takes the children", "Grandma Aziz"),),
        team=(mother, child, gran, teacher, coach),
        agreement=Agreement(True, date(2026, 11, 24), f"Fatima{tag}",
                            (SignOff(coach.id, f"Coach Anna{tag}", date(2026, 11, 24)),)),
        next_meeting_on=date(2027, 1, 10),
    )


def with_progress(plan: PlanContent) -> PlanContent:
    """The same plan a meeting later: one action done, one goal reworded, a new action."""
    done = replace(plan.actions[0], status=ActionStatus.DONE)
    goal = replace(plan.goals[1], title=plan.goals[1].title + " (most days)")
    extra = Action(new_id(), "Football club on Wednesday", plan.team[2].id, plan.goals[0].id)
    return replace(plan, actions=(done, *plan.actions[1:], extra),
                   goals=(plan.goals[0], goal))


def stored_diff(db: Database, *, family_id: str, old: int, new: int) -> PlanDiff:
    """The diff of two stored versions, read the way the What-changed dialog reads them."""
    from vrac_desktop.domain.diff import diff_plans
    from vrac_desktop.services.plans import get_version

    before = get_version(db, family_id=family_id, number=old).content if old > 0 else None
    return diff_plans(before, get_version(db, family_id=family_id, number=new).content)
