"""Fidelity for one family (the Fidelity tab) and across all families (the organisation
summary, its anonymous CSV). The indicators themselves are in domain/fidelity.py.

The summary reads every family's rows in a handful of bulk queries (not one per family) and
hands the domain only what it needs: no name, no reference and no free text leaves the
database for it except inside the plan content, which is decoded, counted and dropped.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from vrac_desktop.domain.codec import from_jsonable
from vrac_desktop.domain.fidelity import (
    DEFINITIONS,
    FidelityInput,
    FidelityReport,
    MeetingFacts,
    VersionFacts,
    compute,
    timeline,
)
from vrac_desktop.domain.fidelity_hints import NextStep, next_steps
from vrac_desktop.domain.fidelity_summary import FamilyFacts, OrganisationSummary, summarise
from vrac_desktop.domain.model import (
    Attendance,
    Evaluation,
    FamilyStatus,
    Meeting,
    PlanContent,
    Rater,
    Rating,
    TeamMember,
)
from vrac_desktop.domain.voice import (
    Respondent,
    VoiceAnswer,
    VoicePoint,
    VoiceQuestion,
    voice_trend,
)
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.files import write_export
from vrac_desktop.store.models import (
    EvaluationRow,
    FamilyRow,
    MeetingRow,
    MeetingVoiceRow,
    PlanVersionRow,
    RatingRow,
)

_S = TypeVar("_S", bound=Select)


@dataclass
class _Bundle:
    """One family's rows, decoded just enough for the indicators."""

    status: str
    team: str
    coach: str = ""
    plan: PlanContent | None = None
    # (saved on, meeting id, the team then, the content: None when only the team was read)
    versions: list[tuple[date, str | None, tuple[TeamMember, ...], PlanContent | None]] = \
        field(default_factory=list)
    started: tuple[date, str | None] | None = None  # first approved version: saved, meeting
    meetings: list[Meeting] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    voice: list[VoiceAnswer] = field(default_factory=list)


def _load(session: Session, family_ids: Sequence[str] | None, *,
          team: str | None = None, all_versions: bool = True) -> dict[str, _Bundle]:
    """Every family's rows in one query per table. ``all_versions=False`` decodes only the
    versions saved with a meeting, plus the latest (the summary needs no more)."""
    fams = select(FamilyRow.id, FamilyRow.status, FamilyRow.team)
    if family_ids is not None:
        fams = fams.where(FamilyRow.id.in_(list(family_ids)))
    if team is not None:
        fams = fams.where(FamilyRow.team == team)
    bundles = {fid: _Bundle(status, team_) for fid, status, team_ in session.execute(fams)}
    if not bundles:
        return bundles
    scope = list(bundles) if family_ids is not None or team is not None else None

    def where(stmt: _S, column: Any) -> _S:
        return stmt if scope is None else stmt.where(column.in_(scope))

    latest = where(select(PlanVersionRow.family_id, func.max(PlanVersionRow.number))
                   .group_by(PlanVersionRow.family_id), PlanVersionRow.family_id)
    head = {fid: n for fid, n in session.execute(latest)}
    # The plan started at the meeting of its first approved version: only that version's
    # date and meeting are needed, not its content.
    first = where(select(PlanVersionRow.family_id, func.min(PlanVersionRow.number))
                  .where(PlanVersionRow.approved.is_(True))
                  .group_by(PlanVersionRow.family_id), PlanVersionRow.family_id).subquery()
    for fid, created_at, meeting_id in session.execute(
            select(PlanVersionRow.family_id, PlanVersionRow.created_at,
                   PlanVersionRow.meeting_id)
            .join(first, (first.c.family_id == PlanVersionRow.family_id)
                  & (first.c[1] == PlanVersionRow.number))):
        bundles[fid].started = (datetime.fromisoformat(created_at).date(), meeting_id)
    versions = where(select(PlanVersionRow.family_id, PlanVersionRow.number,
                            PlanVersionRow.created_at, PlanVersionRow.created_by,
                            PlanVersionRow.meeting_id, PlanVersionRow.content_json),
                     PlanVersionRow.family_id)
    if not all_versions:
        # The summary needs the team at each meeting and the current plan, nothing older.
        last = where(select(PlanVersionRow.family_id, func.max(PlanVersionRow.number)
                            .label("number")).group_by(PlanVersionRow.family_id),
                     PlanVersionRow.family_id).subquery()
        versions = versions.join(last, last.c.family_id == PlanVersionRow.family_id).where(
            PlanVersionRow.meeting_id.is_not(None) | (PlanVersionRow.number == last.c.number))
    for fid, number, created_at, created_by, meeting_id, body in session.execute(
            versions.order_by(PlanVersionRow.family_id, PlanVersionRow.number)):
        b = bundles[fid]
        saved_on = datetime.fromisoformat(created_at).date()
        data = json.loads(body)
        if all_versions or number == head.get(fid):
            content = from_jsonable(PlanContent, data)
            b.versions.append((saved_on, meeting_id, content.team, content))
            if number == head.get(fid):
                b.plan, b.coach = content, created_by
        else:
            # An older version saved with a meeting: only its team is needed (attendance).
            team_then = from_jsonable(tuple[TeamMember, ...], data.get("team", []))
            b.versions.append((saved_on, meeting_id, team_then, None))
    for fid, mid, held_on, attendance in session.execute(where(
            select(MeetingRow.family_id, MeetingRow.id, MeetingRow.held_on,
                   MeetingRow.attendance_json), MeetingRow.family_id)):
        bundles[fid].meetings.append(Meeting(
            id=mid, held_on=held_on,
            attendance=from_jsonable(tuple[Attendance, ...], json.loads(attendance))))
    for fid, rid, gid, rmid, rated_on, value, rater in session.execute(where(
            select(RatingRow.family_id, RatingRow.id, RatingRow.goal_id, RatingRow.meeting_id,
                   RatingRow.rated_on, RatingRow.value, RatingRow.rater),
            RatingRow.family_id)):
        bundles[fid].ratings.append(Rating(rid, gid, rated_on, value, Rater(rater), rmid))
    for fid, body in session.execute(where(
            select(EvaluationRow.family_id, EvaluationRow.content_json),
            EvaluationRow.family_id)):
        bundles[fid].evaluations.append(from_jsonable(Evaluation, json.loads(body)))
    for fid, mid, respondent, question, value in session.execute(where(
            select(MeetingVoiceRow.family_id, MeetingVoiceRow.meeting_id,
                   MeetingVoiceRow.respondent, MeetingVoiceRow.question, MeetingVoiceRow.value),
            MeetingVoiceRow.family_id)):
        bundles[fid].voice.append(
            VoiceAnswer(mid, Respondent(respondent), VoiceQuestion(question), value))
    return bundles


def _input(b: _Bundle, as_of: date) -> tuple[FidelityInput, list[VersionFacts]]:
    held = {m.id: m.held_on for m in b.meetings}
    team_at: dict[str, tuple[TeamMember, ...]] = {}
    facts_versions = []
    for saved_on, meeting_id, team, content in b.versions:
        when = held.get(meeting_id or "", saved_on)
        if meeting_id:
            team_at[meeting_id] = team
        if content is not None:
            facts_versions.append(VersionFacts(when, content))
    started = held.get(b.started[1] or "", b.started[0]) if b.started else None
    current_team = b.plan.team if b.plan is not None else ()
    meetings = [MeetingFacts(m, team_at.get(m.id, current_team))
                for m in sorted(b.meetings, key=lambda m: m.held_on)]
    data = FidelityInput(
        plan=b.plan, meetings=meetings, ratings=b.ratings, evaluations=b.evaluations,
        voice=b.voice, plan_started_on=started, as_of=as_of,
        closed=b.status == FamilyStatus.CLOSED.value,
    )
    return data, facts_versions


@dataclass(frozen=True)
class FamilyFidelity:
    report: FidelityReport  # today's values
    timeline: tuple[FidelityReport, ...]  # at each saved version, oldest first
    next_steps: tuple[NextStep, ...]
    voice: tuple[VoicePoint, ...]  # the family's voice per meeting, oldest first
    closed: bool


def family_fidelity(db: Database, *, family_id: str, today: date) -> FamilyFidelity:
    with db.session() as s:
        repo.family_row(s, family_id)
        bundle = _load(s, [family_id])[family_id]
    data, versions = _input(bundle, today)
    report = compute(data)
    return FamilyFidelity(
        report=report, timeline=tuple(timeline(versions, data)),
        next_steps=tuple(next_steps(data, report)),
        voice=tuple(voice_trend([(m.id, m.held_on) for m in bundle.meetings], bundle.voice)),
        closed=data.closed,
    )


def report_for_period(db: Database, *, family_id: str, start: date,
                      end: date) -> FidelityReport:
    """The family's indicators over an evaluation period: the plan as it stood at ``end``
    and only the meetings, ratings and answers from ``start`` to ``end``."""
    with db.session() as s:
        repo.family_row(s, family_id)
        b = _load(s, [family_id])[family_id]
    b.versions = [v for v in b.versions if v[0] <= end]
    b.plan = b.versions[-1][3] if b.versions else None
    b.meetings = [m for m in b.meetings if start <= m.held_on <= end]
    kept = {m.id for m in b.meetings}
    b.ratings = [r for r in b.ratings if start <= r.rated_on <= end]
    b.voice = [a for a in b.voice if a.meeting_id in kept]
    data, _versions = _input(b, end)
    return compute(data)


def organisation_summary(db: Database, *, today: date,
                         team: str | None = None) -> OrganisationSummary:
    """Every family's current indicators as distributions (everyone, per team, per coach),
    suppressed and anonymous (domain/fidelity_summary.py ``summarise``)."""
    with db.session() as s:
        bundles = _load(s, None, team=team, all_versions=False)
    facts = []
    for b in bundles.values():
        data, _versions = _input(b, today)
        facts.append(FamilyFacts(team=b.team, coach=b.coach, closed=data.closed,
                                 report=compute(data)))
    return summarise(facts, as_of=today)


# --- the anonymous CSV ----------------------------------------------------------------------------

CSV_HEADER = (
    "group_kind", "group", "families", "active_families", "plans_without_informal_support",
    "element", "indicator_code", "indicator", "direction", "threshold",
    "families_with_data", "families_on_the_good_side", "median", "lower_quartile",
    "upper_quartile", "note",
)
WITHHELD = "<5"  # a count of 1..4 families, or one that would give such a count away


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}"


def _count(value: int | None) -> str:
    return WITHHELD if value is None else str(value)


def summary_rows(summary: OrganisationSummary,
                 indicator_names: Callable[[str], str] = str) -> list[tuple[str, ...]]:
    """The CSV's rows: one per group and indicator; a withheld group is one row that says so.
    ``indicator_names`` gives the readable name of a code (translated by the caller)."""
    rows: list[tuple[str, ...]] = [CSV_HEADER]
    for g in summary.groups:
        label = g.label if g.kind != "coach" else f"coach {g.label}"
        if g.suppressed:
            rows.append((g.kind, label, WITHHELD, "", "", "", "", "", "", "", "", "", "", "",
                         "", "fewer than 5 families: not shown"))
            continue
        for d in g.distributions:
            definition = DEFINITIONS[d.code]
            note = "counts of 1 to 4 families withheld" if d.suppressed else ""
            rows.append((
                g.kind, label, str(g.families), _count(g.active),
                _count(g.no_informal_support), definition.element.value, d.code,
                indicator_names(d.code), definition.direction.value,
                _num(definition.threshold),
                "" if d.families is None and not d.suppressed else _count(d.families),
                "" if d.median is None else _count(d.meets),
                _num(d.median), _num(d.low_quartile), _num(d.high_quartile), note,
            ))
    return rows


def write_summary_csv(summary: OrganisationSummary, path: Path,
                      indicator_names: Callable[[str], str] = str) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(summary_rows(summary, indicator_names))
    write_export(None, Path(path), buffer.getvalue().encode("utf-8"))
    return Path(path)

