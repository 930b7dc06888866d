"""How long syncing 1,000 families with the team server takes, against a plain bulk INSERT.

    .venv/bin/python bench/bench_sync.py [--families 1000] [--server postgresql://...]
    .venv/bin/python bench/bench_sync.py --families 10000     # a 10,000-family team joins

``make bench`` runs it too (300 families with QUICK=1, else 1,000) and puts its main figures in
its table (``--json``). Laptop A is seeded through the services (create a family, save two plan
versions with a meeting and two ratings: 5-20 ms per family) once per number of families and
kept in ``~/.cache/vrac-desktop-bench/sync-f<N>-format<F>`` (``--cache``); each run syncs a
copy. What is measured always goes through ``sync`` against a real PostgreSQL.

Without ``--server`` a throw-away PostgreSQL is started on 127.0.0.1 (tests/server/postgres.py;
as root it runs as the ``vractest`` user, with fsync off like the tests: server commits cost
less than on a real server, for the baseline as for sync) and removed afterwards. The laptops
are real SQLCipher databases in a temporary folder, keyed through a file keyring made for the run.

Figures printed (seconds, milliseconds per family, and the ratio to the baseline measured in the
same run on the same machine):

* baseline push: the same rows (families, plan versions, meetings, ratings) written to an empty
  server database with one bulk INSERT per table in one transaction;
* first sync: laptop A sends every family to an empty server;
* no-op sync: nothing changed on either side;
* 10 changed: ten families got a new version on laptop A;
* baseline pull / first pull: the same, into a fresh laptop B (bulk INSERT into SQLCipher vs
  ``sync``).

Then the same four sync steps again on a server set up with ``server init`` (issue 15), each
as a ratio to the same step without it, in the same run:

* "roles + RLS": the laptops connect with their coach login roles, so every statement passes
  the row-level security policies and grants (no signatures);
* "roles + RLS + signatures": the laptops joined with join codes, so they also sign their
  versions before sending and check every arriving signature against the pinned certificates;
* "+ team key" (issue 16): the join codes also carry the team key, so every plan field is
  encrypted (AES-GCM) before it leaves and decrypted on arrival; "key vs signed" is its cost
  as a ratio to the same sync without encryption.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--families", type=int, default=1000)
    parser.add_argument("--server", help="admin URL of a PostgreSQL server to use (with password)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="where the seeded laptop A is kept (default ~/.cache/"
                             "vrac-desktop-bench)")
    parser.add_argument("--json", type=Path, default=None,
                        help="also write the main figures to this file (for bench/run.py)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="vrac-bench-sync-"))
    import psycopg
    from sqlalchemy import insert, select
    from sqlalchemy.engine import make_url

    from tests import keyring_backend
    from tests.factories import sample_plan, with_progress
    from tests.server import postgres as pg
    from vrac_desktop.domain.model import Meeting, Rater, Rating, new_id
    from vrac_desktop.services.families import create_family
    from vrac_desktop.services.history import verify_history
    from vrac_desktop.services.plans import save_plan_version
    from vrac_desktop.services.sync import sync
    from vrac_desktop.store.database import Database, open_local, open_server
    from vrac_desktop.store.models import FamilyRow, MeetingRow, PlanVersionRow, RatingRow
    from vrac_desktop.store.paths import DataPaths

    server = None
    if args.server:
        admin = args.server
    else:
        server = pg.start()
        admin = server.url()

    def new_database(name: str) -> str:
        with psycopg.connect(make_url(admin).set(drivername="postgresql").render_as_string(
                hide_password=False), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        return make_url(admin).set(database=name).render_as_string(hide_password=False)

    opened: list[Database] = []
    try:
        n = args.families
        plan = sample_plan()
        later = with_progress(plan)

        def seed(laptop: Database) -> None:
            for i in range(n):
                family, _ = create_family(laptop, display_name=f"Family {i:04d}", actor="anna")
                meeting = Meeting(new_id(), date(2026, 11, 2), "Leiden")
                save_plan_version(laptop, family_id=family.id, content=plan, actor="anna",
                                  meeting=meeting, ratings=[
                                      Rating(new_id(), plan.goals[0].id, date(2026, 11, 2), 3,
                                             Rater.FAMILY, meeting_id=meeting.id),
                                      Rating(new_id(), plan.goals[1].id, date(2026, 11, 2), 4,
                                             Rater.TEAM, meeting_id=meeting.id)])
                save_plan_version(laptop, family_id=family.id, content=later, actor="anna")

        # Laptop A seeded once per size and kept (its folder and the keyring holding its key);
        # every run syncs a copy. A file keyring: the bench has no desktop session
        # (store/keys.py).
        from bench.generate import default_cache

        cached = (args.cache or default_cache()) / f"sync-f{n}-format{SEED_FORMAT}"
        seed_s = 0.0
        if not (cached / "complete").exists():
            shutil.rmtree(cached, ignore_errors=True)
            cached.mkdir(parents=True)
            keyring_backend.use_in_process(cached / "keyring.cfg")
            seeding = open_local(DataPaths(cached / "laptop-a"))
            try:
                seed_s, _ = _timed(lambda: seed(seeding))
            finally:
                seeding.dispose()
            (cached / "complete").write_text(f"{seed_s:.1f}\n")
        shutil.copytree(cached, work, dirs_exist_ok=True)
        keyring_backend.use_in_process(work / "keyring.cfg")
        a = open_local(DataPaths(work / "laptop-a"))
        opened.append(a)

        # Baseline: the same rows, one bulk INSERT per table, one transaction.
        tables = (FamilyRow, PlanVersionRow, MeetingRow, RatingRow)
        with a.session() as s:
            data = {
                model: [{c.key: getattr(r, c.key) for c in model.__table__.columns
                         if c.key != "id" or model is not PlanVersionRow}
                        for r in s.scalars(select(model))]
                for model in tables
            }
        row_count = sum(len(v) for v in data.values())

        def bulk(db: Database) -> None:
            with db.session() as s:
                for model in tables:
                    s.execute(insert(model), data[model])

        base_server = open_server(new_database("bench_baseline"))
        opened.append(base_server)
        base_push_s, _ = _timed(lambda: bulk(base_server))

        team_server = open_server(new_database("bench_sync"))
        opened.append(team_server)

        def run(local: Database) -> object:
            return sync(local, team_server, team="bench", actor="anna")

        first_s, first = _timed(lambda: run(a))
        noop_s, noop = _timed(lambda: run(a))
        with a.session() as s:
            some = list(s.scalars(select(FamilyRow.id).limit(10)))
        for fid in some:
            save_plan_version(a, family_id=fid, content=plan, actor="anna")
        ten_s, ten = _timed(lambda: run(a))

        base_local = open_local(DataPaths(work / "laptop-baseline"))
        opened.append(base_local)
        base_pull_s, _ = _timed(lambda: bulk(base_local))
        b = open_local(DataPaths(work / "laptop-b"))
        opened.append(b)
        pull_s, pull = _timed(lambda: run(b))
        verified = all(verify_history(db).ok for db in (a, b, team_server))

        # The same with the server's isolation on: coach roles, row-level security.
        from dataclasses import replace as dc_replace

        from vrac_desktop.services.sync_join import join_server
        from vrac_desktop.store import server_admin as admin_ops
        from vrac_desktop.store.provenance import Signer
        from vrac_desktop.store.server_credentials import remembered_password
        from vrac_desktop.store.signing_keys import signing_identity
        from vrac_desktop.store.team_crypto import new_key_code, new_team_key, wrap_team_key

        team_key = new_team_key()

        def secured(name: str, *, signed: bool, encrypted: bool = False) -> dict[str, float]:
            operator = open_server(new_database(name))
            opened.append(operator)
            admin_ops.init_server(operator)
            admin_ops.add_team(operator, "bench")
            laptop_a = open_local(DataPaths(work / f"{name}-a"))
            laptop_b = open_local(DataPaths(work / f"{name}-b"))
            opened.extend((laptop_a, laptop_b))
            bulk(laptop_a)  # the same families as laptop A, written directly
            coaches = []
            for who, laptop in (("a", laptop_a), ("b", laptop_b)):
                code = admin_ops.add_coach(operator, f"{name}_{who}", team="bench")
                key_code = new_key_code()
                if encrypted:
                    code = dc_replace(code, wrapped_key=wrap_team_key(
                        team_key, key_code, team="bench").to_json())
                signer = None
                if signed:
                    paths = DataPaths(work / f"{name}-{who}")
                    signer = Signer(signing_identity(paths, coach_name=who))
                    join_server(laptop, paths=paths, code=code.encode(), signer=signer,
                                key_code=key_code)
                    password = remembered_password(laptop, code.url())
                else:
                    password = code.password
                coach = open_server(code.url(), password)
                opened.append(coach)
                coaches.append((coach, signer))

            def go(laptop: Database, who: int) -> object:
                coach, signer = coaches[who]
                return sync(laptop, coach, team="bench", actor="anna", signer=signer)

            times = {"first": _timed(lambda: go(laptop_a, 0))[0],
                     "noop": _timed(lambda: go(laptop_a, 0))[0]}
            with laptop_a.session() as s:
                changed = list(s.scalars(select(FamilyRow.id).limit(10)))
            for fid in changed:
                save_plan_version(laptop_a, family_id=fid, content=plan, actor="anna")
            times["ten"] = _timed(lambda: go(laptop_a, 0))[0]
            times["pull"], pulled = _timed(lambda: go(laptop_b, 1))
            assert not pulled.problems, pulled.problems  # type: ignore[attr-defined]
            with operator.engine.begin() as conn:
                for who in ("a", "b"):
                    conn.exec_driver_sql(f'DROP OWNED BY "{name}_{who}"')
                    conn.exec_driver_sql(f'DROP ROLE "{name}_{who}"')
                conn.exec_driver_sql('DROP OWNED BY "vrac_team_bench"')
                conn.exec_driver_sql('DROP ROLE "vrac_team_bench"')
            for coach, _ in coaches:
                coach.dispose()
            return times

        rls = secured("bench_rls", signed=False)
        both = secured("bench_rls_signed", signed=True)
        sealed = secured("bench_rls_sealed", signed=True, encrypted=True)

        def line(label: str, seconds: float, base: float | None, note: str = "") -> None:
            ratio = f"{seconds / base:7.1f}x" if base else "        "
            out(f"{label:<34}{seconds:9.3f} s {1000 * seconds / n:9.2f} ms/family "
                  f"{ratio}  {note}")

        out(f"bench_sync: {n} families, {row_count} rows (each family: 2 versions, "
              "1 meeting, 2 ratings); PostgreSQL on 127.0.0.1, laptops SQLCipher")
        out(f"{'step':<34}{'time':>11} {'per family':>19} {'vs base':>8}")
        if seed_s:
            line("seed laptop A (services)", seed_s, None)
        else:
            out(f"seed laptop A (services): cached in {cached}")
        line("baseline push: bulk INSERT to PG", base_push_s, None)
        line("first sync, push all", first_s, base_push_s,
             f"{first.families} families, {first.pushed} rows sent")  # type: ignore[attr-defined]
        line("no-op sync", noop_s, base_push_s,
             f"{noop.families} families moved")  # type: ignore[attr-defined]
        line("sync after 10 families changed", ten_s, base_push_s,
             f"{ten.families} families, {ten.pushed} rows sent")  # type: ignore[attr-defined]
        line("baseline pull: bulk INSERT to SQLCipher", base_pull_s, None)
        line("first sync of laptop B, pull all", pull_s, base_pull_s,
             f"{pull.pulled} rows received")  # type: ignore[attr-defined]
        out(f"histories verified on A, B and server: {verified}")
        plain = {"first": first_s, "noop": noop_s, "ten": ten_s, "pull": pull_s}
        out("")
        out("with `server init` (coach roles): time, and ratio to the same step above")
        out(f"{'step':<34}{'roles + RLS':>22}{'+ signatures':>20}{'+ team key':>20}"
            f"{'key vs signed':>15}")
        for key, label in (("first", "first sync, push all"), ("noop", "no-op sync"),
                           ("ten", "sync after 10 families changed"),
                           ("pull", "first sync of laptop B, pull all")):
            out(f"{label:<34}{rls[key]:9.3f} s {rls[key] / plain[key]:6.2f}x"
                f"{both[key]:11.3f} s {both[key] / plain[key]:6.2f}x"
                f"{sealed[key]:11.3f} s {sealed[key] / plain[key]:6.2f}x"
                f"{sealed[key] / both[key]:13.2f}x")
        # The targets (issue 19): a first push within 5x the bulk INSERT of the same rows; a
        # new laptop joining a 10,000-family team (first pull on the server as `server init`
        # makes it: roles, row-level security, signatures, team key) within 60 s.
        join_10k = sealed["pull"] * 10_000 / n
        out("")
        out("targets (issue 19):")
        out(f"  first push vs bulk INSERT, plain server:        {first_s / base_push_s:5.1f}x"
            f"  (target 5x: {'met' if first_s <= 5 * base_push_s else 'NOT met'})")
        out(f"  first push vs bulk INSERT, roles+RLS+sig+key:   "
            f"{sealed['first'] / base_push_s:5.1f}x  (signing every row first included)")
        out(f"  join: first pull with roles+RLS+sig+key, {n} families: {sealed['pull']:.1f} s, "
            f"{1000 * sealed['pull'] / n:.2f} ms/family"
            + ("" if n >= 10_000 else f", {join_10k:.0f} s at 10,000 at this rate")
            + f"  (target 10,000 in 60 s: {'met' if join_10k <= 60 else 'NOT met'})")
        if args.json is not None:
            args.json.write_text(json.dumps({
                "families": n, "rows": row_count, "base_push": base_push_s,
                "first_push": first_s, "first_push_secured": sealed["first"],
                "base_pull": base_pull_s, "pull": pull_s, "join": sealed["pull"],
                "verified": verified}))
        return 0 if verified else 1
    finally:
        for db in opened:
            db.dispose()
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


SEED_FORMAT = 1  # bump when seed() changes: cached laptops are seeded again


if __name__ == "__main__":
    sys.exit(main())
