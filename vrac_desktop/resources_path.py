"""Where the files the app ships beside its code live (translations, icons, migrations).

From a source checkout they are in the repository root (``resources/``, ``db/``). In the
PyInstaller bundle (installers/vrac-desktop.spec) the bootloader sets ``sys.frozen`` and
``sys._MEIPASS``, the folder the spec copies ``resources/`` and ``db/`` into. Standard
library only: the store uses it, and the store must not import Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and ``db/``."""
    if getattr(sys, "frozen", False):
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    return app_root() / "resources"


def migrations_dir() -> Path:
    return app_root() / "db"
