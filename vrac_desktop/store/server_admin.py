"""The operator's side of the team server: roles, row-level security, teams, coaches.

``init_server`` brings a PostgreSQL database to the app's schema (Alembic, as for every
side) and then installs what only a server has (idempotent, so it also runs after an
upgrade):

* ``vrac_coaches``: the group role every coach's login role is in; it holds the table grants.
  Coaches may SELECT and INSERT family data, UPDATE only a family's metadata columns, and never
  UPDATE or DELETE plan versions, forks, meetings, ratings, evaluations or signatures (no grant;
  the immutability triggers stay as a second wall).
* One group role per team (``vrac_team_<team>``), listed in ``vrac_teams``; a coach is a
  member of the roles of its teams. ``vrac_my_teams()`` is the list of teams of
  ``session_user``.
* Row-level security on every table with a ``family_id`` column (and on ``families``): a
  coach's role sees and adds only rows of families of its teams. Tables added later by other
  migrations are covered when ``server init`` runs again.
* ``vrac_erase_family(...)``: the only way a coach erases; SECURITY DEFINER, it checks the
  family's team against ``session_user``'s teams, deletes the rows and writes the erasure
  register with ``session_user`` as actor.
* ``vrac_register_certificate(...)``: a coach publishes its signing certificate for its
  teams, once (at join); the operator allows a new one (rotation) or revokes one.
* ``written_by`` (migration 0007): a trigger sets it to ``session_user`` on every insert.

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

from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError

COACHES = "vrac_coaches"
TEAM_PREFIX = "vrac_team_"
JOIN_PREFIX = "VRACJOIN1-"
# Tables with a family_id that coaches never touch on the server: laptop-only bookkeeping, and
# the registers only the functions write.
NOT_SHARED = ("drafts", "sync_state", "audit_log", "erasures", "vrac_erasure_teams")
# What a coach may change in a family's row: metadata and the recorded head, never its team.
FAMILY_UPDATABLE = ("display_name", "reference", "language", "status", "search_key",
                    "updated_at", "head_number", "head_hash")

TEAM_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,49}$")
COACH_RE = re.compile(r"^[a-z][a-z0-9_]{1,50}$")


class ServerAdminError(StoreError, ValueError):
    """An operator's command could not run; the message says why. Nothing was changed."""


SECURITY_SQL = r"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vrac_coaches') THEN
    CREATE ROLE vrac_coaches NOLOGIN;
  END IF;
END $$;
CREATE TABLE IF NOT EXISTS vrac_teams (
  name text PRIMARY KEY, role name UNIQUE NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS vrac_coach_accounts (
  role name PRIMARY KEY, display_name text NOT NULL,
  may_register boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS vrac_erasure_teams (
  family_id varchar(36) PRIMARY KEY, team text NOT NULL);
CREATE TABLE IF NOT EXISTS vrac_server_info (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS vrac_team_key_grants (
  team text NOT NULL, generation integer NOT NULL, holder name NOT NULL, grant_data text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (team, generation, holder));
REVOKE ALL ON vrac_teams, vrac_coach_accounts, vrac_server_info FROM PUBLIC;

CREATE OR REPLACE FUNCTION vrac_my_teams() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  SELECT coalesce(array_agg(name ORDER BY name), '{}'::text[]) FROM vrac_teams
  WHERE pg_has_role(session_user, role, 'MEMBER')
$f$;

CREATE OR REPLACE FUNCTION vrac_erase_family(fid text, at text, signer text, sig text)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  fam_team text;
  tbl text;
BEGIN
  SELECT team INTO fam_team FROM families WHERE id = fid FOR UPDATE;
  IF NOT FOUND THEN
    IF EXISTS (SELECT 1 FROM erasures WHERE family_id = fid) THEN RETURN 'known'; END IF;
    RETURN 'absent';
  END IF;
  IF NOT (fam_team = ANY (vrac_my_teams())) THEN
    RAISE EXCEPTION 'permission denied: family % is not in a team of %', fid, session_user
      USING ERRCODE = '42501';
  END IF;
  FOR tbl IN SELECT c.table_name FROM information_schema.columns c
             JOIN information_schema.tables t
               ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = 'public' AND c.column_name = 'family_id'
               AND t.table_type = 'BASE TABLE'
               AND c.table_name NOT IN ('families', 'erasures', 'vrac_erasure_teams')
             -- rows that refer to other rows of the family (voices -> meetings) go first
             ORDER BY (SELECT count(*) FROM pg_constraint k
                       WHERE k.conrelid = format('%I', c.table_name)::regclass
                         AND k.contype = 'f' AND k.confrelid <> 'families'::regclass) DESC,
                      c.table_name
  LOOP
    EXECUTE format('DELETE FROM %I WHERE family_id = $1', tbl) USING fid;
  END LOOP;
  DELETE FROM families WHERE id = fid;
  INSERT INTO erasures (family_id, erased_at, actor, signer, signature)
    VALUES (fid, at, session_user, signer, sig) ON CONFLICT DO NOTHING;
  INSERT INTO vrac_erasure_teams VALUES (fid, fam_team) ON CONFLICT DO NOTHING;
  RETURN 'erased';
END $f$;

CREATE OR REPLACE FUNCTION vrac_register_certificate(fp text, cert text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  allowed boolean;
  t text;
  n integer := 0;
BEGIN
  IF EXISTS (SELECT 1 FROM team_certificates WHERE fingerprint = fp AND holder = session_user
             AND revoked_at IS NULL) THEN
    RETURN 0;
  END IF;
  SELECT may_register INTO allowed FROM vrac_coach_accounts WHERE role = session_user
    FOR UPDATE;
  IF NOT coalesce(allowed, false) THEN
    RAISE EXCEPTION 'permission denied: % may not publish another certificate (the operator '
      'allows it with server allow-new-certificate)', session_user USING ERRCODE = '42501';
  END IF;
  FOREACH t IN ARRAY vrac_my_teams() LOOP
    INSERT INTO team_certificates (fingerprint, team, holder, pem, added_at)
      VALUES (fp, t, session_user, cert,
              to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'))
      ON CONFLICT DO NOTHING;
    n := n + 1;
  END LOOP;
  UPDATE vrac_coach_accounts SET may_register = false WHERE role = session_user;
  RETURN n;
END $f$;

-- Key rotation (issue 16): the only UPDATE a coach can cause. It swaps one encrypted field of
-- its team's row for the same field under the new team key, if the old value still matches.
CREATE OR REPLACE FUNCTION plan_versions_immutable() RETURNS trigger AS $f$ BEGIN
  IF current_setting('vrac.reseal', true) = 'on' THEN RETURN NEW; END IF;
  RAISE EXCEPTION 'plan versions are immutable';
END; $f$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION vrac_reseal(tbl text, fid text, rowkey text, col text,
                                       old_value text, new_value text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  fam_team text;
  n integer;
  keycol text;
BEGIN
  IF NOT (tbl || '.' || col = ANY (ARRAY['families.display_name', 'families.reference',
      'families.search_key', 'plan_versions.content_json', 'plan_version_forks.content_json',
      'meetings.location', 'meetings.attendance_json', 'meetings.notes', 'ratings.comment',
      'evaluations.content_json', 'phase_changes.reason', 'transition_plans.content_json']))
     OR new_value NOT LIKE 'vrac-e1:%' OR old_value NOT LIKE 'vrac-e1:%' THEN
    RAISE EXCEPTION 'permission denied: only an encrypted field may be re-encrypted'
      USING ERRCODE = '42501';
  END IF;
  SELECT team INTO fam_team FROM families WHERE id = fid;
  IF fam_team IS NULL OR NOT (fam_team = ANY (vrac_my_teams())) THEN
    RAISE EXCEPTION 'permission denied: family % is not in a team of %', fid, session_user
      USING ERRCODE = '42501';
  END IF;
  keycol := CASE WHEN tbl IN ('plan_versions', 'plan_version_forks') THEN 'hash' ELSE 'id' END;
  PERFORM set_config('vrac.reseal', 'on', true);
  IF tbl = 'families' THEN
    EXECUTE format('UPDATE families SET %I = $1 WHERE id = $2 AND %I = $3', col, col)
      USING new_value, fid, old_value;
  ELSE
    EXECUTE format('UPDATE %I SET %I = $1 WHERE %I = $2 AND family_id = $3 AND %I = $4',
                   tbl, col, keycol, col) USING new_value, rowkey, fid, old_value;
  END IF;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('vrac.reseal', 'off', true);
  RETURN n > 0;
END $f$;
REVOKE ALL ON FUNCTION vrac_reseal(text, text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vrac_reseal(text, text, text, text, text, text) TO vrac_coaches;

REVOKE ALL ON FUNCTION vrac_erase_family(text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION vrac_register_certificate(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vrac_my_teams() TO vrac_coaches;
GRANT EXECUTE ON FUNCTION vrac_erase_family(text, text, text, text) TO vrac_coaches;
GRANT EXECUTE ON FUNCTION vrac_register_certificate(text, text) TO vrac_coaches;

GRANT USAGE ON SCHEMA public TO vrac_coaches;
GRANT SELECT ON alembic_version TO vrac_coaches;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO vrac_coaches;
GRANT SELECT, INSERT ON families TO vrac_coaches;
GRANT SELECT ON erasures, vrac_erasure_teams, team_certificates TO vrac_coaches;

ALTER TABLE families ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS vrac_team ON families;
CREATE POLICY vrac_team ON families TO vrac_coaches
  USING (team IN (SELECT unnest(vrac_my_teams())))
  WITH CHECK (team IN (SELECT unnest(vrac_my_teams())));

ALTER TABLE team_certificates ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS vrac_team ON team_certificates;
CREATE POLICY vrac_team ON team_certificates FOR SELECT TO vrac_coaches
  USING (team IN (SELECT unnest(vrac_my_teams())));

ALTER TABLE vrac_erasure_teams ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS vrac_team ON vrac_erasure_teams;
CREATE POLICY vrac_team ON vrac_erasure_teams FOR SELECT TO vrac_coaches
  USING (team IN (SELECT unnest(vrac_my_teams())));

GRANT SELECT ON vrac_team_key_grants TO vrac_coaches;
ALTER TABLE vrac_team_key_grants ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS vrac_holder ON vrac_team_key_grants;
CREATE POLICY vrac_holder ON vrac_team_key_grants FOR SELECT TO vrac_coaches
  USING (holder = session_user AND team IN (SELECT unnest(vrac_my_teams())));

ALTER TABLE erasures ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS vrac_team ON erasures;
CREATE POLICY vrac_team ON erasures FOR SELECT TO vrac_coaches
  USING (family_id IN (SELECT family_id FROM vrac_erasure_teams));
"""

FAMILY_TABLE_SQL = """
GRANT SELECT, INSERT ON {t} TO vrac_coaches;
ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS vrac_team ON {t};
CREATE POLICY vrac_team ON {t} TO vrac_coaches
  USING (family_id IN (SELECT id FROM families))
  WITH CHECK (family_id IN (SELECT id FROM families));
"""

# Laptop-only tables with family data: row-level security with no policy for coaches (and no
# grant), so even a grant added by mistake would show nothing.
CLOSED_TABLE_SQL = "ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def team_role(team: str) -> str:
    return TEAM_PREFIX + team


def family_tables(conn: Connection) -> list[str]:
    return list(conn.execute(text(
        "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
        " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
        " WHERE c.table_schema = 'public' AND c.column_name = 'family_id'"
        " AND t.table_type = 'BASE TABLE' ORDER BY 1")).scalars())


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
                conn.exec_driver_sql(CLOSED_TABLE_SQL.format(t=_q(table)))
                continue
            conn.exec_driver_sql(FAMILY_TABLE_SQL.format(t=_q(table)))
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
            "This database is not set up as a team server yet: run `vrac-desktop server init "
            "URL` first. Nothing was changed.")


def add_team(server: Database, team: str) -> bool:
    """Create the team's group role. False when it already existed."""
    if not TEAM_RE.match(team):
        raise ServerAdminError(
            f"'{team}' is not a usable team name: lower-case letters, digits, '-' and '_', "
            "at most 50. Nothing was changed.")
    with server.engine.begin() as conn:
        _initialised(conn)
        if conn.execute(text("SELECT 1 FROM vrac_teams WHERE name = :t"), {"t": team}).first():
            return False
        role = team_role(team)
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                            {"r": role}).first():
            conn.exec_driver_sql(f"CREATE ROLE {_q(role)} NOLOGIN")
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
                "That is not a join code (it starts with VRACJOIN1-). Nothing was changed.")
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
                "The join code is damaged (a character is missing or changed). Ask the "
                "operator for it again; nothing was changed.") from None

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
            f"'{name}' is not a usable coach account name: lower-case letters, digits and '_', "
            "starting with a letter, 2 to 51 characters, not starting with vrac_ or pg_. "
            "Nothing was changed.")
    password = secrets.token_urlsafe(24)
    with server.engine.begin() as conn:
        _initialised(conn)
        role = conn.execute(text("SELECT role FROM vrac_teams WHERE name = :t"),
                            {"t": team}).scalar()
        if role is None:
            raise ServerAdminError(
                f"There is no team '{team}' on this server (add it with `server add-team "
                f"{team}`). Nothing was changed.")
        exists = conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"),
                              {"r": name}).first()
        if exists is not None and not conn.execute(text(
                "SELECT 1 FROM vrac_coach_accounts WHERE role = :r"), {"r": name}).first():
            raise ServerAdminError(
                f"The database role '{name}' exists and is not a coach account; choose "
                "another name. Nothing was changed.")
        if exists is None:
            conn.exec_driver_sql(
                f"CREATE ROLE {_q(name)} LOGIN PASSWORD {_lit(password)} "
                f"IN ROLE {COACHES}, {_q(role)}")
            conn.execute(text("INSERT INTO vrac_coach_accounts (role, display_name) "
                              "VALUES (:r, :d)"), {"r": name, "d": display_name or name})
        else:
            conn.exec_driver_sql(f"ALTER ROLE {_q(name)} LOGIN PASSWORD {_lit(password)}")
            conn.exec_driver_sql(f"GRANT {_q(role)} TO {_q(name)}")
            conn.exec_driver_sql(f"GRANT {COACHES} TO {_q(name)}")
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
            raise ServerAdminError(f"There is no coach account '{name}'. Nothing was changed.")
        teams = [(t, r) for t, r in conn.execute(text(
            "SELECT name, role FROM vrac_teams WHERE pg_has_role(:c, role, 'MEMBER') "
            "ORDER BY name"), {"c": name})
            if team is None or t == team]
        if team is not None and not teams:
            raise ServerAdminError(
                f"'{name}' is not in team '{team}'. Nothing was changed.")
        for _, role in teams:
            conn.exec_driver_sql(f"REVOKE {_q(role)} FROM {_q(name)}")
        if team is None:
            conn.exec_driver_sql(f"ALTER ROLE {_q(name)} NOLOGIN")
            conn.exec_driver_sql(f"REVOKE {COACHES} FROM {_q(name)}")
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
            raise ServerAdminError(f"There is no coach account '{name}'. Nothing was changed.")


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
            raise ServerAdminError(f"There is no team '{team}' on this server. Nothing was "
                                   "changed.")
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
