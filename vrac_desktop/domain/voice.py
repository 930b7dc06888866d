"""The family's voice after each meeting: three short questions on a five-face scale.

At the end of the agreement step the family (and the child, when present) say how the
meeting felt to them. The answers are stored with the meeting (one row per answer) and
shown in the family's trend; they are never part of the plan content, so giving or changing
an answer never changes a plan version's hash.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class VoiceQuestion(StrEnum):
    LISTENED = "listened"  # were we listened to?
    OUR_PLAN = "our_plan"  # is this our own plan?
    WHO_DOES_WHAT = "who_does_what"  # do we know who does what?


class Respondent(StrEnum):
    FAMILY = "family"
    CHILD = "child"


FACE_MIN = 1  # the saddest face
FACE_MAX = 5  # the happiest face
QUESTIONS: tuple[VoiceQuestion, ...] = tuple(VoiceQuestion)
RESPONDENTS: tuple[Respondent, ...] = tuple(Respondent)


@dataclass(frozen=True)
class VoiceAnswer:
    meeting_id: str
    respondent: Respondent
    question: VoiceQuestion
    value: int  # FACE_MIN..FACE_MAX


@dataclass(frozen=True)
class VoicePoint:
    """One meeting's answers, for the trend: the mean face per respondent (None: no answer)."""

    held_on: date
    meeting_id: str
    family: float | None
    child: float | None
    answers: tuple[VoiceAnswer, ...]


def valid_value(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and \
        FACE_MIN <= value <= FACE_MAX


def with_answer(answers: Sequence[VoiceAnswer], *, meeting_id: str, respondent: Respondent,
                question: VoiceQuestion, value: int | None) -> tuple[VoiceAnswer, ...]:
    """The answers with one set (or, with ``value=None``, removed). Out-of-scale values
    are refused with ValueError (the widget never offers them)."""
    if value is not None and not valid_value(value):
        raise ValueError(f"a face is {FACE_MIN}..{FACE_MAX}, not {value!r}")
    kept = tuple(a for a in answers
                 if not (a.meeting_id == meeting_id and a.respondent is respondent
                         and a.question is question))
    if value is None:
        return kept
    return (*kept, VoiceAnswer(meeting_id, respondent, question, value))


def answer(answers: Iterable[VoiceAnswer], respondent: Respondent,
           question: VoiceQuestion) -> int | None:
    return next((a.value for a in answers
                 if a.respondent is respondent and a.question is question), None)


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def voice_trend(meetings: Iterable[tuple[str, date]],
                answers: Iterable[VoiceAnswer]) -> list[VoicePoint]:
    """Per meeting (id, date), oldest first, the mean face of the family and of the child.
    Meetings without any answer are left out (no answer is not a sad face)."""
    by_meeting: dict[str, list[VoiceAnswer]] = {}
    for a in answers:
        by_meeting.setdefault(a.meeting_id, []).append(a)
    points = []
    for meeting_id, held_on in sorted(meetings, key=lambda m: m[1]):
        mine = by_meeting.get(meeting_id, [])
        if not mine:
            continue
        points.append(VoicePoint(
            held_on=held_on, meeting_id=meeting_id,
            family=_mean([a.value for a in mine if a.respondent is Respondent.FAMILY]),
            child=_mean([a.value for a in mine if a.respondent is Respondent.CHILD]),
            answers=tuple(sorted(mine, key=lambda a: (a.respondent, a.question))),
        ))
    return points
