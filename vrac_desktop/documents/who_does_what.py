"""A one-page "who does what" for the family's fridge: per person, what they do and by when,
in the family's language, from the current plan version (professional-only actions left out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vrac_desktop.documents.common import Words, family_document, family_view
from vrac_desktop.documents.model import (
    Block,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Table,
    clean,
)
from vrac_desktop.domain.model import Action, Family, PlanContent


@dataclass(frozen=True)
class WhoDoesWhatSource:
    family: Family
    plan: PlanContent
    version_number: int
    version_hash: str
    as_of: date
    organisation: str = ""


def who_does_what_document(source: WhoDoesWhatSource) -> Document:
    """Open actions grouped by the person who carries them (family first, then the people
    around them, then the professionals), each with its due date and goal."""
    w = Words(source.family.language)
    translate = w.translate
    plan = family_view(source.plan, True)
    title = translate("WhoDoesWhat", "Who does what")
    blocks: list[Block] = [
        Heading(f"{title} – {clean(source.family.display_name)}", level=0),
        Paragraph(translate("WhoDoesWhat", "What we agreed, as of %1 (plan version %2).")
                  .replace("%1", w.date(source.as_of))
                  .replace("%2", str(source.version_number))),
    ]
    open_actions = [a for a in plan.actions if a.status.is_open]
    order = {m.id: (m.kind.value != "family", m.kind.value != "informal", i)
             for i, m in enumerate(plan.team)}
    people = sorted({a.responsible_id for a in open_actions},
                    key=lambda mid: order.get(mid or "", (True, True, 10**6)))
    for member_id in people:
        member = plan.member(member_id)
        who = clean(member.name) if member and clean(member.name) else \
            translate("WhoDoesWhat", "We still choose who")
        mine = sorted((a for a in open_actions if a.responsible_id == member_id),
                      key=lambda a: a.due_on or date.max)
        heading = who if member is None or not clean(member.role) \
            else f"{who} ({clean(member.role)})"
        blocks.append(Heading(heading, level=2))
        blocks.append(Table(
            (translate("WhoDoesWhat", "What"), translate("WhoDoesWhat", "By when"),
             translate("WhoDoesWhat", "For our goal")),
            tuple(_row(a, plan, w) for a in mine), (6, 3, 4)))
    if not people:
        blocks.append(Paragraph(translate("WhoDoesWhat", "No open actions."), missing=True))
    contacts = tuple((clean(m.name), clean(m.contact)) for m in plan.team
                     if clean(m.contact) and clean(m.name))
    if contacts:
        blocks.append(Heading(translate("WhoDoesWhat", "How to reach us"), level=2))
        blocks.append(KeyValues(contacts))
    if plan.next_meeting_on is not None:
        blocks.append(Paragraph(translate("WhoDoesWhat", "We meet again on %1.")
                                .replace("%1", w.date(plan.next_meeting_on))))
    return family_document(
        title, "who-does-what", family=source.family, version_number=source.version_number,
        version_hash=source.version_hash, family_copy=True, organisation=source.organisation,
        blocks=blocks,
        footer=f"{clean(source.family.display_name)} · {title} · {w.date(source.as_of)}")


def _row(action: Action, plan: PlanContent, w: Words) -> tuple[str, str, str]:
    goal = plan.goal(action.goal_id)
    return (w.text(action.description),
            w.date(action.due_on) if action.due_on else
            w.translate("WhoDoesWhat", "No date yet"),
            clean(goal.title) if goal else "")
