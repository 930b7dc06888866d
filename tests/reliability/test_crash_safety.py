"""Kill the app mid-save, again and again: no saved version is ever lost or half there.

One parent forks a child per round (after the imports, so a round costs milliseconds, not a
Python start-up). The child opens the database and saves plan versions (each with a meeting
and two ratings) as fast as it can, writing "begin" before each call and "saved N HASH" only
after the call returned. The parent SIGKILLs it at a random moment, then opens the database
itself and checks: it opens, the hash chain verifies, every version the child saw returned is
there with the same hash, the versions are numbered without a gap up to the recorded head, and
each version's meeting and both ratings are there (no half version).

VRAC_CRASH_ROUNDS (default 200) and VRAC_CRASH_SEED reproduce a run.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time
import traceback
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select as sql_select

from tests.factories import sample_plan
from vrac_desktop.domain.model import Meeting, Rater, Rating, TextItem, new_id
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import open_local
from vrac_desktop.store.models import FamilyRow, MeetingRow, PlanVersionRow, RatingRow
from vrac_desktop.store.paths import DataPaths

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)"),
]

FAMILIES = 20


def _child(paths: DataPaths, family_id: str, out: int, seed: int) -> None:
    rng = random.Random(seed)
    db = open_local(paths)
    plan = sample_plan()
    while True:
        # Texts of random size, so a save spans anything from one page to many.
        vision = TextItem(plan.vision.id, "v" * rng.randrange(10, 19_000))
        story = TextItem(plan.situation.family_story.id, "s" * rng.randrange(10, 19_000))
        content = replace(plan, vision=vision,
                          situation=replace(plan.situation, family_story=story))
        meeting = Meeting(new_id(), date(2026, 11, 24))
        ratings = [Rating(new_id(), g.id, date(2026, 11, 24), rng.randrange(11), Rater.FAMILY,
                          meeting.id) for g in content.goals]
        os.write(out, b"begin\n")
        saved = save_plan_version(db, family_id=family_id, content=content, actor="crash",
                                  meeting=meeting, ratings=ratings)
        os.write(out, f"saved {saved.version.number} {saved.version.hash}\n".encode())


def _run_child(paths: DataPaths, family_id: str, seed: int, kill_after: float) -> list[str]:
    """Fork a saving child, SIGKILL it after ``kill_after`` seconds; the lines it wrote."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        try:
            os.close(read_end)
            _child(paths, family_id, write_end, seed)
        except BaseException:
            os.write(2, traceback.format_exc().encode())
        finally:
            os._exit(3)
    os.close(write_end)
    buffer = b""
    deadline = time.monotonic() + kill_after
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break  # the child died on its own: the wait below reports it
            buffer += chunk
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        buffer += chunk
    os.close(read_end)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the saving child ended by itself (status {status}): it failed, see its stderr")
    return buffer.decode().splitlines()


def test_sigkill_during_saves_never_loses_or_halves_a_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rounds = int(os.environ.get("VRAC_CRASH_ROUNDS", "200"))
    seed = int(os.environ.get("VRAC_CRASH_SEED", str(random.randrange(1 << 30))))
    rng = random.Random(seed)
    paths = DataPaths(tmp_path / "data")
    db = open_local(paths)
    family_ids = [create_family(db, display_name=f"Family {i}", actor="setup")[0].id
                  for i in range(FAMILIES)]
    db.dispose()  # no open connection may cross the fork
    confirmed: dict[str, dict[int, str]] = {fid: {} for fid in family_ids}
    mid_save = saves_returned = 0
    started = time.monotonic()
    for round_no in range(rounds):
        fid = family_ids[round_no % FAMILIES]
        lines = _run_child(paths, fid, rng.randrange(1 << 30), rng.uniform(0.02, 0.3))
        for line in lines:
            if line.startswith("saved "):
                _, number, digest = line.split()
                confirmed[fid][int(number)] = digest
                saves_returned += 1
        if lines and lines[-1] == "begin":
            mid_save += 1
        # After every kill: it opens, this family's chain verifies, nothing confirmed is lost.
        db = open_local(paths)
        try:
            report = verify_history(db, family_id=fid)
            assert report.ok, f"round {round_no} (seed {seed}): {report.problems}"
            with db.session() as s:
                head = s.get(FamilyRow, fid)
                assert head is not None
                rows = s.execute(
                    sql_select(PlanVersionRow.number, PlanVersionRow.hash,
                               PlanVersionRow.meeting_id)
                    .where(PlanVersionRow.family_id == fid).order_by(PlanVersionRow.number)
                ).all()
                assert [r.number for r in rows] == list(range(1, head.head_number + 1))
                stored = {r.number: r.hash for r in rows}
                for number, digest in confirmed[fid].items():
                    assert stored.get(number) == digest, (
                        f"round {round_no} (seed {seed}): version {number} returned from its "
                        "save but is not stored as returned")
                meeting_ids = {r.meeting_id for r in rows}
                meetings = s.scalar(sql_select(func.count()).select_from(MeetingRow)
                                    .where(MeetingRow.family_id == fid))
                ratings = s.execute(
                    sql_select(RatingRow.meeting_id, func.count()).where(
                        RatingRow.family_id == fid).group_by(RatingRow.meeting_id)).all()
                assert meetings == len(rows) == len(meeting_ids)
                assert {m for m, _ in ratings} == meeting_ids
                assert all(n == 2 for _, n in ratings), "a version with half its ratings"
        finally:
            db.dispose()
    db = open_local(paths)
    try:
        final = verify_history(db)
    finally:
        db.dispose()
    elapsed = time.monotonic() - started
    assert final.ok
    assert final.versions >= saves_returned
    with capsys.disabled():
        sys.stdout.write(
            f"\ncrash-safety: {rounds} SIGKILLs (seed {seed}), {mid_save} inside a save call, "
            f"{saves_returned} saves returned, {final.versions} versions stored in "
            f"{final.families} families, every history verified after every kill; "
            f"{elapsed:.1f} s\n")
    assert mid_save > 0, "no kill landed inside a save: the test would prove nothing"
