"""Connecting to the team server: the URL, the password from the keyring, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import sample_plan
from tests.server.conftest import TEAM, Team
from tests.server.postgres import PASSWORD
from vrac_desktop.domain.model import TextItem
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.sync import sync
from vrac_desktop.store import keys
from vrac_desktop.store.database import Database, newest_migration, open_server
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.server_connection import (
    ServerAddressError,
    ServerPasswordError,
    display_url,
    server_url,
)
from vrac_desktop.store.server_credentials import remember_password, remembered_password


def test_url_gets_the_driver_and_tls_off_this_machine() -> None:
    remote = server_url("postgresql://coach@db.team.example/vrac")
    assert remote.drivername == "postgresql+psycopg"
    assert remote.query["sslmode"] == "verify-full"  # the certificate is checked, not just TLS
    with_ca = server_url("postgresql://coach@db.team.example/vrac", "/data/server-ca.pem")
    assert (with_ca.query["sslmode"], with_ca.query["sslrootcert"]) == (
        "verify-full", "/data/server-ca.pem")
    loopback_ca = server_url("postgresql://coach@127.0.0.1/vrac", "/data/server-ca.pem")
    assert loopback_ca.query["sslmode"] == "verify-full"
    assert server_url("postgresql://coach@db/vrac?sslmode=require").query["sslmode"] == \
        "require"  # an explicit choice is kept
    pinned = server_url("postgres://coach@db.team.example/vrac?sslmode=verify-full"
                        "&sslrootcert=/etc/team-ca.pem")
    assert (pinned.query["sslmode"], pinned.query["sslrootcert"]) == (
        "verify-full", "/etc/team-ca.pem")
    assert "sslmode" not in server_url("postgresql://coach@127.0.0.1:5433/vrac").query
    assert display_url("postgresql://coach:secret@db/vrac") == "postgresql://coach:***@db/vrac"


@pytest.mark.parametrize(("url", "message"), [
    ("sqlite:///vrac.db", "must be PostgreSQL"),
    ("postgresql://db.team.example/vrac", "needs a user and a database"),
    ("not a url", "is not a server address"),
])
def test_bad_server_addresses(url: str, message: str) -> None:
    with pytest.raises(ServerAddressError, match=message):
        server_url(url)


def test_password_comes_from_the_keyring_and_wrong_one_is_a_clear_error(
        new_server_db: Callable[[], tuple[str, Database]], db: Database) -> None:
    url_with_password, _ = new_server_db()
    url = url_with_password.replace(f":{PASSWORD}@", "@")
    with pytest.raises(ServerPasswordError, match="none is remembered"):
        open_server(url)
    assert remember_password(db, url, PASSWORD) == "keyring"
    backend = keys.secure_keyring()
    assert backend is not None
    where = url.split("@", 1)[1]  # 127.0.0.1:PORT/DBNAME
    assert backend.get_password(keys.SERVICE, f"server-password:vrac@{where}") == PASSWORD
    assert remembered_password(db, url) == PASSWORD
    db = open_server(url, remembered_password(db, url))
    try:
        assert db.mode == "server" and db.schema_revision() == newest_migration()
    finally:
        db.dispose()
    with pytest.raises(ServerPasswordError, match="refused the password"):
        open_server(url, password="wrong password")


def test_unreachable_server_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="could not be reached"):
        open_server("postgresql://coach@127.0.0.1:1/vrac", password="x")


def test_cli_heads_and_status_after_offline_edits(team: Team) -> None:
    family, _ = create_family(team.a, display_name="Hermans", actor="anna")
    plan = sample_plan()
    save_plan_version(team.a, family_id=family.id, content=plan, actor="anna")
    sync(team.a, team.server, team=TEAM, actor="anna")
    env = dict(os.environ)
    base = [sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(team.b_paths.root)]

    def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*base, *args], input=stdin, capture_output=True, text=True,
                              env=env, timeout=120)

    url = team.url.replace(f":{PASSWORD}@", "@")  # as a user gives it; password asked once
    first = cli("sync", "--server", url, "--team", TEAM, "--remember-password",
                stdin=PASSWORD + "\n")
    assert first.returncode == 0, first.stderr
    assert "Synced 1 families" in first.stdout
    save_plan_version(team.a, family_id=family.id, actor="anna",
                      content=replace(plan, vision=TextItem(plan.vision.id, "A")))
    save_plan_version(team.b, family_id=family.id, actor="bram",
                      content=replace(plan, vision=TextItem(plan.vision.id, "B")))
    sync(team.a, team.server, team=TEAM, actor="anna")
    assert "Families with changes to send: 1" in cli("sync", "--status").stdout
    synced = cli("sync", "--server", team.url)  # a password in the URL goes to the keyring
    assert synced.returncode == 0, synced.stderr
    assert f"TWO HEADS family {family.id}" in synced.stdout
    assert PASSWORD not in synced.stdout  # the address is shown without its password
    assert PASSWORD not in team.b_paths.settings.read_text()
    assert "Plans with two heads: 1" in cli("sync", "--status").stdout
    heads = cli("heads", family.id)
    lines = heads.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines[:2]] == ["main", "fork"]
    assert [line.split("\t")[4] for line in lines[:2]] == ["anna", "bram"]
    assert "differs in vision: 0 only there, 0 only in main, 1 changed" in heads.stdout
