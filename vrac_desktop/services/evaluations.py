"""Six-month evaluations: start the evaluation meeting, record it (immutable, hash-chained,
naming the plan version it evaluated), list them, and get one as of a date.

A computed evaluation (suggested verdicts and decisions) is only ever a draft
(``Evaluation.decided`` False): it is never recorded or signed as decided.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from vrac_desktop.domain.codec import from_jsonable
from vrac_desktop.domain.cycle import (
    CycleInputError,
    CycleProblem,
    EvaluationRecord,
    RecordedBy,
    concurrent_evaluations,
    evaluation_due,
    evaluation_head,
    next_meeting_draft,
    recorded_by,
    validate_evaluation,
    with_rater_ratings,
)
from vrac_desktop.domain.draft import DraftKind, MeetingDraft
from vrac_desktop.domain.evaluation import draft_evaluation, ratings_until
from vrac_desktop.domain.history import VersionRecord
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import Evaluation, Family, Meeting, Rating
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.plans import get_version
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import NotFoundError


class EvaluationInputError(CycleInputError):
    """An evaluation that cannot be saved; the message says what to fix. Nothing was saved."""


@dataclass(frozen=True)
class EvaluationAsOf:
    """Everything an evaluation document needs, as the history stood on ``as_of``."""

    family: Family
    version: VersionRecord  # the plan version evaluated (current on ``as_of`` for a draft)
    ratings: tuple[Rating, ...]  # ratings given up to ``as_of``
    evaluation: Evaluation
    stored: bool  # False: a computed draft, not (yet) saved
    as_of: date
    recorded: RecordedBy | None = None  # who recorded it, when (None: a draft)
    # Evaluations recorded at the same time on other laptops: separate records, not part of
    # this one; a document names them so it neither hides nor merges them.
    concurrent: tuple[RecordedBy, ...] = ()


@dataclass(frozen=True)
class EvaluationSummary:
    id: str
    number: int
    period_start: date
    period_end: date
    plan_version: int
    overall_decision: str
    created_at: datetime
    created_by: str
    hash: str
    # Evaluations of the same number recorded at the same time on other laptops (ids): both
    # are kept and both stand; empty for almost every evaluation.
    concurrent_with: tuple[str, ...] = ()
    next_follows: bool = False  # the head: the next evaluation will follow this one
    followed: bool = False  # a later evaluation follows this one


def version_day(db: Database, *, family_id: str, version: VersionRecord) -> date:
    """The day a version counts from: its meeting's day, else the day it was saved."""
    if version.meeting_id is not None:
        with db.session() as s:
            for meeting in repo.meetings(s, family_id):
                if meeting.id == version.meeting_id:
                    return meeting.held_on
    return version.created_at.date()


def version_as_of(db: Database, *, family_id: str, as_of: date) -> VersionRecord:
    """The plan version that was current at the end of ``as_of``.

    A version counts from the day of the meeting it closed (a meeting typed in a day later
    still belongs to its own day), else from the day it was saved.
    """
    with db.session() as s:
        repo.family_row(s, family_id)
        held_on = {m.id: m.held_on for m in repo.meetings(s, family_id)}
        numbers = [
            rec.number for rec in map(repo.record_of, repo.version_rows(s, family_id))
            if held_on.get(rec.meeting_id or "", rec.created_at.date()) <= as_of
        ]
    if not numbers:
        raise NotFoundError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "This family had no saved plan on %1; nothing to export."),
                as_of.isoformat())
        )
    return get_version(db, family_id=family_id, number=max(numbers))


def evaluation_due_on(db: Database, *, family_id: str) -> date | None:
    """When the next six-month evaluation is due (None: no approved plan yet)."""
    return evaluations_due_on(db, (family_id,)).get(family_id)


def evaluations_due_on(db: Database, family_ids: Iterable[str] | None = None
                       ) -> dict[str, date]:
    """``evaluation_due_on`` for many families in two queries (None: every family);
    families with nothing due (no approved plan, no evaluation) are left out."""
    with db.session() as s:
        return dict(evaluations_due_rows(s, family_ids))


def evaluations_due_rows(s: Session, family_ids: Iterable[str] | None = None
                         ) -> Iterator[tuple[str, date]]:
    """``evaluations_due_on`` as (family id, day due) rows, read as they are used (the
    coach's week asks for 100,000 families); the rule once per distinct pair of days."""
    ids = None if family_ids is None else list(family_ids)
    last_ends = repo.last_decided_evaluation_ends(s, ids)  # the decided ones only: fewer
    rule: dict[tuple[date | None, date | None], date | None] = {}

    def due(days: tuple[date | None, date | None]) -> date | None:
        if days not in rule:
            rule[days] = evaluation_due(*days)
        return rule[days]

    for fid, first in repo.first_approved_meeting_rows(s, ids):
        if (on := due((first, last_ends.pop(fid, None)))) is not None:
            yield fid, on
    for fid, last in last_ends.items():  # evaluated, but no approved plan version
        if (on := due((None, last))) is not None:
            yield fid, on


def evaluation_as_of(db: Database, *, family_id: str, as_of: date | None = None,
                     evaluation_id: str | None = None) -> EvaluationAsOf:
    """The evaluation for ``as_of`` (default: today) with the plan and ratings of that day.

    ``evaluation_id`` picks a recorded evaluation. Otherwise a saved evaluation whose period
    ends on ``as_of`` is used as it was saved; without a date, the most recent saved one.
    With none, a draft (``decided`` False) is computed from the plan version current on
    that day and the ratings up to it.
    """
    with db.session() as s:
        family = repo.family_from_row(repo.family_row(s, family_id))
        records = repo.evaluation_records(s, family_id)
        all_ratings = repo.ratings(s, family_id)
    stored = {r.id: from_jsonable(Evaluation, json.loads(r.content_json)) for r in records}
    record: EvaluationRecord | None = None
    if evaluation_id is not None:
        record = next((r for r in records if r.id == evaluation_id), None)
        if record is None:
            raise NotFoundError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "There is no recorded evaluation %1 of '%2' (see: vrac-desktop "
                "evaluations)."), evaluation_id, family.display_name))
    elif as_of is not None:
        # Of two recorded at the same time for that day, the newer (as the head is chosen).
        record = next((r for r in reversed(records) if stored[r.id].period_end == as_of), None)
    else:
        record = evaluation_head(records)
    chosen = stored[record.id] if record is not None else None
    concurrent = concurrent_evaluations(records).get(record.id, ()) if record else ()
    day = chosen.period_end if chosen else (as_of or date.today())
    if chosen is not None and chosen.plan_version:
        version = get_version(db, family_id=family_id, number=chosen.plan_version)
    else:
        version = version_as_of(db, family_id=family_id, as_of=day)
    ratings = ratings_until(all_ratings, day)
    evaluation = chosen or with_rater_ratings(
        replace(draft_evaluation(version.content, ratings, period_end=day),
                plan_version=version.number, plan_hash=version.hash), ratings)
    return EvaluationAsOf(
        family=family, version=version, ratings=ratings, evaluation=evaluation,
        stored=chosen is not None, as_of=day,
        recorded=recorded_by(record) if record is not None else None,
        concurrent=tuple(map(recorded_by, concurrent)))


def start_evaluation(db: Database, *, family_id: str, today: date) -> MeetingDraft:
    """The evaluation meeting's draft: the current plan, a computed suggestion per goal
    (verdict, decision: to be reviewed, each decision needing a reason), the period from the
    plan's first meeting (or the last evaluation) to today."""
    with db.session() as s:
        latest = repo.current_version_row(
            s, family_id, no_plan=QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' has no plan yet: the first meeting makes one, the "
                "evaluation comes six months later."))
        rec = repo.record_of(latest)
        plan = repo.content_of(latest)
        meetings = repo.meetings(s, family_id)
        ratings = repo.ratings(s, family_id)
        done = [e for e in repo.evaluations(s, family_id) if e.decided]
    held_on = {m.id: m.held_on for m in meetings}
    first_day = min(held_on.values(), default=rec.created_at.date())
    start = max((e.period_end for e in done), default=first_day)
    start = min(start, today)
    evaluation = draft_evaluation(plan, ratings_until(ratings, today), period_end=today,
                                  period_start=start)
    evaluation = with_rater_ratings(replace(
        evaluation, plan_version=rec.number, plan_hash=rec.hash), ratings)
    draft = next_meeting_draft(family_id, base_version=rec.number, plan=plan, held_on=today,
                               earlier=meetings)
    return replace(draft, kind=DraftKind.EVALUATION, evaluation=evaluation)


def record_evaluation(db: Database, *, draft: MeetingDraft, actor: str, today: date | None = None
                      ) -> tuple[EvaluationRecord, Changes]:
    """Record the evaluation meeting (its meeting and the evaluation) and drop the draft."""
    if draft.evaluation is None:
        raise ValueError("This draft is not an evaluation meeting.")
    day = today or date.today()
    if draft.meeting.held_on > day:
        raise EvaluationInputError([CycleProblem(
            "meeting.future", f"The meeting date {draft.meeting.held_on} is in the future")])
    return _record(db, family_id=draft.family_id, evaluation=draft.evaluation, actor=actor,
                   today=day, meeting=draft.meeting)


def _record(db: Database, *, family_id: str, evaluation: Evaluation, actor: str, today: date,
            meeting: Meeting | None) -> tuple[EvaluationRecord, Changes]:
    evaluation = replace(evaluation, decided=True)
    with db.session() as s:
        family = repo.family_from_row(repo.family_row(s, family_id, for_update=True))
        plan = None
        if evaluation.plan_version:
            row = next((r for r in repo.version_rows(s, family_id)
                        if r.number == evaluation.plan_version), None)
            if row is not None and row.hash == evaluation.plan_hash:
                plan = repo.content_of(row)
        # The family existed from its registration, or from its first meeting held on paper
        # before that.
        days = [m.held_on for m in repo.meetings(s, family_id)]
        if family.created_at is not None:
            days.append(family.created_at.date())
        problems = validate_evaluation(evaluation, plan=plan, today=today,
                                       family_created=min(days, default=None))
        if problems:
            raise EvaluationInputError(problems)
        if meeting is not None:
            repo.add_meeting(s, family_id, meeting)
        rec = repo.add_evaluation(s, family_id, evaluation, actor=actor)
        repo.delete_draft(s, family_id)
        repo.audit(s, actor=actor, action="evaluated", family_id=family_id,
                   detail=f"evaluation {rec.number}: {evaluation.period_start}.."
                          f"{evaluation.period_end}, plan version {evaluation.plan_version}")
    return rec, Changes(family_id=family_id, evaluations=True, draft=True, families=True)


def evaluations(db: Database, *, family_id: str) -> list[Evaluation]:
    with db.session() as s:
        return repo.evaluations(s, family_id)


def list_evaluations(db: Database, *, family_id: str) -> list[EvaluationSummary]:
    """A family's recorded evaluations in order (by number; evaluations recorded at the same
    time on two laptops by when they were recorded), each saying which others were recorded
    at the same time and which one the next evaluation follows."""
    with db.session() as s:
        repo.family_row(s, family_id)
        records = repo.evaluation_records(s, family_id)
    head = evaluation_head(records)
    concurrent = concurrent_evaluations(records)
    followed = {r.prev_hash for r in records}
    summaries = []
    for r in records:
        e = from_jsonable(Evaluation, json.loads(r.content_json))
        summaries.append(EvaluationSummary(
            r.id, r.number, e.period_start, e.period_end, r.plan_version,
            e.overall_decision.value, r.created_at, r.created_by, r.hash,
            concurrent_with=tuple(o.id for o in concurrent.get(r.id, ())),
            next_follows=head is not None and r.id == head.id, followed=r.hash in followed))
    return summaries
