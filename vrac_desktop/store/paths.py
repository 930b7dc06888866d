"""Where the data lives. ``--data-dir`` beats ``VRAC_DATA_DIR`` beats the platform default."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from vrac_desktop import APP_NAME

DATA_DIR_ENV = "VRAC_DATA_DIR"


# A NamedTuple, not a dataclass: the data folder is on the first screen's path, where each
# dataclass took 0.2-0.6 ms to define (tests/gui/test_startup_imports.py).
class DataPaths(NamedTuple):
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "vrac.db"

    @property
    def key_file(self) -> Path:
        """Key mode, folder id, KDF parameters and the wrapped database key (store/keys.py)."""
        return self.root / "vrac.db.keys.json"

    @property
    def legacy_kdf_params(self) -> Path:
        """Salt and cost of the passphrase KDF as the first versions kept them (migrated)."""
        return self.root / "vrac.db.kdf.json"

    @property
    def temp(self) -> Path:
        """Temporary files of exports and backups; emptied at every start (store/files.py)."""
        return self.root / "tmp"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    chosen = explicit or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return DataPaths(Path(chosen).expanduser().resolve())
    return DataPaths(user_data_dir())


def user_data_dir() -> Path:
    """The platform's folder for this app's data: on Linux and other XDG systems
    ``$XDG_DATA_HOME/vrac-desktop``, else ``~/.local/share/vrac-desktop`` (what platformdirs
    says, without importing it at every start); platformdirs elsewhere."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        base = os.environ.get("XDG_DATA_HOME", "")
        if not base.strip():
            base = os.path.expanduser("~/.local/share")
        return Path(base) / APP_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
