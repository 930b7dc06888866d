"""The coach's week: what is open across all families (no Qt).

One read of every active family's current plan gives the open actions by due date (overdue
ones marked), the next meetings, the six-month evaluations that are due (as the evaluation
service counts them), and the active families per Wraparound phase (closed ones apart).
``calendar_ics`` turns meetings and due actions into an iCalendar file for the coach's own
calendar; the caller passes the (translated) wording.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from vrac_desktop.domain.codec import DecodeError, from_jsonable
from vrac_desktop.domain.model import (
    Action,
    ActionStatus,
    Goal,
    MemberKind,
    Phase,
    TeamMember,
    Visibility,
)
from vrac_desktop.domain.progress import ActionState, action_state
from vrac_desktop.services.evaluations import evaluations_due_in
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database


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


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A family whose current plan the week could not read (left out of it)."""

    family_id: str
    family_name: str
    problem: str  # where and what, as the codec says it (in English)


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
    unreadable: tuple[Unreadable, ...] = ()  # by name

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
    open_actions = tuple(action for action in (
        from_jsonable(Action, item, f"actions[{i}]")
        for i, item in enumerate(data.get("actions") or ())) if action.status.is_open)
    wanted = {a.responsible_id for a in open_actions}
    members: dict[str, TeamMember] = {}
    for i, item in enumerate(data.get("team") or ()):
        if isinstance(item, dict) and item.get("id") in wanted and item["id"] not in members:
            members[item["id"]] = from_jsonable(TeamMember, item, f"team[{i}]")
    goal_titles: dict[str, str] = {}
    for i, item in enumerate(data.get("goals") or ()):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            goal_titles.setdefault(item["id"],
                                   from_jsonable(Goal, item, f"goals[{i}]").title)
    next_on = data.get("next_meeting_on")
    return WeekPart(open_actions, members, goal_titles,
                    None if next_on is None else from_jsonable(date, next_on, "next_meeting_on"))


def _sort_key(action: OpenAction) -> tuple[date, str, str]:
    return (action.due_on or date.max, action.family_name.casefold(), action.description)


class WeekCancelled(Exception):
    """The week was stopped before it was read (``caseload``'s ``cancelled`` said so)."""


CHECK_EVERY = 1000  # rows between two looks at ``cancelled``
_STATUSES = {s.value: s for s in ActionStatus}
_VISIBILITIES = {v.value: v for v in Visibility}
_KINDS = {k.value: k for k in MemberKind}
_PHASES = {p.value: p.value for p in Phase}


class _Week:
    """What ``caseload`` gathers, and the objects it shares: one string per family id and
    name (the families query's), one per member name, organisation and goal title, one date
    per day. At 100,000 families each copy was megabytes."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.actions: list[OpenAction] = []
        self.meetings: list[DueDate] = []
        self.with_plan: list[tuple[str, str]] = []
        self.unreadable: list[Unreadable] = []
        self._texts: dict[str, str] = {}
        self._days: dict[date, date] = {}
        self._iso_days: dict[str, date] = {}

    def text(self, value: object) -> str:
        if not isinstance(value, str):
            raise DecodeError("", f"expected a text, got {type(value).__name__}")
        return self._texts.setdefault(value, value)

    def day(self, value: date) -> date:
        return self._days.setdefault(value, value)

    def iso_day(self, value: object) -> date:
        if isinstance(value, str) and value in self._iso_days:
            return self._iso_days[value]
        day = self.day(from_jsonable(date, value))  # the codec's check of a date
        self._iso_days[typing.cast(str, value)] = day
        return day

    def action(self, family: tuple[str, str], action_id: object, description: object,
               due_on: object, status: Any, visibility: Any, member: object,
               goal_title: object) -> OpenAction:
        """An open action from a week row; DecodeError, KeyError or ValueError on a value the
        plan's model does not allow."""
        if not isinstance(action_id, str) or not isinstance(description, str):
            raise DecodeError("actions", "an action without its id or description")
        name, kind, organisation = "", None, ""
        if member is not None:
            name, kind_value, organisation = json.loads(typing.cast(str, member))
            name = self.text(name)
            kind = _KINDS[kind_value]
            organisation = self.text((organisation or "").strip())
        day = None if due_on is None else self.iso_day(due_on)
        return OpenAction(
            family_id=family[0], family_name=family[1], action_id=action_id,
            description=description, responsible=name, responsible_kind=kind,
            organisation=organisation, goal_title=self.text(goal_title or ""),
            due_on=day, status=_STATUSES[status or ActionStatus.PLANNED.value],
            professional_only=_VISIBILITIES[visibility or Visibility.SHARED.value]
            is Visibility.PROFESSIONAL,
            overdue=day is not None and day < self.today)

    def meeting(self, family: tuple[str, str], on: date | None) -> None:
        if on is not None and on >= self.today:
            self.meetings.append(DueDate(family[0], family[1], self.day(on), False))

    def from_part(self, family: tuple[str, str], plan: WeekPart) -> None:
        """A plan decoded by ``week_part`` (one the JSON functions could not read)."""
        for action in plan.open_actions:
            member = plan.members.get(action.responsible_id or "")
            self.actions.append(OpenAction(
                family_id=family[0], family_name=family[1], action_id=action.id,
                description=action.description,
                responsible=self.text(member.name) if member else "",
                responsible_kind=member.kind if member else None,
                organisation=self.text(member.organisation.strip()) if member else "",
                goal_title=self.text(plan.goal_titles.get(action.goal_id or "", "")),
                due_on=None if action.due_on is None else self.day(action.due_on),
                status=action.status,
                professional_only=action.visibility is Visibility.PROFESSIONAL,
                overdue=action_state(action, self.today) is ActionState.OVERDUE))
        self.meeting(family, plan.next_meeting_on)


def _check(stop: Callable[[], bool], n: int) -> None:
    if n % CHECK_EVERY == 0 and stop():
        raise WeekCancelled


def _read_families(s: Session, stop: Callable[[], bool]
                   ) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str],
                              list[tuple[str, str]]]:
    """The active families by id, their phases, and the closed ones: each family's one
    (id, name) tuple, shared by everything the week says of it."""
    active: dict[str, tuple[str, str]] = {}
    phases: dict[tuple[str, str], str] = {}
    closed: list[tuple[str, str]] = []
    for n, (family_id, name, is_active, phase) in enumerate(repo.week_families(s)):
        _check(stop, n)
        family = (family_id, name)
        if not is_active:
            closed.append(family)
            continue
        active[family_id] = family
        phases[family] = Phase.ENGAGEMENT.value if phase is None else \
            _PHASES.get(phase) or Phase(phase).value
    return active, phases, closed


def _read_plans(s: Session, week: _Week, active: dict[str, tuple[str, str]],
                stop: Callable[[], bool]) -> None:
    """The open actions and next meetings of the active families' current plans (the rows of
    a family come together: kept once all of them read well); a plan that does not read
    well is decoded again by ``week_part``, or listed as unreadable."""
    redo: list[tuple[str, str]] = []
    current: tuple[str, str] | None = None
    meeting: date | None = None
    pending: list[OpenAction] = []
    bad = False

    def settle() -> None:
        if current is None:
            return
        if bad:
            redo.append(current)
        else:
            week.actions.extend(pending)
            week.meeting(current, meeting)

    for n, (family_id, unread, next_on, key, *action) in enumerate(repo.week_rows(s)):
        _check(stop, n)
        if current is None or family_id != current[0]:
            settle()
            current, meeting, pending, bad = active.get(family_id), None, [], False
            if current is None:  # closed
                continue
            week.with_plan.append(current)
            bad = unread is not None
            if not bad and next_on is not None:
                try:
                    meeting = week.iso_day(next_on)
                except DecodeError:
                    bad = True
        if current is None or bad or key is None:  # key: the action's; None, none open
            continue
        try:
            pending.append(week.action(current, *action))
        except (DecodeError, KeyError, TypeError, ValueError):
            bad = True
    settle()
    for family in redo:
        try:
            week.from_part(family, week_part(repo.newest_plan_json(s, family[0]) or ""))
        except ValueError as exc:  # DecodeError, or not JSON at all
            week.unreadable.append(Unreadable(family[0], family[1], str(exc)))


def caseload(db: Database, *, today: date, horizon_days: int = 30,
             cancelled: Callable[[], bool] | None = None) -> Caseload:
    """Everything open across the active families, as of ``today``.

    The plans' parts the week shows are read by SQLite's JSON functions
    (``repository.WEEK_ROWS``): decoding 100,000 plans in Python took most of the time, and
    its garbage, interleaved with what the week keeps, most of the memory. A plan the JSON
    functions cannot read, or holding a value its model does not allow, is decoded by
    ``week_part`` instead, and when that fails too its family is listed in
    ``Caseload.unreadable`` with the problem: the rest of the week is still shown.
    ``cancelled``: asked every ``CHECK_EVERY`` rows; when it says True, WeekCancelled is
    raised (nothing is written either way)."""
    stop = cancelled or (lambda: False)
    week = _Week(today)
    # A few queries for all the families, none per family, on a connection that keeps few
    # decrypted pages meanwhile: each is read once, and a full cache was 30 MiB more at
    # 100,000 families (for 1.3 s less).
    try:
        with db.session() as s, repo.scanning(s, stop=stop):
            active, phases, closed = _read_families(s, stop)
            _read_plans(s, week, active, stop)
            _check(stop, 0)
            due_on = evaluations_due_in(s)  # the evaluation service's rule (approved...)
    except OperationalError:
        if stop():  # a query interrupted by ``cancelled``
            raise WeekCancelled from None
        raise
    horizon = today + timedelta(days=horizon_days)
    evaluations: list[DueDate] = []
    for family_id, name in week.with_plan:
        due = due_on.get(family_id)
        if due is not None and due <= horizon:
            evaluations.append(DueDate(family_id, name, week.day(due), due < today))
    del due_on
    by_name = sorted(active.values(), key=lambda f: f[1].casefold())
    closed.sort(key=lambda f: f[1].casefold())
    groups = tuple(FamilyGroup(key, members) for key, members in (
        *((p.value, tuple(f for f in by_name if phases[f] == p.value)) for p in Phase),
        ("closed", tuple(closed))) if members)
    seen = {a.family_id for a in week.actions}
    seen.update(d.family_id for d in week.meetings)
    seen.update(d.family_id for d in evaluations)
    week.actions.sort(key=_sort_key)
    week.meetings.sort(key=lambda d: (d.on, d.family_name.casefold()))
    evaluations.sort(key=lambda d: (d.on, d.family_name.casefold()))
    return Caseload(
        today=today,
        actions=tuple(week.actions),
        meetings=tuple(week.meetings),
        evaluations=tuple(evaluations),
        groups=groups,
        families=tuple(f for f in by_name if f[0] in seen),
        unreadable=tuple(sorted(week.unreadable, key=lambda u: u.family_name.casefold())),
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
