"""Where a family stands in Wraparound (phases, with history) and how the plan ends
(the transition plan, recorded at the closing meeting, then the family is closed).

Automatic phase changes carry a reason *code* (``AUTO_*``) that the GUI translates; a
coach's own reason is kept as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from vrac_desktop.domain.codec import canonical_json, sha256_hex
from vrac_desktop.domain.cycle import (
    CycleInputError,
    current_phase,
    next_meeting_draft,
    successes_from,
    validate_phase_change,
    validate_transition,
)
from vrac_desktop.domain.draft import DraftKind, MeetingDraft
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import (
    FamilyStatus,
    Phase,
    PhaseChange,
    Success,
    TransitionPlan,
    new_id,
)
from vrac_desktop.services.changes import Changes
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import NotFoundError
from vrac_desktop.store.repository import StoredTransition

AUTO_FIRST_MEETING = "auto:first_meeting"
AUTO_FIRST_APPROVED = "auto:first_plan_approved"
AUTO_TRANSITION_PLAN = "auto:transition_plan"


class PhaseInputError(CycleInputError):
    """A phase change refused (out of order, no reason...); nothing was saved."""


class TransitionInputError(CycleInputError):
    """A transition plan that cannot be recorded; nothing was saved."""


@dataclass(frozen=True)
class PhaseState:
    current: Phase
    history: tuple[PhaseChange, ...]


def phase_state(db: Database, *, family_id: str) -> PhaseState:
    with db.session() as s:
        repo.family_row(s, family_id)
        history = repo.phase_history(s, family_id)
    return PhaseState(current_phase(history), tuple(history))


def _approved(s: Session, family_id: str) -> bool:
    return any(r.approved for r in repo.version_rows(s, family_id))


def change_phase(db: Database, *, family_id: str, to: Phase, on: date, reason: str,
                 actor: str, today: date | None = None) -> Changes:
    """Move the family to ``to`` (checked: in order, with a reason, dated sensibly)."""
    with db.session() as s:
        repo.family_row(s, family_id, for_update=True)
        history = repo.phase_history(s, family_id)
        problems = validate_phase_change(history, to=to, on=on, reason=reason,
                                         today=today or date.today(),
                                         plan_approved=_approved(s, family_id))
        if problems:
            raise PhaseInputError(problems)
        repo.add_phase_change(s, family_id, PhaseChange(new_id(), to, on, actor, reason.strip()))
        repo.audit(s, actor=actor, action="phase", family_id=family_id, detail=to.value)
    return Changes(family_id=family_id, families=True)


def follow_saved_version(s: Session, *, family_id: str, approved: bool, on: date,
                         actor: str) -> None:
    """After a plan version is saved (same transaction): a family in engagement moves to
    plan development at its first plan meeting, and to implementation once a plan is
    approved. Later phases are the coach's decision."""
    history = repo.phase_history(s, family_id)
    now = current_phase(history)
    last_on = history[-1].changed_on if history else on
    on = max(on, last_on)
    if now is Phase.ENGAGEMENT:
        repo.add_phase_change(s, family_id, PhaseChange(
            new_id(), Phase.PLAN_DEVELOPMENT, on, actor, AUTO_FIRST_MEETING))
        now = Phase.PLAN_DEVELOPMENT
    if now is Phase.PLAN_DEVELOPMENT and approved:
        repo.add_phase_change(s, family_id, PhaseChange(
            new_id(), Phase.IMPLEMENTATION, on, actor, AUTO_FIRST_APPROVED))


# --- the transition plan ----------------------------------------------------------------------


def start_transition(db: Database, *, family_id: str, today: date) -> MeetingDraft:
    """The closing meeting's draft: the current plan, the successes (goals an evaluation
    finalized) filled in to celebrate, the last meeting's facilitator and place."""
    with db.session() as s:
        latest = repo.current_version_row(
            s, family_id, no_plan=QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' has no plan yet; a transition plan follows a plan."))
        plan = repo.content_of(latest)
        meetings = repo.meetings(s, family_id)
        evaluations = repo.evaluations(s, family_id)
    successes = tuple(Success(new_id(), g.title) for g in successes_from(plan, evaluations))
    draft = next_meeting_draft(family_id, base_version=latest.number, plan=plan,
                               held_on=today, earlier=meetings)
    return replace(draft, kind=DraftKind.TRANSITION,
                   transition=TransitionPlan(id=new_id(), successes=successes))


def record_transition(db: Database, *, draft: MeetingDraft, actor: str, close: bool = True,
                      today: date | None = None) -> tuple[StoredTransition, Changes]:
    """Record the closing meeting and the transition plan (immutable), move the family to
    the transition phase if it is not there yet, and close it (the retention rules for
    closed families apply from here)."""
    plan = draft.transition
    if plan is None:
        raise ValueError("This draft is not a closing meeting.")
    day = today or date.today()
    problems = validate_transition(plan, closing_on=draft.meeting.held_on, today=day)
    body = canonical_json(plan)
    stored = StoredTransition(plan.id, draft.meeting.id, datetime.now(UTC), actor, body,
                              sha256_hex(body))
    with db.session() as s:
        row = repo.family_row(s, draft.family_id, for_update=True)
        history = repo.phase_history(s, draft.family_id)
        if current_phase(history) is not Phase.TRANSITION:
            problems += validate_phase_change(
                history, to=Phase.TRANSITION, on=draft.meeting.held_on, reason="closing meeting",
                today=day, plan_approved=_approved(s, draft.family_id))
        if problems:
            raise TransitionInputError(problems)
        if current_phase(history) is not Phase.TRANSITION:
            repo.add_phase_change(s, draft.family_id, PhaseChange(
                new_id(), Phase.TRANSITION, draft.meeting.held_on, actor, AUTO_TRANSITION_PLAN))
        repo.add_meeting(s, draft.family_id, draft.meeting)
        repo.add_transition_plan(s, draft.family_id, stored)
        if close:
            row.status = FamilyStatus.CLOSED.value
            row.updated_at = repo.now_iso()
        repo.delete_draft(s, draft.family_id)
        repo.audit(s, actor=actor, action="transition", family_id=draft.family_id,
                   detail="closed" if close else "")
    return stored, Changes(family_id=draft.family_id, families=True, draft=True)


def transition_plans(db: Database, *, family_id: str) -> list[StoredTransition]:
    with db.session() as s:
        repo.family_row(s, family_id)
        return repo.transition_plans(s, family_id)


def latest_transition(db: Database, *, family_id: str) -> StoredTransition:
    found = transition_plans(db, family_id=family_id)
    if not found:
        raise NotFoundError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "This family has no recorded transition plan yet; record the closing "
            "meeting first (Family → Transition plan).")))
    return found[-1]
