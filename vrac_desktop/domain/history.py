"""The hash chain over a family's plan versions.

Each version stores the canonical JSON of its content, the content's SHA-256, and a version
hash over (metadata + content hash + the previous version's hash). Editing any stored byte,
removing a version from the middle, or reordering versions breaks the chain; removing the
newest versions is caught by comparing with the family's recorded head (number and hash).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from vrac_desktop.domain.codec import canonical_json, sha256_hex

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class VersionRecord:
    """A stored plan version as the store hands it to verification (all fields as stored)."""

    family_id: str
    number: int
    created_at: datetime
    created_by: str
    meeting_id: str | None
    approved: bool
    content_json: str
    content_hash: str
    prev_hash: str
    hash: str


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
) -> str:
    envelope = {
        "family_id": family_id,
        "number": number,
        "created_at": created_at.isoformat(),
        "created_by": created_by,
        "meeting_id": meeting_id,
        "approved": approved,
        "content_hash": content_hash,
        "prev_hash": prev_hash,
    }
    return sha256_hex(canonical_json(envelope))


def verify_chain(
    family_id: str,
    records: Sequence[VersionRecord],
    *,
    head_number: int,
    head_hash: str,
) -> list[ChainProblem]:
    """Problems in one family's chain; ``records`` in stored order by number."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS_HASH
    for expected_number, rec in enumerate(records, start=1):
        if rec.number != expected_number:
            problems.append(ChainProblem(
                family_id, expected_number,
                f"version {expected_number} is missing (found {rec.number} in its place)"))
            break
        if content_hash(rec.content_json) != rec.content_hash:
            problems.append(ChainProblem(
                family_id, rec.number, f"version {rec.number}: content does not match its hash"))
        recomputed = version_hash(
            family_id=rec.family_id, number=rec.number, created_at=rec.created_at,
            created_by=rec.created_by, meeting_id=rec.meeting_id, approved=rec.approved,
            content_hash=rec.content_hash, prev_hash=rec.prev_hash,
        )
        if recomputed != rec.hash:
            problems.append(ChainProblem(
                family_id, rec.number, f"version {rec.number}: record does not match its hash"))
        if rec.prev_hash != expected_prev:
            problems.append(ChainProblem(
                family_id, rec.number,
                f"version {rec.number}: link to version {rec.number - 1} is broken"))
        expected_prev = rec.hash
    count = len(records)
    if count != head_number:
        problems.append(ChainProblem(
            family_id, None,
            f"{head_number} versions were saved but {count} are present"))
    elif count and records[-1].hash != head_hash:
        problems.append(ChainProblem(
            family_id, count, f"version {count} is not the version that was saved last"))
    return problems
