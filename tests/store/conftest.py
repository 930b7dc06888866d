"""The store suite runs on both backends: the local SQLCipher file and the team server's
PostgreSQL. Tests about the SQLCipher file itself (encryption, keys, raw file edits) carry
``@pytest.mark.sqlcipher_only``."""

from __future__ import annotations

import pytest

from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        only_local = metafunc.definition.get_closest_marker("sqlcipher_only") is not None
        metafunc.parametrize("backend", ["sqlcipher"] if only_local else
                             ["sqlcipher", "postgresql"])


@pytest.fixture
def db(backend: str, paths: DataPaths, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    if backend == "postgresql":
        yield request.getfixturevalue("server_db")
        return
    database: Database = open_local(paths)
    yield database
    database.dispose()
