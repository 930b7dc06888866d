"""The operator's side of the team server: installing it, teams, coaches, certificates.

``init_server`` brings a PostgreSQL database to the app's schema (Alembic, as for every
side) and then installs what only a server has (idempotent, so it also runs after an
upgrade): the roles, grants, row-level security and functions written out in
store/server_security.py. The operator then adds teams (``add_team``), coaches with their
one-time join codes (``add_coach``, ``JoinCode``), removes coaches, revokes or allows a new
signing certificate, lists teams and rotates a team's key.

Every function here takes an operator's engine (a superuser, or a role with CREATEROLE that
owns the tables).
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.server_security import (
    CLOSED_TABLE_SQL,
    COACHES,
    FAMILY_TABLE_SQL,
    FAMILY_UPDATABLE,
    NOT_SHARED,
    SECURITY_SQL,
    family_tables,
    quote_ident,
    quote_literal,
    team_role,
)

JOIN_PREFIX = "VRACJOIN1-"

TEAM_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,49}$")
COACH_RE = re.compile(r"^[a-z][a-z0-9_]{1,50}$")


class ServerAdminError(StoreError, ValueError):
    """An operator's command could not run; the message says why. Nothing was changed."""


def init_server(server: Database, *, address: str = "", ca_pem: str = "") -> list[str]:
    """Install roles, grants, policies and functions (after ``open_server`` migrated the
    schema). Idempotent. Returns the tables now under row-level security."""
    covered = ["families"]
    with server.engine.begin() as conn:
        # Through the driver's cursor with no parameters: the SQL's '%' are not placeholders.
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        cursor.execute(SECURITY_SQL)
        cursor.close()
        for table in family_tables(conn):
            if table in ("erasures", "vrac_erasure_teams"):
                continue
            if table in NOT_SHARED:
                conn.exec_driver_sql(CLOSED_TABLE_SQL.format(t=quote_ident(table)))
                continue
            conn.exec_driver_sql(FAMILY_TABLE_SQL.format(t=quote_ident(table)))
            covered.append(table)
        conn.exec_driver_sql(
            f"GRANT UPDATE ({', '.join(FAMILY_UPDATABLE)}) ON families TO vrac_coaches")
        # Encrypted names and references (issue 16) are longer than the plain ones.
        conn.exec_driver_sql("ALTER TABLE families ALTER COLUMN display_name TYPE text, "
                             "ALTER COLUMN reference TYPE text, ALTER COLUMN search_key TYPE "
                             "text")
        for key, value in (("address", address), ("ca_pem", ca_pem)):
            if value:
                conn.execute(text(
                    "INSERT INTO vrac_server_info VALUES (:k, :v) ON CONFLICT (key) DO UPDATE "
                    "SET value = EXCLUDED.value"), {"k": key, "v": value})
    return covered


def _initialised(conn: Connection) -> None:
    if conn.execute(text("SELECT to_regclass('public.vrac_teams')")).scalar() is None:
        raise ServerAdminError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "This database is not set up as a team server yet: run "
                "`vrac-desktop server init URL` first. Nothing was changed.")))


def add_team(server: Database, team: str) -> bool:
    """Create the team's group role. False when it already existed."""
    if not TEAM_RE.match(team):
        raise ServerAdminError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' is not a usable team name: lower-case letters, digits, '-' "
                "and '_', at most 50. Nothing was changed."), team))
    with server.engine.begin() as conn:
        _initialised(conn)
        if conn.execute(text("SELECT 1 FROM vrac_teams WHERE name = :t"), {"t": team}).first():
            return False
        role = team_role(team)
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                            {"r": role}).first():
            conn.exec_driver_sql(f"CREATE ROLE {quote_ident(role)} NOLOGIN")
        conn.execute(text("INSERT INTO vrac_teams (name, role) VALUES (:t, :r)"),
                     {"t": team, "r": role})
    return True


@dataclass(frozen=True)
class JoinCode:
    """What a coach needs to join: the server address, the one-time password, the team and
    the certificate authority of the server's TLS certificate."""

    host: str
    port: int
    database: str
    user: str
    password: str
    team: str
    ca_pem: str = ""
    wrapped_key: dict[str, str] | None = None  # the team key, wrapped for the key code

    def encode(self) -> str:
        data = json.dumps({"v": 1, "host": self.host, "port": self.port, "db": self.database,
                           "user": self.user, "password": self.password, "team": self.team,
                           "ca": self.ca_pem, "tk": self.wrapped_key},
                          separators=(",", ":")).encode()
        return JOIN_PREFIX + base64.urlsafe_b64encode(data).decode().rstrip("=")

    @classmethod
    def decode(cls, code: str) -> JoinCode:
        raw = "".join(code.split())
        if not raw.startswith(JOIN_PREFIX):
            raise ServerAdminError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "That is not a join code (it starts with VRACJOIN1-). Nothing "
                    "was changed.")))
        body = raw[len(JOIN_PREFIX):]
        try:
            data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            tk = data.get("tk")
            return cls(str(data["host"]), int(data["port"]), str(data["db"]),
                       str(data["user"]), str(data["password"]), str(data["team"]),
                       str(data.get("ca") or ""),
                       {"salt": str(tk["salt"]), "blob": str(tk["blob"])} if tk else None)
        except (ValueError, KeyError, TypeError):
            raise ServerAdminError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The join code is damaged (a character is missing or "
                    "changed). Ask the operator for it again; nothing was changed."))) from None

    def url(self) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}"


def _server_info(conn: Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute(text("SELECT key, value FROM "
                                                         "vrac_server_info"))}


def add_coach(server: Database, name: str, *, team: str, display_name: str = "") -> JoinCode:
    """Create the coach's login role (or add an existing coach to another team) with a new
    one-time password, and return the join code to hand over. The laptop replaces the
    password when it joins, so the code works once."""
    if not COACH_RE.match(name) or name.startswith(("vrac_", "pg_")):
        raise ServerAdminError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' is not a usable coach account name: lower-case letters, "
                "digits and '_', starting with a letter, 2 to 51 characters, not starting with "
                "vrac_ or pg_. Nothing was changed."), name))
    password = secrets.token_urlsafe(24)
    with server.engine.begin() as conn:
        _initialised(conn)
        role = conn.execute(text("SELECT role FROM vrac_teams WHERE name = :t"),
                            {"t": team}).scalar()
        if role is None:
            raise ServerAdminError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "There is no team '%1' on this server (add it with `server "
                    "add-team %1`). Nothing was changed."), team))
        exists = conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"),
                              {"r": name}).first()
        if exists is not None and not conn.execute(text(
                "SELECT 1 FROM vrac_coach_accounts WHERE role = :r"), {"r": name}).first():
            raise ServerAdminError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The database role '%1' exists and is not a coach account; "
                    "choose another name. Nothing was changed."), name))
        if exists is None:
            conn.exec_driver_sql(
                f"CREATE ROLE {quote_ident(name)} LOGIN PASSWORD {quote_literal(password)} "
                f"IN ROLE {COACHES}, {quote_ident(role)}")
            conn.execute(text("INSERT INTO vrac_coach_accounts (role, display_name) "
                              "VALUES (:r, :d)"), {"r": name, "d": display_name or name})
        else:
            conn.exec_driver_sql(f"ALTER ROLE {quote_ident(name)} LOGIN PASSWORD "
                                 f"{quote_literal(password)}")
            conn.exec_driver_sql(f"GRANT {quote_ident(role)} TO {quote_ident(name)}")
            conn.exec_driver_sql(f"GRANT {COACHES} TO {quote_ident(name)}")
            # Publish the coach's current certificates for the new team too.
            conn.execute(text(
                "INSERT INTO team_certificates (fingerprint, team, holder, pem, added_at) "
                "SELECT DISTINCT ON (fingerprint) fingerprint, :t, holder, pem, :now "
                "FROM team_certificates WHERE holder = :r AND revoked_at IS NULL "
                "ON CONFLICT DO NOTHING"), {"t": team, "r": name, "now": _now()})
            conn.execute(text("UPDATE vrac_coach_accounts SET may_register = NOT EXISTS ("
                              "SELECT 1 FROM team_certificates WHERE holder = :r AND "
                              "revoked_at IS NULL) WHERE role = :r"), {"r": name})
        info = _server_info(conn)
        url = server.engine.url
        host, _, port = info.get("address", "").partition(":")
        return JoinCode(host or url.host or "localhost", int(port or url.port or 5432),
                        str(url.database), name, password, team, info.get("ca_pem", ""))


def remove_coach(server: Database, name: str, *, team: str | None = None) -> list[str]:
    """Take the coach out of ``team`` (or of every team, and disable the login). Returns the
    teams the coach was removed from. Their certificates stay published, so what they signed
    before stays valid; ``revoke_certificate`` is for a lost or stolen key."""
    with server.engine.begin() as conn:
        _initialised(conn)
        if not conn.execute(text("SELECT 1 FROM vrac_coach_accounts WHERE role = :r"),
                            {"r": name}).first():
            raise ServerAdminError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "There is no coach account '%1'. Nothing was changed."),
                name))
        teams = [(t, r) for t, r in conn.execute(text(
            "SELECT name, role FROM vrac_teams WHERE pg_has_role(:c, role, 'MEMBER') "
            "ORDER BY name"), {"c": name})
            if team is None or t == team]
        if team is not None and not teams:
            raise ServerAdminError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "'%1' is not in team '%2'. Nothing was changed."),
                    name, team))
        for _, role in teams:
            conn.exec_driver_sql(f"REVOKE {quote_ident(role)} FROM {quote_ident(name)}")
        if team is None:
            conn.exec_driver_sql(f"ALTER ROLE {quote_ident(name)} NOLOGIN")
            conn.exec_driver_sql(f"REVOKE {COACHES} FROM {quote_ident(name)}")
        # End the coach's open connections: access stops now, not at their next login. (An
        # operator without the right to signal them: their next statement is refused anyway,
        # row-level security looks the membership up at every query.)
        try:
            with conn.begin_nested():
                conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE usename = :r"), {"r": name})
        except DBAPIError:
            pass
    return [t for t, _ in teams]


def revoke_certificate(server: Database, fingerprint: str) -> int:
    """A lost or stolen signing key: laptops stop accepting its signatures at their next
    sync. Returns how many team publications were revoked."""
    with server.engine.begin() as conn:
        _initialised(conn)
        return int(conn.execute(text(
            "UPDATE team_certificates SET revoked_at = :now WHERE fingerprint LIKE :fp "
            "AND revoked_at IS NULL"), {"now": _now(), "fp": fingerprint.lower() + "%"}
        ).rowcount)


def allow_new_certificate(server: Database, name: str) -> None:
    """Rotation: the coach may publish one new signing certificate (from its laptop)."""
    with server.engine.begin() as conn:
        _initialised(conn)
        if not conn.execute(text("UPDATE vrac_coach_accounts SET may_register = true "
                                 "WHERE role = :r"), {"r": name}).rowcount:
            raise ServerAdminError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "There is no coach account '%1'. Nothing was changed."),
                name))


@dataclass(frozen=True)
class TeamInfo:
    name: str
    coaches: tuple[str, ...]
    families: int
    certificates: tuple[tuple[str, str, bool], ...]  # (fingerprint, holder, revoked)


def list_teams(server: Database) -> list[TeamInfo]:
    with server.engine.begin() as conn:
        _initialised(conn)
        found = []
        for name, role in conn.execute(text("SELECT name, role FROM vrac_teams ORDER BY name")):
            coaches = tuple(conn.execute(text(
                "SELECT a.role FROM vrac_coach_accounts a JOIN pg_roles r ON r.rolname = a.role"
                " WHERE r.rolcanlogin AND pg_has_role(a.role, :t, 'MEMBER') ORDER BY 1"),
                {"t": role}).scalars())
            families = int(conn.execute(text("SELECT count(*) FROM families WHERE team = :t"),
                                        {"t": name}).scalar_one())
            certs = tuple((fp, holder, revoked is not None) for fp, holder, revoked in
                          conn.execute(text(
                              "SELECT fingerprint, holder, revoked_at FROM team_certificates "
                              "WHERE team = :t ORDER BY holder, added_at"), {"t": name}))
            found.append(TeamInfo(name, coaches, families, certs))
        return found


def _now() -> str:
    return datetime.now(UTC).isoformat()


def rotate_team_key(server: Database, team: str, *, new_key: bytes, generation: int
                    ) -> list[str]:
    """Grant generation ``generation`` of the team key to every coach now in ``team``, each
    wrapped for the public key of the coach's published certificate (store/team_crypto.py).
    A coach removed before the rotation gets nothing, so cannot read what is written with it.
    Returns the coaches it was granted to."""
    from vrac_desktop.store.team_crypto import grant_for

    with server.engine.begin() as conn:
        _initialised(conn)
        role = conn.execute(text("SELECT role FROM vrac_teams WHERE name = :t"),
                            {"t": team}).scalar()
        if role is None:
            raise ServerAdminError(message(QT_TRANSLATE_NOOP(
                "CoreMessages", "There is no team '%1' on this server. Nothing was changed."),
                team))
        found = conn.execute(text(
            "SELECT DISTINCT ON (c.holder) c.holder, c.pem FROM team_certificates c "
            "JOIN pg_roles r ON r.rolname = c.holder WHERE c.team = :t AND c.revoked_at IS "
            "NULL AND r.rolcanlogin AND pg_has_role(c.holder, :role, 'MEMBER') "
            "ORDER BY c.holder, c.added_at DESC"), {"t": team, "role": role}).all()
        granted = []
        for holder, pem in found:
            conn.execute(text(
                "INSERT INTO vrac_team_key_grants (team, generation, holder, grant_data) "
                "VALUES (:t, :g, :h, :d) ON CONFLICT DO NOTHING"),
                {"t": team, "g": generation, "h": holder,
                 "d": grant_for(pem, new_key, team=team, generation=generation,
                                holder=holder)})
            granted.append(str(holder))
        return granted
