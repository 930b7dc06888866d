"""Writing files so that a crash, a kill or a full disk never leaves half a file.

Two helpers, one rule each:

* ``write_atomically`` for the data folder's own small files (key file, settings, signing
  keys, the erasure register): a temporary file beside the target, fsynced, moved into place
  with ``os.replace``, the folder fsynced.
* ``write_export`` for files the user asked for *outside* the data folder (family exports,
  documents, archives, audit CSVs). Those hold plaintext, so no half-written temporary file
  may be left beside them by a kill: on Linux the bytes go to an unnamed ``O_TMPFILE`` that
  the kernel frees if the process dies, and only a complete file gets a name. Where that is
  not possible (another OS, a FAT-formatted USB stick) the temporary file's path is first
  recorded in the data folder's ``tmp/outside`` journal, so the next start removes it.

``sweep_temp`` runs when a process takes the instance lock (store/instance.py): nobody else
can be writing then, so every temporary file it finds is a leftover of a killed process.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.paths import DataPaths

STALE_SECONDS = 600  # a temporary file this old is left over from a killed write
OUTSIDE = "outside"  # journal of temporary files written outside the data folder


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; os.replace is durable enough there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, fsync, and move it into place.

    Readers see the old file or the new one, never a mix. The file is owner-only (0600).
    Temporary files left by an earlier write that was killed (SIGKILL, power loss) are
    removed on the next write, and by the sweep at start.
    """
    path = Path(path)
    prefix = f".{path.name}."
    now = time.time()
    for leftover in path.parent.glob(f"{prefix}*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    _fill_and_move(fd, Path(tmp), path, data)
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)


def _fill_and_move(fd: int, tmp: Path, target: Path, data: bytes) -> None:
    """Write ``data`` through ``fd``, the open temporary file ``tmp``, flush it to the disk
    and move it over ``target``; on any failure the temporary file goes."""
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --- files outside the data folder ---------------------------------------------------------------


@contextlib.contextmanager
def journaled(paths: DataPaths | None, tmp: Path) -> Iterator[None]:
    """Record ``tmp`` (outside the data folder) in the journal while the block runs, so a
    kill leaves a record the next start acts on."""
    if paths is None:
        yield
        return
    folder = paths.temp / OUTSIDE
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    import secrets  # where used: not needed to start the app

    record = folder / f"{secrets.token_hex(8)}.path"
    write_atomically(record, os.fsencode(str(tmp)))
    try:
        yield
    finally:
        record.unlink(missing_ok=True)


def _temp_name(target: Path) -> Path:
    import secrets  # where used: not needed to start the app

    return target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"


def _linkat_follow(source: str, target: Path) -> None:
    """``linkat(..., AT_SYMLINK_FOLLOW)``: Python's os.link does not pass the flag on Linux,
    and without it linking ``/proc/self/fd/N`` fails with EXDEV."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    at_fdcwd, at_symlink_follow = -100, 0x400
    if libc.linkat(at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(str(target)),
                   at_symlink_follow) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(target))


def _link_unnamed(target: Path, data: bytes, paths: DataPaths | None) -> bool:
    """Linux: write into an unnamed file in the target's folder and give it a name only when
    complete. False when the file system cannot do that."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not sys.platform.startswith("linux"):
        return False
    try:
        fd = os.open(target.parent, flag | os.O_WRONLY, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return False
        raise
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
        proc = f"/proc/self/fd/{fd}"
        try:
            _linkat_follow(proc, target)  # fails if the target exists: then a name, then replace
        except FileExistsError:
            tmp = _temp_name(target)
            with journaled(paths, tmp):
                _linkat_follow(proc, tmp)
                try:
                    os.replace(tmp, target)
                except BaseException:
                    tmp.unlink(missing_ok=True)
                    raise
        except OSError as exc:
            if exc.errno in (errno.ENOENT, errno.EPERM, errno.EXDEV, errno.EOPNOTSUPP):
                return False  # no /proc, or a file system that refuses linkat
            raise
    finally:
        os.close(fd)
    return True


class WriteError(StoreError):
    """A file the user asked for could not be written; nothing was written there."""


def write_export(paths: DataPaths | None, target: Path, data: bytes) -> None:
    """Write a file the user asked for, wherever it goes, never leaving a partial copy.

    ``paths``: the data folder whose journal records a temporary file if one is needed
    (None: no journal, for callers without a data folder). Raises WriteError (a message).
    """
    target = Path(target)
    if target.is_dir():
        raise WriteError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "%1 is a folder; give a file name. Nothing was written."),
            target))
    if not target.parent.is_dir():
        raise WriteError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The folder %1 does not exist (or is not a folder); nothing was "
            "written."), target.parent))
    try:
        _write_export(paths, target, data)
    except OSError as exc:
        raise WriteError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "%1 could not be written (%2); nothing was written there."),
            target, exc.strerror or exc)) from None


def _write_export(paths: DataPaths | None, target: Path, data: bytes) -> None:
    if _link_unnamed(target, data, paths):
        with contextlib.suppress(OSError):
            fsync_dir(target.parent)
        return
    tmp = _temp_name(target)
    with journaled(paths, tmp):
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        _fill_and_move(fd, tmp, target, data)
    with contextlib.suppress(OSError):
        fsync_dir(target.parent)


def move_into_place(paths: DataPaths | None, source: Path, target: Path) -> None:
    """Move a finished file from the data folder's tmp/ to ``target``: a rename on the same
    file system, else a journaled copy beside the target and a rename."""
    target = Path(target)
    try:
        os.replace(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        tmp = _temp_name(target)
        with journaled(paths, tmp):
            try:
                shutil.copyfile(source, tmp)
                tmp.chmod(0o600)
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(tmp, target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        source.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        fsync_dir(target.parent)


def private_temp(paths: DataPaths, suffix: str) -> Path:
    """A fresh path in the data folder's tmp/ (the folder made owner-only)."""
    paths.temp.mkdir(parents=True, exist_ok=True, mode=0o700)
    import secrets  # where used: not needed to start the app

    return paths.temp / f"{secrets.token_hex(8)}{suffix}"


def sweep_temp(paths: DataPaths) -> list[Path]:
    """Remove every temporary file a killed process left: in tmp/, the journaled ones
    outside the data folder, and the atomic-write leftovers in the data folder. Call only
    while holding the instance lock. Returns what was removed."""
    removed: list[Path] = []

    def remove(path: Path) -> None:
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)

    journal = paths.temp / OUTSIDE
    if journal.is_dir():
        for record in journal.glob("*.path"):
            try:
                named = Path(os.fsdecode(record.read_bytes()))
            except OSError:
                named = None
            # Only a name this module makes: a damaged record never deletes a user's file.
            if named is not None and named.name.startswith(".") and named.name.endswith(".tmp"):
                remove(named) if named.exists() else None
            remove(record)
        # A record killed while it was being written (write_atomically's temporary file).
        for leftover in journal.glob(".*.tmp"):
            remove(leftover)
    if paths.temp.is_dir():
        for leftover in paths.temp.iterdir():
            if leftover.name != OUTSIDE:
                remove(leftover)
    for folder in (paths.root, paths.backups, paths.root / "signing"):
        if folder.is_dir():
            for leftover in folder.glob(".*.tmp*"):
                remove(leftover)
            for leftover in folder.glob(".restore-*.db*"):
                remove(leftover)
    return removed
