"""Schema only through Alembic; the mapping matches it; newer databases are refused."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from vrac_desktop.store import search_index
from vrac_desktop.store.database import Database, _alembic_config, newest_migration, open_local
from vrac_desktop.store.errors import NewerSchemaError
from vrac_desktop.store.models import Base
from vrac_desktop.store.paths import DataPaths


def test_new_database_is_at_head(db: Database) -> None:
    assert db.schema_revision() == newest_migration()


def _mapped(name: str | None, type_: str, _parent: object) -> bool:
    """Everything but the laptop's search index (migration 0011: derived data, not mapped)."""
    if type_ == "table" and name is not None:
        return name not in search_index.TABLES and not name.startswith(
            ("family_names_fts_", "family_members_fts_"))
    return True


def test_models_match_the_migrations(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(
            conn, opts={"include_name": _mapped}), Base.metadata)
    assert diff == []


def test_search_index_is_on_the_laptop_only(db: Database, backend: str) -> None:
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert ("family_search" in tables) is (backend == "sqlcipher")
    assert "family_search_stale" not in {t.name for t in Base.metadata.sorted_tables}


@pytest.mark.sqlcipher_only
def test_database_from_newer_app_is_refused_untouched(db: Database, paths: DataPaths) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    before = paths.database.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version of VRAC Desktop"):
        open_local(paths)
    assert paths.database.read_bytes() == before


@pytest.mark.sqlcipher_only
def test_reopening_is_idempotent(db: Database, paths: DataPaths) -> None:
    db.dispose()
    again = open_local(paths)
    assert again.schema_revision() == newest_migration()
    again.dispose()


def test_newest_migration_file_is_alembics_head() -> None:
    # open_local skips Alembic when the database is at newest_migration(): they must agree.
    assert newest_migration() == head_revision()  # the file names agree with alembic's chain


def head_revision() -> str:
    """The head of the migration chain as alembic reads it (one head: a linear chain)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(_alembic_config(None)).get_heads()
    assert len(heads) == 1, heads
    return heads[0]
