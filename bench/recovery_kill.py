"""Kill -9 during export-family, backup, restore and sync; restore while another process
writes. The app runs as a user runs it: ``vrac-desktop`` commands in their own processes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/recovery_kill.py [--runs 50] [--no-sync]

For every kill: the command is started, SIGKILLed at a random moment within its measured
running time, and then checked:

* plaintext leftovers outside the data folder: any file in the output folder other than the
  finished target (and a finished target that is not complete) counts;
* stale temporary files after the next start: the next start (taking the instance lock, as
  every writing command and the app do) must leave none in the data folder, its tmp/ and
  backups/, nor in the output folder;
* lost versions: ``verify-history`` must pass with every version still there.

Restore while writing: a writer process imports families one by one (each
``import-family`` a command of its own, reporting which succeeded) while another process
restores a backup again and again; afterwards every family the writer reported saved must
be in a database — the live one, or the copy a restore kept aside (``before-restore-*``).

tests/reliability/test_kill_recovery.py runs a short form of each (VRAC_KILL_RUNS, default 3).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests import keyring_backend  # noqa: E402
from tests.factories import sample_plan  # noqa: E402
from vrac_desktop.services.families import create_family  # noqa: E402
from vrac_desktop.services.history import verify_history  # noqa: E402
from vrac_desktop.services.plans import save_plan_version  # noqa: E402
from vrac_desktop.store.database import open_local, sqlcipher_engine  # noqa: E402
from vrac_desktop.store.instance import InstanceLock  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402


def vrac(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(data), *args]


def seed(paths: DataPaths, families: int) -> tuple[str, int]:
    db = open_local(paths)
    try:
        first = ""
        for i in range(families):
            family, _ = create_family(db, display_name=f"Family {i:03d}", actor="coach")
            first = first or family.id
            plan = sample_plan(f" {i}")
            save_plan_version(db, family_id=family.id, content=plan, actor="coach")
        return first, verify_history(db).versions
    finally:
        db.dispose()


@dataclass
class KillFigures:
    operation: str
    runs: int = 0
    killed_running: int = 0  # killed before the command had finished
    plaintext_leftovers: int = 0
    stale_after_start: int = 0
    lost_versions: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.operation:<14} {self.runs:>3} runs ({self.killed_running} killed while "
                f"running): plaintext leftovers outside {self.plaintext_leftovers}, stale temp "
                f"files after next start {self.stale_after_start}, lost versions "
                f"{self.lost_versions}")


def _stale(paths: DataPaths, out: Path) -> list[Path]:
    found: list[Path] = []
    if paths.temp.is_dir():
        found += [p for p in paths.temp.rglob("*") if p.is_file()]
    for folder in (paths.root, paths.backups, paths.root / "signing", out):
        if folder.is_dir():
            found += list(folder.glob(".*.tmp*")) + list(folder.glob(".restore-*"))
    return found


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[5:]} failed: {done.stderr}")
    return time.perf_counter() - start


def kill_runs(operation: str, cmd: Callable[[int], list[str]], *, paths: DataPaths, out: Path,
              expected_versions: int, runs: int, env: dict[str, str],
              complete: Callable[[Path], bool], rng: random.Random,
              after: Callable[[], None] = lambda: None) -> KillFigures:
    """SIGKILL ``cmd(i)`` ``runs`` times at a random moment within its running time."""
    figures = KillFigures(operation)
    # The shortest of three runs: one slow run (a busy machine) must not push every kill
    # past the end of the command.
    durations = []
    for _ in range(3):
        durations.append(_timed(cmd(-1), env))
        after()
    duration = min(durations)
    for i in range(runs):
        for leftover in out.iterdir():
            leftover.unlink()
        proc = subprocess.Popen(cmd(i), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env)
        # Python and the app start in a good part of the time: kill mostly after that.
        time.sleep(rng.uniform(0.2, 0.9) * duration)
        if proc.poll() is None:
            figures.killed_running += 1
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        figures.runs += 1
        for item in out.iterdir():  # outside the data folder: only a finished target
            if item.name.startswith(".") or not complete(item):
                figures.plaintext_leftovers += 1
                figures.problems.append(f"{operation} run {i}: left {item.name}")
        with InstanceLock(paths):  # the next start
            pass
        stale = _stale(paths, out)
        figures.stale_after_start += len(stale)
        figures.problems += [f"{operation} run {i}: stale {p}" for p in stale]
        db = open_local(paths)
        try:
            report = verify_history(db)
        finally:
            db.dispose()
        if not report.ok or report.versions != expected_versions:
            figures.lost_versions += max(1, expected_versions - report.versions)
            figures.problems.append(f"{operation} run {i}: history {report.versions} "
                                    f"versions, ok={report.ok}")
        after()
    return figures


def _json_complete(path: Path) -> bool:
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return True


def _backup_complete(path: Path) -> bool:
    from vrac_desktop.services.backup_format import read_backup

    try:
        info = read_backup(path)
    except Exception:
        return False
    return path.stat().st_size > info.offset + 4096


def run_kills(work: Path, *, runs: int, families: int, with_sync: bool,
              seed_rng: int, only: tuple[str, ...] = ()) -> list[KillFigures]:
    rng = random.Random(seed_rng)
    keyring_backend.use_in_process(work / "keyring.cfg")
    env = keyring_backend.child_environment(work / "keyring.cfg")
    env["QT_QPA_PLATFORM"] = "offscreen"
    paths = DataPaths(work / "data")
    family, versions = seed(paths, families)
    out = work / "usb"
    out.mkdir()
    good = work / "good.vracbak"
    subprocess.run(vrac(paths.root, "backup", "--to", str(good)), check=True, env=env,
                   capture_output=True)
    wanted = set(only or ("export-family", "backup", "restore", "sync"))
    figures = [f for f in [
        kill_runs("export-family",
                  lambda i: vrac(paths.root, "export-family", family, "--json",
                                 str(out / "family.json")),
                  paths=paths, out=out, expected_versions=versions, runs=runs, env=env,
                  complete=_json_complete, rng=rng) if "export-family" in wanted else None,
        kill_runs("backup", lambda i: vrac(paths.root, "backup", "--to", str(out / "b.vracbak")),
                  paths=paths, out=out, expected_versions=versions, runs=runs, env=env,
                  complete=_backup_complete, rng=rng) if "backup" in wanted else None,
        kill_runs("restore", lambda i: vrac(paths.root, "restore", str(good)),
                  paths=paths, out=out, expected_versions=versions, runs=runs, env=env,
                  complete=lambda p: False, rng=rng,
                  # the kept before-restore copies are the user's; keep the disk small here
                  after=lambda: [p.unlink() for p in paths.backups.glob("before-restore-*")])
        if "restore" in wanted else None,
    ] if f is not None]
    if with_sync and "sync" in wanted:
        figures.append(_sync_kills(work, paths, versions, runs, env, rng, out))
    return figures


def _sync_kills(work: Path, paths: DataPaths, versions: int, runs: int,
                env: dict[str, str], rng: random.Random, out: Path) -> KillFigures:
    import psycopg

    from tests.server import postgres as pg
    from vrac_desktop.store.database import open_server

    server = pg.start()
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE vrac_kill")
        open_server(server.url("vrac_kill")).dispose()
        url = server.url("vrac_kill", with_password=False)
        # Headless, as scripts do: libpq's PGPASSWORD (the app keeps no password in a file).
        env = {**env, "PGPASSWORD": pg.PASSWORD}
        # The seeded laptop pushes everything once; then each run a new laptop (an empty
        # data folder) pulls, is killed half-way, and the next full sync must complete it.
        subprocess.run(vrac(paths.root, "sync", "--server", url, "--team", "kill"), env=env,
                       check=True, capture_output=True)
        figures = KillFigures("sync")
        for i in range(runs):
            laptop = DataPaths(work / f"laptop-{i}")
            cmd = vrac(laptop.root, "sync", "--server", url, "--team", "kill")
            if i == 0:  # the shortest of two full syncs of a new laptop
                timings = []
                for _ in range(2):
                    timings.append(_timed(cmd, env))
                    shutil.rmtree(laptop.root)
                duration = min(timings)
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, env=env)
            time.sleep(rng.uniform(0.2, 0.9) * duration)
            if proc.poll() is None:
                figures.killed_running += 1
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
            figures.runs += 1
            with InstanceLock(laptop):  # the next start
                pass
            stale = _stale(laptop, out)
            figures.stale_after_start += len(stale)
            if laptop.database.exists():
                db = open_local(laptop)
                try:
                    if not verify_history(db).ok:
                        figures.lost_versions += 1
                        figures.problems.append(f"sync run {i}: half a family pulled")
                finally:
                    db.dispose()
            subprocess.run(cmd, env=env, capture_output=True, timeout=600)  # resumed
            db = open_local(laptop)
            try:
                report = verify_history(db)
            finally:
                db.dispose()
            if not report.ok or report.versions != versions:
                figures.lost_versions += max(1, versions - report.versions)
                figures.problems.append(f"sync run {i}: {report.versions} of {versions} "
                                        "versions after the resumed sync")
            shutil.rmtree(laptop.root)
        srv = open_server(server.url("vrac_kill"))
        try:
            report = verify_history(srv)
            if not report.ok:
                figures.lost_versions += 1
                figures.problems.append("sync: the server's history does not verify")
        finally:
            srv.dispose()
        return figures
    finally:
        server.stop()


# --- restore while another process writes --------------------------------------------------------

WRITER = """
import sys
from vrac_desktop import cli
data, files = sys.argv[1], sys.argv[2:]
for f in files:
    code = cli.main(["--data-dir", data, "import-family", f])
    print(("saved " if code == 0 else "refused ") + f.rsplit("/", 1)[-1][:-5], flush=True)
"""

RESTORER = """
import sys, time
from vrac_desktop import cli
data, backup, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
done = tries = 0
while done < times and tries < 20 * times:  # refused while the writer holds the folder
    tries += 1
    code = cli.main(["--data-dir", data, "restore", backup])
    done += code == 0
    print("restored" if code == 0 else "refused", flush=True)
    time.sleep(0.02)
"""


@dataclass
class WriteFigures:
    reported_saved: int
    refused: int
    restores: int
    restores_refused: int
    lost: int

    def line(self) -> str:
        return (f"restore while writing: {self.reported_saved} saves reported, "
                f"{self.refused} writes refused with a message, {self.restores} restores done, "
                f"{self.restores_refused} refused; saves lost: {self.lost}")


def restore_while_writing(work: Path, *, saves: int, restores: int) -> WriteFigures:
    from vrac_desktop.services.transfer import export_family

    keyring_backend.use_in_process(work / "keyring.cfg")
    env = keyring_backend.child_environment(work / "keyring.cfg")
    source, paths = DataPaths(work / "source"), DataPaths(work / "data")
    exports = work / "exports"
    exports.mkdir()
    db = open_local(source)
    files: list[str] = []
    try:
        for i in range(saves):
            family, _ = create_family(db, display_name=f"Writer {i:04d}", actor="w")
            save_plan_version(db, family_id=family.id, content=sample_plan(str(i)), actor="w")
            files.append(str(export_family(db, family_id=family.id,
                                           path=exports / f"{family.id}.json", actor="w")))
    finally:
        db.dispose()
    seed(paths, 3)
    backup = work / "base.vracbak"
    subprocess.run(vrac(paths.root, "backup", "--to", str(backup)), check=True, env=env,
                   capture_output=True)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(paths.root), *files],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                              env=env)
    time.sleep(1.0)
    restorer = subprocess.run([sys.executable, "-c", RESTORER, str(paths.root), str(backup),
                               str(restores)], capture_output=True, text=True, env=env,
                              timeout=1800)
    written, _ = writer.communicate(timeout=1800)
    saved = {line.split()[1] for line in written.splitlines() if line.startswith("saved ")}
    refused = sum(1 for line in written.splitlines() if line.startswith("refused "))
    found: set[str] = set()
    key = open_local(paths)
    try:
        assert key.key is not None
        db_key = key.key
        with key.engine.connect() as conn:
            found |= {r[0] for r in conn.exec_driver_sql("SELECT id FROM families")}
    finally:
        key.dispose()
    for kept in paths.backups.glob("before-restore-*.vracbak"):
        engine = sqlcipher_engine(kept, db_key)
        try:
            with engine.connect() as conn:
                found |= {r[0] for r in conn.exec_driver_sql("SELECT id FROM families")}
        finally:
            engine.dispose()
    outcome = restorer.stdout.split()
    return WriteFigures(len(saved), refused, outcome.count("restored"),
                        outcome.count("refused"), len(saved - found))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--families", type=int, default=40)
    parser.add_argument("--no-sync", action="store_true")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--restores", type=int, default=40)
    parser.add_argument("--only", default="", help="comma-separated commands to kill "
                        "(export-family,backup,restore,sync); default all, and the "
                        "restore-while-writing run")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vrac-kill-"))
    failed = False
    try:
        start = time.perf_counter()
        only = tuple(x for x in args.only.split(",") if x)
        for figures in run_kills(work / "kills", runs=args.runs, families=args.families,
                                 with_sync=not args.no_sync, seed_rng=args.seed, only=only):
            sys.stdout.write(figures.line() + "\n")
            for problem in figures.problems[:5]:
                sys.stdout.write(f"    {problem}\n")
            failed |= bool(figures.plaintext_leftovers or figures.stale_after_start
                           or figures.lost_versions)
        if not only:
            (work / "write").mkdir()
            writes = restore_while_writing(work / "write", saves=args.saves,
                                           restores=args.restores)
            sys.stdout.write(writes.line() + "\n")
            failed |= writes.lost > 0
        sys.stdout.write(f"({time.perf_counter() - start:.0f} s)\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
