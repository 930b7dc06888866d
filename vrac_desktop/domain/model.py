"""The Wraparound Care plan and the people around it, as plain immutable values.

Everything here is a frozen dataclass with tuples instead of lists, so a plan can be
hashed, compared, diffed and kept on an undo stack without defensive copies. Edits build a
new value with ``dataclasses.replace``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# Here too (model.FamilyStatus, model.Phase): the first screen imports them alone.
from vrac_desktop.domain.states import FamilyStatus as FamilyStatus
from vrac_desktop.domain.states import Phase as Phase


def new_id() -> str:
    """A fresh stable item identifier (UUID4 as text)."""
    return str(uuid.uuid4())


class Visibility(StrEnum):
    SHARED = "shared"  # shown to the family (the default)
    PROFESSIONAL = "professional"  # professional secrecy: left out of family views and copies


class MemberKind(StrEnum):
    FAMILY = "family"
    INFORMAL = "informal"
    FORMAL = "formal"


class StrengthCategory(StrEnum):
    TALENT = "talent"
    LIFE_SKILL = "life_skill"
    NETWORK = "network"


class StrengthHolder(StrEnum):
    CHILD = "child"
    PARENTS = "parents"
    FAMILY = "family"
    NETWORK = "network"


class LifeDomain(StrEnum):
    SCHOOL = "school"
    HOME = "home"
    HEALTH = "health"
    LEISURE = "leisure"
    SAFETY = "safety"
    INCOME = "income"
    HOUSING = "housing"
    SOCIAL_NETWORK = "social_network"
    OTHER = "other"


class Handling(StrEnum):
    OURSELVES = "ourselves"  # "we handle this ourselves"
    NEED_HELP = "need_help"  # "we need help"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STOPPED = "stopped"

    @property
    def is_open(self) -> bool:
        """Still to be done: planned or in progress (what lists of open actions show)."""
        return self in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


class SupportType(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"


class Rater(StrEnum):
    FAMILY = "family"
    CHILD = "child"
    TEAM = "team"


class Verdict(StrEnum):
    REACHED = "reached"
    PARTLY = "partly"
    NOT_REACHED = "not_reached"


class Decision(StrEnum):
    CONTINUE = "continue"
    ADJUST = "adjust"
    FINALIZE = "finalize"


SCALE_MIN = 0
SCALE_MAX = 10


# --- people and meetings -------------------------------------------------------------


@dataclass(frozen=True)
class Family:
    id: str
    display_name: str
    reference: str = ""
    language: str = "en"  # the family's language, separate from the UI language
    status: FamilyStatus = FamilyStatus.ACTIVE
    created_at: datetime | None = None
    # The language(s) spoken at home when not en/nl/fr (free text), and whether meetings
    # need an interpreter: recorded for the coach; documents stay in ``language``.
    home_languages: str = ""
    interpreter_needed: bool = False


@dataclass(frozen=True)
class TeamMember:
    id: str
    name: str
    kind: MemberKind
    role: str = ""
    organisation: str = ""
    contact: str = ""
    active_from: date | None = None
    active_to: date | None = None


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"  # absent, with notice
    ABSENT = "absent"


@dataclass(frozen=True)
class Attendance:
    """Who was at a meeting. Absent is not "left the team": the member stays in the plan."""

    member_id: str
    present: bool = True
    excused: bool = False  # only meaningful when not present: they sent notice

    @property
    def status(self) -> AttendanceStatus:
        if self.present:
            return AttendanceStatus.PRESENT
        return AttendanceStatus.EXCUSED if self.excused else AttendanceStatus.ABSENT

    @staticmethod
    def of(member_id: str, status: AttendanceStatus) -> Attendance:
        return Attendance(member_id, status is AttendanceStatus.PRESENT,
                          status is AttendanceStatus.EXCUSED)


@dataclass(frozen=True)
class Meeting:
    id: str
    held_on: date
    location: str = ""
    facilitator_id: str | None = None
    attendance: tuple[Attendance, ...] = ()
    notes: str = ""


# --- the plan content ------------------------------------------------------------------


@dataclass(frozen=True)
class TextItem:
    """A piece of free text with its own visibility (e.g. the vision, a team remark)."""

    id: str
    text: str = ""
    visibility: Visibility = Visibility.SHARED


@dataclass(frozen=True)
class Situation:
    # The family's words and the team's view are kept apart on purpose: the family leads.
    family_story: TextItem
    what_goes_well: TextItem
    team_view: TextItem


@dataclass(frozen=True)
class Strength:
    id: str
    text: str
    category: StrengthCategory = StrengthCategory.TALENT
    holder: StrengthHolder = StrengthHolder.CHILD
    visibility: Visibility = Visibility.SHARED


@dataclass(frozen=True)
class Need:
    id: str
    text: str
    domain: LifeDomain | None = None  # chosen by the family; never guessed ("Other" misleads)
    handling: Handling = Handling.NEED_HELP
    priority: Priority = Priority.MEDIUM
    visibility: Visibility = Visibility.SHARED


@dataclass(frozen=True)
class Goal:
    id: str
    title: str
    need_ids: tuple[str, ...] = ()
    indicator: str = ""  # "how will we know"
    baseline: int = 0
    target: int = 10
    review_on: date | None = None
    visibility: Visibility = Visibility.SHARED


@dataclass(frozen=True)
class Action:
    id: str
    description: str
    responsible_id: str | None  # exactly one team member; None only while being typed
    goal_id: str | None = None
    due_on: date | None = None
    support: SupportType = SupportType.INFORMAL
    status: ActionStatus = ActionStatus.PLANNED
    stop_reason: str = ""
    visibility: Visibility = Visibility.SHARED


@dataclass(frozen=True)
class SafetyItem:
    id: str
    risk: str
    early_signs: str = ""
    response: str = ""  # what we do
    contact: str = ""  # whom to call
    visibility: Visibility = Visibility.SHARED


@dataclass(frozen=True)
class SignOff:
    member_id: str
    typed_name: str
    signed_on: date
    signature_png: str = ""  # base64 PNG of a drawn signature, if given


@dataclass(frozen=True)
class Agreement:
    family_approved: bool = False
    approved_on: date | None = None
    approved_by: str = ""  # the family member(s) who gave approval, as typed
    signoffs: tuple[SignOff, ...] = ()


@dataclass(frozen=True)
class PlanContent:
    """The single plan: what a plan version freezes."""

    vision: TextItem = field(default_factory=lambda: TextItem(id=new_id()))
    situation: Situation = field(
        default_factory=lambda: Situation(
            family_story=TextItem(id=new_id()),
            what_goes_well=TextItem(id=new_id()),
            team_view=TextItem(id=new_id()),
        )
    )
    strengths: tuple[Strength, ...] = ()
    needs: tuple[Need, ...] = ()
    goals: tuple[Goal, ...] = ()
    actions: tuple[Action, ...] = ()
    safety: tuple[SafetyItem, ...] = ()
    team: tuple[TeamMember, ...] = ()
    agreement: Agreement = field(default_factory=Agreement)
    next_meeting_on: date | None = None

    def member(self, member_id: str | None) -> TeamMember | None:
        return next((m for m in self.team if m.id == member_id), None)

    def goal(self, goal_id: str | None) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    def actions_for(self, goal_id: str) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.goal_id == goal_id)


# --- progress and evaluation -------------------------------------------------------------


@dataclass(frozen=True)
class Rating:
    id: str
    goal_id: str
    rated_on: date
    value: int
    rater: Rater
    meeting_id: str | None = None
    comment: str = ""


@dataclass(frozen=True)
class GoalEvaluation:
    goal_id: str
    baseline: int
    latest: int | None  # the rating that leads (family, else child, else team)
    target: int
    verdict: Verdict
    decision: Decision
    comment: str = ""
    # Each rater's latest rating in the period, shown apart (never one merged "latest").
    latest_family: int | None = None
    latest_child: int | None = None
    latest_team: int | None = None
    decision_reason: str = ""
    # What helped and what did not: the family's own words and the team's view, kept apart.
    family_helped: str = ""
    family_not_helped: str = ""
    team_helped: str = ""
    team_not_helped: str = ""
    team_visibility: Visibility = Visibility.SHARED  # the team's view may be professional-only


@dataclass(frozen=True)
class Evaluation:
    id: str
    period_start: date
    period_end: date
    goals: tuple[GoalEvaluation, ...]
    family_reflection: str = ""
    team_reflection: str = ""
    overall_decision: Decision = Decision.CONTINUE
    overall_reason: str = ""
    next_steps: str = ""
    # The plan version evaluated (0/"" only in evaluations saved before issue 12).
    plan_version: int = 0
    plan_hash: str = ""
    agreement: Agreement = field(default_factory=Agreement)
    decided: bool = False  # False: a computed suggestion (a draft), never to be signed as decided


# --- the Wraparound phases and the end of the plan ----------------------------------------


@dataclass(frozen=True)
class PhaseChange:
    id: str
    phase: Phase
    changed_on: date
    changed_by: str
    reason: str


@dataclass(frozen=True)
class ContinuingSupport:
    """What continues after closure, and who carries it (often an informal support)."""

    id: str
    what: str
    who: str = ""


@dataclass(frozen=True)
class CrisisContact:
    """Whom to call in a crisis after closure."""

    id: str
    name: str
    how: str = ""  # phone, hours, address


@dataclass(frozen=True)
class Success:
    id: str
    text: str


@dataclass(frozen=True)
class TransitionPlan:
    id: str
    continuing: tuple[ContinuingSupport, ...] = ()
    crisis_contacts: tuple[CrisisContact, ...] = ()
    come_back: str = ""  # how the family can come back
    successes: tuple[Success, ...] = ()
    agreement: Agreement = field(default_factory=Agreement)
