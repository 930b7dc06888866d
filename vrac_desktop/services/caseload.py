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
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from vrac_desktop.domain.codec import DecodeError, from_jsonable
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message, message_of
from vrac_desktop.domain.model import (
    Action,
    ActionStatus,
    Goal,
    MemberKind,
    Phase,
    TeamMember,
    Visibility,
)
from vrac_desktop.services.evaluations import evaluations_due_rows
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database

T = TypeVar("T")


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




class Rows(Sequence[T]):
    """Rows made when they are read, from the week's compact columns: ``order`` holds which
    (and in what order), ``make`` builds one. At 100,000 families a Python object per row
    and per text held 90 MiB; the columns hold about 20."""

    __slots__ = ("_make", "_order")

    def __init__(self, make: Callable[[int], T], order: Sequence[int]) -> None:
        self._make = make
        self._order = order

    def __len__(self) -> int:
        return len(self._order)

    @typing.overload
    def __getitem__(self, i: int) -> T: ...

    @typing.overload
    def __getitem__(self, i: slice) -> Rows[T]: ...

    def __getitem__(self, i: int | slice) -> T | Rows[T]:
        if isinstance(i, slice):
            return Rows(self._make, self._order[i])
        return self._make(self._order[i])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other,
                                                                       strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Rows({list(self)!r})"

    @property
    def indices(self) -> Sequence[int]:
        """The rows' indices in the columns."""
        return self._order

    def where(self, keep: Callable[[int], bool]) -> Rows[T]:
        """The rows whose index (in the columns) ``keep`` says yes to, in the same order."""
        return Rows(self._make, array("I", (i for i in self._order if keep(i))))


class _Texts:
    """Many texts in one UTF-8 buffer: a str object costs ~50 bytes besides its text.
    ``pooled``: the same text is stored once (names, organisations, goal titles)."""

    __slots__ = ("_data", "_ends", "_pool")

    def __init__(self, *, pooled: bool = False) -> None:
        self._data = bytearray()
        self._ends = array("I")
        self._pool: dict[str, int] | None = {} if pooled else None
        if pooled:
            self.add("")  # index 0: no text

    def add(self, text: str) -> int:
        if self._pool is not None and (known := self._pool.get(text)) is not None:
            return known
        self._data += text.encode()
        self._ends.append(len(self._data))
        index = len(self._ends) - 1
        if self._pool is not None:
            self._pool[text] = index
        return index

    def done(self) -> None:
        """No more texts: the lookup of pooled ones goes."""
        self._pool = None

    def __getitem__(self, i: int) -> str:
        return self._data[self._ends[i - 1] if i else 0:self._ends[i]].decode()

    def __len__(self) -> int:
        return len(self._ends)


def _uuid_text(raw: bytes | bytearray) -> str:
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _uuid_bytes(text: str) -> bytes | None:
    """The 16 bytes of a UUID in the form the app writes (lowercase, hyphens: what
    ``_uuid_text`` gives back); None for any other text."""
    if len(text) != 36:
        return None
    try:
        raw = bytes.fromhex(text.replace("-", ""))
    except ValueError:
        return None
    return raw if len(raw) == 16 and _uuid_text(raw) == text else None


class _Ids:
    """Ids (UUIDs as the app makes them: 16 bytes each instead of a 36-character text);
    any other id is kept as it is."""

    __slots__ = ("_data", "_other")

    def __init__(self) -> None:
        self._data = bytearray()
        self._other: dict[int, str] = {}

    def add(self, text: str) -> int:
        index = len(self._data) // 16
        value = _uuid_bytes(text)
        if value is not None:
            self._data += value
        else:
            self._data += bytes(16)
            self._other[index] = text
        return index

    def sort_key(self) -> Callable[[int], Any]:
        """A key in the ids' text order: their 16 bytes when every id is a UUID (the same
        order, and no text made), else the texts."""
        if self._other:
            return self.__getitem__
        data = self._data
        return lambda i: data[16 * i:16 * i + 16]

    def key_of(self, text: str) -> Any:
        """``text`` as ``sort_key`` gives it; None when no id here can be ``text``."""
        if self._other:
            return text
        return _uuid_bytes(text)

    def index_of(self, text: str) -> int | None:
        """Where ``text`` is (None: not here), without making every id a text."""
        value = _uuid_bytes(text)
        if value is not None:
            at = self._data.find(value)
            while at != -1 and (at % 16 or at // 16 in self._other):
                at = self._data.find(value, at + 1)
            if at != -1:
                return at // 16
        return next((i for i, other in self._other.items() if other == text), None)

    def __getitem__(self, i: int) -> str:
        if i in self._other:
            return self._other[i]
        return _uuid_text(self._data[16 * i:16 * i + 16])

    def __len__(self) -> int:
        return len(self._data) // 16


@dataclass(frozen=True, slots=True)
class FamilyGroup:
    key: str  # a Wraparound phase of the active families, or "closed"
    families: Sequence[tuple[str, str]]  # (family id, display name), by name


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A family whose current plan the week could not read (left out of it)."""

    family_id: str
    family_name: str
    problem: str  # where and what, as the codec says it (in English)


_STATUS_LIST = tuple(ActionStatus)
_KIND_LIST = (None, *MemberKind)
_NO_DAY = date.max.toordinal()


class _Columns:
    """The week's data, a column per field (see ``Rows``)."""

    def __init__(self, today: date) -> None:
        self.today = today.toordinal()
        self.ids = _Ids()  # families, in the order read
        self.names = _Texts()
        # open actions
        self.family = array("I")
        self.action_ids = _Ids()
        self.descriptions = _Texts()
        self.people = _Texts(pooled=True)  # names, organisations, goal titles
        self.who = array("I")
        self.organisation = array("I")
        self.goal = array("I")
        self.kind = bytearray()
        self.day = array("i")  # date ordinal; _NO_DAY: none
        self.status = bytearray()
        self.professional = bytearray()
        # meetings and evaluations: family and day
        self.meeting_family = array("I")
        self.meeting_day = array("i")
        self.due_family = array("I")
        self.due_day = array("i")

    def family_pair(self, f: int) -> tuple[str, str]:
        return self.ids[f], self.names[f]

    def action(self, i: int) -> OpenAction:
        f, day = self.family[i], self.day[i]
        return OpenAction(
            family_id=self.ids[f], family_name=self.names[f], action_id=self.action_ids[i],
            description=self.descriptions[i], responsible=self.people[self.who[i]],
            responsible_kind=_KIND_LIST[self.kind[i]],
            organisation=self.people[self.organisation[i]], goal_title=self.people[self.goal[i]],
            due_on=None if day == _NO_DAY else date.fromordinal(day),
            status=_STATUS_LIST[self.status[i]], professional_only=bool(self.professional[i]),
            overdue=day < self.today)

    def meeting(self, i: int) -> DueDate:
        f = self.meeting_family[i]
        return DueDate(self.ids[f], self.names[f], date.fromordinal(self.meeting_day[i]), False)

    def evaluation(self, i: int) -> DueDate:
        f, day = self.due_family[i], self.due_day[i]
        return DueDate(self.ids[f], self.names[f], date.fromordinal(day), day < self.today)

    def add_action(self, f: int, action_id: str, description: str, who: str,
                   kind: MemberKind | None, organisation: str, goal: str, day: date | None,
                   status: ActionStatus, professional: bool) -> None:
        self.family.append(f)
        self.action_ids.add(action_id)
        self.descriptions.add(description)
        self.who.append(self.people.add(who))
        self.kind.append(_KIND_LIST.index(kind))
        self.organisation.append(self.people.add(organisation))
        self.goal.append(self.people.add(goal))
        self.day.append(_NO_DAY if day is None else day.toordinal())
        self.status.append(_STATUS_LIST.index(status))
        self.professional.append(professional)


@dataclass(frozen=True)
class Caseload:
    today: date
    actions: Sequence[OpenAction]  # by due date, undated last
    meetings: Sequence[DueDate]  # next meetings from today on
    evaluations: Sequence[DueDate]  # six-month evaluations due within the horizon
    groups: tuple[FamilyGroup, ...]
    # (family id, display name) of each family with anything above, by name: the family
    # filter's choices.
    families: Sequence[tuple[str, str]] = ()
    unreadable: tuple[Unreadable, ...] = ()  # by name
    _columns: _Columns | None = field(default=None, repr=False, compare=False)

    def responsible_people(self) -> list[str]:
        if self._columns is not None:
            c = self._columns
            return sorted({c.people[i] for i in set(c.who) if i}, key=str.casefold)
        return sorted({a.responsible for a in self.actions if a.responsible}, key=str.casefold)

    def organisations(self) -> list[str]:
        if self._columns is not None:
            c = self._columns
            return sorted({c.people[i] for i in set(c.organisation) if i}, key=str.casefold)
        return sorted({a.organisation for a in self.actions if a.organisation},
                      key=str.casefold)

    def family_place(self, family_id: str) -> int | None:
        """Where the family is in ``families`` (None: not there)."""
        if self._columns is not None and isinstance(self.families, Rows):
            f = self._columns.ids.index_of(family_id)
            indices = self.families.indices
            return indices.index(f) if f is not None and f in indices else None
        return next((i for i, (fid, _name) in enumerate(self.families) if fid == family_id),
                    None)

    def overdue(self, actions: Sequence[OpenAction]) -> int:
        """How many of ``actions`` (all, or ``filtered``) are overdue."""
        if self._columns is not None and isinstance(actions, Rows):
            day, today = self._columns.day, self._columns.today
            return sum(1 for i in actions.indices if day[i] < today)
        return sum(a.overdue for a in actions)

    def filtered(self, *, family_id: str | None = None, responsible: str | None = None,
                 organisation: str | None = None) -> Sequence[OpenAction]:
        if family_id is None and responsible is None and organisation is None:
            return self.actions
        if self._columns is None or not isinstance(self.actions, Rows):
            return tuple(a for a in self.actions
                         if (family_id is None or a.family_id == family_id)
                         and (responsible is None or a.responsible == responsible)
                         and (organisation is None or a.organisation == organisation))
        c = self._columns
        families = set(c.family) if family_id is None else {c.ids.index_of(family_id)}
        people = {i for i in set(c.who) if responsible is None or c.people[i] == responsible}
        teams = {i for i in set(c.organisation)
                 if organisation is None or c.people[i] == organisation}
        return self.actions.where(lambda i: c.family[i] in families and c.who[i] in people
                                  and c.organisation[i] in teams)


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
        raise DecodeError("", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "expected an object")))
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



class WeekCancelled(Exception):
    """The week was stopped before it was read (``caseload``'s ``cancelled`` said so)."""


CHECK_EVERY = 1000  # rows between two looks at ``cancelled``
_STATUSES = {s.value: s for s in ActionStatus}
_VISIBILITIES = {v.value: v for v in Visibility}
_KINDS = {k.value: k for k in MemberKind}
_PHASES = {p.value: p.value for p in Phase}


def _check(stop: Callable[[], bool], n: int) -> None:
    if n % CHECK_EVERY == 0 and stop():
        raise WeekCancelled


_GROUPS = (*(p.value for p in Phase), "closed")
_GROUP_OF = {key: n for n, key in enumerate(_GROUPS)}


def _read_families(s: Session, c: _Columns, stop: Callable[[], bool]
                   ) -> tuple[bytearray, bytearray]:
    """Every family into the columns; returns which are active, and each one's group (its
    phase, or "closed": an index in _GROUPS)."""
    active = bytearray()
    phase_of = bytearray()
    for n, (family_id, name, is_active, phase) in enumerate(repo.week_families(s)):
        _check(stop, n)
        c.ids.add(family_id)
        c.names.add(name)
        active.append(is_active)
        key = "closed" if not is_active else Phase.ENGAGEMENT.value if phase is None else \
            _PHASES.get(phase) or Phase(phase).value
        phase_of.append(_GROUP_OF[key])
    return active, phase_of


def _action(f: int, action_id: object, description: object, due_on: object,
            status: Any, visibility: Any, member: object, goal_title: object) -> tuple[Any, ...]:
    """An open action's fields from a week row; DecodeError, KeyError or ValueError on a
    value the plan's model does not allow."""
    if not isinstance(action_id, str) or not isinstance(description, str):
        raise DecodeError("actions", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "an action without its id or description")))
    name, kind, organisation = "", None, ""
    if member is not None:
        name, kind_value, organisation = json.loads(typing.cast(str, member))
        kind = _KINDS[kind_value]
        organisation = (organisation or "").strip()
    if not isinstance(name, str) or not isinstance(organisation, str):
        raise DecodeError("team", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "a member's name or organisation is not a text")))
    goal = goal_title or ""
    if not isinstance(goal, str):
        raise DecodeError("goals", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "a goal's title is not a text")))
    day = None if due_on is None else from_jsonable(date, due_on, "actions.due_on")
    return (f, action_id, description, name, kind, organisation, goal, day,
            _STATUSES[status or ActionStatus.PLANNED.value],
            _VISIBILITIES[visibility or Visibility.SHARED.value] is Visibility.PROFESSIONAL)


class _FamilyFinder:
    """The column index of a family id, for rows that come in id order (as the week's plan
    query gives them): one pass, no dict of 100,000 ids; out of order, a binary search."""

    def __init__(self, c: _Columns) -> None:
        self._key = c.ids.sort_key()
        self._key_of = c.ids.key_of
        self._by_id = array("I", sorted(range(len(c.ids)), key=self._key))
        self._at = 0

    def restart(self) -> None:
        """For rows from the first id again."""
        self._at = 0

    def __call__(self, family_id: str) -> int | None:
        key, by_id = self._key, self._by_id
        wanted = self._key_of(family_id)
        if wanted is None:
            return None
        at = self._at
        if at < len(by_id) and key(by_id[at]) > wanted:  # out of order
            at = bisect_left(range(len(by_id)), wanted, key=lambda i: key(by_id[i]))
        while at < len(by_id) and key(by_id[at]) < wanted:
            at += 1
        self._at = at
        if at < len(by_id) and key(by_id[at]) == wanted:
            return by_id[at]
        return None


def _read_plans(s: Session, c: _Columns, find: _FamilyFinder, active: bytearray,
                stop: Callable[[], bool]) -> tuple[array[int], list[Unreadable]]:
    """The open actions and next meetings of the active families' current plans (the rows of
    a family come together: kept once all of them read well); a plan that does not read
    well is decoded again by ``week_part``, or listed as unreadable. Returns the families
    with a plan, and the unreadable ones."""
    today = date.fromordinal(c.today)
    with_plan = array("I")
    redo: list[int] = []
    current: int | None = None
    current_id = ""
    meeting: date | None = None
    pending: list[tuple[Any, ...]] = []
    bad = False

    def settle() -> None:
        if current is None:
            return
        if bad:
            redo.append(current)
            return
        for fields in pending:
            c.add_action(*fields)
        if meeting is not None and meeting >= today:
            c.meeting_family.append(current)
            c.meeting_day.append(meeting.toordinal())

    for n, (family_id, unread, next_on, key, *action) in enumerate(repo.week_rows(s)):
        _check(stop, n)
        if family_id != current_id:
            settle()
            current_id, meeting, pending, bad = family_id, None, [], False
            current = find(family_id)
            if current is None or not active[current]:  # closed
                current = None
                continue
            with_plan.append(current)
            bad = unread is not None
            if not bad and next_on is not None:
                try:
                    meeting = from_jsonable(date, next_on, "next_meeting_on")
                except DecodeError:
                    bad = True
        if current is None or bad or key is None:  # key: the action's; None, none open
            continue
        try:
            pending.append(_action(current, *action))
        except (DecodeError, KeyError, TypeError, ValueError):
            bad = True
    settle()
    unreadable: list[Unreadable] = []
    for f in redo:
        family_id, name = c.family_pair(f)
        try:
            newest = repo.latest_version_row(s, family_id)
            plan = week_part(newest.content_json if newest is not None else "")
        except ValueError as exc:  # DecodeError, or not JSON at all
            unreadable.append(Unreadable(family_id, name, message_of(exc)))
            continue
        for a in plan.open_actions:
            member = plan.members.get(a.responsible_id or "")
            c.add_action(f, a.id, a.description, member.name if member else "",
                         member.kind if member else None,
                         member.organisation.strip() if member else "",
                         plan.goal_titles.get(a.goal_id or "", ""), a.due_on, a.status,
                         a.visibility is Visibility.PROFESSIONAL)
        if plan.next_meeting_on is not None and plan.next_meeting_on >= today:
            c.meeting_family.append(f)
            c.meeting_day.append(plan.next_meeting_on.toordinal())
    return with_plan, unreadable


def _read_evaluations(s: Session, c: _Columns, find: _FamilyFinder, with_plan: array[int],
                      horizon: date, stop: Callable[[], bool]) -> None:
    """The six-month evaluations due by ``horizon`` of the families with a plan, by the
    evaluation service's own rule (approved plan, last decided evaluation)."""
    planned = bytearray(len(c.ids))
    for f in with_plan:
        planned[f] = 1
    find.restart()
    for n, (family_id, due) in enumerate(evaluations_due_rows(s)):
        _check(stop, n)
        if due <= horizon and (found := find(family_id)) is not None and planned[found]:
            c.due_family.append(found)
            c.due_day.append(due.toordinal())


def _name_ranks(c: _Columns) -> array[int]:
    """Each family's place in the families by name (casefolded)."""
    by_name = sorted(range(len(c.names)), key=lambda f: c.names[f].casefold())
    rank = array("I", bytes(4 * len(by_name)))
    for place, f in enumerate(by_name):
        rank[f] = place
    return rank


def _counting_sort(order: array[int], key: Callable[[int], int], size: int) -> array[int]:
    """``order`` stably sorted by ``key`` (0 <= key < size), with arrays only (a sort with a
    key makes a Python int per row: megabytes at 100,000)."""
    starts = array("I", bytes(4 * (size + 1)))
    for i in order:
        starts[key(i) + 1] += 1
    for k in range(size):
        starts[k + 1] += starts[k]
    result = array("I", bytes(4 * len(order)))
    for i in order:
        k = key(i)
        result[starts[k]] = i
        starts[k] += 1
    return result


def _by_day_and_name(days: array[int], families: array[int], rank: array[int],
                     then: Callable[[int], str] | None = None) -> array[int]:
    """Row indices by day, then family name (``rank``: each family's place by name), then
    ``then`` among rows of the same day and family."""
    order = _counting_sort(array("I", range(len(days))), lambda i: rank[families[i]],
                           len(rank))
    distinct = sorted(set(days))
    place = {day: n for n, day in enumerate(distinct)}
    order = _counting_sort(order, lambda i: place[days[i]], len(distinct))
    if then is not None:  # ties (one family's actions due the same day): by description
        start = 0
        for end in range(1, len(order) + 1):
            if end == len(order) or days[order[end]] != days[order[start]] or \
                    families[order[end]] != families[order[start]]:
                if end - start > 1:
                    order[start:end] = array("I", sorted(order[start:end], key=then))
                start = end
    return order


def caseload(db: Database, *, today: date, horizon_days: int = 30,
             cancelled: Callable[[], bool] | None = None) -> Caseload:
    """Everything open across the active families, as of ``today``.

    The plans' parts the week shows are read by SQLite's JSON functions
    (``repository.WEEK_ROWS``): decoding 100,000 plans in Python took most of the time, and
    its garbage, interleaved with what the week keeps, most of the memory. What the week
    keeps is held in compact columns (``Rows`` makes each action, meeting or family when it
    is read). A plan the JSON functions cannot read, or holding a value its model does not
    allow, is decoded by ``week_part`` instead, and when that fails too its family is
    listed in ``Caseload.unreadable`` with the problem: the rest of the week is still
    shown. ``cancelled``: asked every ``CHECK_EVERY`` rows and during long queries; when it
    says True, WeekCancelled is raised (nothing is written either way)."""
    stop = cancelled or (lambda: False)
    c = _Columns(today)
    # A few queries for all the families, none per family, on a connection that keeps few
    # decrypted pages meanwhile: each is read once, and a full cache was 30 MiB more at
    # 100,000 families (for 1.3 s less).
    try:
        with db.session() as s, repo.scanning(s, stop=stop):
            active, phase_of = _read_families(s, c, stop)
            rank = _name_ranks(c)  # now, while little is held: it makes 100,000 keys
            find = _FamilyFinder(c)
            with_plan, unreadable = _read_plans(s, c, find, active, stop)
            _read_evaluations(s, c, find, with_plan, today + timedelta(days=horizon_days),
                              stop)
    except OperationalError:
        if stop():  # a query interrupted by ``cancelled``
            raise WeekCancelled from None
        raise
    c.people.done()
    del with_plan, find
    by_name = array("I", bytes(4 * len(rank)))
    for f, place in enumerate(rank):
        by_name[place] = f
    groups = []
    in_group: dict[str, array[int]] = {key: array("I") for key in _GROUPS}
    for f in by_name:
        in_group[_GROUPS[phase_of[f]]].append(f)
    for key in _GROUPS:
        if in_group[key]:
            groups.append(FamilyGroup(key, Rows(c.family_pair, in_group[key])))
    seen = bytearray(len(by_name))
    for column in (c.family, c.meeting_family, c.due_family):
        for f in column:
            seen[f] = 1
    return Caseload(
        today=today,
        actions=Rows(c.action, _by_day_and_name(c.day, c.family, rank,
                                                then=c.descriptions.__getitem__)),
        meetings=Rows(c.meeting, _by_day_and_name(c.meeting_day, c.meeting_family, rank)),
        evaluations=Rows(c.evaluation, _by_day_and_name(c.due_day, c.due_family, rank)),
        groups=tuple(groups),
        families=Rows(c.family_pair, array("I", (f for f in by_name if seen[f]))),
        unreadable=tuple(sorted(unreadable, key=lambda u: u.family_name.casefold())),
        _columns=c,
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
