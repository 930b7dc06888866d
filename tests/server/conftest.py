"""Two laptops and a team server: two local SQLCipher databases and one PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths

TEAM = "leiden-noord"


@dataclass
class Team:
    a: Database
    b: Database
    server: Database
    url: str  # with the password: for tests only; the app keeps it in the keyring
    a_paths: DataPaths
    b_paths: DataPaths


@pytest.fixture
def team(tmp_path: Path, new_server_db: Callable[[], tuple[str, Database]]) -> Iterator[Team]:
    a_paths, b_paths = DataPaths(tmp_path / "laptop-a"), DataPaths(tmp_path / "laptop-b")
    a, b = open_local(a_paths), open_local(b_paths)
    url, server = new_server_db()
    yield Team(a, b, server, url, a_paths, b_paths)
    a.dispose()
    b.dispose()
