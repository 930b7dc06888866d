"""Repositories: the only place that turns rows into domain values and back.

Every function takes the caller's ``Session``; the caller (a service) owns the transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import Row, and_, delete, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from vrac_desktop.domain.codec import canonical_json, from_jsonable, to_jsonable
from vrac_desktop.domain.cycle import (
    EvaluationRecord,
    evaluation_head,
    phase_history_order,
    seal_evaluation,
)
from vrac_desktop.domain.history import GENESIS_HASH, VersionRecord
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import (
    Attendance,
    Evaluation,
    Family,
    FamilyStatus,
    Meeting,
    Phase,
    PhaseChange,
    PlanContent,
    Rater,
    Rating,
    TransitionPlan,
)
from vrac_desktop.domain.voice import Respondent, VoiceAnswer, VoiceQuestion
from vrac_desktop.store.errors import NotFoundError
from vrac_desktop.store.models import (
    AuditRow,
    Base,
    DraftRow,
    ErasureRow,
    EvaluationRow,
    FamilyRecord,
    FamilyRow,
    MeetingRow,
    MeetingVoiceRow,
    PhaseChangeRow,
    PlanVersionForkRow,
    PlanVersionRow,
    RatingRow,
    TransitionPlanRow,
)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def search_key(display_name: str, reference: str) -> str:
    return f"{display_name} {reference}".casefold()


RecordRow = TypeVar("RecordRow", bound=FamilyRecord)


def family_rows(session: Session, table: type[RecordRow], family_id: str,
                *order: InstrumentedAttribute[Any]) -> Sequence[RecordRow]:
    """One family's rows of one table, in ``order``."""
    return session.scalars(
        select(table).where(table.family_id == family_id).order_by(*order)).all()


# --- families ------------------------------------------------------------------------------


def family_from_row(row: FamilyRow) -> Family:
    return Family(
        id=row.id, display_name=row.display_name, reference=row.reference,
        language=row.language, status=FamilyStatus(row.status),
        created_at=datetime.fromisoformat(row.created_at),
        home_languages=row.home_languages or "", interpreter_needed=bool(row.interpreter_needed),
    )


def add_family(session: Session, family: Family) -> FamilyRow:
    created = (family.created_at or datetime.now(UTC)).isoformat()
    row = FamilyRow(
        id=family.id, display_name=family.display_name, reference=family.reference,
        language=family.language, status=family.status.value, created_at=created,
        updated_at=created, head_number=0, head_hash=GENESIS_HASH,
        search_key=search_key(family.display_name, family.reference),
        home_languages=family.home_languages, interpreter_needed=family.interpreter_needed,
    )
    session.add(row)
    return row


def family_row(session: Session, family_id: str, *, for_update: bool = False) -> FamilyRow:
    stmt = select(FamilyRow).where(FamilyRow.id == family_id)
    if for_update:
        stmt = stmt.with_for_update()
    row = session.scalars(stmt).one_or_none()
    if row is None:
        raise NotFoundError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "There is no family with id %1."), family_id))
    return row


def find_families(
    session: Session, *, text: str, include_closed: bool, limit: int
) -> Sequence[FamilyRow]:
    stmt = select(FamilyRow)
    for word in text.casefold().split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(FamilyRow.search_key.like(f"%{escaped}%", escape="\\"))
    if not include_closed:
        stmt = stmt.where(FamilyRow.status == FamilyStatus.ACTIVE.value)
    stmt = stmt.order_by(FamilyRow.updated_at.desc()).limit(limit)
    return session.scalars(stmt).all()


def all_family_ids(session: Session) -> list[str]:
    return list(session.scalars(select(FamilyRow.id).order_by(FamilyRow.created_at)))


# --- plan versions -------------------------------------------------------------------------


def version_rows(session: Session, family_id: str) -> Sequence[PlanVersionRow]:
    return family_rows(session, PlanVersionRow, family_id, PlanVersionRow.number)


def version_row(session: Session, family_id: str, number: int) -> PlanVersionRow:
    row = session.scalars(
        select(PlanVersionRow).where(
            PlanVersionRow.family_id == family_id, PlanVersionRow.number == number)
    ).one_or_none()
    if row is None:
        raise NotFoundError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "Version %1 of this plan does not exist."), number))
    return row


def latest_version_row(session: Session, family_id: str) -> PlanVersionRow | None:
    return session.scalars(
        select(PlanVersionRow).where(PlanVersionRow.family_id == family_id)
        .order_by(PlanVersionRow.number.desc()).limit(1)
    ).one_or_none()


def current_version_row(session: Session, family_id: str, *, no_plan: str) -> PlanVersionRow:
    """The family's newest plan version, for what starts from the current plan. With none
    yet: NotFoundError saying ``no_plan`` (a QT_TRANSLATE_NOOP template), the family's name
    in place of ``%1``."""
    name = family_row(session, family_id).display_name
    row = latest_version_row(session, family_id)
    if row is None:
        raise NotFoundError(message(no_plan, name))
    return row


def version_counts(session: Session, family_ids: Iterable[str]) -> dict[str, int]:
    ids = list(family_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(PlanVersionRow.family_id, func.count()).where(PlanVersionRow.family_id.in_(ids))
        .group_by(PlanVersionRow.family_id)
    ).all()
    return {fid: n for fid, n in rows}


@contextmanager
def scanning(session: Session, cache_kib: int = 2048,
             stop: Callable[[], bool] | None = None) -> Iterator[None]:
    """Queries that read whole tables once (the coach's week): the session's connection keeps
    only ``cache_kib`` of decrypted pages meanwhile, then gets its own size back. A pass over
    100,000 plans would otherwise leave the connection's 32 MiB cache (store/database.py)
    full of pages no one reads again, on top of the search's connection.

    ``stop``: asked while a query runs (SQLite's progress handler); when it says True the
    query ends with an OperationalError ("interrupted"), so that a caller can stop within
    one long query too."""
    connection = session.connection()
    raw = connection.connection.dbapi_connection
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(cache_kib)}")
    if stop is not None and raw is not None:
        raw.set_progress_handler(lambda: 1 if stop() else 0, 100_000)
    try:
        yield
    finally:
        if stop is not None and raw is not None:
            raw.set_progress_handler(None, 0)
        connection.exec_driver_sql("PRAGMA shrink_memory")  # the pages read go back
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


def week_families(session: Session) -> Iterator[tuple[str, str, bool, str | None]]:
    """(id, display name, active, current phase) of every family in one query; the phase is
    the newest change's, None when none was recorded (engagement, as ``current_phases``)."""
    phase = select(PhaseChangeRow.phase).where(PhaseChangeRow.family_id == FamilyRow.id) \
        .order_by(*NEWEST_PHASE_FIRST).limit(1).scalar_subquery()
    query = select(FamilyRow.id, FamilyRow.display_name,
                   FamilyRow.status == FamilyStatus.ACTIVE.value, phase)
    for family_id, name, active, current in session.execute(
            query.execution_options(yield_per=1000)):  # not all 100,000 rows at once
        yield family_id, name, bool(active), current


# The week's parts of each family's newest plan, read by SQLite's JSON functions: one row per
# open action (statuses other than done and stopped, so that a wrong one shows), with the
# member responsible ([name, kind, organisation]) and the goal's title looked up in the same
# plan (the first of a member or goal stored twice), or one row with no action for a plan
# with none open. The plan's text comes only when its shape is not what the week reads (not
# JSON, not an object, a list that is not one): the caller decodes that one in Python to say
# what is wrong. (Closed families are left out by the caller: a join with the families here
# made the query a third slower.)
WEEK_ROWS = """
WITH newest AS (
    SELECT pv.family_id AS family_id, pv.content_json AS content,
           CASE WHEN json_valid(pv.content_json)  -- (AND may evaluate both sides)
                THEN json_type(pv.content_json) = 'object'
                     AND coalesce(json_type(pv.content_json, '$.actions'), 'array') = 'array'
                     AND coalesce(json_type(pv.content_json, '$.team'), 'array') = 'array'
                     AND coalesce(json_type(pv.content_json, '$.goals'), 'array') = 'array'
                ELSE 0 END AS ok
    FROM plan_versions pv
    JOIN (SELECT family_id, max(number) AS number FROM plan_versions GROUP BY family_id) n
      ON pv.family_id = n.family_id AND pv.number = n.number
), plans AS (
    SELECT family_id, CASE WHEN ok THEN NULL ELSE content END AS unread,
           CASE WHEN ok THEN content ELSE '{}' END AS plan
    FROM newest
)
SELECT plans.family_id, unread, plan ->> '$.next_meeting_on',
       a.key, a.value ->> '$.id', a.value ->> '$.description', a.value ->> '$.due_on',
       a.value ->> '$.status', a.value ->> '$.visibility',
       (SELECT json_array(m.value ->> '$.name', m.value ->> '$.kind',
                          m.value ->> '$.organisation')
          FROM json_each(plan, '$.team') m
         WHERE m.value ->> '$.id' = a.value ->> '$.responsible_id' LIMIT 1),
       (SELECT g.value ->> '$.title' FROM json_each(plan, '$.goals') g
         WHERE g.value ->> '$.id' = a.value ->> '$.goal_id' LIMIT 1)
FROM plans
LEFT JOIN json_each(plan, '$.actions') a
  ON coalesce(a.value ->> '$.status', 'planned') NOT IN ('done', 'stopped')
"""


def week_rows(session: Session) -> Iterator[tuple[Any, ...]]:
    """``WEEK_ROWS``, read as they are used (the rows of one family come together)."""
    result = session.connection().exec_driver_sql(WEEK_ROWS)
    while batch := result.fetchmany(500):
        yield from batch


def plan_of(content_json: str) -> PlanContent:
    """A stored version's plan (``content_of`` for its JSON text)."""
    return from_jsonable(PlanContent, json.loads(content_json))


def first_approved_meeting_rows(session: Session, family_ids: Iterable[str] | None = None
                                ) -> Iterator[tuple[str, date]]:
    """For each family with an approved plan version (None: every family): (family id, the
    day of the meeting of its first approved version, or the day that version was saved when
    its meeting is not stored), read as they are used: 100,000 of them held at once cost MiBs
    (the coach's week)."""
    first = select(PlanVersionRow.family_id, func.min(PlanVersionRow.number).label("number")) \
        .where(PlanVersionRow.approved).group_by(PlanVersionRow.family_id)
    if family_ids is not None:
        first = first.where(PlanVersionRow.family_id.in_(list(family_ids)))
    chosen = first.subquery()
    rows = session.execute(
        select(PlanVersionRow.family_id, PlanVersionRow.created_at, MeetingRow.held_on)
        .join(chosen, and_(PlanVersionRow.family_id == chosen.c.family_id,
                           PlanVersionRow.number == chosen.c.number))
        .outerjoin(MeetingRow, and_(MeetingRow.id == PlanVersionRow.meeting_id,
                                    MeetingRow.family_id == PlanVersionRow.family_id))
        .execution_options(yield_per=1000))
    for fid, created, held in rows:
        yield fid, held if held is not None else datetime.fromisoformat(created).date()


def last_decided_evaluation_ends(session: Session, family_ids: Iterable[str] | None = None
                                 ) -> dict[str, date]:
    """For each family with a decided (recorded, not draft) evaluation: the end of the
    latest period evaluated (None: every family)."""
    query = select(EvaluationRow.family_id, EvaluationRow.content_json)
    if family_ids is not None:
        query = query.where(EvaluationRow.family_id.in_(list(family_ids)))
    ends: dict[str, date] = {}
    for fid, content in session.execute(query):
        evaluation = from_jsonable(Evaluation, json.loads(content))
        if evaluation.decided and (fid not in ends or evaluation.period_end > ends[fid]):
            ends[fid] = evaluation.period_end
    return ends


def record_of(row: PlanVersionRow | PlanVersionForkRow | Row[Any]) -> VersionRecord:
    """A stored version (main chain or a server fork; a mapped object or a plain row of either
    table) as verification and sync read it."""
    return VersionRecord(
        family_id=row.family_id, number=row.number,
        created_at=datetime.fromisoformat(row.created_at), created_by=row.created_by,
        meeting_id=row.meeting_id, approved=bool(row.approved), content_json=row.content_json,
        content_hash=row.content_hash, prev_hash=row.prev_hash, hash=row.hash,
        merge_hash=row.merge_hash,
    )


def content_of(row: PlanVersionRow) -> PlanContent:
    return plan_of(row.content_json)


# --- meetings, ratings, evaluations ----------------------------------------------------------


def add_meeting(session: Session, family_id: str, meeting: Meeting) -> None:
    session.add(MeetingRow(
        id=meeting.id, family_id=family_id, held_on=meeting.held_on, location=meeting.location,
        facilitator_id=meeting.facilitator_id,
        attendance_json=canonical_json(meeting.attendance), notes=meeting.notes,
    ))


def meetings(session: Session, family_id: str) -> list[Meeting]:
    rows = family_rows(session, MeetingRow, family_id, MeetingRow.held_on, MeetingRow.id)
    return [
        Meeting(
            id=r.id, held_on=r.held_on, location=r.location, facilitator_id=r.facilitator_id,
            attendance=from_jsonable(tuple[Attendance, ...], json.loads(r.attendance_json)),
            notes=r.notes,
        )
        for r in rows
    ]


def add_rating(session: Session, family_id: str, rating: Rating) -> None:
    session.add(RatingRow(
        id=rating.id, family_id=family_id, goal_id=rating.goal_id, meeting_id=rating.meeting_id,
        rated_on=rating.rated_on, value=rating.value, rater=rating.rater.value,
        comment=rating.comment,
    ))


def ratings(session: Session, family_id: str) -> list[Rating]:
    rows = family_rows(session, RatingRow, family_id,
                       RatingRow.rated_on, RatingRow.rater, RatingRow.id)
    return [
        Rating(id=r.id, goal_id=r.goal_id, rated_on=r.rated_on, value=r.value,
               rater=Rater(r.rater), meeting_id=r.meeting_id, comment=r.comment)
        for r in rows
    ]


def evaluation_records(session: Session, family_id: str) -> list[EvaluationRecord]:
    # Evaluations recorded at the same time on two laptops share a number: the older first.
    rows = family_rows(session, EvaluationRow, family_id,
                       EvaluationRow.number, EvaluationRow.created_at, EvaluationRow.hash)
    return [
        EvaluationRecord(
            id=r.id, family_id=r.family_id, number=r.number,
            created_at=datetime.fromisoformat(r.created_at), created_by=r.created_by,
            plan_version=r.plan_version, plan_hash=r.plan_hash, content_json=r.content_json,
            content_hash=r.content_hash, prev_hash=r.prev_hash, hash=r.hash,
        )
        for r in rows
    ]


def add_evaluation_record(session: Session, rec: EvaluationRecord) -> None:
    evaluation = from_jsonable(Evaluation, json.loads(rec.content_json))
    session.add(EvaluationRow(
        id=rec.id, family_id=rec.family_id, period_start=evaluation.period_start,
        period_end=evaluation.period_end, content_json=rec.content_json,
        created_at=rec.created_at.isoformat(), number=rec.number, created_by=rec.created_by,
        plan_version=rec.plan_version, plan_hash=rec.plan_hash, content_hash=rec.content_hash,
        prev_hash=rec.prev_hash, hash=rec.hash,
    ))


def add_evaluation(session: Session, family_id: str, evaluation: Evaluation, *,
                   actor: str = "") -> EvaluationRecord:
    """Record an evaluation at the end of the family's evaluation chain: after its head
    (of evaluations recorded at the same time on two laptops, the newest)."""
    last = evaluation_head(evaluation_records(session, family_id))
    rec = seal_evaluation(
        evaluation=evaluation, family_id=family_id, number=last.number + 1 if last else 1,
        created_at=datetime.fromisoformat(now_iso()), created_by=actor,
        prev_hash=last.hash if last else GENESIS_HASH,
    )
    add_evaluation_record(session, rec)
    return rec


def concurrent_evaluation_ids(session: Session) -> set[tuple[str, str]]:
    """(family id, evaluation id) of every evaluation recorded at the same time as another
    of its family on another laptop: the same previous evaluation (domain/cycle.py)."""
    other = aliased(EvaluationRow)
    return {(fid, eid) for fid, eid in session.execute(
        select(EvaluationRow.family_id, EvaluationRow.id).where(
            select(other.id).where(other.family_id == EvaluationRow.family_id,
                                   other.prev_hash == EvaluationRow.prev_hash,
                                   other.id != EvaluationRow.id).exists()))}


def evaluations(session: Session, family_id: str) -> list[Evaluation]:
    return [from_jsonable(Evaluation, json.loads(r.content_json))
            for r in evaluation_records(session, family_id)]


# --- phases and transition plans ---------------------------------------------------------------


def phase_history(session: Session, family_id: str) -> list[PhaseChange]:
    """In ``phase_history_order``: changes recorded at the same time on two laptops share a
    number."""
    rows = family_rows(session, PhaseChangeRow, family_id, PhaseChangeRow.number)
    return phase_history_order(
        (r.number, PhaseChange(id=r.id, phase=Phase(r.phase), changed_on=r.changed_on,
                               changed_by=r.changed_by, reason=r.reason)) for r in rows)


# The newest phase change first, as ``phase_history_order`` (domain/cycle.py) orders them: the
# families list, the week page and ``current_phases`` read the current phase by it.
OLDEST_PHASE_FIRST = (PhaseChangeRow.changed_on, PhaseChangeRow.number, PhaseChangeRow.changed_by,
                      PhaseChangeRow.id)
NEWEST_PHASE_FIRST = tuple(c.desc() for c in OLDEST_PHASE_FIRST)


def add_phase_change(session: Session, family_id: str, change: PhaseChange) -> None:
    """Numbered after the highest number here (after a sync, two changes recorded at the same
    time on two laptops share one)."""
    last = session.scalar(select(func.max(PhaseChangeRow.number))
                          .where(PhaseChangeRow.family_id == family_id))
    session.add(PhaseChangeRow(
        id=change.id, family_id=family_id, number=(last or 0) + 1, phase=change.phase.value,
        changed_on=change.changed_on, changed_by=change.changed_by[:500], reason=change.reason,
    ))


def current_phases(session: Session, family_ids: Iterable[str] | None = None
                   ) -> dict[str, Phase]:
    """Each family's current phase (families with no change: engagement), in one query.
    None: every family (no list of ids sent: at 100,000 families that list cost more than
    the query)."""
    if family_ids is None:
        result = dict.fromkeys(session.scalars(select(FamilyRow.id)), Phase.ENGAGEMENT)
        query = select(PhaseChangeRow.family_id, PhaseChangeRow.phase)
    else:
        ids = list(family_ids)
        result = dict.fromkeys(ids, Phase.ENGAGEMENT)
        if not ids:
            return result
        query = select(PhaseChangeRow.family_id, PhaseChangeRow.phase) \
            .where(PhaseChangeRow.family_id.in_(ids))
    for fid, phase in session.execute(query.order_by(*OLDEST_PHASE_FIRST)):  # newest last
        result[fid] = Phase(phase)
    return result


@dataclass(frozen=True)
class StoredTransition:
    id: str
    meeting_id: str | None
    created_at: datetime
    created_by: str
    content_json: str
    content_hash: str

    @property
    def plan(self) -> TransitionPlan:
        return from_jsonable(TransitionPlan, json.loads(self.content_json))


def transition_plans(session: Session, family_id: str) -> list[StoredTransition]:
    """Oldest first; the last is the family's (``latest_transition``), also when two laptops
    recorded one at the same time (by id, the same on every laptop)."""
    rows = family_rows(session, TransitionPlanRow, family_id, TransitionPlanRow.created_at,
                       TransitionPlanRow.id)
    return [StoredTransition(r.id, r.meeting_id, datetime.fromisoformat(r.created_at),
                             r.created_by, r.content_json, r.content_hash) for r in rows]


def add_transition_plan(session: Session, family_id: str, stored: StoredTransition) -> None:
    session.add(TransitionPlanRow(
        id=stored.id, family_id=family_id, meeting_id=stored.meeting_id,
        created_at=stored.created_at.isoformat(), created_by=stored.created_by[:500],
        content_json=stored.content_json, content_hash=stored.content_hash,
    ))


def add_voice(session: Session, family_id: str, answers: Iterable[VoiceAnswer]) -> None:
    """Store the family's answers after a meeting (the meeting row must exist)."""
    for a in answers:
        session.add(MeetingVoiceRow(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{a.meeting_id}/{a.respondent}/{a.question}")),
            family_id=family_id, meeting_id=a.meeting_id, respondent=a.respondent.value,
            question=a.question.value, value=a.value))


def voices(session: Session, family_id: str) -> list[VoiceAnswer]:
    rows = family_rows(session, MeetingVoiceRow, family_id, MeetingVoiceRow.meeting_id,
                       MeetingVoiceRow.respondent, MeetingVoiceRow.question)
    return [VoiceAnswer(r.meeting_id, Respondent(r.respondent), VoiceQuestion(r.question),
                        r.value) for r in rows]


# --- drafts and audit ---------------------------------------------------------------------------


def save_draft(session: Session, family_id: str, draft: object) -> None:
    payload = canonical_json(to_jsonable(draft))
    row = session.get(DraftRow, family_id)
    if row is None:
        session.add(DraftRow(family_id=family_id, draft_json=payload, updated_at=now_iso()))
    else:
        row.draft_json = payload
        row.updated_at = now_iso()


def delete_draft(session: Session, family_id: str) -> None:
    row = session.get(DraftRow, family_id)
    if row is not None:
        session.delete(row)


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    family_id: str | None
    detail: str


def audit(session: Session, *, actor: str, action: str, family_id: str | None = None,
          detail: str = "") -> None:
    session.add(AuditRow(at=now_iso(), actor=actor[:500], action=action, family_id=family_id,
                         detail=detail[:500]))


def audit_entries(session: Session, *, family_id: str | None = None, text: str = "",
                  limit: int = 1000) -> list[AuditEntry]:
    stmt = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
    if family_id is not None:
        stmt = stmt.where(AuditRow.family_id == family_id)
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(AuditRow.actor.like(like), AuditRow.action.like(like)))
    return [
        AuditEntry(datetime.fromisoformat(r.at), r.actor, r.action, r.family_id, r.detail)
        for r in session.scalars(stmt)
    ]


# --- erasure (GDPR) ---------------------------------------------------------------------------


def delete_family_everywhere(session: Session, family_id: str) -> dict[str, int]:
    """Delete every row about one family from every mapped table; rows deleted per table.

    Walks the mapping rather than a fixed list, so a table added later with a ``family_id``
    column (documents, signatures...) is erased too. Children go before parents (foreign
    keys). The erasure register itself is left alone: it must survive the erasure.
    """
    deleted: dict[str, int] = {}
    for table in reversed(Base.metadata.sorted_tables):
        if table.name == ErasureRow.__tablename__:
            continue
        column = table.c.get("family_id")
        if column is None and table.name == FamilyRow.__tablename__:
            column = table.c.id
        if column is None:
            continue
        result = session.execute(delete(table).where(column == family_id))
        deleted[table.name] = int(getattr(result, "rowcount", 0) or 0)
    return deleted


def record_erasure(session: Session, *, family_id: str, actor: str, at: str) -> None:
    if session.get(ErasureRow, family_id) is None:
        session.add(ErasureRow(family_id=family_id, erased_at=at, actor=actor[:500]))


def erasures(session: Session) -> list[tuple[str, str, str]]:
    """(family_id, erased_at, actor) of every erased family, oldest first."""
    rows = session.scalars(select(ErasureRow).order_by(ErasureRow.erased_at)).all()
    return [(r.family_id, r.erased_at, r.actor) for r in rows]
