"""Save a meeting as a new plan version; read versions, ratings and meetings; diff versions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.exc import IntegrityError

from vrac_desktop.domain.codec import canonical_json
from vrac_desktop.domain.history import VersionRecord, content_hash, version_hash
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import Evaluation, Meeting, PlanContent, Rating
from vrac_desktop.domain.validation import Problem, errors, validate_plan, validate_rating
from vrac_desktop.domain.voice import VoiceAnswer, valid_value
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.cycle import follow_saved_version
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import ConflictError
from vrac_desktop.store.models import PlanVersionRow


class PlanInvalidError(ValueError):
    """The plan has problems that block saving; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class VoiceInvalidError(PlanInvalidError):
    """An answer of the family's voice is not one of the five faces, or belongs to another
    meeting: nothing was saved (the meeting screen reports it like any blocking problem)."""


@dataclass(frozen=True)
class VersionSummary:
    number: int
    created_at: datetime
    created_by: str
    approved: bool
    hash: str
    written_by: str | None = None  # the team server account that wrote it (None: this laptop)


@dataclass(frozen=True)
class SavedVersion:
    version: VersionRecord
    changes: Changes
    warnings: tuple[Problem, ...]


def save_plan_version(
    db: Database,
    *,
    family_id: str,
    content: PlanContent,
    actor: str,
    meeting: Meeting | None = None,
    ratings: Sequence[Rating] = (),
    approved: bool | None = None,
    today: date | None = None,
    voice: Sequence[VoiceAnswer] = (),
) -> SavedVersion:
    """Append a new immutable version (with its meeting and ratings) in one transaction.

    ``approved`` defaults to the agreement's family approval. Errors block the save
    (PlanInvalidError); warnings come back with the result.
    """
    problems = validate_plan(content, today=today)
    for rating in ratings:
        problems.extend(validate_rating(rating, content))
    blocking = errors(problems)
    if blocking:
        raise PlanInvalidError(blocking)
    bad_voice = [a for a in voice
                 if meeting is None or a.meeting_id != meeting.id or not valid_value(a.value)]
    if bad_voice:
        raise VoiceInvalidError([Problem(
            "voice.invalid", "agreement", None,
            "An answer of the family's voice is outside the five faces or belongs to another "
            "meeting; nothing was saved.")])
    is_approved = content.agreement.family_approved if approved is None else approved
    body = canonical_json(content)
    c_hash = content_hash(body)
    created_at = datetime.now(UTC)
    try:
        with db.session() as s:
            family = repo.family_row(s, family_id, for_update=True)
            number = family.head_number + 1
            prev = family.head_hash
            v_hash = version_hash(
                family_id=family_id, number=number, created_at=created_at, created_by=actor,
                meeting_id=meeting.id if meeting else None, approved=is_approved,
                content_hash=c_hash, prev_hash=prev,
            )
            if meeting is not None:
                repo.add_meeting(s, family_id, meeting)
            for rating in ratings:
                repo.add_rating(s, family_id, rating)
            if meeting is not None:
                repo.add_voice(s, family_id, voice)
            row = PlanVersionRow(
                family_id=family_id, number=number, created_at=created_at.isoformat(),
                created_by=actor, meeting_id=meeting.id if meeting else None,
                approved=is_approved, content_json=body, content_hash=c_hash, prev_hash=prev,
                hash=v_hash,
            )
            s.add(row)
            family.head_number, family.head_hash = number, v_hash
            family.updated_at = created_at.isoformat()
            follow_saved_version(s, family_id=family_id, approved=is_approved,
                                 on=meeting.held_on if meeting else created_at.date(),
                                 actor=actor)
            repo.delete_draft(s, family_id)
            repo.audit(s, actor=actor, action="saved", family_id=family_id,
                       detail=f"version {number}")
            s.flush()
            version = repo.record_of(row)
    except IntegrityError as exc:
        if "plan_versions" in str(exc.orig):
            raise ConflictError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "Another save of this plan happened at the same time; nothing "
                    "was saved. Try again."))
            ) from exc
        raise ConflictError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The meeting conflicts with stored data (%1); nothing was "
                "saved."), exc.orig)
        ) from exc
    return SavedVersion(
        version=version,
        changes=Changes(family_id=family_id, plan=True, ratings=bool(ratings), draft=True,
                        families=True),
        warnings=tuple(problems),
    )


def current_version(db: Database, *, family_id: str) -> VersionRecord | None:
    with db.session() as s:
        repo.family_row(s, family_id)
        row = repo.latest_version_row(s, family_id)
        return repo.record_of(row) if row is not None else None


def get_version(db: Database, *, family_id: str, number: int) -> VersionRecord:
    with db.session() as s:
        return repo.record_of(repo.version_row(s, family_id, number))


def list_versions(db: Database, *, family_id: str) -> list[VersionSummary]:
    with db.session() as s:
        return [
            VersionSummary(r.number, datetime.fromisoformat(r.created_at), r.created_by,
                           bool(r.approved), r.hash, r.written_by)
            for r in repo.version_rows(s, family_id)
        ]


def ratings_for(db: Database, *, family_id: str) -> list[Rating]:
    with db.session() as s:
        return repo.ratings(s, family_id)


def meetings_for(db: Database, *, family_id: str) -> list[Meeting]:
    with db.session() as s:
        return repo.meetings(s, family_id)


def evaluations_for(db: Database, *, family_id: str) -> list[Evaluation]:
    with db.session() as s:
        return repo.evaluations(s, family_id)

