"""Cold start of another tree (e.g. main, before a change) beside this one, interleaved.

    git archive main | (mkdir -p /tmp/before && tar -x -C /tmp/before)
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/compare_start.py /tmp/before [--runs 7]

Runs, in turn, this tree's bare window, the other tree's ``bench/startup.py app`` and this
tree's, on the 10,000-family bench database (built once, bench/generate.py), and prints the
medians and their ratio to the bare window. Each tree's own code is imported (its folder first
on ``PYTHONPATH``, the child started from it). The first line an app child prints is its
first figure: the window shown (before the first-screen change) or the families list painted
(after it); this tree's second line is the rest loaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402
from tests import keyring_backend  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other tree (a checkout or git archive)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--families", type=int, default=10_000)
    args = parser.parse_args()
    made = generate.ensure(generate.Shape(args.families), None, log=print)
    other = args.other.resolve()

    def run(root: Path, *what: str) -> list[float]:
        env = dict(keyring_backend.child_environment(made.keyring), QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = os.pathsep.join((str(root), env["PYTHONPATH"]))
        env["VRAC_BENCH_T0"] = repr(time.time())
        done = subprocess.run([sys.executable, str(root / "bench" / "startup.py"), *what],
                              env=env, capture_output=True, text=True, check=True, cwd=root)
        return [float(line.split()[0]) for line in done.stdout.splitlines()]

    times: dict[str, list[float]] = {"bare window": [], f"{other.name}: app": [],
                                     "this tree: families list painted": [],
                                     "this tree: the rest loaded": []}
    run(ROOT, "bare")  # warm the file cache for all three
    run(other, "app", str(made.data))
    run(ROOT, "app", str(made.data))
    for _ in range(args.runs):
        times["bare window"].append(run(ROOT, "bare")[0])
        times[f"{other.name}: app"].append(run(other, "app", str(made.data))[0])
        painted, loaded = run(ROOT, "app", str(made.data))[:2]
        times["this tree: families list painted"].append(painted)
        times["this tree: the rest loaded"].append(loaded)
    bare = statistics.median(times["bare window"])
    for name, values in times.items():
        middle = statistics.median(values)
        sys.stdout.write(f"{name:<36} {middle * 1000:8.1f} ms  {middle / bare:5.2f}x  "
                         f"({', '.join(f'{v * 1000:.0f}' for v in values)})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
