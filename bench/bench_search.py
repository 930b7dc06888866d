"""100,000 families: search as you type, save, memory (part of the full ``make bench``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_search [--cache DIR]

Builds (once, cached like the others) a 100,000-family database with 5 versions per family
(bench/generate.py; 50 would make a 10 GB file without changing what is measured here: the
newest plan, the names, the row counts) and a 1,000-family one of the same shape, then:

* search per key: ``services.families.search_families`` for each prefix as a coach types a
  family name, a reference and a member's name, key by key; the median over the keys (each
  key's median of the repeats) and the slowest key, against the raw ``LIKE`` on
  ``families.search_key`` of the same keys in the same run; and the search this index replaced
  (tests/store/test_search_index.py:old_search) on three keys, for the before/after;
* save: ``finish_meeting`` at 100,000 families against the same at 1,000 (flat: ratio ~1),
  interleaved in three rounds;
* peak RSS of the app (bench/startup.py) with the families list shown, and after a search
  and the busy family opened with its charts.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402
from bench.run import Figure, cold_start, figure_row, out, save_version  # noqa: E402

FAMILIES = 100_000
VERSIONS = 5
TYPED = ("jansen ba", "ref-0012", "parent kaya")


def keys() -> list[str]:
    """Every prefix of the typed texts, as the field holds them key by key."""
    return [text[:n] for text in TYPED for n in range(1, len(text) + 1)
            if not text[:n].endswith(" ")]


def search_per_key(made: generate.Generated, repeat: int) -> tuple[Figure, ...]:
    from tests.store.test_search_index import old_search
    from vrac_desktop.services.families import search_families

    typed = keys()
    db = made.open_db()
    try:
        per_key, cpu_per_key = [], []
        for key in typed:
            search_families(db, text=key)  # warm: the first key of a session reads pages
            times, cpu = [], []
            for _ in range(repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                search_families(db, text=key)
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            per_key.append(statistics.median(times))
            cpu_per_key.append(statistics.median(cpu))
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()
            baseline = []
            for key in typed:
                times = []
                for _ in range(repeat):
                    start = time.perf_counter()
                    cur.execute("SELECT id, display_name FROM families WHERE search_key LIKE ? "
                                "LIMIT 500", (f"%{key.split()[0]}%",))
                    cur.fetchall()
                    times.append(time.perf_counter() - start)
                baseline.append(statistics.median(times))
        finally:
            raw.close()
        before = []
        for key in ("jansen", "ref-0012", "parent kaya"):  # ~2 s each: once
            start = time.perf_counter()
            old_search(db, key)
            before.append(time.perf_counter() - start)
    finally:
        db.dispose()
    n = f"{made.shape.families + 2:,}"
    slowest = max(range(len(typed)), key=lambda i: per_key[i])
    return (
        Figure(f"search as you type, median per key ({n} families)",
               statistics.median(per_key), "raw LIKE query, no ORM, no counts",
               statistics.median(baseline), target=0.030,
               note=f"{len(typed)} keys: {', '.join(repr(t) for t in TYPED)} typed"),
        Figure("  the same, CPU time of this process (moves less with the load)",
               statistics.median(cpu_per_key)),
        Figure(f"  slowest key ({typed[slowest]!r})", per_key[slowest], "raw LIKE, same key",
               baseline[slowest]),
        Figure(f"  before: the search this index replaced ({n} families)",
               statistics.median(before), "raw LIKE query, no ORM, no counts",
               statistics.median(baseline), note="3 keys, once each"),
    )


def run(cache: Path | None, work: Path, repeat: int) -> list[Figure]:
    started = time.perf_counter()
    big = generate.ensure(generate.Shape(FAMILIES, VERSIONS), cache, log=out)
    small = generate.ensure(generate.Shape(1000, VERSIONS), cache, log=out)
    for made in (big, small):
        size = sum(f.stat().st_size for f in made.data.rglob("*") if f.is_file())
        out(f"  {made.shape.families:>6} families, {VERSIONS} versions each: "
            f"{size / 2**20:.0f} MiB" + (f", built in {made.seconds:.1f} s" if made.seconds
                                         else ", cached"))
    figures = list(search_per_key(big, repeat))
    # Interleaved, three rounds: a busy neighbour slows both sizes alike.
    copies = [made.copy_to(work / f"save-{made.shape.families}") for made in (big, small)]
    saves: list[list[float]] = [[], []]
    for _round in range(3):
        for i, copy in enumerate(copies):
            saves[i].append(save_version(copy, repeat).seconds)
    for copy in copies:
        shutil.rmtree(copy.root, ignore_errors=True)
    figures.append(Figure(f"save a meeting as a new version ({FAMILIES + 2:,} families)",
                          statistics.median(saves[0]), f"the same at {1000 + 2:,} families",
                          statistics.median(saves[1]), target_ratio=1.5,
                          note="interleaved, 3 rounds"))
    started_figures = cold_start(big, 3)  # its memory figures, by name (not by position)
    rss = next(f for f in started_figures if f.name.startswith("peak RSS, started"))
    used = next(f for f in started_figures if f.name.startswith("peak RSS, +"))
    figures += [Figure(rss.name.replace("started", "families list shown"), rss.seconds,
                       unit="MiB", target=250.0),
                Figure(used.name + f" ({FAMILIES + 2:,})", used.seconds, unit="MiB",
                       target=250.0)]
    out(f"  (100,000 families: {time.perf_counter() - started:.0f} s including the builds)")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    from tests import keyring_backend

    work = Path(tempfile.mkdtemp(prefix="vrac-bench-search-"))
    try:
        made = generate.ensure(generate.Shape(FAMILIES, VERSIONS), args.cache, log=out)
        keyring_backend.use_in_process(made.keyring)
        figures = run(args.cache, work, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in figures:
        out(figure_row(f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
