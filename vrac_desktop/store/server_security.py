"""What a team server installs for coaches: roles, grants, row-level security, functions.

SQL text and the names it uses; store/server_admin.py (``init_server``) runs it, and again
after every upgrade, so everything here is idempotent:

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

Identifiers and literals spliced into DDL (role names, passwords) go through ``quote_ident``
and ``quote_literal``: PostgreSQL takes no bind parameters in ``CREATE ROLE``.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

COACHES = "vrac_coaches"
TEAM_PREFIX = "vrac_team_"
# Tables with a family_id that coaches never touch on the server: laptop-only bookkeeping, and
# the registers only the functions write.
NOT_SHARED = ("drafts", "sync_state", "audit_log", "erasures", "vrac_erasure_teams")
# What a coach may change in a family's row: metadata and the recorded head, never its team.
FAMILY_UPDATABLE = ("display_name", "reference", "language", "status", "search_key",
                    "updated_at", "head_number", "head_hash")


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


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def team_role(team: str) -> str:
    return TEAM_PREFIX + team


def family_tables(conn: Connection) -> list[str]:
    return list(conn.execute(text(
        "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
        " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
        " WHERE c.table_schema = 'public' AND c.column_name = 'family_id'"
        " AND t.table_type = 'BASE TABLE' ORDER BY 1")).scalars())
