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


# --- an organisation's team server: roles, row-level security, coaches who joined ------------


@dataclass
class Laptop:
    """A coach's laptop that joined the team server with its join code."""

    name: str
    team: str
    db: Database
    paths: DataPaths
    url: str  # without password; the password is in the laptop's keyring (test backend)
    signer: object

    def password(self) -> str:
        from vrac_desktop.store.server_credentials import remembered_password

        found = remembered_password(self.db, self.url)
        assert found is not None
        return found

    def connect(self) -> Database:
        from vrac_desktop.store.database import open_server

        return open_server(self.url, self.password())

    def sync(self):  # type: ignore[no-untyped-def]
        from vrac_desktop.services.sync import sync

        server = self.connect()
        try:
            return sync(self.db, server, team=self.team, actor=self.name, server_name="test",
                        signer=self.signer)  # type: ignore[arg-type]
        finally:
            server.dispose()


@dataclass
class Org:
    server: Database  # the operator's (superuser) connection
    url: str
    root: Path
    laptops: list[Laptop]

    def join(self, name: str, team: str) -> Laptop:
        from vrac_desktop.services.sync_join import join_server
        from vrac_desktop.store import server_admin as admin
        from vrac_desktop.store.provenance import Signer
        from vrac_desktop.store.signing_keys import signing_identity

        admin.add_team(self.server, team)
        code = admin.add_coach(self.server, name, team=team).encode()
        paths = DataPaths(self.root / f"laptop-{name}")
        db = open_local(paths)
        signer = Signer(signing_identity(paths, coach_name=name.capitalize()))
        joined = join_server(db, paths=paths, code=code, signer=signer)
        laptop = Laptop(name, team, db, paths, joined.url, signer)
        self.laptops.append(laptop)
        return laptop


@pytest.fixture
def org(tmp_path: Path, new_server_db: Callable[[], tuple[str, Database]]) -> Iterator[Org]:
    from vrac_desktop.store.server_admin import init_server

    url, server = new_server_db()
    init_server(server)
    assert "plan_versions" in init_server(server)  # idempotent: a second run (an upgrade)
    made = Org(server, url, tmp_path, [])
    yield made
    for laptop in made.laptops:
        laptop.db.dispose()
    _drop_coach_roles(server)


def _drop_coach_roles(server: Database) -> None:
    """Roles are cluster-wide: drop the test's coaches and teams so the next test starts clean."""
    from sqlalchemy import text

    with server.engine.begin() as conn:
        roles = list(conn.execute(text("SELECT role FROM vrac_coach_accounts UNION ALL "
                                       "SELECT role FROM vrac_teams")).scalars())
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE usename = ANY(:r)"), {"r": roles})
        for role in roles:
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
