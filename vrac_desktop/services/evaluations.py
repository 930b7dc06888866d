"""Six-month evaluations: draft one from the history, save it, get one as of a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vrac_desktop.domain.evaluation import draft_evaluation, ratings_until
from vrac_desktop.domain.model import SCALE_MAX, SCALE_MIN, Evaluation, Family, Rating
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.plans import PlanVersion, get_version
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import NotFoundError


class EvaluationInputError(ValueError):
    """An evaluation that cannot be saved; the message says what to fix. Nothing was saved."""


@dataclass(frozen=True)
class EvaluationAsOf:
    """Everything an evaluation document needs, as the history stood on ``as_of``."""

    family: Family
    version: PlanVersion  # the plan version current on ``as_of``
    ratings: tuple[Rating, ...]  # ratings given up to ``as_of``
    evaluation: Evaluation
    stored: bool  # False: a computed draft, not (yet) saved
    as_of: date


def version_day(db: Database, *, family_id: str, version: PlanVersion) -> date:
    """The day a version counts from: its meeting's day, else the day it was saved."""
    if version.meeting_id is not None:
        with db.session() as s:
            for meeting in repo.meetings(s, family_id):
                if meeting.id == version.meeting_id:
                    return meeting.held_on
    return version.created_at.date()


def version_as_of(db: Database, *, family_id: str, as_of: date) -> PlanVersion:
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
            f"This family had no saved plan on {as_of.isoformat()}; nothing to export."
        )
    return get_version(db, family_id=family_id, number=max(numbers))


def evaluation_as_of(db: Database, *, family_id: str, as_of: date | None = None
                     ) -> EvaluationAsOf:
    """The evaluation for ``as_of`` (default: today) with the plan and ratings of that day.

    A saved evaluation whose period ends on ``as_of`` is used as it was saved; without a
    date, the most recent saved evaluation is used. Otherwise a draft is computed from the
    plan version current on that day and the ratings up to it.
    """
    with db.session() as s:
        family = repo.family_from_row(repo.family_row(s, family_id))
        stored = repo.evaluations(s, family_id)
        all_ratings = repo.ratings(s, family_id)
    chosen: Evaluation | None = None
    if as_of is not None:
        chosen = next((e for e in reversed(stored) if e.period_end == as_of), None)
    elif stored:
        chosen = stored[-1]
    day = chosen.period_end if chosen else (as_of or date.today())
    version = version_as_of(db, family_id=family_id, as_of=day)
    ratings = ratings_until(all_ratings, day)
    evaluation = chosen or draft_evaluation(version.content, ratings, period_end=day)
    return EvaluationAsOf(family=family, version=version, ratings=ratings,
                          evaluation=evaluation, stored=chosen is not None, as_of=day)


def save_evaluation(db: Database, *, family_id: str, evaluation: Evaluation, actor: str
                    ) -> Changes:
    """Store a reviewed evaluation in one transaction, with an audit entry."""
    if evaluation.period_start > evaluation.period_end:
        raise EvaluationInputError(
            "The evaluation period starts after it ends; nothing was saved.")
    for g in evaluation.goals:
        values = [g.baseline, g.target] + ([g.latest] if g.latest is not None else [])
        if any(not SCALE_MIN <= v <= SCALE_MAX for v in values):
            raise EvaluationInputError(
                f"A goal rating is outside {SCALE_MIN}-{SCALE_MAX}; nothing was saved.")
    with db.session() as s:
        repo.family_row(s, family_id)
        repo.add_evaluation(s, family_id, evaluation)
        repo.audit(s, actor=actor, action="evaluated", family_id=family_id,
                   detail=f"{evaluation.period_start}..{evaluation.period_end}")
    return Changes(family_id=family_id, evaluations=True)


def evaluations(db: Database, *, family_id: str) -> list[Evaluation]:
    with db.session() as s:
        return repo.evaluations(s, family_id)
