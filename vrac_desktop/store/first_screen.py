"""The first screen's families list, read with one plain SQLCipher query.

Importing SQLAlchemy's ORM, the services and the rest of the app takes several times as long
as showing a window. So the app shows the families list first, from what this module reads
on a plain ``sqlcipher3`` connection opened with the already unwrapped key, and loads the
rest once that list is on screen (gui/app.py, gui/main_window.py). Standard library,
sqlcipher3 and the family states (domain/states.py) only: no SQLAlchemy, no Alembic, no keyring.

Nothing here writes to the database: the connection is ``query_only``, and
``FirstScreen.open`` returns None (the caller then opens the database the full way, which
migrates or reports the problem) unless the key opens the file and its schema is at this
app's newest migration. The list is what ``services.families.search_families`` returns for
an empty search: active families, most recently changed first, with their version count and
current phase; tests/store/test_first_screen.py compares the two.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

import sqlcipher3.dbapi2 as sqlcipher

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.states import FamilyStatus, Phase
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.schema import newest_migration

# What the families page lists at most (services.families.search_families' default).
LIST_LIMIT = 500
# What the first paint reads at most: more rows than any screen holds (the GUI reads as many
# as its tallest screen can show: gui/app.py first_rows). The rest of the list (up to
# LIST_LIMIT) is read just after that paint: reading 500 rows from a cold cache (SQLCipher
# decrypting their pages) took 10 ms of a ~200 ms start, the first 100 take 2.
FIRST_ROWS = 100

# What the families list shows of a family ``f``: its own columns, the plan versions stored
# and its current phase (the newest phase change's, in repository.NEWEST_PHASE_FIRST's order;
# NULL before any). The first screen and the search (store/search_index.py:list_rows) read
# the same columns; ``listed_family`` reads a row of them.
LIST_COLUMNS = """
    f.id, f.display_name, f.reference, f.language, f.status, f.updated_at,
    (SELECT count(*) FROM plan_versions v WHERE v.family_id = f.id),
    (SELECT p.phase FROM phase_changes p WHERE p.family_id = f.id
     ORDER BY p.changed_on DESC, p.number DESC, p.changed_by DESC, p.id DESC LIMIT 1)
"""

# The newest families first, then their version count and current phase: counting inside
# the inner query would count every family's versions before sorting (20x slower at 10,000).
_FAMILIES = f"""
    SELECT {LIST_COLUMNS}
    FROM (SELECT id, display_name, reference, language, status, updated_at FROM families
          WHERE status = ? ORDER BY updated_at DESC LIMIT ? OFFSET ?) AS f
    ORDER BY f.updated_at DESC
"""


def check_data_folder(paths: DataPaths) -> None:
    """Raise StoreError, with what to do, when the data folder cannot be made or written."""
    try:
        paths.ensure()
    except OSError as exc:
        raise StoreError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The data folder %1 cannot be created or written to (%2). "
                "Nothing was changed; choose a folder you can "
                "write to with --data-dir."), paths.root, exc.strerror or exc)
        ) from None
    if not os.access(paths.root, os.W_OK):
        raise StoreError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The data folder %1 is read-only, and the encrypted database "
                "needs to write its journal beside it even to read. Nothing was "
                "changed; make the folder writable, or copy it somewhere writable "
                "and open that with --data-dir."), paths.root)
        )


# A NamedTuple, not a dataclass: this module is on the first screen's path, where each
# dataclass took 0.2-0.6 ms to define (tests/gui/test_startup_imports.py).
class ListedFamily(NamedTuple):
    """A row of the families list (services.families.FamilySummary is this class)."""

    id: str
    display_name: str
    reference: str
    language: str
    status: FamilyStatus
    updated_at: datetime
    versions: int
    phase: Phase


def listed_family(row: Sequence[Any]) -> ListedFamily:
    """A row of ``LIST_COLUMNS`` as the families list shows it."""
    fid, name, reference, language, status, updated, versions, phase = row
    return ListedFamily(id=fid, display_name=name, reference=reference, language=language,
                        status=FamilyStatus(status), updated_at=datetime.fromisoformat(updated),
                        versions=versions, phase=Phase(phase) if phase else Phase.ENGAGEMENT)


class FirstScreen:
    """A read-only connection to the local database, kept open until the full database
    is open (so the file is not closed and reopened in between)."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    @classmethod
    def open(cls, paths: DataPaths, key: bytes) -> FirstScreen | None:
        """The reader, or None when the quick way does not apply: no database yet, the key
        does not open it, or its schema is not this app's newest (a migration to run, or a
        database from a newer app)."""
        if not paths.database.exists():
            return None
        try:
            connection = sqlcipher.connect(str(paths.database), timeout=30,
                                           check_same_thread=False)
        except sqlcipher.Error:  # the full way says what is wrong with the file
            return None
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            connection.execute("PRAGMA temp_store = MEMORY")
            connection.execute("PRAGMA query_only = ON")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            revisions = [row[0] for row in
                         connection.execute("SELECT version_num FROM alembic_version")]
        except sqlcipher.DatabaseError:  # wrong key, damaged file, no alembic_version yet
            connection.close()
            return None
        newest = newest_migration()
        if not newest or revisions != [newest]:
            connection.close()
            return None
        return cls(connection)

    def families(self, limit: int = LIST_LIMIT, offset: int = 0) -> list[ListedFamily]:
        """The active families, most recently changed first (one query): ``limit`` of them
        after the first ``offset``."""
        rows = self._connection.execute(_FAMILIES, (FamilyStatus.ACTIVE.value, limit, offset))
        return [listed_family(row) for row in rows]

    def close(self) -> None:
        self._connection.close()
