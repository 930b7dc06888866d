"""Cold start of another tree (e.g. main, before a change) beside this one, interleaved.

    git archive main | (mkdir -p /tmp/before && tar -x -C /tmp/before)
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/compare_start.py /tmp/before [--runs 7]
        [--data DIR --other-data DIR]

Runs, in turn, this tree's bare window, the other tree's app and this tree's (each
``bench/startup.py app``, this tree's harness for both), on the 10,000-family bench database
(built once, bench/generate.py), and prints the medians, their ratio to the bare window, and
the same for the CPU time. Each tree's own code is imported (its folder first on
``PYTHONPATH``, the child started from it). The first line an app child prints is its first
figure: the families list painted; this tree's second line is the rest loaded.

``--data``/``--other-data``: a bench database folder (``data/`` and ``keyring.cfg``, as
bench/generate.py makes) for each tree, when the two trees' schemas differ (a migration
between them: each app would refuse the other's newer database). Both trees' Python is
compiled first (``compile_tree``), as an installed app's is.
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
from bench.startup import compile_tree  # noqa: E402
from tests import keyring_backend  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other tree (a checkout or git archive)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--data", type=Path, help="this tree's database folder")
    parser.add_argument("--other-data", type=Path, help="the other tree's database folder")
    args = parser.parse_args()
    if args.data and args.other_data:
        mine, theirs = args.data.resolve(), args.other_data.resolve()
    else:
        made = generate.ensure(generate.Shape(args.families), None, log=print)
        mine = theirs = made.root
    other = args.other.resolve()
    compile_tree(ROOT)
    compile_tree(other)
    data = {ROOT: mine, other: theirs}

    cpu: dict[str, list[float]] = {}

    def run(root: Path, *what: str) -> list[float]:
        if what[0] == "app":
            what = ("app", str(data[root] / "data"), *what[1:])
        env = dict(keyring_backend.child_environment(data[root] / "keyring.cfg"),
                   QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = os.pathsep.join((str(root), env["PYTHONPATH"]))
        env["VRAC_BENCH_T0"] = repr(time.time())
        # This tree's harness for both (the same timing and CPU report); each tree's own
        # code, its folder first on PYTHONPATH.
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "startup.py"), *what],
                              env=env, capture_output=True, text=True, check=True, cwd=root)
        used = [float(line.split()[1]) for line in done.stderr.splitlines()
                if line.startswith("cpu ")]
        cpu.setdefault(f"{root}:{what[0]}", []).append(used[0] if used else float("nan"))
        return [float(line.split()[0]) for line in done.stdout.splitlines()]

    times: dict[str, list[float]] = {"bare window": [], f"{other.name}: app": [],
                                     "this tree: families list painted": [],
                                     "this tree: the rest loaded": []}
    run(ROOT, "bare")  # warm the file cache for all three
    run(other, "app")
    run(ROOT, "app")
    for _ in range(args.runs):
        times["bare window"].append(run(ROOT, "bare")[0])
        times[f"{other.name}: app"].append(run(other, "app")[0])
        painted, loaded = run(ROOT, "app")[:2]
        times["this tree: families list painted"].append(painted)
        times["this tree: the rest loaded"].append(loaded)
    for key in list(cpu):
        cpu[key] = cpu[key][1:]  # without the warming run
    bare = statistics.median(times["bare window"])
    for name, values in times.items():
        middle = statistics.median(values)
        sys.stdout.write(f"{name:<36} {middle * 1000:8.1f} ms  {middle / bare:5.2f}x  "
                         f"({', '.join(f'{v * 1000:.0f}' for v in values)})\n")
    # CPU time to the first figure (the bare window's paint, the other tree's first line,
    # this tree's families list painted): robust to a busy machine.
    bare_cpu = statistics.median(cpu[f"{ROOT}:bare"])
    for name, key in (("bare window", f"{ROOT}:bare"), (f"{other.name}: app", f"{other}:app"),
                      ("this tree: families list painted", f"{ROOT}:app")):
        middle = statistics.median(cpu[key])
        sys.stdout.write(f"CPU {name:<32} {middle * 1000:8.1f} ms  {middle / bare_cpu:5.2f}x\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
