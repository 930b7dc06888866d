"""The coach's week: what is open across all families (no Qt).

One read of every active family's current plan gives the open actions by due date (overdue
ones marked), the next meetings, the six-month evaluations that are due (as the evaluation
service counts them), and the active families per Wraparound phase (closed ones apart).
``calendar_ics`` turns meetings and due actions into an iCalendar file for the coach's own
calendar; the caller passes the (translated) wording.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from vrac_desktop.domain.codec import DecodeError, from_jsonable
from vrac_desktop.domain.model import (
    Action,
    ActionStatus,
    FamilyStatus,
    Goal,
    MemberKind,
    Phase,
    TeamMember,
    Visibility,
)
from vrac_desktop.domain.progress import ActionState, action_state
from vrac_desktop.services.evaluations import evaluations_due_on
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.models import FamilyRow


@dataclass(frozen=True, slots=True)
class OpenAction:
    family_id: str
    family_name: str
    action_id: str
    description: str
    responsible: str  # the member's name; "" when nobody is named yet
    responsible_kind: MemberKind | None
    organisation: str  # the responsible member's organisation / team; may be ""
    goal_title: str
    due_on: date | None
    status: ActionStatus
    professional_only: bool
    overdue: bool


@dataclass(frozen=True, slots=True)
class DueDate:
    family_id: str
    family_name: str
    on: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class FamilyGroup:
    key: str  # a Wraparound phase of the active families, or "closed"
    families: tuple[tuple[str, str], ...]  # (family id, display name), by name


@dataclass(frozen=True)
class Caseload:
    today: date
    actions: tuple[OpenAction, ...]  # by due date, undated last
    meetings: tuple[DueDate, ...]  # next meetings from today on
    evaluations: tuple[DueDate, ...]  # six-month evaluations due within the horizon
    groups: tuple[FamilyGroup, ...]
    # (family id, display name) of each family with anything above, by name: the family
    # filter's choices.
    families: tuple[tuple[str, str], ...] = ()

    def responsible_people(self) -> list[str]:
        return sorted({a.responsible for a in self.actions if a.responsible}, key=str.casefold)

    def organisations(self) -> list[str]:
        return sorted({a.organisation for a in self.actions if a.organisation},
                      key=str.casefold)

    def filtered(self, *, family_id: str | None = None, responsible: str | None = None,
                 organisation: str | None = None) -> tuple[OpenAction, ...]:
        return tuple(a for a in self.actions
                     if (family_id is None or a.family_id == family_id)
                     and (responsible is None or a.responsible == responsible)
                     and (organisation is None or a.organisation == organisation))


@dataclass(frozen=True)
class WeekPart:
    """What the week reads of a stored plan: its open actions, the members responsible for
    them, the goals' titles and the next meeting."""

    open_actions: tuple[Action, ...]
    members: dict[str, TeamMember]
    goal_titles: dict[str, str]
    next_meeting_on: date | None


def week_part(content_json: str) -> WeekPart:
    """``WeekPart`` of a stored plan's JSON, each part decoded and checked by the codec as
    in the whole plan (``repository.plan_of``), the rest not decoded: decoding whole plans
    was most of the week's time at 10,000 families. A member or goal named twice: the first,
    as ``PlanContent.member``/``goal`` take it."""
    data = json.loads(content_json)
    if not isinstance(data, dict):
        raise DecodeError("", "expected an object")
    open_actions = tuple(action for action in (from_jsonable(Action, item, "actions")
                                               for item in data.get("actions") or ())
                         if action.status.is_open)
    wanted = {a.responsible_id for a in open_actions}
    members: dict[str, TeamMember] = {}
    for item in data.get("team") or ():
        if isinstance(item, dict) and item.get("id") in wanted and item["id"] not in members:
            members[item["id"]] = from_jsonable(TeamMember, item, "team")
    goal_titles: dict[str, str] = {}
    for item in data.get("goals") or ():
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            goal_titles.setdefault(item["id"], from_jsonable(Goal, item, "goals").title)
    next_on = data.get("next_meeting_on")
    return WeekPart(open_actions, members, goal_titles,
                    None if next_on is None else from_jsonable(date, next_on, "next_meeting_on"))


def _sort_key(action: OpenAction) -> tuple[date, str, str]:
    return (action.due_on or date.max, action.family_name.casefold(), action.description)


def caseload(db: Database, *, today: date, horizon_days: int = 30) -> Caseload:
    """Everything open across the active families, as of ``today``."""
    actions: list[OpenAction] = []
    meetings: list[DueDate] = []
    evaluations: list[DueDate] = []
    by_group: dict[str, list[tuple[str, str]]] = {}
    with_plan: list[tuple[str, str]] = []
    horizon = today + timedelta(days=horizon_days)
    active: dict[str, str] = {}
    with db.session() as s:  # a few queries for all the families, none per family
        families = s.execute(select(FamilyRow.id, FamilyRow.display_name,
                                    FamilyRow.status)).all()
        phases = repo.current_phases(s)  # every family's
        for family_id, name, status in families:
            if status != FamilyStatus.ACTIVE.value:
                by_group.setdefault("closed", []).append((family_id, name))
                continue
            by_group.setdefault(phases[family_id].value, []).append((family_id, name))
            active[family_id] = name
        for family_id, content in repo.latest_version_contents(s):  # one plan at a time
            if family_id not in active:  # closed
                continue
            name = active[family_id]
            plan = week_part(content)
            for action in plan.open_actions:
                member = plan.members.get(action.responsible_id or "")
                actions.append(OpenAction(
                    family_id=family_id, family_name=name, action_id=action.id,
                    description=action.description,
                    responsible=member.name if member else "",
                    responsible_kind=member.kind if member else None,
                    organisation=member.organisation.strip() if member else "",
                    goal_title=plan.goal_titles.get(action.goal_id or "", ""),
                    due_on=action.due_on, status=action.status,
                    professional_only=action.visibility is Visibility.PROFESSIONAL,
                    overdue=action_state(action, today) is ActionState.OVERDUE))
            if plan.next_meeting_on is not None and plan.next_meeting_on >= today:
                meetings.append(DueDate(family_id, name, plan.next_meeting_on, False))
            with_plan.append((family_id, name))
    due_on = evaluations_due_on(db)  # the evaluation service's own rule (approved plan...)
    for family_id, name in with_plan:
        due = due_on.get(family_id)
        if due is not None and due <= horizon:
            evaluations.append(DueDate(family_id, name, due, due < today))
    groups = tuple(FamilyGroup(key, tuple(sorted(members, key=lambda f: f[1].casefold())))
                   for key in (*(p.value for p in Phase), "closed")
                   if (members := by_group.get(key)))
    seen = {a.family_id for a in actions} | {d.family_id for d in (*meetings, *evaluations)}
    return Caseload(
        today=today,
        actions=tuple(sorted(actions, key=_sort_key)),
        meetings=tuple(sorted(meetings, key=lambda d: (d.on, d.family_name.casefold()))),
        evaluations=tuple(sorted(evaluations, key=lambda d: (d.on, d.family_name.casefold()))),
        groups=groups,
        families=tuple(sorted(((fid, name) for fid, name in active.items() if fid in seen),
                              key=lambda f: f[1].casefold())),
    )


@dataclass(frozen=True)
class CalendarWords:
    """The wording of the calendar entries, in the coach's language (from the GUI or CLI).
    Each is a template with {family}, {what} and {who} where they apply."""

    meeting: str = "Wraparound meeting: {family}"
    action: str = "{who}: {what} ({family})"
    evaluation: str = "Six-month evaluation due: {family}"
    nobody: str = "nobody yet"


def calendar_ics(load: Caseload, *, words: CalendarWords = CalendarWords(),
                 actions: Iterable[OpenAction] | None = None,
                 stamp: Callable[[], datetime] | None = None) -> bytes:
    """An iCalendar file: next meetings, evaluations due and dated open actions, as all-day
    events with stable UIDs (importing again updates them instead of doubling them)."""
    from icalendar import Calendar, Event

    now = (stamp or (lambda: datetime.now().astimezone()))()
    cal = Calendar()
    cal.add("prodid", "-//VRAC Desktop//caseload//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "VRAC Desktop")

    def event(uid: str, summary: str, on: date, description: str = "") -> None:
        entry = Event()
        entry.add("uid", f"{uid}@vrac-desktop")
        entry.add("dtstamp", now)
        entry.add("dtstart", on)
        entry.add("dtend", on + timedelta(days=1))
        entry.add("summary", summary)
        if description:
            entry.add("description", description)
        entry.add("transp", "TRANSPARENT")
        cal.add_component(entry)

    for meeting in load.meetings:
        event(f"meeting-{meeting.family_id}-{meeting.on.isoformat()}",
              words.meeting.format(family=meeting.family_name), meeting.on)
    for due in load.evaluations:
        event(f"evaluation-{due.family_id}-{due.on.isoformat()}",
              words.evaluation.format(family=due.family_name), due.on)
    for action in (load.actions if actions is None else actions):
        if action.due_on is None:
            continue
        event(f"action-{action.family_id}-{action.action_id}",
              words.action.format(who=action.responsible or words.nobody,
                                  what=action.description.strip(),
                                  family=action.family_name),
              action.due_on, action.goal_title)
    data: bytes = cal.to_ical()
    return data
