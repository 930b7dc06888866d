"""Writing files so that a crash, a kill or a full disk never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

STALE_SECONDS = 600  # a temporary file this old is left over from a killed write


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, fsync, and move it into place.

    Readers see the old file or the new one, never a mix. Temporary files left by an
    earlier write that was killed (SIGKILL, power loss) are removed on the next write.
    """
    path = Path(path)
    prefix = f".{path.name}."
    now = time.time()
    for leftover in path.parent.glob(f"{prefix}*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
