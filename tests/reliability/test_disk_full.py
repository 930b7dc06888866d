"""A full disk: saving and backing up fail with a clear message, and nothing stored is lost.

The data folder sits on a small tmpfs (mounted for the test: needs root or CAP_SYS_ADMIN, as
on the project's machines and CI's sudo-less root containers). Where mounting is refused the
test skips and says why.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import sample_plan
from vrac_desktop.domain.model import TextItem
from vrac_desktop.services.backup import BackupError, make_backup
from vrac_desktop.services.families import create_family
from vrac_desktop.services.history import verify_history
from vrac_desktop.services.plans import list_versions, save_plan_version
from vrac_desktop.store.database import open_local
from vrac_desktop.store.errors import DiskFullError
from vrac_desktop.store.paths import DataPaths

pytestmark = pytest.mark.slow


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("simulating a full disk needs a tmpfs mount, which needs root here")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a small tmpfs was refused: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 16384)
            fh.flush()
    return filler


def test_save_on_a_full_disk_fails_clearly_and_keeps_every_version(small_disk: Path) -> None:
    paths = DataPaths(small_disk / "data")
    db = open_local(paths)
    family, _ = create_family(db, display_name="Peeters", actor="coach")
    plan = sample_plan()
    returned = [save_plan_version(db, family_id=family.id, content=plan, actor="coach").version
                for _ in range(3)]
    filler = _fill(small_disk)
    error: DiskFullError | None = None
    for i in range(2000):
        big = replace(plan, vision=TextItem(plan.vision.id, f"{i} " + "x" * 19_000))
        try:
            returned.append(save_plan_version(db, family_id=family.id, content=big,
                                              actor="coach").version)
        except DiskFullError as exc:
            error = exc
            break
    assert error is not None, "the disk never filled up"
    assert "disk is full" in str(error) and "nothing was changed" in str(error)
    with pytest.raises(BackupError, match="disk is full.*no backup was made"):
        make_backup(db, paths=paths, actor="coach")
    assert not [p for p in paths.backups.glob("*") if p.is_file()], "a partial backup was left"
    db.dispose()

    filler.unlink()
    db = open_local(paths)
    try:
        assert verify_history(db).ok
        stored = {v.number: v.hash for v in list_versions(db, family_id=family.id)}
        assert all(stored.get(v.number) == v.hash for v in returned)
        assert len(stored) == len(returned)
        # With space again, saving works again.
        save_plan_version(db, family_id=family.id, content=plan, actor="coach")
    finally:
        db.dispose()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork and resource (POSIX)")
def test_save_beyond_the_file_size_limit_fails_clearly_and_keeps_every_version(
        tmp_path: Path) -> None:
    """The same without root: RLIMIT_FSIZE (``ulimit -f``) in a forked child makes the disk
    'full' for that process only."""
    import resource
    import signal
    import traceback

    paths = DataPaths(tmp_path / "data")
    db = open_local(paths)
    family, _ = create_family(db, display_name="Peeters", actor="coach")
    plan = sample_plan()
    first = save_plan_version(db, family_id=family.id, content=plan, actor="coach").version
    db.dispose()
    limit = paths.database.stat().st_size + 256 * 1024
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            child = open_local(paths)
            for i in range(500):
                big = replace(plan, vision=TextItem(plan.vision.id, f"{i} " + "x" * 19_000))
                try:
                    v = save_plan_version(child, family_id=family.id, content=big,
                                          actor="coach").version
                except Exception as exc:
                    os.write(write_end, f"error {type(exc).__name__}: {exc}\n".encode())
                    break
                os.write(write_end, f"saved {v.number} {v.hash}\n".encode())
        except BaseException:
            os.write(2, traceback.format_exc().encode())
        finally:
            os._exit(0)
    os.close(write_end)
    output = b""
    while chunk := os.read(read_end, 65536):
        output += chunk
    os.close(read_end)
    os.waitpid(pid, 0)
    lines = output.decode().splitlines()
    assert lines and lines[-1].startswith("error DiskFullError:"), lines[-3:]
    assert "nothing was changed" in lines[-1]
    # (No backup check here: the limit is per file, and a backup file stays under it.)
    returned = {int(n): h for _, n, h in (line.split() for line in lines[:-1])}
    db = open_local(paths)
    try:
        assert verify_history(db).ok
        stored = {v.number: v.hash for v in list_versions(db, family_id=family.id)}
        assert stored == {first.number: first.hash, **returned}
    finally:
        db.dispose()
