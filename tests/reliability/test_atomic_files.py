"""Power-loss style interruption of exports and backups: the target is old or new, never half.

A forked child rewrites the same family export and the same backup file over and over; the
parent SIGKILLs it at random moments and then checks both targets: the export parses in full
and its history verifies, the backup opens with the key and passes SQLite's page check.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import sample_plan, with_progress
from vrac_desktop.domain.transfer import parse_family_export
from vrac_desktop.services.backup import make_backup
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.transfer import export_family
from vrac_desktop.store.database import open_local, sqlcipher_engine
from vrac_desktop.store.files import sweep_temp
from vrac_desktop.store.keys import obtain_key
from vrac_desktop.store.paths import DataPaths

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)"),
]


def _writer(paths: DataPaths, family_id: str, export: Path, backup: Path, *,
            once: bool = False) -> None:
    db = open_local(paths)
    while True:
        export_family(db, family_id=family_id, path=export, actor="crash")
        make_backup(db, paths=paths, actor="crash", to=backup)
        if once:
            return


def _in_child(work: Callable[[], None]) -> int:
    """Run ``work`` in a forked child (its own database connection); returns the child's pid.
    The child exits 0 when ``work`` returns, 3 when it raises (the traceback on stderr)."""
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            work()
            code = 0
        except BaseException:
            os.write(2, traceback.format_exc().encode())
        finally:
            os._exit(code)
    return pid


def test_killed_export_and_backup_leave_old_or_new_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rounds = int(os.environ.get("VRAC_ATOMIC_ROUNDS", "60"))
    rng = random.Random(int(os.environ.get("VRAC_CRASH_SEED", str(random.randrange(1 << 30)))))
    paths = DataPaths(tmp_path / "data")
    db = open_local(paths)
    family, _ = create_family(db, display_name="Peeters", actor="setup")
    plan = sample_plan()
    for _ in range(20):
        save_plan_version(db, family_id=family.id, content=plan, actor="setup")
        plan = with_progress(plan)
    db.dispose()
    key = obtain_key(paths).key
    export, backup = tmp_path / "out" / "family.json", tmp_path / "out" / "family.vracbak"
    export.parent.mkdir()
    # A first export and backup written whole: from then on each killed rewrite must leave
    # the old file or the new one, never none.
    _, status = os.waitpid(_in_child(lambda: _writer(paths, family.id, export, backup,
                                                     once=True)), 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, "see the child's stderr"
    checked_export = checked_backup = 0
    started = time.monotonic()
    for _ in range(rounds):
        pid = _in_child(lambda: _writer(paths, family.id, export, backup))
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), "the writing child failed by itself, see its stderr"
        assert export.exists() and backup.exists()
        if export.exists():
            parsed = parse_family_export(export.read_bytes())
            assert len(parsed.versions) == 20
            checked_export += 1
        if backup.exists():
            from vrac_desktop.services.backup_format import read_backup

            part = tmp_path / "backup-part.db"  # the database after the backup's header
            part.write_bytes(backup.read_bytes()[read_backup(backup).offset:])
            engine = sqlcipher_engine(part, key)
            try:
                with engine.connect() as conn:
                    assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
                    count = conn.execute(text("SELECT count(*) FROM plan_versions")).scalar_one()
                    assert count == 20
            finally:
                engine.dispose()
            checked_backup += 1
    def temporary() -> list[str]:
        """Temporary files beside the user's files and in the data folder's tmp/ (where the
        backup is written before it moves into place; the journal of outside files stays)."""
        beside = [p.name for p in export.parent.iterdir() if ".tmp" in p.name]
        inside = [p.name for p in paths.temp.rglob("*") if p.is_file()] if paths.temp.exists() \
            else []
        return sorted(beside + inside)

    orphaned = temporary()
    # The next start sweeps what the killed writes left (the journal names those outside the
    # data folder): none may stay behind.
    sweep_temp(paths)
    leftovers = temporary()
    with capsys.disabled():
        sys.stdout.write(
            f"\natomic-files: {rounds} SIGKILLs while rewriting an export and a backup; export "
            f"checked whole {checked_export} times, backup {checked_backup} times; "
            f"{len(orphaned)} orphaned temporary files before the start sweep, "
            f"{len(leftovers)} after; {time.monotonic() - started:.1f} s\n")
    assert checked_export == checked_backup == rounds
    assert leftovers == [], (orphaned, leftovers)
    assert {p.name for p in export.parent.iterdir()} <= {"family.json", "family.vracbak"}
