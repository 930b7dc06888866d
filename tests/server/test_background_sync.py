"""Sync on a worker thread while the coach keeps saving; cancel; the schema migrates both ways."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from tests.factories import sample_plan, with_progress
from tests.server.conftest import TEAM, Team
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.sync import FIRST_BATCH, sync, sync_status
from vrac_desktop.services.sync_results import SyncResult
from vrac_desktop.store.database import Database, _alembic_config, newest_migration
from vrac_desktop.store.server import fingerprints


def seed(db: Database, n: int) -> list[str]:
    ids = []
    for i in range(n):
        family, _ = create_family(db, display_name=f"Family {i}", actor="anna")
        save_plan_version(db, family_id=family.id, content=sample_plan(str(i)), actor="anna")
        ids.append(family.id)
    return ids


def test_sync_on_a_worker_thread_while_the_coach_saves(team: Team) -> None:
    ids = seed(team.a, 40)
    calls: list[tuple[int, int, str]] = []
    results: list[SyncResult] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total, threading.current_thread().name))

    worker = threading.Thread(name="sync-worker", target=lambda: results.append(
        sync(team.a, team.server, team=TEAM, actor="anna", progress=progress)))
    worker.start()
    saves = 0
    while worker.is_alive() and saves < 20:  # the coach goes on working meanwhile
        save_plan_version(team.a, family_id=ids[saves], actor="anna",
                          content=with_progress(sample_plan(str(saves))))
        saves += 1
    worker.join(timeout=120)
    assert not worker.is_alive() and len(results) == 1
    assert calls and calls[-1][:2] == (40, 40)
    assert {name for _, _, name in calls} == {"sync-worker"}
    for _ in range(2):  # whatever was saved during the run goes with the next one
        sync(team.a, team.server, team=TEAM, actor="anna")
    assert sync_status(team.a).pending == 0
    with team.a.session() as s:
        here = fingerprints(s)
    with team.server.session() as s:
        there = fingerprints(s)
    assert here == there and len(here) == 40
    assert verify_history(team.a).ok and verify_history(team.server).ok


def test_cancel_stops_between_families(team: Team) -> None:
    seed(team.a, 10)
    stop = threading.Event()

    # Families go in batches (one transaction each side); progress is reported once a
    # batch is committed, and cancel stops between two families of the next batch.
    def progress(done: int, total: int) -> None:
        if done == 3:
            stop.set()

    result = sync(team.a, team.server, team=TEAM, actor="anna", progress=progress, cancel=stop)
    assert result.cancelled and result.families == FIRST_BATCH
    assert sync_status(team.a).pending == 10 - FIRST_BATCH
    assert not sync_status(team.a).interrupted  # cancelled cleanly, not killed
    result = sync(team.a, team.server, team=TEAM, actor="anna")
    assert (result.families, result.cancelled) == (10 - FIRST_BATCH, False)


def test_sync_schema_downgrades_and_upgrades_on_both_backends(team: Team) -> None:
    for db in (team.a, team.server):
        with db.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0001")
        with db.engine.begin() as conn:
            tables = conn.execute(text(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'erasures'"
                if db.engine.dialect.name == "postgresql" else
                "SELECT count(*) FROM sqlite_master WHERE name = 'erasures'")).scalar_one()
        assert tables == 0
        db.migrate()
        assert db.schema_revision() == newest_migration()
    family, _ = create_family(team.a, display_name="Back again", actor="anna")
    save_plan_version(team.a, family_id=family.id, content=sample_plan(), actor="anna")
    sync(team.a, team.server, team=TEAM, actor="anna")
    for db in (team.a, team.server):  # the immutability triggers came back too
        with pytest.raises(DatabaseError, match="immutable"), db.session() as s:
            s.execute(text("UPDATE plan_versions SET created_by = 'x'"))
