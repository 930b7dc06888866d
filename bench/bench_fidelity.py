"""How long the organisation's fidelity summary takes, against reading the same rows raw.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_fidelity.py [--families 10000]
        [--versions 4] [--cache DIR]

Uses a benchmark database of bench/generate.py (built once, cached), copied, with the family's
voice added for every meeting (three questions, family and child: six rows per meeting) and a
team for every family, so every table the summary reads has rows.

Figures printed (median of ``--repeat`` runs, seconds and the ratio to the baseline measured in
the same run on the same machine):

* baseline: the same rows read raw, with one plain SELECT per table on the SQLCipher
  connection and ``fetchall()`` (families; the plan versions the summary decodes: those saved
  with a meeting and each family's latest; meetings; ratings; evaluations; voices);
* summary: ``services.fidelity.organisation_summary`` (the same reads through SQLAlchemy,
  JSON decoding of those plan versions, every indicator of every family, the distributions
  per team and per coach with suppression);
* CSV: writing that summary as the anonymous CSV.

``run.py`` (``python -m bench``) calls ``fidelity_summary`` on its 10,000-family database.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402

TODAY = date(2026, 11, 29)

RAW_QUERIES = (
    "SELECT id, status, team FROM families",
    "SELECT family_id, max(number) FROM plan_versions GROUP BY family_id",
    "SELECT v.family_id, v.created_at, v.meeting_id FROM plan_versions v JOIN "
    "(SELECT family_id, min(number) AS n FROM plan_versions WHERE approved GROUP BY family_id)"
    " f ON f.family_id = v.family_id AND f.n = v.number",
    "SELECT v.family_id, v.number, v.created_at, v.created_by, v.meeting_id, v.content_json "
    "FROM plan_versions v JOIN (SELECT family_id, max(number) AS n FROM plan_versions GROUP BY "
    "family_id) l ON l.family_id = v.family_id WHERE v.meeting_id IS NOT NULL OR v.number = l.n",
    "SELECT family_id, id, held_on, attendance_json FROM meetings",
    "SELECT family_id, id, goal_id, meeting_id, rated_on, value, rater FROM ratings",
    "SELECT family_id, content_json FROM evaluations",
    "SELECT family_id, meeting_id, respondent, question, value FROM meeting_voices",
)


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _median(work: Callable[[], object], repeat: int) -> float:
    work()  # warm: the OS file cache and SQLCipher's page cache, for both alike
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def add_voices_and_teams(db: object) -> int:
    """Six answers per meeting and a team per family (two teams), in one transaction."""
    from vrac_desktop.store.database import Database

    assert isinstance(db, Database)
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        rows = []
        for n, (meeting_id, family_id) in enumerate(
                cur.execute("SELECT id, family_id FROM meetings").fetchall()):
            for q, question in enumerate(("listened", "our_plan", "who_does_what")):
                for respondent in ("family", "child"):
                    rows.append((str(uuid.uuid5(uuid.NAMESPACE_URL,
                                                f"{meeting_id}/{respondent}/{question}")),
                                 family_id, meeting_id, respondent, question, 1 + (n + q) % 5))
        cur.executemany("INSERT OR IGNORE INTO meeting_voices (id, family_id, meeting_id, "
                        "respondent, question, value) VALUES (?, ?, ?, ?, ?, ?)", rows)
        cur.execute("UPDATE families SET team = CASE WHEN rowid % 2 = 0 THEN 'north' "
                    "ELSE 'south' END")
        raw.commit()
        return len(rows)
    finally:
        raw.close()


def raw_read(db: object) -> Callable[[], int]:
    from vrac_desktop.store.database import Database

    assert isinstance(db, Database)

    def read() -> int:
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()
            return sum(len(cur.execute(q).fetchall()) for q in RAW_QUERIES)
        finally:
            raw.close()

    return read


def fidelity_summary(made: generate.Generated, repeat: int,
                     work: Path) -> list[tuple[str, float, float]]:
    """(name, seconds, baseline seconds) of the summary and of its CSV, on a private copy of
    ``made`` with voices and teams added."""
    from vrac_desktop.services.fidelity import organisation_summary, write_summary_csv

    copy = made.copy_to(work / "fidelity")
    db = copy.open_db()
    try:
        add_voices_and_teams(db)
        read = raw_read(db)
        rows = read()
        baseline = _median(read, repeat)
        summary_s = _median(lambda: organisation_summary(db, today=TODAY), repeat)
        summary = organisation_summary(db, today=TODAY)
        csv_s = _median(lambda: write_summary_csv(summary, work / "summary.csv"), repeat)
    finally:
        db.dispose()
        shutil.rmtree(copy.root, ignore_errors=True)
    families = made.shape.families + 2
    return [
        (f"fidelity summary, {families} families ({rows} rows)", summary_s, baseline),
        ("  its anonymous CSV", csv_s, baseline),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--versions", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    out(f"Generating or reusing the database ({args.families} families, "
        f"{args.versions} versions each)...")
    made = generate.ensure(generate.Shape(args.families, args.versions), args.cache, log=out)
    out(f"  built in {made.seconds:.1f} s" if made.seconds else "  cached")
    work = Path(tempfile.mkdtemp(prefix="vrac-bench-fidelity-"))
    try:
        figures = fidelity_summary(made, args.repeat, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out()
    out(f"{'figure':<58}{'measured':>11}{'raw read':>11}{'ratio':>8}")
    for name, seconds, baseline in figures:
        out(f"{name:<58}{seconds * 1000:>9.0f}ms{baseline * 1000:>9.0f}ms"
            f"{seconds / baseline:>7.1f}x")
    out()
    out("Baseline: the same rows read raw (one plain SELECT per table, fetchall) on the same "
        "SQLCipher database.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
