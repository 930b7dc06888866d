"""Two heads of one plan, side by side, and the merge version that reconciles them.

When two laptops saved a version of the same plan offline, sync keeps both (services/sync.py):
the family has two heads. The coach sees them side by side with the differences
(``heads_to_reconcile``), chooses per section which one to keep (``pick_sections``) or edits,
and saves the result with ``reconcile``: a *merge version* on top of the main chain's head
that records the other head's hash too. After the next sync every side has the same, verified
history and one head again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from vrac_desktop.domain.codec import canonical_json, from_jsonable
from vrac_desktop.domain.diff import SECTION_ORDER, PlanDiff, diff_plans
from vrac_desktop.domain.history import VersionRecord, content_hash, heads, version_hash
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import PlanContent
from vrac_desktop.domain.validation import errors, validate_plan
from vrac_desktop.services.changes import Changes
from vrac_desktop.services.plans import PlanInvalidError, SavedVersion
from vrac_desktop.store import repository as repo
from vrac_desktop.store import server as rows
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import ConflictError, NotFoundError
from vrac_desktop.store.models import PlanVersionRow

# Which PlanContent fields each section of the diff (domain/diff.py) stands for.
SECTION_FIELDS: dict[str, tuple[str, ...]] = {
    "team": ("team",), "situation": ("situation",), "strengths": ("strengths",),
    "needs": ("needs",), "vision": ("vision",), "goals": ("goals",), "actions": ("actions",),
    "safety": ("safety",), "agreement": ("agreement", "next_meeting_on"),
}
assert tuple(SECTION_FIELDS) == SECTION_ORDER


@dataclass(frozen=True)
class Head:
    hash: str
    number: int
    created_at: datetime
    created_by: str
    approved: bool
    content: PlanContent
    main: bool  # the head of the main chain (the one a merge version goes on top of)


@dataclass(frozen=True)
class HeadsToReconcile:
    family_id: str
    ours: Head  # the main chain's head
    theirs: Head  # the other head
    diff: PlanDiff  # from ours to theirs


def _head(rec: VersionRecord, *, main: bool) -> Head:
    content = from_jsonable(PlanContent, json.loads(rec.content_json))
    return Head(rec.hash, rec.number, rec.created_at, rec.created_by, rec.approved, content,
                main)


def _records(db: Database, family_id: str) -> tuple[list[VersionRecord], list[VersionRecord]]:
    with db.session() as s:
        repo.family_row(s, family_id)
        main = [repo.record_of(r) for r in repo.version_rows(s, family_id)]
        return main, rows.fork_records(s, family_id)


def list_heads(db: Database, *, family_id: str) -> list[Head]:
    """The family's heads: the main chain's first, then each fork head. One: nothing to do."""
    main, forks = _records(db, family_id)
    return [_head(h, main=(i == 0 and bool(main))) for i, h in enumerate(heads(main, forks))]


def heads_to_reconcile(db: Database, *, family_id: str, other: str | None = None
                       ) -> HeadsToReconcile:
    """The main head and another head (``other``: its hash; by default the only other one)
    with what differs between them."""
    all_heads = list_heads(db, family_id=family_id)
    ours = all_heads[0] if all_heads and all_heads[0].main else None
    candidates = [h for h in all_heads if not h.main]
    if ours is None or not candidates:
        raise NotFoundError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "This plan has a single head; there is nothing to reconcile.")))
    if other is None:
        if len(candidates) > 1:
            raise ConflictError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "This plan has %1 heads; choose which one to reconcile "
                    "first."), len(all_heads)))
        theirs = candidates[0]
    else:
        found = [h for h in candidates if h.hash == other or h.hash.startswith(other)]
        if len(found) != 1:
            raise NotFoundError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "%1 is not one of this plan's other heads."), other))
        theirs = found[0]
    return HeadsToReconcile(family_id, ours, theirs, diff_plans(ours.content, theirs.content))


def pick_sections(ours: PlanContent, theirs: PlanContent, take_theirs: Iterable[str]
                  ) -> PlanContent:
    """``ours`` with the named sections (see SECTION_FIELDS) taken from ``theirs``."""
    fields: dict[str, object] = {}
    for section in take_theirs:
        if section not in SECTION_FIELDS:
            raise ValueError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' is not a section of the plan."), section))
        for name in SECTION_FIELDS[section]:
            fields[name] = getattr(theirs, name)
    return replace(ours, **fields)  # type: ignore[arg-type]


def reconcile(db: Database, *, family_id: str, content: PlanContent, actor: str,
              other: str | None = None, today: date | None = None) -> SavedVersion:
    """Save ``content`` as a merge version: on top of the main chain's head, recording the
    other head's hash (``other``, by default the only other head). One transaction."""
    pair = heads_to_reconcile(db, family_id=family_id, other=other)
    problems = validate_plan(content, today=today)
    blocking = errors(problems)
    if blocking:
        raise PlanInvalidError(blocking)
    body = canonical_json(content)
    c_hash = content_hash(body)
    created_at = datetime.now(UTC)
    approved = content.agreement.family_approved
    with db.session() as s:
        family = repo.family_row(s, family_id, for_update=True)
        if family.head_hash != pair.ours.hash or rows.fork_row(
                s, family_id, pair.theirs.hash) is None:
            raise ConflictError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The plan changed while you were reconciling (a save or a "
                    "sync); nothing was saved. Open the two heads again.")))
        number = family.head_number + 1
        v_hash = version_hash(
            family_id=family_id, number=number, created_at=created_at, created_by=actor,
            meeting_id=None, approved=approved, content_hash=c_hash, prev_hash=family.head_hash,
            merge_hash=pair.theirs.hash,
        )
        s.add(PlanVersionRow(
            family_id=family_id, number=number, created_at=created_at.isoformat(),
            created_by=actor, meeting_id=None, approved=approved, content_json=body,
            content_hash=c_hash, prev_hash=family.head_hash, hash=v_hash,
            merge_hash=pair.theirs.hash,
        ))
        prev = family.head_hash
        family.head_number, family.head_hash = number, v_hash
        family.updated_at = created_at.isoformat()
        repo.audit(s, actor=actor, action="reconciled", family_id=family_id,
                   detail=f"version {number} merges {pair.theirs.hash[:12]}")
    version = VersionRecord(
        family_id=family_id, number=number, created_at=created_at, created_by=actor,
        meeting_id=None, approved=approved, content_json=body, content_hash=c_hash,
        prev_hash=prev, hash=v_hash, merge_hash=pair.theirs.hash,
    )
    return SavedVersion(version, Changes(family_id=family_id, plan=True, families=True),
                        tuple(problems))
