"""The single plan as a document: cover, team, situation ... agreement with signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vrac_desktop.documents.common import (
    STAR_WIDTH,
    Progress,
    Words,
    approval,
    check_box,
    domain_star,
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
    Document,
    Heading,
    Image,
    KeyValues,
    Paragraph,
    SignatureBlock,
    Table,
    clean,
)
from vrac_desktop.domain.model import Family, PlanContent, Rating, Visibility


@dataclass(frozen=True)
class PlanSource:
    """A plan version and what surrounds it, as the export service hands it over."""

    family: Family
    plan: PlanContent
    version_number: int
    version_hash: str
    version_date: date
    ratings: tuple[Rating, ...]
    as_of: date
    family_copy: bool = False
    organisation: str = ""
    logo_png: bytes = b""


def plan_document(source: PlanSource, *, progress: Progress = no_progress) -> Document:
    w = Words(source.family.language)
    translate = w.translate
    plan = family_view(source.plan, source.family_copy)
    blocks: list[Block] = []
    blocks += _cover(source, plan, w)
    blocks += _team(plan, w)
    blocks += _situation(plan, w)
    blocks += _strengths(plan, w)
    blocks += _needs(plan, w)
    blocks.append(Heading(translate("PlanDocument", "Our vision")))
    blocks.append(text_paragraph(plan.vision.text, w))
    blocks += _goals(source, plan, w, progress)
    blocks += _actions(plan, w)
    blocks += _safety(plan, w)
    blocks += _agreement(plan, w)
    blocks.append(check_box(w, plan_hash=source.version_hash,
                            plan_version=source.version_number,
                            organisation=source.organisation))
    return family_document(
        translate("PlanDocument", "Family plan"), "plan", family=source.family,
        version_number=source.version_number, version_hash=source.version_hash,
        family_copy=source.family_copy, organisation=source.organisation, blocks=blocks,
        footer=version_footer(w, source.family.display_name, source.version_number,
                              source.version_hash),
        logo_png=source.logo_png)


def _cover(source: PlanSource, plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    ends = [g.review_on for g in plan.goals if g.review_on] + (
        [plan.next_meeting_on] if plan.next_meeting_on else [])
    # The plan runs until its next review; reviews already past say nothing about its end.
    ahead = [d for d in ends if d >= source.version_date]
    period = (f"{w.date(source.version_date)} – {w.date(max(ahead))}" if ahead
              else translate("PlanDocument", "from %1").replace("%1", w.date(source.version_date)))
    rows = [
        (translate("PlanDocument", "Family"), w.text(source.family.display_name)),
        (translate("PlanDocument", "Reference"), w.text(source.family.reference)),
        (translate("PlanDocument", "Period"), period),
        (translate("PlanDocument", "Plan version"), str(source.version_number)),
        (translate("PlanDocument", "Date"), w.date(source.as_of)),
        (translate("PlanDocument", "Copy"), w.copy_kind(source.family_copy)),
    ]
    if source.organisation:
        rows.insert(0, (translate("PlanDocument", "Organisation"), clean(source.organisation)))
    return [Heading(translate("PlanDocument", "Family plan"), level=0), KeyValues(tuple(rows))]


def _team(plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    rows = tuple(
        (w.text(m.name), w.choice(m.kind), clean(m.role), clean(m.organisation))
        for m in plan.team
    )
    return [
        Heading(translate("PlanDocument", "Team")),
        Table((translate("PlanDocument", "Name"), translate("PlanDocument", "Kind"),
               translate("PlanDocument", "Role"),
               translate("PlanDocument", "Organisation")), rows, (3, 2, 2, 3),
              empty_text=translate("PlanDocument", "No team members yet.")),
    ]


def _situation(plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    s = plan.situation
    blocks: list[Block] = [
        Heading(translate("PlanDocument", "Situation")),
        text_paragraph(s.family_story.text, w,
                        translate("PlanDocument", "In the family's words:")),
        text_paragraph(s.what_goes_well.text, w, translate("PlanDocument", "What goes well:")),
    ]
    label = translate("PlanDocument", "The team's view:")
    if s.team_view.visibility is Visibility.PROFESSIONAL:
        label = translate("PlanDocument", "The team's view (professional only):")
    if s.team_view.text or s.team_view.visibility is Visibility.SHARED:
        blocks.append(text_paragraph(s.team_view.text, w, label))
    return blocks


def _strengths(plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    rows = tuple((w.text(s.text), w.choice(s.category), w.choice(s.holder))
                 for s in plan.strengths)
    return [
        Heading(translate("PlanDocument", "Strengths")),
        Table((translate("PlanDocument", "Strength"), translate("PlanDocument", "Kind"),
               translate("PlanDocument", "Whose")), rows, (5, 2, 2),
              empty_text=translate("PlanDocument", "No strengths written down yet.")),
    ]


def _needs(plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    rows = tuple((w.text(n.text), w.choice(n.domain) if n.domain else "", w.choice(n.handling),
                  w.choice(n.priority)) for n in plan.needs)
    return [
        Heading(translate("PlanDocument", "Needs")),
        Table((translate("PlanDocument", "Need"), translate("PlanDocument", "Life domain"),
               translate("PlanDocument", "Who handles it"), translate("PlanDocument", "Priority")),
              rows, (5, 2, 3, 2),
              empty_text=translate("PlanDocument", "No needs written down yet.")),
    ]


def _goals(source: PlanSource, plan: PlanContent, w: Words, progress: Progress
           ) -> list[Block]:
    from vrac_desktop.domain.evaluation import latest_rating

    translate = w.translate
    blocks: list[Block] = [Heading(translate("PlanDocument", "Goals"))]
    if not plan.goals:
        blocks.append(Paragraph(translate("PlanDocument", "No goals set yet."), missing=True))
    else:
        star = (domain_star(plan, source.ratings, language=w.language)
                if source.ratings else b"")
        if star:
            blocks.append(Image(star, STAR_WIDTH,
                                alt=translate("PlanDocument", "Progress per life domain")))
    needs = {n.id: n for n in plan.needs}
    total = len(plan.goals)
    for i, goal in enumerate(plan.goals, start=1):
        progress(10 + 50 * i // max(total, 1), translate("PlanDocument", "Drawing the goal charts"))
        latest = latest_rating(goal.id, source.ratings, as_of=source.as_of)
        served = [clean(needs[n].text) for n in goal.need_ids if n in needs]
        rows = [
            (translate("PlanDocument", "How will we know"), w.text(goal.indicator)),
            (translate("PlanDocument", "Today (baseline)"), f"{goal.baseline} / 10"),
            (translate("PlanDocument", "Latest rating"),
             f"{latest.value} / 10 ({w.date(latest.rated_on)})" if latest
             else translate("PlanDocument", "Not rated yet")),
            (translate("PlanDocument", "Target"), f"{goal.target} / 10"),
            (translate("PlanDocument", "Review date"), w.date(goal.review_on)),
        ]
        if served:
            rows.append((translate("PlanDocument", "Serves the needs"), "; ".join(served)))
        blocks.append(Heading(f"{i}. {w.text(goal.title)}", level=2))
        blocks.append(KeyValues(tuple(rows)))
        # No ratings yet: the table says so; an empty chart would only fill a page.
        rated = any(r.goal_id == goal.id for r in source.ratings)
        chart = goal_chart(goal, source.ratings, language=w.language) if rated else b""
        if chart:
            blocks.append(Image(chart, 1.0, alt=translate("PlanDocument", "Progress chart")))
    return blocks


def _actions(plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    rows = []
    for a in plan.actions:
        member = plan.member(a.responsible_id)
        goal = plan.goal(a.goal_id)
        rows.append((
            w.text(a.description),
            clean(member.name) if member else translate("PlanDocument", "Nobody yet"),
            w.date(a.due_on) if a.due_on else translate("PlanDocument", "No date"),
            w.choice(a.status),
            clean(goal.title) if goal else "",
        ))
    return [
        Heading(translate("PlanDocument", "Who does what")),
        Table((translate("PlanDocument", "Action"), translate("PlanDocument", "Responsible"),
               translate("PlanDocument", "Due date"), translate("PlanDocument", "Status"),
               translate("PlanDocument", "For goal")), tuple(rows), (5, 3, 3, 3, 4),
              empty_text=translate("PlanDocument", "No actions agreed yet.")),
    ]


def _safety(plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    rows = tuple((w.text(s.risk), w.text(s.early_signs), w.text(s.response), w.text(s.contact))
                 for s in plan.safety)
    return [
        Heading(translate("PlanDocument", "Safety plan")),
        Table((translate("PlanDocument", "What could go wrong"),
               translate("PlanDocument", "Early signs"),
               translate("PlanDocument", "What we do"), translate("PlanDocument", "Whom to call")),
              rows, (3, 3, 3, 3),
              empty_text=translate("PlanDocument", "No safety plan written yet.")),
    ]


def _agreement(plan: PlanContent, w: Words) -> list[Block]:
    translate = w.translate
    return [
        Heading(translate("PlanDocument", "Agreement")),
        approval(plan.agreement, w,
                 approved=translate("PlanDocument", "The family approved this plan on %1 (%2)."),
                 not_approved=translate("PlanDocument",
                                        "The family has not approved this plan yet.")),
        KeyValues(((translate("PlanDocument", "Next meeting"), w.date(plan.next_meeting_on)),)),
        SignatureBlock(signoffs(plan.agreement, plan, w),
                       empty_text=translate("PlanDocument", "Nobody has signed this plan yet.")),
    ]
