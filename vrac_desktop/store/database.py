"""Opening the database: SQLCipher engine, key check, migrations.

Threading rule: a ``Database`` is shared, a ``Session`` is not. Each unit of work opens its
own session with ``db.session()`` (a context manager that commits or rolls back as one
transaction), whatever thread it runs on.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store import search_index
from vrac_desktop.store.errors import (
    DiskFullError,
    NewerSchemaError,
    StoreError,
    WrongKeyError,
)
from vrac_desktop.store.first_screen import check_data_folder
from vrac_desktop.store.keys import KeyInfo, finish_migration, obtain_key
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.schema import MIGRATIONS_DIR, newest_migration

# Alembic is imported only when a migration may have to run: importing it and reading the
# migration scripts is a fifth of the app's start-up, and almost every start finds the
# database already at the newest revision (see Database.migrate).
if TYPE_CHECKING:
    from alembic.config import Config


def _alembic_config(connection: Any) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


class Database:
    def __init__(self, engine: Engine, *, mode: str = "external",
                 paths: DataPaths | None = None, key: bytes | None = None) -> None:
        self.engine = engine
        self.mode = mode  # "keyring", "passphrase", "server" (open_server) or "external"
        # The local data folder and database key (open_local only): exports journal their
        # temporary files there, the recovery kit wraps the key. Dropped on lock.
        self.paths = paths
        self.key = key
        self._sessions = _sessionmaker(engine)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            if "full" in str(exc.orig):
                raise DiskFullError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "The disk is full, so the change could not be saved; "
                        "nothing was changed and the data stored before is intact. Free some "
                        "space and try again."))
                ) from exc
            if "disk I/O error" in str(exc.orig):
                raise DiskFullError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "The change could not be written to disk (the disk is "
                        "full, over a size limit, or failing); nothing was changed and the data "
                        "stored before is intact."))
                ) from exc
            raise

    def migrate(self) -> None:
        """Bring the schema to this app's head; refuse a database from a newer app."""
        if self._at_newest_migration():
            return
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        known = {rev.revision for rev in ScriptDirectory.from_config(
            _alembic_config(None)).walk_revisions()}
        with self.engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_heads()
            unknown = [rev for rev in current if rev not in known]
            if unknown:
                raise NewerSchemaError(
                    message(QT_TRANSLATE_NOOP(
                        "CoreMessages", "This database was written by a newer version of VRAC "
                        "Desktop (schema %1). Install the newer version to open it; nothing was "
                        "changed."), ', '.join(unknown))
                )
            command.upgrade(_alembic_config(conn), "head")

    def _at_newest_migration(self) -> bool:
        try:
            with self.engine.connect() as conn:
                current = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except SADatabaseError:  # no alembic_version table yet: a new database
            return False
        return [row[0] for row in current] == [newest_migration()]

    def schema_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        self.engine.dispose()

    def rebind(self, engine: Engine, *, mode: str, key: bytes | None = None) -> None:
        """Point this object at another engine, so lock/unlock keep every holder's reference."""
        self.engine = engine
        self.mode = mode
        self.key = key
        self._sessions = _sessionmaker(engine)

    def page_problems(self) -> list[str]:
        """Every page checked: SQLCipher's HMAC of each page, then SQLite's structure.
        Empty when the file is intact."""
        return check_pages(self.engine)


def _sessionmaker(engine: Engine) -> sessionmaker[Session]:
    sessions = sessionmaker(engine, expire_on_commit=False)
    search_index.keep_in_step(sessions)  # the search index follows every committed write
    return sessions


def check_pages(engine: Engine) -> list[str]:
    """``PRAGMA cipher_integrity_check`` (a damaged or altered encrypted page) and
    ``PRAGMA integrity_check`` (a damaged b-tree); the problems found, [] when none."""
    problems: list[str] = []
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                with contextlib.suppress(SADatabaseError):  # a plain SQLite file: no HMACs
                    problems += [str(r[0]) for r in
                                 conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                problems += [r for r in rows if r != "ok"]
    except SADatabaseError as exc:
        problems.append(str(exc.orig))
    return problems


def sqlcipher_engine(path: Path, key: bytes) -> Engine:
    """A SQLAlchemy engine over a SQLCipher file keyed with a raw 256-bit key."""
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    # insert=True: the key must be the very first statement on a new connection.
    @event.listens_for(engine, "connect", insert=True)
    def _key(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        # SQLCipher logs decryption failures to stderr; the app reports them itself.
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Temporary tables and indices in memory: nothing decrypted reaches a temp file.
        cur.execute("PRAGMA temp_store = MEMORY")
        # Up to 32 MiB of decrypted pages per connection (SQLite's default is 2 MiB): at
        # 100,000 families search reads a 17 MiB index table, and decrypting it again on
        # every key cost 3x the search itself. Memory grows only with the pages read.
        cur.execute("PRAGMA cache_size = -32768")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    return engine


def open_local(paths: DataPaths, passphrase: str | None = None) -> Database:
    """Open (or create) the encrypted local database and migrate it to this app's schema."""
    check_data_folder(paths)
    return open_unlocked(paths, obtain_key(paths, passphrase))


def open_unlocked(paths: DataPaths, info: KeyInfo) -> Database:
    """``open_local`` once the key is obtained (the app unlocks first, shows the families
    list from store/first_screen.py, then opens the database with the same key)."""
    if not paths.database.exists():
        _create(paths, info.key)
    candidates = info.legacy.candidates if info.legacy is not None else (info.key,)
    for attempt, key in enumerate(candidates, start=1):
        engine = sqlcipher_engine(paths.database, key)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        except SADatabaseError as exc:
            engine.dispose()
            if "not a database" in str(exc.orig) and attempt < len(candidates):
                continue
            _refuse(exc, info)
        break
    if info.legacy is not None:
        finish_migration(paths, info, key)
    _private_files(paths)
    db = Database(engine, mode=info.mode, paths=paths, key=key)
    try:
        db.migrate()
    except BaseException:
        db.dispose()
        raise
    return db


def _create(paths: DataPaths, key: bytes) -> None:
    """A new database, made whole in tmp/ and renamed into place. SQLite commits each
    CREATE TABLE of a migration on its own (pysqlite opens no transaction for DDL), so a
    kill during the first migration in place would leave half a schema that no later start
    could migrate: the first start after a kill now simply starts again."""
    paths.temp.mkdir(parents=True, exist_ok=True, mode=0o700)
    fresh = paths.temp / f"new-{os.getpid()}.db"
    for leftover in (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
        leftover.unlink(missing_ok=True)
    os.close(os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = sqlcipher_engine(fresh, key)
    try:
        Database(engine).migrate()
        with engine.connect() as conn:  # one self-contained file: no -wal to carry along
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    with open(fresh, "rb+") as fh:
        os.fsync(fh.fileno())
    for journal in (Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
        journal.unlink(missing_ok=True)
    os.replace(fresh, paths.database)


def _private_files(paths: DataPaths) -> None:
    """The database and its -wal/-shm owner-only. Once the database file is 0600, SQLite
    gives every new -wal and -shm its mode; those of a brand-new database are fixed here."""
    for path in (paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
        with contextlib.suppress(FileNotFoundError):
            path.chmod(0o600)


def _refuse(exc: SADatabaseError, info: KeyInfo) -> NoReturn:
    if "not a database" in str(exc.orig):
        if info.mode == "passphrase":
            raise WrongKeyError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The passphrase is wrong, or the database file is damaged. "
                    "Nothing was changed."))
            ) from None
        raise WrongKeyError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The database could not be opened with the key from the OS "
                "keyring: the file is damaged or belongs to another key. Nothing was changed; "
                "restore a backup."))
        ) from None
    raise StoreError(message(QT_TRANSLATE_NOOP(
        "CoreMessages", "The database could not be opened: %1"), exc.orig)) from None


# Any constant shared by every app: serialises the migrations of laptops connecting at once.
_MIGRATION_LOCK = 0x56524143


def open_server(url: str, password: str | None = None, *, ca_file: str | None = None
                ) -> Database:
    """Connect to the team server (PostgreSQL) and migrate it to this app's schema.

    The password: ``password``, else the URL's, else libpq's (``PGPASSWORD``, ``~/.pgpass``);
    a laptop passes the one it remembers (store/server_credentials.py). TLS: ``verify-full``
    off this machine, against ``ca_file`` when given (store/server_connection.py). A coach's
    role may not migrate: a server older than this app is reported for its operator to upgrade.
    """
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from vrac_desktop.store.server_connection import connection_error, server_engine

    engine = server_engine(url, password, ca_file=ca_file)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
            try:
                conn.commit()
                db = Database(engine, mode="server")
                db.migrate()
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
                conn.commit()
    except OperationalError as exc:
        engine.dispose()
        raise connection_error(url, exc, password) from None
    except ProgrammingError as exc:
        engine.dispose()
        if "permission denied" in str(exc.orig) or "must be owner" in str(exc.orig):
            raise StoreError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The team server's database is at an older version than "
                    "this app, and your account may not upgrade it. Ask the operator "
                    "to run `vrac-desktop server init` with this version; nothing "
                    "was changed."))) from None
        raise
    except BaseException:
        engine.dispose()
        raise
    return db
