"""Families with meetings, ratings and the family's voice, for the fidelity tests, the
screenshots and the bench. Every name and reference is distinctive, so a scan of an export
for them cannot hit by accident."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from tests.factories import sample_plan, with_progress
from vrac_desktop.domain.draft import new_draft
from vrac_desktop.domain.model import Attendance, FamilyStatus, MemberKind, Rater, Rating, new_id
from vrac_desktop.domain.voice import QUESTIONS, Respondent, VoiceAnswer
from vrac_desktop.services.families import create_family, update_family
from vrac_desktop.services.meetings import finish_meeting
from vrac_desktop.store.database import Database
from vrac_desktop.store.models import FamilyRow

START = date(2026, 1, 12)
COACHES = ("Coach Anneke Veldhuis", "Coach Bram Oosterhout")
TEAMS = ("leiden-noord", "leiden-zuid")


@dataclass(frozen=True)
class Made:
    family_id: str
    names: tuple[str, ...]  # display name, reference and every team member's name


def make_family(db: Database, number: int, *, team: str = "", coach: str = COACHES[0],
                closed: bool = False, meetings: int = 2) -> Made:
    tag = f" Qz{number:04d}"
    family, _ = create_family(db, display_name=f"Family Vermeulen{tag}",
                              reference=f"PIT-REF-{number:05d}", actor=coach)
    plan = sample_plan(tag)
    names = (family.display_name, family.reference, *(m.name for m in plan.team))
    day = START + timedelta(days=number % 20)
    for i in range(meetings):
        held_on = day + timedelta(days=30 * i)
        draft = new_draft(family.id, base_version=i, plan=plan if i == 0 else with_progress(plan),
                          held_on=held_on)
        # Everyone comes to the first meeting; grandma misses the later ones on odd families.
        absent = {m.id for m in plan.team if m.kind is MemberKind.INFORMAL} \
            if i and number % 2 else set()
        attendance = tuple(Attendance(m.id, m.id not in absent) for m in draft.plan.team)
        draft = replace(draft, meeting=replace(draft.meeting, attendance=attendance))
        if i:
            draft = replace(draft, ratings=(
                Rating(new_id(), plan.goals[0].id, held_on, 5 + i, Rater.FAMILY,
                       draft.meeting.id),
                Rating(new_id(), plan.goals[0].id, held_on, 4 + i, Rater.TEAM,
                       draft.meeting.id)))
        voice = tuple(VoiceAnswer(draft.meeting.id, who, q, min(5, 3 + i + (number % 2)))
                      for q in QUESTIONS for who in Respondent)
        finish_meeting(db, draft=replace(draft, voice=voice), actor=coach,
                       today=held_on + timedelta(days=1))
    if team:
        with db.session() as s:
            s.get(FamilyRow, family.id).team = team  # as sync sets it
    if closed:
        update_family(db, family_id=family.id, actor=coach, status=FamilyStatus.CLOSED)
    return Made(family.id, names)


def make_organisation(db: Database, count: int = 13) -> list[Made]:
    """``count`` families over two teams and two coaches; the last team gets 3 families only
    (so it is suppressed), and one family is closed."""
    made = []
    for n in range(count):
        team = TEAMS[0] if n < count - 3 else TEAMS[1]
        made.append(make_family(db, n, team=team, coach=COACHES[n % 2], closed=n == 1))
    return made
