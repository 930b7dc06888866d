"""The recovery kit: a recovery key that opens every backup made from now on.

The key is made here, wraps the database key (store/keys.py), and is handed back once, to
be shown on screen and printed on the kit (documents/recovery_kit.py); it is stored nowhere.
A new kit replaces the previous key for new backups; backups made before keep opening with
the key of their time.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import UTC, datetime

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store import key_file, keys
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.paths import DataPaths


@dataclass(frozen=True)
class RecoveryKit:
    recovery_key: str  # 8 groups of 4 characters; shown once, never stored
    made_at: datetime
    computer: str
    data_folder: str
    mode: str  # the key mode of the data folder: "keyring" or "passphrase"


def needs_recovery_kit(paths: DataPaths) -> bool:
    """True when this data folder has no recovery key yet (first start, or made by an
    earlier version)."""
    return key_file.read_key_file(paths) is not None and not key_file.has_recovery_key(paths)


def make_recovery_kit(db: Database, *, paths: DataPaths, actor: str) -> RecoveryKit:
    """A new recovery key for the open database (replacing any earlier one)."""
    if db.key is None:
        raise StoreError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The database is locked; unlock it to make a recovery kit.")))
    recovery_key = keys.make_recovery_key(paths, db.key)
    with db.session() as s:
        repo.audit(s, actor=actor, action="recovery kit", detail="new recovery key")
    return RecoveryKit(recovery_key, datetime.now(UTC), platform.node() or "?",
                       str(paths.root), db.mode)
