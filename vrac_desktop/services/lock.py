"""Locking the app: when, how to lock, how to unlock, and how fast wrong guesses may come.

The policy lives here, not in a widget (the GUI only shows the lock screen and forwards).
Locking drops the decrypted state rather than hiding it: the engine is disposed and the
``Database`` the whole app holds is pointed at an engine that refuses every connection, so
the key is no longer referenced and a forgotten widget query fails loudly instead of reading.
Unlocking opens a fresh engine (key from the OS keyring, or derived from the passphrase)
and points the same ``Database`` object at it, so every holder keeps working.

Wrong passphrases back off: after the n-th failure in a row the next attempt is refused
for ``min(2**(n-1), BACKOFF_CAP)`` seconds. The service never sleeps; it returns how long
to wait, and the lock screen counts down.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message, message_of
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.errors import (
    KeyMissingError,
    KeyringUnavailableError,
    PassphraseRequiredError,
    StoreError,
    WrongKeyError,
)
from vrac_desktop.store.key_file import passphrase_mode
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

BACKOFF_CAP = 30.0


class LockedError(StoreError):
    """The app is locked; nothing can be read or written until it is unlocked."""


def _refuse_connection() -> Any:
    raise LockedError(message(QT_TRANSLATE_NOOP(
        "CoreMessages", "VRAC Desktop is locked. Unlock it to continue; nothing was changed.")))


def locked_engine() -> Engine:
    """An engine that refuses every connection (what a locked ``Database`` points at)."""
    return create_engine("sqlite://", creator=_refuse_connection)


@dataclass(frozen=True)
class LockResult:
    locked_at: datetime
    disposed: bool  # the engine and its pooled connections were closed


@dataclass(frozen=True)
class UnlockResult:
    ok: bool
    reason: str  # "unlocked", "wrong_passphrase", "wait", "passphrase_missing" or "error"
    message: str  # empty on success; a full sentence for the lock screen otherwise
    wait_seconds: float  # > 0: wait this long before the next attempt
    failures: int  # wrong passphrases in a row so far


OpenDatabase = Callable[[DataPaths, str | None], Database]


class LockService:
    """Lock state of one running app over one data folder. Not thread-safe: call it from
    the UI thread (it is quick, except one key derivation per passphrase attempt)."""

    def __init__(self, *, paths: DataPaths, settings: Settings, database: Database,
                 actor: str, open_database: OpenDatabase = open_local,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._paths = paths
        self._settings = settings
        self._db = database
        self._actor = actor
        self._open = open_database
        self._clock = clock
        self._locked = False
        self._failures = 0
        self._not_before = 0.0

    # --- policy ------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def database(self) -> Database:
        return self._db

    @property
    def uses_passphrase(self) -> bool:
        """True: unlock asks for the passphrase; False: unlocking uses the OS keyring."""
        return self._db.mode == "passphrase" or passphrase_mode(self._paths)

    def idle_timeout_seconds(self) -> int:
        """Seconds of no input before the app locks itself; 0 means never."""
        minutes = int(self._settings.get("lock_minutes"))
        return max(0, minutes) * 60

    def wait_seconds(self) -> float:
        """How long until the next unlock attempt is allowed (0: now)."""
        return max(0.0, self._not_before - self._clock())

    @property
    def failures(self) -> int:
        return self._failures

    # --- lock / unlock -----------------------------------------------------------------

    def lock(self) -> LockResult:
        """Drop the decrypted state now. Locking a locked app does nothing more."""
        at = datetime.now(UTC)
        if self._locked:
            return LockResult(at, disposed=False)
        try:
            with self._db.session() as s:
                # A save in progress holds the write lock: don't wait for it (that would
                # freeze the UI for the 30 s busy timeout). The audit entry is best effort.
                s.execute(text("PRAGMA busy_timeout = 100"))
                repo.audit(s, actor=self._actor, action="locked")
        except (StoreError, SADatabaseError):  # a full disk or a busy writer must not keep
            pass  # the app unlocked
        # dispose() closes idle connections only: a save running on a worker keeps its
        # connection until its transaction ends, so locking never cuts a save in half.
        self._db.dispose()
        self._db.rebind(locked_engine(), mode=self._db.mode)
        self._locked = True
        return LockResult(at, disposed=True)

    def unlock(self, *, passphrase: str | None = None) -> UnlockResult:
        """Try to unlock: with ``passphrase`` in passphrase mode, else with the OS keyring."""
        if not self._locked:
            return UnlockResult(True, "unlocked", "", 0.0, self._failures)
        wait = self.wait_seconds()
        if wait > 0:
            return UnlockResult(False, "wait", _wait_message(wait), wait, self._failures)
        if self.uses_passphrase and not passphrase:
            return UnlockResult(False, "passphrase_missing", "Type the passphrase to unlock.",
                                0.0, self._failures)
        try:
            fresh = self._open(self._paths, passphrase if self.uses_passphrase else None)
        except WrongKeyError:
            return self._failed()
        except (PassphraseRequiredError, KeyringUnavailableError, KeyMissingError,
                StoreError) as exc:
            return UnlockResult(False, "error", message_of(exc), 0.0, self._failures)
        self._db.rebind(fresh.engine, mode=fresh.mode, key=fresh.key)
        self._locked = False
        self._failures = 0
        self._not_before = 0.0
        with self._db.session() as s:
            repo.audit(s, actor=self._actor, action="unlocked")
        return UnlockResult(True, "unlocked", "", 0.0, 0)

    def _failed(self) -> UnlockResult:
        self._failures += 1
        delay = min(2.0 ** (self._failures - 1), BACKOFF_CAP)
        self._not_before = self._clock() + delay
        return UnlockResult(
            False, "wrong_passphrase",
            "That passphrase is wrong; nothing was changed. " + _wait_message(delay),
            delay, self._failures,
        )


def _wait_message(seconds: float) -> str:
    whole = max(1, math.ceil(seconds))
    unit = "second" if whole == 1 else "seconds"
    return f"Wait {whole} {unit} before the next try."
