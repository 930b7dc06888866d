"""What changed between two plan versions, section by section, item by item.

Items are matched by their stable id, never by position or text, so a reworded goal shows as
"changed", not as "removed + added".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vrac_desktop.domain.codec import to_jsonable
from vrac_desktop.domain.model import PlanContent

# (section name, attribute on PlanContent, attribute used as the item's label)
LIST_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("team", "team", "name"),
    ("strengths", "strengths", "text"),
    ("needs", "needs", "text"),
    ("goals", "goals", "title"),
    ("actions", "actions", "description"),
    ("safety", "safety", "risk"),
)
SECTION_ORDER = (
    "team", "situation", "strengths", "needs", "vision", "goals", "actions", "safety",
    "agreement",
)


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: Any  # JSON-able
    new: Any


@dataclass(frozen=True)
class ItemRef:
    id: str
    label: str


@dataclass(frozen=True)
class ItemChange:
    id: str
    label: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class SectionDiff:
    section: str
    added: tuple[ItemRef, ...] = ()
    removed: tuple[ItemRef, ...] = ()
    changed: tuple[ItemChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass(frozen=True)
class PlanDiff:
    sections: tuple[SectionDiff, ...]

    @property
    def empty(self) -> bool:
        return all(s.empty for s in self.sections)

    def section(self, name: str) -> SectionDiff:
        return next((s for s in self.sections if s.section == name), SectionDiff(name))

    def count(self) -> int:
        return sum(len(s.added) + len(s.removed) + len(s.changed) for s in self.sections)


def _field_changes(old: Any, new: Any, skip: Sequence[str] = ("id",)) -> tuple[FieldChange, ...]:
    changes = []
    for f in dataclasses.fields(old):
        if f.name in skip:
            continue
        a, b = getattr(old, f.name), getattr(new, f.name)
        if a != b:
            changes.append(FieldChange(f.name, to_jsonable(a), to_jsonable(b)))
    return tuple(changes)


def _diff_items(section: str, old: Sequence[Any], new: Sequence[Any], label: str) -> SectionDiff:
    old_by_id = {item.id: item for item in old}
    new_by_id = {item.id: item for item in new}
    added = tuple(ItemRef(i.id, getattr(i, label)) for i in new if i.id not in old_by_id)
    removed = tuple(ItemRef(i.id, getattr(i, label)) for i in old if i.id not in new_by_id)
    changed = []
    for item in new:
        before = old_by_id.get(item.id)
        if before is not None and before != item:
            changed.append(ItemChange(item.id, getattr(item, label), _field_changes(before, item)))
    return SectionDiff(section, added, removed, tuple(changed))


def diff_plans(old: PlanContent | None, new: PlanContent) -> PlanDiff:
    """The structural difference from ``old`` to ``new`` (``old=None``: everything is new)."""
    base = old if old is not None else _empty_like(new)
    sections: dict[str, SectionDiff] = {}
    for section, attr, label in LIST_SECTIONS:
        sections[section] = _diff_items(section, getattr(base, attr), getattr(new, attr), label)

    situation_changes = []
    for name in ("family_story", "what_goes_well", "team_view"):
        a, b = getattr(base.situation, name), getattr(new.situation, name)
        if (a.text, a.visibility) != (b.text, b.visibility):
            situation_changes.append(ItemChange(b.id, name, _field_changes(a, b)))
    sections["situation"] = SectionDiff("situation", changed=tuple(situation_changes))

    vision_changes: tuple[ItemChange, ...] = ()
    if (base.vision.text, base.vision.visibility) != (new.vision.text, new.vision.visibility):
        fields = _field_changes(base.vision, new.vision)
        vision_changes = (ItemChange(new.vision.id, "vision", fields),)
    sections["vision"] = SectionDiff("vision", changed=vision_changes)

    agreement_fields = list(_field_changes(base.agreement, new.agreement, skip=("signoffs",)))
    if base.next_meeting_on != new.next_meeting_on:
        agreement_fields.append(FieldChange(
            "next_meeting_on", to_jsonable(base.next_meeting_on), to_jsonable(new.next_meeting_on)))
    old_signers = {s.member_id for s in base.agreement.signoffs}
    sections["agreement"] = SectionDiff(
        "agreement",
        added=tuple(ItemRef(s.member_id, s.typed_name) for s in new.agreement.signoffs
                    if s.member_id not in old_signers),
        # Sign-offs are given anew at every meeting: a member who signed last time and not
        # this time (absent, excused) has not been "removed" (issue 13, item 5).
        removed=(),
        changed=(ItemChange("agreement", "agreement", tuple(agreement_fields)),)
        if agreement_fields else (),
    )
    return PlanDiff(tuple(sections[name] for name in SECTION_ORDER))


def _empty_like(plan: PlanContent) -> PlanContent:
    """An empty plan whose single text items share ids with ``plan`` (so they diff as changed)."""
    blank = dataclasses.replace
    return PlanContent(
        vision=blank(plan.vision, text=""),
        situation=dataclasses.replace(
            plan.situation,
            family_story=blank(plan.situation.family_story, text=""),
            what_goes_well=blank(plan.situation.what_goes_well, text=""),
            team_view=blank(plan.situation.team_view, text=""),
        ),
    )
