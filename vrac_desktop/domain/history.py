"""The hash chain over a family's plan versions.

Each version stores the canonical JSON of its content, the content's SHA-256, and a version
hash over (metadata + content hash + the previous version's hash). Editing any stored byte,
removing a version from the middle, or reordering versions breaks the chain; removing the
newest versions is caught by comparing with the family's recorded head (number and hash).

Two heads and merges (team server sync). When two laptops each saved a version of the same
plan offline, one of them reaches the server first and stays in the family's *main chain*
(numbers 1..n, each linked to the one before); the other is kept, never overwritten, as a
*fork*: a version whose ``prev_hash`` is a version of the main chain or of another fork.
The rule, checked by ``verify_chain``:

* the main chain is exactly as above (numbers 1..n, ``prev_hash`` = previous hash,
  the last one is the family's recorded head);
* a fork version links to a version of the same family (main chain or fork) and carries the
  number after it; its content and record match their hashes like any version;
* a *merge version* also records ``merge_hash``, the hash of the fork head it reconciles. The
  merge hash is part of the version hash (only when present, so versions saved before merges
  existed keep their hashes) and must name a fork version of the same family.

The *heads* of a family are the main chain's last version plus every fork version that no
other version continues (``prev_hash``) or merges (``merge_hash``). One head: nothing to
reconcile.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from vrac_desktop.domain.codec import DOCUMENT, canonical_json, from_jsonable, sha256_hex
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import PlanContent

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class VersionRecord:
    """A stored plan version, the one type for it: what the store reads, verification checks,
    sync sends, the family export file carries and the services hand to screens and documents
    (all fields as stored: ``content_json`` is the very text ``content_hash`` covers)."""

    family_id: str
    number: int
    created_at: datetime
    created_by: str
    meeting_id: str | None
    approved: bool
    content_json: str = field(metadata=DOCUMENT)
    content_hash: str
    prev_hash: str
    hash: str
    merge_hash: str | None = None  # a merge version: the hash of the other head it reconciles

    @cached_property
    def content(self) -> PlanContent:
        """The plan itself, decoded from ``content_json`` once, when first asked for."""
        return from_jsonable(PlanContent, json.loads(self.content_json))


@dataclass(frozen=True)
class ChainProblem:
    family_id: str
    number: int | None
    message: str


def content_hash(content_json: str) -> str:
    return sha256_hex(content_json)


def version_hash(
    *,
    family_id: str,
    number: int,
    created_at: datetime,
    created_by: str,
    meeting_id: str | None,
    approved: bool,
    content_hash: str,
    prev_hash: str,
    merge_hash: str | None = None,
) -> str:
    envelope: dict[str, object] = {
        "family_id": family_id,
        "number": number,
        "created_at": created_at.isoformat(),
        "created_by": created_by,
        "meeting_id": meeting_id,
        "approved": approved,
        "content_hash": content_hash,
        "prev_hash": prev_hash,
    }
    if merge_hash is not None:
        envelope["merge_hash"] = merge_hash
    return sha256_hex(canonical_json(envelope))


def record_hash(rec: VersionRecord) -> str:
    """The version hash recomputed from a record's stored fields."""
    return version_hash(
        family_id=rec.family_id, number=rec.number, created_at=rec.created_at,
        created_by=rec.created_by, meeting_id=rec.meeting_id, approved=rec.approved,
        content_hash=rec.content_hash, prev_hash=rec.prev_hash, merge_hash=rec.merge_hash,
    )


def record_problems(rec: VersionRecord, label: str | None = None) -> list[str]:
    """What is wrong with one record on its own (content or record not matching its hash);
    ``label`` names the record (default "version N")."""
    name = label or message(QT_TRANSLATE_NOOP("CoreMessages", "version %1"), rec.number)
    problems: list[str] = []
    if content_hash(rec.content_json) != rec.content_hash:
        problems.append(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: content does not match its hash"), name))
    if record_hash(rec) != rec.hash:
        problems.append(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: record does not match its hash"), name))
    return problems


def heads(records: Sequence[VersionRecord], forks: Sequence[VersionRecord] = ()
          ) -> list[VersionRecord]:
    """The main chain's last version, then each fork version nothing continues or merges."""
    continued = {r.prev_hash for r in (*records, *forks)}
    continued |= {r.merge_hash for r in (*records, *forks) if r.merge_hash}
    result = [records[-1]] if records else []
    result += [f for f in sorted(forks, key=lambda r: (r.number, r.hash))
               if f.hash not in continued]
    return result


def verify_chain(
    family_id: str,
    records: Sequence[VersionRecord],
    *,
    head_number: int,
    head_hash: str,
    forks: Sequence[VersionRecord] = (),
) -> list[ChainProblem]:
    """Problems in one family's chain; ``records`` in stored order by number, ``forks``
    the family's fork versions in any order (see the module doc for the rule)."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS_HASH
    for expected_number, rec in enumerate(records, start=1):
        if rec.number != expected_number:
            problems.append(ChainProblem(
                family_id, expected_number,
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "version %1 is missing (found %2 in its place)"),
                    expected_number, rec.number)))
            break
        problems.extend(ChainProblem(family_id, rec.number, problem)
                        for problem in record_problems(rec))
        if rec.prev_hash != expected_prev:
            problems.append(ChainProblem(
                family_id, rec.number,
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "version %1: link to version %2 is broken"),
                    rec.number, rec.number - 1)))
        expected_prev = rec.hash
    count = len(records)
    if count != head_number:
        problems.append(ChainProblem(
            family_id, None,
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "%1 versions were saved but %2 are present"),
                head_number, count)))
    elif count and records[-1].hash != head_hash:
        problems.append(ChainProblem(
            family_id, count, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "version %1 is not the version that was saved last"), count)))
    problems.extend(_fork_problems(family_id, records, forks))
    return problems


def _fork_problems(family_id: str, records: Sequence[VersionRecord],
                   forks: Sequence[VersionRecord]) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    numbers = {r.hash: r.number for r in (*records, *forks)}
    numbers[GENESIS_HASH] = 0
    fork_hashes = {f.hash for f in forks}
    main_hashes = {r.hash for r in records}
    for fork in sorted(forks, key=lambda r: (r.number, r.hash)):
        label = message(QT_TRANSLATE_NOOP("CoreMessages", "fork version %1 (%2)"),
                        fork.number, fork.hash[:8])
        if fork.family_id != family_id:
            problems.append(ChainProblem(family_id, fork.number, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "%1 belongs to another family"), label)))
        if fork.hash in main_hashes:
            problems.append(ChainProblem(family_id, fork.number, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "%1 is also in the main chain"), label)))
        problems.extend(ChainProblem(family_id, fork.number, m)
                        for m in record_problems(fork, label))
        parent = numbers.get(fork.prev_hash)
        if parent is None or parent + 1 != fork.number:
            problems.append(ChainProblem(family_id, fork.number, message(QT_TRANSLATE_NOOP(
                "CoreMessages", "%1: link to its previous version is broken"), label)))
    for rec in (*records, *forks):
        if rec.merge_hash is not None and rec.merge_hash not in fork_hashes:
            problems.append(ChainProblem(
                family_id, rec.number,
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "version %1: the other head it merges is missing"),
                    rec.number)))
    return problems
