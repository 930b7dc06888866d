"""The meeting being held: what the coach has typed so far, before it becomes a version.

A draft is autosaved every few seconds and restored after a crash; it holds everything a
saved version will: the meeting record, the plan as edited, and the ratings given today.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from vrac_desktop.domain.model import (
    Evaluation,
    Meeting,
    PlanContent,
    Rater,
    Rating,
    TransitionPlan,
    new_id,
)
from vrac_desktop.domain.voice import VoiceAnswer

DRAFT_FORMAT = 1


class DraftKind(StrEnum):
    PLAN = "plan"  # a plan meeting: first or follow-up, saved as a plan version
    EVALUATION = "evaluation"  # the six-month evaluation meeting, saved as an evaluation
    TRANSITION = "transition"  # the closing meeting, saved as the transition plan


@dataclass(frozen=True)
class MeetingDraft:
    family_id: str
    base_version: int  # 0: first meeting (no plan yet)
    meeting: Meeting
    plan: PlanContent
    ratings: tuple[Rating, ...] = ()
    step: str = ""  # the step the coach was on, to reopen there
    format: int = DRAFT_FORMAT
    kind: DraftKind = DraftKind.PLAN
    evaluation: Evaluation | None = None  # set for DraftKind.EVALUATION
    transition: TransitionPlan | None = None  # set for DraftKind.TRANSITION
    # Goals an evaluation decided to adjust: this follow-up marks them.
    adjust_goal_ids: tuple[str, ...] = ()
    # Goals an evaluation finalized (reached): closed, not rated again, celebrated.
    reached_goal_ids: tuple[str, ...] = ()
    # Meeting time already spent before the draft was resumed (the timer's total goes on).
    elapsed_seconds: int = 0
    # The family's voice after the meeting (domain/voice.py); saved with the meeting.
    voice: tuple[VoiceAnswer, ...] = ()

    @property
    def follow_up(self) -> bool:
        return self.base_version > 0 and self.kind is DraftKind.PLAN

    def rating(self, goal_id: str, rater: Rater) -> Rating | None:
        return next((r for r in self.ratings if r.goal_id == goal_id and r.rater is rater), None)

    def with_rating(self, goal_id: str, rater: Rater, value: int | None,
                    comment: str | None = None) -> MeetingDraft:
        """Set (or with ``value=None`` remove) today's rating of a goal by one rater."""
        existing = self.rating(goal_id, rater)
        others = tuple(r for r in self.ratings if r is not existing)
        if value is None:
            return replace(self, ratings=others)
        if existing is None:
            rating = Rating(new_id(), goal_id, self.meeting.held_on, value, rater,
                            self.meeting.id, comment or "")
        else:
            rating = replace(existing, value=value,
                             comment=existing.comment if comment is None else comment)
        return replace(self, ratings=(*others, rating))


def new_draft(family_id: str, *, base_version: int, plan: PlanContent,
              held_on: date) -> MeetingDraft:
    return MeetingDraft(
        family_id=family_id, base_version=base_version,
        meeting=Meeting(id=new_id(), held_on=held_on), plan=plan,
    )
