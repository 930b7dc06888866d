"""Hold a meeting: start it from the current plan, autosave the draft, finish it as a version."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select

from vrac_desktop.domain.codec import DecodeError, from_jsonable
from vrac_desktop.domain.cycle import finalized_goal_ids, next_meeting_draft
from vrac_desktop.domain.draft import MeetingDraft
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import Agreement, PlanContent
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.plans import SavedVersion, save_plan_version
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.models import DraftRow, FamilyRow


def start_meeting(db: Database, *, family_id: str, today: date,
                  adjust_goal_ids: tuple[str, ...] = ()) -> MeetingDraft:
    """A new meeting: a follow-up starts from the current plan, the first from an empty one.

    The agreement starts empty (approval and sign-offs are given anew at each meeting);
    everyone in the team is marked present until the coach says otherwise; the facilitator
    and the place are the last meeting's. ``adjust_goal_ids``: goals an evaluation decided to
    adjust, marked in this meeting.
    """
    with db.session() as s:
        repo.family_row(s, family_id)
        latest = repo.latest_version_row(s, family_id)
        plan = repo.content_of(latest) if latest is not None else PlanContent()
        base = latest.number if latest is not None else 0
        earlier = repo.meetings(s, family_id)
        reached = finalized_goal_ids(repo.evaluations(s, family_id))
    plan = replace(plan, agreement=Agreement(), next_meeting_on=None)
    draft = next_meeting_draft(family_id, base_version=base, plan=plan, held_on=today,
                               earlier=earlier)
    return replace(draft, adjust_goal_ids=tuple(g for g in adjust_goal_ids if plan.goal(g)),
                   reached_goal_ids=tuple(g.id for g in plan.goals if g.id in reached))


def save_draft(db: Database, *, draft: MeetingDraft) -> Changes:
    """Autosave: one small transaction, overwriting the family's previous draft."""
    with db.session() as s:
        repo.save_draft(s, draft.family_id, draft)
    return Changes(family_id=draft.family_id, draft=True)


def load_draft(db: Database, *, family_id: str) -> tuple[MeetingDraft, datetime] | None:
    """The family's autosaved draft and when it was saved, or None.

    A draft that no longer decodes (written by another app version) is not thrown away
    silently: the error says so and the row stays for a newer app to read.
    """
    with db.session() as s:
        row = s.get(DraftRow, family_id)
        if row is None:
            return None
        payload, saved_at = row.draft_json, datetime.fromisoformat(row.updated_at)
    try:
        return from_jsonable(MeetingDraft, json.loads(payload)), saved_at
    except (DecodeError, ValueError) as exc:
        raise DecodeError("draft", message(QT_TRANSLATE_NOOP(
            "CoreMessages", "the saved meeting draft cannot be read: %1"), exc)) from exc


def discard_draft(db: Database, *, family_id: str, actor: str) -> Changes:
    with db.session() as s:
        repo.delete_draft(s, family_id)
        repo.audit(s, actor=actor, action="discarded_draft", family_id=family_id)
    return Changes(family_id=family_id, draft=True)


class MeetingDateError(ValueError):
    """The meeting's date is in the future; nothing was saved."""


def finish_meeting(db: Database, *, draft: MeetingDraft, actor: str,
                   today: date | None = None) -> SavedVersion:
    """Save the meeting as a new immutable plan version, with its ratings, and drop the draft.

    The meeting's date may be earlier than today (a meeting held on paper, typed in later)
    but never later."""
    if draft.meeting.held_on > (today or date.today()):
        raise MeetingDateError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The meeting date %1 is in the future; nothing was saved."),
            draft.meeting.held_on))
    ratings = tuple(replace(r, rated_on=draft.meeting.held_on) for r in draft.ratings)
    draft = replace(draft, ratings=ratings)
    return save_plan_version(
        db, family_id=draft.family_id, content=draft.plan, actor=actor, meeting=draft.meeting,
        ratings=draft.ratings, today=today, voice=draft.voice,
    )


@dataclass(frozen=True)
class DraftSummary:
    family_id: str
    display_name: str
    saved_at: datetime


def list_drafts(db: Database) -> list[DraftSummary]:
    """Meetings in progress that were never saved as a version (e.g. after a crash)."""
    with db.session() as s:
        rows = s.execute(
            select(DraftRow.family_id, FamilyRow.display_name, DraftRow.updated_at)
            .join(FamilyRow, FamilyRow.id == DraftRow.family_id)
            .order_by(DraftRow.updated_at.desc())
        ).all()
    return [DraftSummary(fid, name, datetime.fromisoformat(at)) for fid, name, at in rows]
