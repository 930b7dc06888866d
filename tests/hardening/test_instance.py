"""One app per data folder, tested with real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from vrac_desktop.store.instance import AlreadyRunningError, DataFolderError, InstanceLock
from vrac_desktop.store.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]


def start(data: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "tests.hardening.instance_app", str(data),
                             *extra], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def first_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().strip()


def test_second_start_raises_the_first_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start(data)
    try:
        assert first_line(first) == "primary"
        second = start(data)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open with this data folder" in out and "brought to the front" in out
        assert first_line(first) == "raised"
        assert first.wait(timeout=30) == 0
        # Another data folder is another app: both may run.
        other = start(tmp_path / "other")
        assert first_line(other) == "primary"
        other.kill()
        other.wait()
    finally:
        first.kill()
        first.wait()


def test_second_start_waits_for_an_owner_still_starting(tmp_path: Path) -> None:
    """The owner answers once its window is painted (gui/app.py): a second start in
    between keeps trying, and the owner's window still comes forward."""
    data = tmp_path / "data"
    first = start(data, "--listen-after", "1200")
    try:
        assert first_line(first) == "primary"
        second = start(data)  # starts while the owner is not listening yet
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "brought to the front" in out, out
        assert first_line(first) == "listening"
        assert first_line(first) == "raised"
    finally:
        first.kill()
        first.wait()


def test_owner_that_does_not_answer_is_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    holder = start(data, "--hold-only")
    try:
        assert first_line(holder) == "holding"
        second = start(data)
        out, _ = second.communicate(timeout=60)
        assert f"(process {holder.pid})" in out and "did not answer" in out
        assert "nothing was changed" in out
    finally:
        holder.kill()
        holder.wait()


def test_lock_of_a_killed_process_is_free_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start(data)
    assert first_line(first) == "primary"
    first.send_signal(signal.SIGKILL)
    first.wait()
    again = start(data)
    try:
        assert first_line(again) == "primary"
    finally:
        again.kill()
        again.wait()


def test_in_process_lock_and_read_only_folder(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    with InstanceLock(paths), pytest.raises(AlreadyRunningError,
                                            match=f"process {os.getpid()}"):
        InstanceLock(paths).acquire()
    InstanceLock(paths).acquire()  # released on exit of the block
    ro = DataPaths(tmp_path / "ro")
    ro.root.mkdir(mode=0o500)
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(ro.root)],
        capture_output=True).returncode == 0
    if os.geteuid() == 0 and not mounted:
        pytest.skip("root ignores folder permissions and a read-only mount was refused")
    try:
        with pytest.raises(DataFolderError, match="cannot be written to"):
            InstanceLock(ro).acquire()
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(ro.root)], check=False)
