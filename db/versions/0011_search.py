"""Search at 100,000 families (issue 19): an FTS5 trigram index of the names, laptop only.

* ``family_search``: one row per family: its status and last change (the list's order, so a
  search reads neither ``families`` nor the plans until it has its rows), ``family_text`` (the family's ``search_key``, its
  casefolded name and reference) and ``member_text`` (the casefolded names of the children and
  team members of its newest plan version), with a stable integer id for the index.
* ``family_names_fts``, ``family_members_fts``: FTS5 tables with the trigram tokenizer, one
  per text (external content: the text is stored once, in ``family_search``).
  ``secure-delete``: a deleted or changed row leaves no trigram behind in the file (GDPR
  erasure).
* ``family_search_stale``: families whose ``member_text`` must be computed again. Triggers on
  ``plan_versions`` put a family here whatever wrote the version (save, merge, sync, import,
  a restore's migration, a raw connection); the store folds the names in Python when the
  writing session commits (store/search_index.py), or at the next search.

Triggers on ``families`` keep ``family_text`` and the rows in step in SQL. Nothing here is on
the team server (PostgreSQL: this migration does nothing there), in backups' exports or in a
family's data export; it is derived data, rebuilt from the plan versions.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SCHEMA = (
    "CREATE TABLE family_search (id INTEGER PRIMARY KEY, family_id VARCHAR(36) NOT NULL UNIQUE,"
    " status VARCHAR(20) NOT NULL, updated_at VARCHAR(40) NOT NULL,"
    " family_text TEXT NOT NULL DEFAULT '', member_text TEXT NOT NULL DEFAULT '')",
    # Recent first: the order of the families list, read without the families table.
    "CREATE INDEX ix_family_search_recent ON family_search (updated_at)",
    # One index per text: a word typed as a name must not read the lists of trigrams that
    # every member text has ("par", "ent" of "Parent"), as a column filter on one index would.
    "CREATE VIRTUAL TABLE family_names_fts USING fts5(family_text, content='family_search',"
    " content_rowid='id', tokenize='trigram case_sensitive 1')",
    "CREATE VIRTUAL TABLE family_members_fts USING fts5(member_text, content='family_search',"
    " content_rowid='id', tokenize='trigram case_sensitive 1')",
    "INSERT INTO family_names_fts (family_names_fts, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO family_members_fts (family_members_fts, rank) VALUES ('secure-delete', 1)",
    "CREATE TABLE family_search_stale (family_id VARCHAR(36) PRIMARY KEY) WITHOUT ROWID",
    # The indexes follow their content table.
    "CREATE TRIGGER family_search_ai AFTER INSERT ON family_search BEGIN"
    " INSERT INTO family_names_fts (rowid, family_text) VALUES (new.id, new.family_text);"
    " INSERT INTO family_members_fts (rowid, member_text) VALUES (new.id, new.member_text);"
    " END",
    "CREATE TRIGGER family_search_ad AFTER DELETE ON family_search BEGIN"
    " INSERT INTO family_names_fts (family_names_fts, rowid, family_text)"
    " VALUES ('delete', old.id, old.family_text);"
    " INSERT INTO family_members_fts (family_members_fts, rowid, member_text)"
    " VALUES ('delete', old.id, old.member_text); END",
    "CREATE TRIGGER family_search_names AFTER UPDATE OF family_text ON family_search BEGIN"
    " INSERT INTO family_names_fts (family_names_fts, rowid, family_text)"
    " VALUES ('delete', old.id, old.family_text);"
    " INSERT INTO family_names_fts (rowid, family_text) VALUES (new.id, new.family_text); END",
    "CREATE TRIGGER family_search_members AFTER UPDATE OF member_text ON family_search BEGIN"
    " INSERT INTO family_members_fts (family_members_fts, rowid, member_text)"
    " VALUES ('delete', old.id, old.member_text);"
    " INSERT INTO family_members_fts (rowid, member_text) VALUES (new.id, new.member_text);"
    " END",
    # The content follows the families and their plan versions.
    "CREATE TRIGGER families_search_ai AFTER INSERT ON families BEGIN"
    " INSERT INTO family_search (family_id, status, updated_at, family_text)"
    " VALUES (new.id, new.status, new.updated_at, new.search_key)"
    " ON CONFLICT (family_id) DO UPDATE SET status = excluded.status,"
    " updated_at = excluded.updated_at, family_text = excluded.family_text;"
    " INSERT OR IGNORE INTO family_search_stale (family_id) VALUES (new.id); END",
    "CREATE TRIGGER families_search_au AFTER UPDATE OF status, updated_at ON families BEGIN"
    " UPDATE family_search SET status = new.status, updated_at = new.updated_at"
    " WHERE family_id = new.id; END",
    "CREATE TRIGGER families_search_key AFTER UPDATE OF search_key ON families"
    " WHEN new.search_key IS NOT old.search_key BEGIN"
    " UPDATE family_search SET family_text = new.search_key WHERE family_id = new.id; END",
    "CREATE TRIGGER families_search_ad AFTER DELETE ON families BEGIN"
    " DELETE FROM family_search WHERE family_id = old.id;"
    " DELETE FROM family_search_stale WHERE family_id = old.id; END",
    "CREATE TRIGGER plan_versions_search_ai AFTER INSERT ON plan_versions BEGIN"
    " INSERT OR IGNORE INTO family_search_stale (family_id) VALUES (new.family_id); END",
    "CREATE TRIGGER plan_versions_search_ad AFTER DELETE ON plan_versions BEGIN"
    " INSERT OR IGNORE INTO family_search_stale (family_id) VALUES (old.family_id); END",
    "CREATE TRIGGER plan_versions_search_au AFTER UPDATE OF family_id, number, content_json"
    " ON plan_versions BEGIN"
    " INSERT OR IGNORE INTO family_search_stale (family_id) VALUES (old.family_id);"
    " INSERT OR IGNORE INTO family_search_stale (family_id) VALUES (new.family_id); END",
)

DROP = (
    "DROP TRIGGER plan_versions_search_au", "DROP TRIGGER plan_versions_search_ad",
    "DROP TRIGGER plan_versions_search_ai", "DROP TRIGGER families_search_ad",
    "DROP TRIGGER families_search_key", "DROP TRIGGER families_search_au",
    "DROP TRIGGER families_search_ai",
    "DROP TRIGGER family_search_members", "DROP TRIGGER family_search_names",
    "DROP TRIGGER family_search_ad", "DROP TRIGGER family_search_ai",
    "DROP TABLE family_search_stale", "DROP TABLE family_members_fts",
    "DROP TABLE family_names_fts", "DROP INDEX ix_family_search_recent",
    "DROP TABLE family_search",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # the team server searches nothing: the index lives on the laptop only
    for statement in SCHEMA:
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql("INSERT INTO family_search (family_id, status, updated_at, family_text)"
                         " SELECT id, status, updated_at, search_key FROM families")
    bind.exec_driver_sql("INSERT INTO family_search_stale (family_id) SELECT id FROM families")
    # The names are folded by the same code that keeps them in step afterwards.
    from vrac_desktop.store.search_index import refresh_stale

    refresh_stale(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for statement in DROP:
        bind.exec_driver_sql(statement)
