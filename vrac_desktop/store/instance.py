"""One running app per data folder: an exclusive OS lock on a file in that folder.

The lock is the operating system's (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on
Windows), not the file's existence: when the process ends, however it ends (crash, kill,
power loss), the OS drops the lock, so a stale lock file after a crash does no harm. The
file holds the owner's process id, for messages only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.paths import DataPaths

LOCK_NAME = "vrac.instance.lock"


class AlreadyRunningError(StoreError):
    """Another VRAC Desktop process has this data folder open."""

    def __init__(self, message: str, *, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


class DataFolderError(StoreError):
    """The data folder cannot be used (read-only, missing permission...)."""


def lock_path(paths: DataPaths) -> Path:
    return paths.root / LOCK_NAME


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """Held while this process uses the data folder. Use as a context manager or
    ``acquire()`` / ``release()``; releasing twice is harmless."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self.path = lock_path(paths)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, wait: float = 0.0) -> None:
        """Take the lock, trying for up to ``wait`` seconds; then sweep the temporary files
        a killed process left (nobody else can be writing them now)."""
        if self._fd is not None:
            return
        deadline = time.monotonic() + wait
        while True:
            try:
                self._acquire_once()
                break
            except AlreadyRunningError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)
        from vrac_desktop.store.files import sweep_temp

        with contextlib.suppress(OSError):
            sweep_temp(self.paths)

    def _acquire_once(self) -> None:
        try:
            self.paths.ensure()
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise DataFolderError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "The data folder %1 cannot be used: %2. Nothing was "
                        "changed."), self.paths.root, exc.strerror or exc)
                ) from None
            raise DataFolderError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The data folder %1 cannot be written to (it is read-only or "
                    "belongs to another user). Nothing was changed; choose a folder you can write "
                    "to with --data-dir."), self.paths.root)
            ) from None
        if not _try_lock(fd):
            pid = _read_pid(fd)
            os.close(fd)
            owner = f" (process {pid})" if pid else ""
            raise AlreadyRunningError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "VRAC Desktop is already running with the data folder %1%2. "
                    "Close it first, or switch to its window; nothing "
                    "was changed."), self.paths.root, owner),
                pid=pid,
            )
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
        return int(text) if text else None
    except (OSError, ValueError):  # Windows: the locked byte cannot be read by others
        return None
