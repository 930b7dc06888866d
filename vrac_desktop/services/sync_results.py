"""What a sync reports: its result, the offline status, per-family problems and errors.

Shared by every part of the sync (services/sync.py and its sync_* modules) and by the GUI
and CLI that show them: ``SyncResult`` (counts, families with two heads, problems),
``SyncStatus`` (read offline from the last run), ``FamilyProblem``, the errors that stop a
whole sync (``SyncError``) or refuse one family (``FamilyRefusedError``), and the counters
a run adds up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import OperationalError

from vrac_desktop.services.changes import Changes
from vrac_desktop.store.errors import StoreError

Progress = Callable[[int, int], None]


class SyncError(StoreError):
    """Sync could not run or stopped; the message says why. Families already synced stay
    synced, the others are untouched and go with the next sync."""


class FamilyRefusedError(StoreError):
    """One family was not synced (the others were); the message says why."""


@dataclass(frozen=True)
class FamilyProblem:
    """What went wrong with one family (``family_id`` "" for the whole sync, e.g. a
    certificate the team does not know), as the sync report shows it."""

    family_id: str
    message: str


@dataclass(frozen=True)
class SyncResult:
    families: int  # families that differed and were synced
    pushed: int  # versions and rows sent to the server
    pulled: int  # versions and rows received
    erased: int  # families erased on one side because the other side's register says so
    two_heads: tuple[str, ...]  # families that now have more than one head
    problems: tuple[FamilyProblem, ...]
    cancelled: bool
    changes: Changes
    # Families where this sync brought together evaluations recorded at the same time on
    # two laptops: both kept, both valid; said once, when it happens.
    concurrent_evaluations: tuple[str, ...] = ()


@dataclass(frozen=True)
class SyncStatus:
    last_sync_at: datetime | None  # end of the last sync that ran to the end
    last_error: str
    interrupted: bool  # the last sync started and never finished (killed, crashed)
    pending: int  # local families changed since they were last in sync
    two_heads: int  # families with more than one head, waiting to be reconciled


@dataclass
class Counts:
    pushed: int = 0
    pulled: int = 0
    problems: list[FamilyProblem] = field(default_factory=list)


def from_server(exc: OperationalError) -> bool:
    return type(exc.orig).__module__.startswith("psycopg")


def first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
