"""The chain rule with forks and merge versions (domain/history.py), without a database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tests.factories import sample_plan
from vrac_desktop.domain.codec import canonical_json
from vrac_desktop.domain.history import (
    GENESIS_HASH,
    VersionRecord,
    content_hash,
    heads,
    verify_chain,
    version_hash,
)


def version(number: int, prev: str, tag: str, merge: str | None = None) -> VersionRecord:
    body = canonical_json(sample_plan(tag))
    c = content_hash(body)
    at = datetime(2026, 11, number, tzinfo=UTC)
    h = version_hash(family_id="f", number=number, created_at=at, created_by=tag,
                     meeting_id=None, approved=True, content_hash=c, prev_hash=prev,
                     merge_hash=merge)
    return VersionRecord("f", number, at, tag, None, True, body, c, prev, h, merge)


def split_then_merged() -> tuple[list[VersionRecord], list[VersionRecord]]:
    v1 = version(1, GENESIS_HASH, "1")
    v2a = version(2, v1.hash, "a")
    v2b = version(2, v1.hash, "b")
    v3b = version(3, v2b.hash, "b3")
    merge = version(3, v2a.hash, "m", merge=v3b.hash)
    return [v1, v2a, merge], [v2b, v3b]


def test_a_plain_version_hashes_as_before_merges_existed() -> None:
    v = version(1, GENESIS_HASH, "x")
    legacy = version_hash(family_id="f", number=1, created_at=v.created_at, created_by="x",
                          meeting_id=None, approved=True, content_hash=v.content_hash,
                          prev_hash=GENESIS_HASH)
    assert legacy == v.hash


def test_forks_and_a_merge_verify_and_leave_one_head() -> None:
    main, forks = split_then_merged()
    assert verify_chain("f", main, head_number=3, head_hash=main[-1].hash, forks=forks) == []
    assert [h.hash for h in heads(main, forks)] == [main[-1].hash]
    assert [h.hash for h in heads(main[:2], forks)] == [main[1].hash, forks[1].hash]


def test_a_changed_merge_parent_breaks_the_merge_version() -> None:
    main, forks = split_then_merged()
    main[2] = replace(main[2], merge_hash=forks[0].hash)  # point it at the older fork
    problems = verify_chain("f", main, head_number=3, head_hash=main[2].hash, forks=forks)
    assert [(p.number, p.message) for p in problems] == [
        (3, "version 3: record does not match its hash")]


def test_a_missing_fork_is_reported() -> None:
    main, forks = split_then_merged()
    problems = verify_chain("f", main, head_number=3, head_hash=main[2].hash, forks=forks[:1])
    assert [p.message for p in problems] == ["version 3: the other head it merges is missing"]


def test_an_edited_or_unlinked_fork_is_reported() -> None:
    main, forks = split_then_merged()
    edited = replace(forks[0], content_json=forks[0].content_json.replace("Fatimab", "Fatimx"))
    problems = verify_chain("f", main, head_number=3, head_hash=main[2].hash,
                            forks=[edited, forks[1]])
    assert [p.message for p in problems] == [
        f"fork version 2 ({edited.hash[:8]}): content does not match its hash"]
    stray = version(5, "f" * 64, "stray")
    problems = verify_chain("f", main, head_number=3, head_hash=main[2].hash,
                            forks=[*forks, stray])
    assert [p.message for p in problems] == [
        f"fork version 5 ({stray.hash[:8]}): link to its previous version is broken"]
