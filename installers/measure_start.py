"""Start times of the built bundle, medians of 5 (numbers in installers/README.md).

    .venv/bin/python installers/measure_start.py [dist/vrac-desktop]

``--version``: process start to exit. GUI: process start to the "ok" the hidden --smoke-test
flag prints once the main window is shown (offscreen) and the rest of the app has loaded
after the first screen, on an existing passphrase database, so it includes unlocking (scrypt
key derivation, about 0.4 s), not the first-start setup. ``make bench`` runs it when the
bundle exists (bench/run.py).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main(bundle: Path) -> int:
    program = str(bundle / "vrac-desktop")
    work = tempfile.mkdtemp(prefix="vrac-measure-")
    env = {"HOME": work, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "VRAC_PASSPHRASE": "measure passphrase"}

    def timed(*args: str) -> tuple[float, float]:
        start = time.perf_counter()
        child = subprocess.Popen([program, "--data-dir", f"{work}/data", *args],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                                 text=True)
        assert child.stdout is not None
        first_line = child.stdout.readline()
        seen = time.perf_counter() - start
        child.wait()
        if child.returncode != 0:
            raise SystemExit(f"{args} exited {child.returncode}: {first_line}")
        return seen, time.perf_counter() - start

    try:
        timed("list-families")  # creates the database: the first start is not measured
        version = [timed("--version")[1] for _ in range(5)]
        gui = [timed("--smoke-test") for _ in range(5)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    shown = [g[0] for g in gui]
    sys.stdout.write(
        f"--version: median {statistics.median(version):.2f} s "
        f"({', '.join(f'{v:.2f}' for v in version)})\n"
        f"GUI start to main window shown: median {statistics.median(shown):.2f} s "
        f"({', '.join(f'{v:.2f}' for v in shown)})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/vrac-desktop")))
