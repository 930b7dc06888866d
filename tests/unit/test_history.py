from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tests.factories import sample_plan
from vrac_desktop.domain.codec import canonical_json
from vrac_desktop.domain.history import (
    GENESIS_HASH,
    VersionRecord,
    content_hash,
    verify_chain,
    version_hash,
)


def chain(n: int) -> list[VersionRecord]:
    records: list[VersionRecord] = []
    prev = GENESIS_HASH
    for number in range(1, n + 1):
        body = canonical_json(sample_plan(str(number)))
        c = content_hash(body)
        at = datetime(2026, 1, number, tzinfo=UTC)
        h = version_hash(family_id="f", number=number, created_at=at, created_by="coach",
                         meeting_id=None, approved=True, content_hash=c, prev_hash=prev)
        records.append(VersionRecord("f", number, at, "coach", None, True, body, c, prev, h))
        prev = h
    return records


def test_intact_chain_verifies() -> None:
    recs = chain(4)
    assert verify_chain("f", recs, head_number=4, head_hash=recs[-1].hash) == []


def test_edited_content_names_the_version() -> None:
    recs = chain(4)
    recs[2] = replace(recs[2], content_json=recs[2].content_json.replace("Fatima3", "Fatimb3"))
    problems = verify_chain("f", recs, head_number=4, head_hash=recs[-1].hash)
    assert [p.number for p in problems] == [3]


def test_edited_metadata_is_detected() -> None:
    recs = chain(3)
    recs[1] = replace(recs[1], created_by="someone else")
    problems = verify_chain("f", recs, head_number=3, head_hash=recs[-1].hash)
    assert [p.number for p in problems] == [2]


def test_removed_middle_and_newest_versions_are_detected() -> None:
    recs = chain(4)
    middle = verify_chain("f", [recs[0], recs[2], recs[3]], head_number=4, head_hash=recs[3].hash)
    assert middle and middle[0].number == 2
    newest = verify_chain("f", recs[:3], head_number=4, head_hash=recs[3].hash)
    assert newest and "4 versions were saved but 3 are present" in newest[0].message


def test_rehashed_forgery_still_breaks_the_next_link() -> None:
    recs = chain(3)
    forged_body = recs[0].content_json.replace("Fatima1", "Forged")
    c = content_hash(forged_body)
    h = version_hash(family_id="f", number=1, created_at=recs[0].created_at, created_by="coach",
                     meeting_id=None, approved=True, content_hash=c, prev_hash=GENESIS_HASH)
    recs[0] = replace(recs[0], content_json=forged_body, content_hash=c, hash=h)
    problems = verify_chain("f", recs, head_number=3, head_hash=recs[-1].hash)
    assert [p.number for p in problems] == [2]
