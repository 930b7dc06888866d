"""Two laptops record a phase change of the same family offline (coordinator's review).

Two coaches' laptops (SQLCipher) joined to one team server (real PostgreSQL, roles, row-level
security, signatures, team key): each coach records a phase change of the same family while
not syncing. A phase change touches no plan version and not the family's row, so before the
fix the family's fingerprint (which only *counted* the phase changes) was equal on both
laptops and on the server, and neither laptop ever received the other's change.

The other rows sync adds by id come with something the fingerprint already saw: a meeting,
its ratings and the family's voice only with a new plan version (services/plans.py) or a
recorded evaluation (services/evaluations.py, evaluations by hash); a transition plan with a
change of the family's row (it closes the family: status and ``updated_at``). A phase change
is the one product path that adds a row and nothing else.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from sqlalchemy import text

from tests.cycle.test_cycle_services import TODAY as CLOSING_DAY
from tests.cycle.test_cycle_services import closing, family_with_history
from tests.server.conftest import TEAM, Laptop, Org, Team
from vrac_desktop.domain.model import Phase
from vrac_desktop.services.cycle import (
    change_phase,
    latest_transition,
    phase_state,
    record_transition,
)
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.sync import sync, sync_status
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.first_screen import LIST_COLUMNS
from vrac_desktop.store.server import fingerprints, mark_synced, synced_fingerprints

TODAY = date(2026, 11, 27)


def phase_rows(db: Database, family_id: str) -> list[tuple[str, ...]]:
    """Every stored column of the family's phase changes but the reason (encrypted with the
    team key on the server), sorted: to compare the three sides."""
    with db.engine.connect() as conn:
        found = conn.execute(text(
            "SELECT id, family_id, number, phase, changed_on, changed_by FROM phase_changes "
            "WHERE family_id = :f"), {"f": family_id})
        return sorted(tuple(str(v) for v in r) for r in found)


def reasons(db: Database, family_id: str) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT id, reason FROM phase_changes WHERE family_id "
                                      "= :f"), {"f": family_id}).all())


def table_ids(db: Database, family_id: str) -> dict[str, set[str]]:
    """The ids of the family's meetings, ratings, voices and transition plans."""
    with db.engine.connect() as conn:
        return {t: set(conn.execute(text(f"SELECT id FROM {t} WHERE family_id = :f"),  # noqa: S608
                                    {"f": family_id}).scalars())
                for t in ("meetings", "ratings", "meeting_voices", "transition_plans")}


def shown_phases(db: Database, family_id: str) -> set[str]:
    """The current phase as each screen reads it: the family's page (Phases and evaluations
    tab), the families list, the week page's grouping and the search results."""
    with db.session() as s:
        listed = s.execute(text(f"SELECT {LIST_COLUMNS} FROM families f WHERE f.id = :f"),  # noqa: S608
                           {"f": family_id}).one()
        week = {fid: phase for fid, _, _, phase in repo.week_families(s)}
        many = repo.current_phases(s, [family_id])
        every = repo.current_phases(s)
    return {phase_state(db, family_id=family_id).current.value, listed[-1], week[family_id],
            many[family_id].value, every[family_id].value}


def cli(laptop: Laptop, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir",
                           str(laptop.paths.root), *args], capture_output=True, text=True,
                          check=False, env=dict(os.environ), timeout=120)


def test_two_laptops_change_the_phase_offline_both_arrive_everywhere(org: Org) -> None:
    """Before the fix (the fingerprint counted phase changes): anna's first sync pushed her
    change; bram's two syncs and anna's second moved nothing (pushed 0, pulled 0): anna and
    the server held only anna's change, bram only his own, and both laptops showed no sync
    pending: bram's phase change never reached the team."""
    anna, bram = org.join("anna", TEAM), org.join("bram", TEAM)
    family, _ = create_family(anna.db, display_name="Family Jansen", actor="anna")
    fid = family.id
    anna.sync()
    bram.sync()
    # Offline on both laptops: anna starts plan development, bram records that the family
    # decided to end (transition may follow any phase).
    change_phase(anna.db, family_id=fid, to=Phase.PLAN_DEVELOPMENT, on=date(2026, 11, 20),
                 reason="Anna: first plan meeting planned", actor="anna", today=TODAY)
    change_phase(bram.db, family_id=fid, to=Phase.TRANSITION, on=date(2026, 11, 25),
                 reason="Bram: the family decided to end", actor="bram", today=TODAY)
    before = {"anna": phase_rows(anna.db, fid), "bram": phase_rows(bram.db, fid)}
    assert [r[2:] for r in before["anna"]] == [("1", "plan_development", "2026-11-20", "anna")]
    assert [r[2:] for r in before["bram"]] == [("1", "transition", "2026-11-25", "bram")]
    told = {**reasons(anna.db, fid), **reasons(bram.db, fid)}

    first, second, third, fourth = anna.sync(), bram.sync(), anna.sync(), bram.sync()
    assert not (first.problems or second.problems or third.problems or fourth.problems)
    # Each change travels with its author's signature (version_signatures, by row digest).
    assert (first.pushed, second.pushed, second.pulled, third.pulled) == (2, 2, 2, 2)
    assert (third.pushed, fourth.pushed, fourth.pulled) == (0, 0, 0)
    after = {x.name: phase_rows(x.db, fid) for x in (anna, bram)}
    after["server"] = phase_rows(org.server, fid)
    # Nothing lost, nothing duplicated, nothing changed: both changes, as recorded, on all sides.
    assert after["anna"] == after["bram"] == after["server"] == sorted(
        before["anna"] + before["bram"])
    assert reasons(anna.db, fid) == reasons(bram.db, fid) == told
    for x in (anna, bram):
        again = x.sync()  # a second sync moves nothing
        assert (again.pushed, again.pulled, again.problems) == (0, 0, ())
        assert sync_status(x.db).pending == 0
    for db in (anna.db, bram.db, org.server):
        assert verify_history(db, family_id=fid).ok
        state = phase_state(db, family_id=fid)
        assert [(c.changed_on, c.phase, c.changed_by) for c in state.history] == [
            (date(2026, 11, 20), Phase.PLAN_DEVELOPMENT, "anna"),
            (date(2026, 11, 25), Phase.TRANSITION, "bram")]
        assert shown_phases(db, fid) == {Phase.TRANSITION.value}

    # What a coach reads on the command line: both changes, the newest one current.
    shown = cli(anna, "phase", fid)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "Phase: transition",
        "2026-11-20\tplan_development\tanna\tAnna: first plan meeting planned",
        "2026-11-25\ttransition\tbram\tBram: the family decided to end"]


def test_families_in_sync_before_the_upgrade_are_not_left_pending(team: Team) -> None:
    """The laptop recorded its families as synced under the fingerprint of an older version
    of the app (row counts): after the upgrade none shows as pending once a sync found it
    equal on both sides, and that sync moves nothing."""
    ids = [create_family(team.a, display_name=f"Family {n}", actor="anna")[0].id
           for n in range(3)]
    change_phase(team.a, family_id=ids[0], to=Phase.PLAN_DEVELOPMENT, on=TODAY,
                 reason="first plan meeting planned", actor="anna", today=TODAY)
    sync(team.a, team.server, team=TEAM, actor="anna")
    with team.a.session() as s:
        now = fingerprints(s)
        # What the older version stored: another digest of the same, unchanged families.
        mark_synced(s, {fid: "counted:" + fp[:20] for fid, fp in now.items()})
    assert sync_status(team.a).pending == 3
    again = sync(team.a, team.server, team=TEAM, actor="anna")
    assert (again.pushed, again.pulled, again.problems) == (0, 0, ())
    assert sync_status(team.a).pending == 0
    with team.a.session() as s:
        assert synced_fingerprints(s) == now == fingerprints(s)
    assert sorted(now) == sorted(ids)


def test_two_laptops_record_the_closing_meeting_offline(org: Org) -> None:
    """Both coaches record the closing meeting and its transition plan offline. That closes
    the family (its row changes), so this synced before the fix too; what is checked: both
    transition plans, both closing meetings and both automatic phase changes (both number
    n+1) reach every side, the latest transition plan and the current phase are the same on
    both laptops, and the histories verify."""
    anna, bram = org.join("anna", TEAM), org.join("bram", TEAM)
    fid, _ = family_with_history(anna.db)
    anna.sync()
    bram.sync()
    stored = {x.name: record_transition(x.db, draft=closing(x.db, fid), actor=x.name,
                                        today=CLOSING_DAY)[0] for x in (anna, bram)}
    before = {x.name: (phase_rows(x.db, fid), table_ids(x.db, fid)) for x in (anna, bram)}
    for x in (anna, bram, anna, bram):
        assert not x.sync().problems
    expected = (sorted(set(before["anna"][0]) | set(before["bram"][0])),
                {t: before["anna"][1][t] | before["bram"][1][t] for t in before["anna"][1]})
    assert len(expected[0]) == len(before["anna"][0]) + 1  # bram's automatic change arrived
    for db in (anna.db, bram.db, org.server):
        assert (phase_rows(db, fid), table_ids(db, fid)) == expected
        assert verify_history(db, family_id=fid).transitions == 2
    assert {latest_transition(x.db, family_id=fid).id for x in (anna, bram)} == {
        max(stored.values(), key=lambda t: (t.created_at, t.id)).id}
    for x in (anna, bram):
        assert shown_phases(x.db, fid) == {Phase.TRANSITION.value}
        again = x.sync()
        assert (again.pushed, again.pulled) == (0, 0)
