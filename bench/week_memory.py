"""The coach's week at 100,000 families: its time and memory, and the week page's.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.week_memory [--cache DIR] [--families N]

On the bench database of bench/bench_search.py (built once, cached), each figure in a fresh
process (a Python process keeps the memory it once used):

* ``caseload()`` alone: its wall time, the process's RSS before and after, and the peak
  (VmHWM);
* the week page (gui/caseload.py) at 1366x700, offscreen: RSS with the page shown empty, after
  the week is read, and after ``show_caseload`` (its time too).

The app's own peak with the week read at start is in ``make bench`` (bench/bench_search.py,
"peak RSS, + searched, opened busy family"). docs/performance.md, "Round five", has the
figures before and after.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402
from bench.run import out  # noqa: E402


def _memory() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in MiB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            found[line.split(":")[0]] = int(line.split()[1]) // 1024
    return found


def child(kind: str, root: Path) -> None:
    """One measurement, in this (fresh) process; prints one JSON line."""
    import gc
    import time
    from datetime import date

    from tests import keyring_backend
    from vrac_desktop.store.database import open_local
    from vrac_desktop.store.paths import DataPaths

    keyring_backend.use_in_process(root / "keyring.cfg")
    figures: dict[str, float] = {}
    if kind == "page":
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        from vrac_desktop.gui.caseload import CaseloadPage
        from vrac_desktop.gui.style import apply_style

        apply_style(app)
    db = open_local(DataPaths(root / "data"))
    from vrac_desktop.services.caseload import caseload

    if kind == "page":
        page = CaseloadPage(db)
        page.resize(1366, 700)
        page.show()
        app.processEvents()
    figures["rss_before"] = _memory()["VmRSS"]
    start = time.perf_counter()
    load = caseload(db, today=date.today())
    figures["week_s"] = time.perf_counter() - start
    gc.collect()
    figures["rss_week"], figures["hwm_week"] = _memory()["VmRSS"], _memory()["VmHWM"]
    figures["actions"] = len(load.actions)
    if kind == "page":
        start = time.perf_counter()
        page.show_caseload(load)
        app.processEvents()
        figures["show_s"] = time.perf_counter() - start
        figures["rss_shown"], figures["hwm_shown"] = _memory()["VmRSS"], _memory()["VmHWM"]
    sys.stdout.write(json.dumps(figures) + "\n")


def measure(kind: str, made: generate.Generated) -> dict[str, float]:
    env_python = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
                  str(made.root)]
    done = subprocess.run(env_python, capture_output=True, text=True, check=True,
                          cwd=ROOT)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--families", type=int, default=100_000)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    made = generate.ensure(generate.Shape(args.families, 5), args.cache, log=out)
    week = measure("week", made)
    page = measure("page", made)
    n = f"{args.families + 2:,}"
    out(f"the coach's week, {n} families, {int(week['actions']):,} open actions")
    out(f"  caseload() alone         {week['week_s']:6.2f} s   RSS {week['rss_before']:.0f} -> "
        f"{week['rss_week']:.0f} MiB, peak {week['hwm_week']:.0f} MiB")
    out(f"  week page, read          {page['week_s']:6.2f} s   RSS {page['rss_before']:.0f} -> "
        f"{page['rss_week']:.0f} MiB, peak {page['hwm_week']:.0f} MiB")
    out(f"  week page, shown         {page['show_s']:6.2f} s   RSS {page['rss_week']:.0f} -> "
        f"{page['rss_shown']:.0f} MiB, peak {page['hwm_shown']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
