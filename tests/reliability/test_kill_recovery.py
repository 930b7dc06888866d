"""Kill -9 during export-family, backup, restore and sync, and restore while another process
writes: the short form of bench/recovery_kill.py (which runs 50 of each; figures in the
report). VRAC_KILL_RUNS sets the number of kills per command here (default 2)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.recovery_kill import restore_while_writing, run_kills
from tests.server import postgres as pg

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs POSIX")]


def test_kill_9_leaves_no_plaintext_no_stale_temp_and_loses_nothing(tmp_path: Path) -> None:
    runs = int(os.environ.get("VRAC_KILL_RUNS", "2"))
    with_sync = pg.find_binary("initdb") is not None or bool(os.environ.get("CI"))
    figures = run_kills(tmp_path, runs=runs, families=12, with_sync=with_sync, seed_rng=14)
    assert [f.operation for f in figures] == (
        ["export-family", "backup", "restore"] + (["sync"] if with_sync else []))
    for f in figures:
        assert f.runs == runs
        assert (f.plaintext_leftovers, f.stale_after_start, f.lost_versions) == (0, 0, 0), \
            f.problems


def test_restore_while_another_process_writes_loses_no_save(tmp_path: Path) -> None:
    figures = restore_while_writing(tmp_path, saves=25, restores=3)
    assert figures.reported_saved + figures.refused == 25
    assert figures.restores == 3
    assert figures.lost == 0, figures.line()
