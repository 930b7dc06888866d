"""Cold start with the database key in a desktop keyring: GNOME Keyring over the Secret Service,
in a private D-Bus session and home (never the user's own keyring), keyring choosing its
backend itself (no PYTHON_KEYRING_BACKEND), as on a coach's Linux desktop.

    python bench/secret_service_start.py DATA_FOLDER KEYRING_FILE [--runs 7] [--json OUT]

DATA_FOLDER and KEYRING_FILE are a bench database (bench/generate.py); the folder is copied,
and its key copied from the file keyring into GNOME Keyring. Then, interleaved, each run of
``bench/startup.py``: the bare window; the app with no backend remembered, so that keyring
tries every installed backend (the app before round five); and the app as it starts from the
second time on, with the backend remembered (store/keys.py). Prints the medians (and writes
them as JSON). Needs gnome-keyring-daemon and dbus-run-session (tools/system-deps.sh test).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSIDE = "VRAC_BENCH_SECRET_SERVICE_SESSION"


def available() -> str | None:
    """None when this bench can run here, else why not."""
    missing = [tool for tool in ("gnome-keyring-daemon", "dbus-run-session")
               if shutil.which(tool) is None]
    return f"{' and '.join(missing)} not installed" if missing else None


def _copy_key(data: Path, keyring_file: Path) -> None:
    """The bench key, from the file keyring the bench database was made with, into GNOME
    Keyring under the same entry."""
    os.environ["VRAC_TEST_KEYRING_FILE"] = str(keyring_file)
    sys.path.insert(0, str(ROOT))
    from keyring.backends.SecretService import Keyring

    from tests.keyring_backend import TestFileKeyring
    from vrac_desktop.store.keys import SERVICE, entry_name
    from vrac_desktop.store.paths import DataPaths

    entry = entry_name(DataPaths(data))
    value = TestFileKeyring().get_password(SERVICE, entry)
    if not value:
        raise SystemExit(f"no bench key in {keyring_file}")
    Keyring().set_password(SERVICE, entry, value)


def _start(kind: str, data: Path | None = None) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               VRAC_BENCH_T0=repr(time.time()))
    args = [sys.executable, str(ROOT / "bench" / "startup.py"), kind]
    done = subprocess.run(args + ([str(data)] if data else []), env=env, capture_output=True,
                          text=True, check=True)
    return float(done.stdout.split()[0])


def _forget_backend(data: Path) -> None:
    settings = data / "settings.json"
    content = json.loads(settings.read_text())
    content["values"].pop("keyring_backend", None)
    settings.write_text(json.dumps(content))


def _inside(data: Path, keyring_file: Path, runs: int) -> dict[str, float]:
    daemon = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                            input=b"bench keyring password", capture_output=True, check=True)
    assert daemon.returncode == 0
    _copy_key(data, keyring_file)
    _start("bare")  # warm the file cache, as a second start of the day
    _start("app", data)
    bare, searched, remembered = [], [], []
    for _ in range(runs):
        bare.append(_start("bare"))
        _forget_backend(data)
        searched.append(_start("app", data))  # keyring searches, then it is remembered
        remembered.append(_start("app", data))
    return {"bare": statistics.median(bare), "searched": statistics.median(searched),
            "remembered": statistics.median(remembered), "runs": runs}


def measure(data: Path, keyring_file: Path, runs: int) -> dict[str, float]:
    """Run the measurement in a private D-Bus session and home; its medians."""
    with tempfile.TemporaryDirectory(prefix="vrac-bench-ss-") as tmp:
        work = Path(tmp)
        shutil.copytree(data, work / "data")
        (work / "home").mkdir()
        out = work / "figures.json"
        env = {"HOME": str(work / "home"), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
               "LANG": "C.UTF-8", INSIDE: "1"}
        subprocess.run(["dbus-run-session", "--", sys.executable, __file__, str(work / "data"),
                        str(keyring_file), "--runs", str(runs), "--json", str(out)],
                       env=env, check=True, capture_output=True, timeout=900)
        figures: dict[str, float] = json.loads(out.read_text())
        return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("keyring_file", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if os.environ.get(INSIDE):
        figures = _inside(args.data.resolve(), args.keyring_file.resolve(), args.runs)
    else:
        why = available()
        if why:
            sys.stderr.write(f"secret_service_start: {why}\n")
            return 2
        figures = measure(args.data.resolve(), args.keyring_file.resolve(), args.runs)
        bare = figures["bare"]
        for what in ("bare", "searched", "remembered"):
            sys.stdout.write(f"{what:<11}{figures[what] * 1000:8.1f} ms "
                             f"{figures[what] / bare:5.2f}x\n")
    if args.json:
        args.json.write_text(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
