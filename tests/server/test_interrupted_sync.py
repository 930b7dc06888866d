"""``vrac-desktop sync`` as a user runs it, killed with SIGKILL half-way, then resumed.

Families go in batches, one transaction per batch per side, so a killed sync leaves whole
families only, and the next sync finishes the job without duplicating or half-applying
anything.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import text

from tests.factories import sample_plan
from tests.server.conftest import TEAM, Team
from tests.server.postgres import PASSWORD
from vrac_desktop.domain.model import Rater, Rating, new_id
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.sync import sync_status
from vrac_desktop.store.database import Database
from vrac_desktop.store.server_credentials import remember_password

FAMILIES = 120


def cli(*args: str, data: Path) -> list[str]:
    return [sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(data), *args]


def seed(db: Database, n: int) -> None:
    for i in range(n):
        family, _ = create_family(db, display_name=f"Family {i:03d}", actor="anna")
        plan = sample_plan(str(i))
        rating = Rating(new_id(), plan.goals[0].id, date(2026, 11, 24), 5, Rater.FAMILY)
        save_plan_version(db, family_id=family.id, content=plan, actor="anna", ratings=[rating])


def per_family(db: Database) -> dict[str, tuple[int, int, int]]:
    """family id -> (recorded head number, versions present, ratings present)."""
    with db.session() as s:
        found = s.execute(text(
            "SELECT f.id, f.head_number, "
            "(SELECT count(*) FROM plan_versions v WHERE v.family_id = f.id), "
            "(SELECT count(*) FROM ratings r WHERE r.family_id = f.id) FROM families f"))
        return {row[0]: (row[1], row[2], row[3]) for row in found}


def kill_after(cmd: list[str], lines: int) -> list[str]:
    """Run ``cmd``, SIGKILL it once it has reported ``lines`` synced families."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    seen: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        seen.append(line)
        if len(seen) >= lines:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, (seen, proc.stderr.read() if proc.stderr else "")
    return seen


def test_sync_killed_half_way_resumes_without_duplicates(team: Team) -> None:
    seed(team.a, FAMILIES)
    url = team.url.replace(f":{PASSWORD}@", "@")  # as a user gives it: no password
    remember_password(team.a, url, PASSWORD)  # the OS keyring (test file backend)
    team.a.dispose()
    team.b.dispose()

    # Laptop A pushes; killed half-way.
    kill_after(cli("sync", "--server", url, "--team", TEAM, data=team.a_paths.root), 10)
    on_server = per_family(team.server)
    remaining = FAMILIES - len(on_server)
    assert 10 <= len(on_server) < FAMILIES
    assert set(on_server.values()) == {(1, 1, 1)}  # whole families only
    assert verify_history(team.server).ok
    from vrac_desktop.store.database import open_local

    a = open_local(team.a_paths)
    status = sync_status(a)
    assert status.interrupted and 0 < status.pending <= FAMILIES - len(on_server)
    a.dispose()

    done = subprocess.run(cli("sync", data=team.a_paths.root), capture_output=True, text=True,
                          timeout=300, env=dict(os.environ))  # server and team remembered
    assert done.returncode == 0, done.stderr
    # a version, a rating and two phase changes (first meeting, approved plan) each, and
    # their four author signatures (the CLI signs with this laptop's key)
    assert f"{8 * remaining} sent, 0 received" in done.stdout
    on_server = per_family(team.server)
    assert len(on_server) == FAMILIES and set(on_server.values()) == {(1, 1, 1)}

    # Laptop B pulls everything; killed half-way, then resumed.
    kill_after(cli("sync", "--server", url, "--team", TEAM, data=team.b_paths.root), 10)
    b = open_local(team.b_paths)
    on_b = per_family(b)
    assert 10 <= len(on_b) < FAMILIES and set(on_b.values()) == {(1, 1, 1)}
    assert verify_history(b).ok
    b.dispose()
    done = subprocess.run(cli("sync", data=team.b_paths.root), capture_output=True, text=True,
                          timeout=300, env=dict(os.environ))
    assert done.returncode == 0, done.stderr

    a, b = open_local(team.a_paths), open_local(team.b_paths)
    try:
        assert per_family(a) == per_family(b) == per_family(team.server)
        for db in (a, b, team.server):
            report = verify_history(db)
            assert report.ok and report.versions == FAMILIES
        assert not sync_status(a).interrupted and sync_status(b).pending == 0
        again = subprocess.run(cli("sync", data=team.b_paths.root), capture_output=True,
                               text=True, timeout=300, env=dict(os.environ))
        assert "Synced 0 families" in again.stdout
    finally:
        a.dispose()
        b.dispose()
