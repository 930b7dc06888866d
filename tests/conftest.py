"""Shared fixtures. Every test gets its own data folder and its own keyring file.

The keyring is keyrings.alt's PlaintextKeyring in the test's temp folder, selected with the
explicit test setting VRAC_TEST_KEYRING_FILE (see vrac_desktop/store/keys.py): a real
keyring backend, headless, and never the user's own keyring.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vrac_desktop.store.database import Database, open_local  # noqa: E402
from vrac_desktop.store.paths import DataPaths  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VRAC_TEST_KEYRING_FILE", str(tmp_path / "keyring" / "keyring_pass.cfg"))
    monkeypatch.setenv("VRAC_DATA_DIR", str(tmp_path / "data-from-env"))
    monkeypatch.delenv("VRAC_PASSPHRASE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()
            and not t.daemon]
    for t in left:
        t.join(timeout=5)
    still = [t.name for t in left if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(paths: DataPaths) -> Iterator[Database]:
    database = open_local(paths)
    yield database
    database.dispose()
