"""Shared fixtures. Every test gets its own data folder and its own keyring file.

The keyring is a file-backed backend in the test's temp folder (tests/keyring_backend.py),
selected through keyring's own configuration: ``keyring.set_keyring`` here, and
``PYTHON_KEYRING_BACKEND`` for the app processes the tests start. A real keyring backend,
headless, never the user's own keyring; the product reads no test variable.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402

from tests import keyring_backend  # noqa: E402
from vrac_desktop.store.database import Database, open_local  # noqa: E402

# Before any fixture (module-scoped ones too) opens a database.
keyring.set_keyring(keyring_backend.TestFileKeyring())
from vrac_desktop.store.paths import DataPaths  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keyring_backend.FILE_ENV, str(tmp_path / "keyring" / "keyring_pass.cfg"))
    # App processes started by tests (subprocess) select the same backend and file.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", keyring_backend.BACKEND)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(keyring_backend.ROOT), os.environ.get("PYTHONPATH", "")) if p))
    keyring.set_keyring(keyring_backend.TestFileKeyring())
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


@pytest.fixture(autouse=True)
def _no_unanswered_modal() -> Iterator[None]:
    """A test that waited for a dialog (tests/gui/modals.py) saw it open; its poll never
    lives on into the next test. No Qt import here: the core tests run without Qt."""
    yield
    modals = sys.modules.get("tests.gui.modals")
    if modals is not None:
        left = modals.stop_waiting()
        assert not left, f"the test waited for a dialog that never opened: {left}"


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(paths: DataPaths) -> Iterator[Database]:
    database = open_local(paths)
    yield database
    database.dispose()


# --- team server: one real PostgreSQL per test session (tests/server/postgres.py) ------------


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A PostgreSQL server on 127.0.0.1, started on first use and stopped at session end.

    Without the server binaries the tests that need it are skipped, except in CI, where
    tools/system-deps.sh test installs them and a missing server is a failure.
    """
    from tests.server import postgres as pg

    if pg.find_binary("initdb") is None:
        message = "PostgreSQL server binaries not found (tools/system-deps.sh test installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = pg.start()
    try:
        template = server.url("vrac_template")
        _admin(server, "CREATE DATABASE vrac_template")
        from vrac_desktop.store.database import open_server

        open_server(template).dispose()  # migrated once; each test copies it
        yield server
    finally:
        server.stop()


def _admin(server: object, statement: str) -> None:
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as conn:  # type: ignore[attr-defined]
        conn.execute(statement)


@pytest.fixture
def new_server_db(postgres: object) -> Iterator[object]:
    """Makes fresh, migrated server databases (copies of the session's template); each is
    disposed and dropped after the test. Returns ``(url, Database)``."""
    import uuid

    from vrac_desktop.store.database import open_server

    made: list[tuple[str, Database]] = []

    def make() -> tuple[str, Database]:
        name = f"t_{uuid.uuid4().hex[:12]}"
        _admin(postgres, f"CREATE DATABASE {name} TEMPLATE vrac_template")
        url = postgres.url(name)  # type: ignore[attr-defined]
        database = open_server(url)
        made.append((name, database))
        return url, database

    yield make
    for name, database in made:
        database.dispose()
        _admin(postgres, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def server_db(new_server_db: object) -> Database:
    """A fresh database on the test PostgreSQL server, migrated (``open_server``)."""
    return new_server_db()[1]  # type: ignore[operator,no-any-return]
