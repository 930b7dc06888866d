"""The six-month evaluation as a document, for the PIT coach and the family."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date

from vrac_desktop.documents.common import (
    Progress,
    Words,
    approval,
    check_box,
    family_document,
    family_view,
    goal_chart,
    no_progress,
    signoffs,
    text_paragraph,
    version_footer,
)
from vrac_desktop.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Image,
    KeyValues,
    Paragraph,
    Signature,
    SignatureBlock,
    Table,
    clean,
)
from vrac_desktop.domain.cycle import RecordedBy
from vrac_desktop.domain.model import (
    ActionStatus,
    Decision,
    Evaluation,
    Family,
    MemberKind,
    PlanContent,
    Rating,
    Visibility,
)


@dataclass(frozen=True)
class EvaluationSource:
    family: Family
    plan: PlanContent  # the plan version current at the end of the period
    version_number: int
    version_hash: str
    ratings: tuple[Rating, ...]  # up to the end of the period
    evaluation: Evaluation
    family_copy: bool = False
    organisation: str = ""
    logo_png: bytes = b""
    recorded: RecordedBy | None = None  # this evaluation: number, by whom, when
    # Evaluations recorded at the same time on other laptops: named, never merged in.
    concurrent: tuple[RecordedBy, ...] = ()


def _recorded_text(w: Words, rec: RecordedBy) -> str:
    at = rec.created_at.astimezone(UTC) if rec.created_at.tzinfo else rec.created_at
    return (w.translate("PlanDocument", "Evaluation %1, by %2 on %3")
            .replace("%1", str(rec.number)).replace("%2", clean(rec.created_by) or "?")
            .replace("%3", f"{w.date(at.date())} {at:%H:%M} UTC"))


def draft_mark(w: Words) -> str:
    return w.translate("PlanDocument", "DRAFT — suggestions, not decided")


def _rating(w: Words, value: int | None) -> str:
    return str(value) if value is not None else w.translate("PlanDocument", "not rated")


def evaluation_document(source: EvaluationSource, *, progress: Progress = no_progress
                        ) -> Document:
    w = Words(source.family.language)
    translate = w.translate
    ev = source.evaluation
    plan = family_view(source.plan, source.family_copy)
    title = translate("PlanDocument", "Six-month evaluation")
    if not ev.decided:
        title = f"{title} — {draft_mark(w)}"
    rows = [
        (translate("PlanDocument", "Family"), w.text(source.family.display_name)),
        (translate("PlanDocument", "Reference"), w.text(source.family.reference)),
        (translate("PlanDocument", "Period"),
         f"{w.date(ev.period_start)} – {w.date(ev.period_end)}"),
        (translate("PlanDocument", "Plan version"), str(source.version_number)),
        (translate("PlanDocument", "Copy"), w.copy_kind(source.family_copy)),
    ]
    if source.organisation:
        rows.insert(0, (translate("PlanDocument", "Organisation"), clean(source.organisation)))
    blocks: list[Block] = [Heading(title, level=0)]
    if not ev.decided:
        blocks.append(Paragraph(translate(
            "PlanDocument", "This is a draft computed from the ratings: the verdicts and "
            "decisions below are suggestions that nobody has taken yet."), label=draft_mark(w)))
    if source.concurrent and source.recorded is not None:
        rows.append((translate("PlanDocument", "Recorded"), _recorded_text(w, source.recorded)))
    blocks.append(KeyValues(tuple(rows)))
    if source.concurrent:
        others = "; ".join(_recorded_text(w, o) for o in source.concurrent)
        blocks.append(Paragraph(translate(
            "PlanDocument", "Recorded at the same time on another laptop: %1. That is a "
            "separate evaluation with its own decisions, not part of this document; both are "
            "kept.").replace("%1", others), label=translate("PlanDocument", "Note:")))

    blocks.append(Heading(translate("PlanDocument", "Goals")))
    shown = {g.id: g for g in plan.goals}
    hidden = {g.id for g in source.plan.goals} - set(shown)
    goal_rows = [g for g in ev.goals if g.goal_id not in hidden]
    if not goal_rows:
        blocks.append(Paragraph(translate("PlanDocument", "No goals were evaluated."),
                                missing=True))
    summary = []
    celebrated = []
    for i, ge in enumerate(goal_rows, start=1):
        progress(10 + 50 * i // max(len(goal_rows), 1),
                 translate("PlanDocument", "Drawing the goal charts"))
        goal = shown.get(ge.goal_id)
        name = (w.text(goal.title) if goal
                else translate("PlanDocument", "A goal no longer in the plan"))
        latest = _rating(w, ge.latest)
        path = f"{ge.baseline} → {latest} → {ge.target}"
        summary.append((f"{i}. {name}", str(ge.baseline), _rating(w, ge.latest_family),
                        _rating(w, ge.latest_child), _rating(w, ge.latest_team),
                        str(ge.target), w.choice(ge.verdict), w.choice(ge.decision)))
        blocks.append(Heading(f"{i}. {name}", level=2))
        if ev.decided and ge.decision is Decision.FINALIZE:
            celebrated.append(name)
            blocks.append(Paragraph(translate(
                "PlanDocument", "Goal reached and closed: a success to celebrate together."),
                label="★"))
        kv = [
            (translate("PlanDocument", "Baseline → latest → target"), path),
            (translate("PlanDocument", "Baseline"), str(ge.baseline)),
            (translate("PlanDocument", "Latest rating by the family"),
             _rating(w, ge.latest_family)),
            (translate("PlanDocument", "Latest rating by the child"), _rating(w, ge.latest_child)),
            (translate("PlanDocument", "Latest rating by the team"), _rating(w, ge.latest_team)),
            (translate("PlanDocument", "Target"), str(ge.target)),
            (translate("PlanDocument", "What helped (the family's words)"),
             w.text(ge.family_helped)),
            (translate("PlanDocument", "What did not help (the family's words)"),
             w.text(ge.family_not_helped)),
        ]
        if not (source.family_copy and ge.team_visibility is Visibility.PROFESSIONAL):
            kv += [
                (translate("PlanDocument", "What helped (the team's view)"),
                 w.text(ge.team_helped)),
                (translate("PlanDocument", "What did not help (the team's view)"),
                 w.text(ge.team_not_helped)),
            ]
        kv += [
            (translate("PlanDocument", "Verdict"), w.choice(ge.verdict)),
            (translate("PlanDocument", "Decision"), w.choice(ge.decision)),
            (translate("PlanDocument", "Reason for the decision"), w.text(ge.decision_reason)),
        ]
        if ge.comment:
            kv.append((translate("PlanDocument", "Comment"), w.text(ge.comment)))
        blocks.append(KeyValues(tuple(kv)))
        # No ratings for it: the table says so; an empty chart would only fill a page.
        if goal is not None and any(r.goal_id == goal.id for r in source.ratings):
            chart = goal_chart(goal, source.ratings, language=w.language,
                               marker_date=ev.period_end)
            if chart:
                blocks.append(Image(chart, 1.0, alt=translate("PlanDocument", "Progress chart")))

    blocks.append(Heading(translate("PlanDocument", "Summary")))
    blocks.append(Table(
        (translate("PlanDocument", "Goal"), translate("PlanDocument", "Baseline"),
         translate("PlanDocument", "Family"), translate("PlanDocument", "Child"),
         translate("PlanDocument", "Team"), translate("PlanDocument", "Target"),
         translate("PlanDocument", "Verdict"), translate("PlanDocument", "Decision")),
        tuple(summary), (4, 3, 2, 2, 2, 2, 3, 3),
        empty_text=translate("PlanDocument", "No goals were evaluated."),
    ))
    if celebrated:
        blocks.append(Heading(translate("PlanDocument", "Successes to celebrate")))
        blocks.append(BulletList(tuple(celebrated)))
    blocks += _actions_recap(plan, w)
    blocks.append(Heading(translate("PlanDocument", "Reflections")))
    blocks.append(text_paragraph(ev.family_reflection, w,
                                  translate("PlanDocument", "The family's reflection:")))
    blocks.append(text_paragraph(ev.team_reflection, w,
                                  translate("PlanDocument", "The team's reflection:")))
    blocks.append(Heading(translate("PlanDocument", "Overall decision")))
    overall = w.choice(ev.overall_decision)
    blocks.append(Paragraph(overall if ev.decided else f"{overall} ({draft_mark(w)})"))
    blocks.append(text_paragraph(ev.overall_reason, w,
                                  translate("PlanDocument", "Why:")))
    blocks.append(text_paragraph(ev.next_steps, w, translate("PlanDocument", "Next steps:")))
    blocks += _agreement_blocks(ev, plan, w)
    blocks.append(check_box(w, plan_hash=source.version_hash,
                            plan_version=source.version_number,
                            organisation=source.organisation))
    footer = version_footer(w, source.family.display_name, source.version_number,
                            source.version_hash)
    if not ev.decided:
        footer = f"{draft_mark(w)} · {footer}"
    return family_document(
        title, "evaluation", family=source.family, version_number=source.version_number,
        version_hash=source.version_hash, family_copy=source.family_copy,
        organisation=source.organisation, blocks=blocks, footer=footer,
        logo_png=source.logo_png)


def _agreement_blocks(ev: Evaluation, plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    a = ev.agreement
    blocks: list[Block] = [Heading(translate("PlanDocument", "Agreement"))]
    if not ev.decided:
        blocks.append(Paragraph(translate("PlanDocument", "Not agreed: this is a draft."),
                                missing=True))
        blocks.append(SignatureBlock(_evaluation_signatures(plan, w, ev.period_end)))
        return blocks
    blocks.append(approval(
        a, w, approved=translate("PlanDocument",
                                 "The family approved this evaluation on %1 (%2)."),
        not_approved=translate("PlanDocument", "The family has not approved this evaluation.")))
    blocks.append(SignatureBlock(signoffs(a, plan, w)
                                 or _evaluation_signatures(plan, w, ev.period_end),
                                 empty_text=translate("PlanDocument", "Nobody has signed yet.")))
    return blocks


def _actions_recap(plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    counts = Counter(a.status for a in plan.actions)
    recap = translate("PlanDocument",
                      "%1 actions: %2 done, %3 in progress, %4 planned, %5 stopped.")
    for n, value in enumerate((len(plan.actions), counts[ActionStatus.DONE],
                               counts[ActionStatus.IN_PROGRESS], counts[ActionStatus.PLANNED],
                               counts[ActionStatus.STOPPED]), start=1):
        recap = recap.replace(f"%{n}", str(value))
    rows = []
    for a in plan.actions:
        member = plan.member(a.responsible_id)
        rows.append((w.text(a.description),
                     clean(member.name) if member else translate("PlanDocument", "Nobody yet"),
                     w.choice(a.status), clean(a.stop_reason)))
    return [
        Heading(translate("PlanDocument", "Actions")),
        Paragraph(recap),
        Table((translate("PlanDocument", "Action"), translate("PlanDocument", "Responsible"),
               translate("PlanDocument", "Status"), translate("PlanDocument", "Why stopped")),
              tuple(rows), (5, 3, 2, 3),
              empty_text=translate("PlanDocument", "No actions agreed yet.")),
    ]


def _evaluation_signatures(plan: PlanContent, w: Words, day: date) -> tuple[Signature, ...]:
    """Lines to sign for the parents and for the team members who signed the plan."""
    people = [m for m in plan.team if m.kind is MemberKind.FAMILY and m.role != "child"]
    for s in plan.agreement.signoffs:
        member = plan.member(s.member_id)
        if member is not None and member not in people:
            people.append(member)
    return tuple(
        Signature(name=w.text(m.name), role=clean(m.role) or w.choice(m.kind), date=w.date(day))
        for m in people
    )
