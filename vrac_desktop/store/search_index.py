"""The laptop's search index: an FTS5 trigram table of every family's searchable text.

Search as you type matches every typed word (casefolded) inside a family's name and reference
(``families.search_key``), or else inside the names of the children and team members of its
newest plan version. Reading and decoding every plan per key is linear in the number of
families (24 ms per key at 1,000); the index answers in a few lookups.

The tables (migration 0011, laptop only): ``family_search`` holds per family its status, last
change, ``family_text`` and ``member_text``; ``family_search_fts`` indexes the two texts with
the trigram tokenizer (case-sensitive: both sides are casefolded by Python, so a match is
exactly Python's ``word in text``); ``family_search_stale`` lists families whose
``member_text`` must be folded again.

Keeping it in step has one place: SQL triggers on ``families`` and ``plan_versions``, which
fire whatever wrote the row (a service, sync, a merge, an import, a migration, a raw
connection). Casefolding the names of a plan needs Python, so a trigger only marks the family
stale; ``refresh_stale`` folds them, called when a session that wrote commits
(``keep_in_step``) and, for writes made outside a session, before a search.

Trigram needs three characters: one- and two-character words are matched with ``instr`` over
the rows the longer words selected, or, when every word is short, over ``family_search`` in
the list's order (newest first, stopping at the limit).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from vrac_desktop.domain.model import FamilyStatus

TABLES = ("family_search", "family_search_fts", "family_search_stale")
"""Laptop-only tables that are not in the ORM mapping (nor on the team server); the FTS5
table adds its own shadow tables ``family_search_fts_*``."""

_BATCH = 500
_BULK = 200  # more stale families than this: fill, then rebuild the index in one go


def member_text(content_json: str | None) -> str:
    """The casefolded names of a plan's team (children, family, informal and formal
    members), as search compares them: ``" ".join(names).casefold()``."""
    if not content_json:
        return ""
    data = json.loads(content_json)
    team = data.get("team", []) if isinstance(data, dict) else []
    names = [m["name"] for m in team if isinstance(m, dict) and isinstance(m.get("name"), str)]
    return " ".join(names).casefold()


def _batches(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _BATCH):
        yield items[start:start + _BATCH]


def refresh_stale(conn: Connection) -> int:
    """Fold the names of every family marked stale, from its newest plan version; clear the
    marks. Only rows whose text changed are written (and re-indexed). Returns how many
    families were looked at. Runs in the caller's transaction."""
    stale = [row[0] for row in conn.exec_driver_sql("SELECT family_id FROM family_search_stale")]
    bulk = len(stale) > _BULK
    if bulk:
        # secure-delete rewrites the segments holding each old text: ~1 ms a row on a merged
        # index, but seconds a row while a fill is piling up small segments. A fill goes
        # without it and then rebuilds the whole index from the texts, which leaves nothing
        # of the old texts behind either.
        conn.exec_driver_sql("INSERT INTO family_search_fts (family_search_fts, rank) "
                             "VALUES ('secure-delete', 0)")
    for chunk in _batches(stale):
        marks = ", ".join("?" * len(chunk))
        rows = conn.exec_driver_sql(
            "SELECT s.family_id, s.member_text, (SELECT v.content_json FROM plan_versions v "
            "WHERE v.family_id = s.family_id ORDER BY v.number DESC LIMIT 1) "
            f"FROM family_search s WHERE s.family_id IN ({marks})", tuple(chunk)).all()
        changed = [(new, fid) for fid, old, body in rows if (new := member_text(body)) != old]
        if changed:
            conn.exec_driver_sql(
                "UPDATE family_search SET member_text = ? WHERE family_id = ?", changed)
        conn.exec_driver_sql(
            f"DELETE FROM family_search_stale WHERE family_id IN ({marks})", tuple(chunk))
    if bulk:
        conn.exec_driver_sql("INSERT INTO family_search_fts (family_search_fts) "
                             "VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO family_search_fts (family_search_fts, rank) "
                             "VALUES ('secure-delete', 1)")
    return len(stale)


def has_stale(session: Session) -> bool:
    return session.execute(text("SELECT 1 FROM family_search_stale LIMIT 1")).first() is not None


def keep_in_step(sessions: sessionmaker[Session]) -> None:
    """Refresh the stale families when a session that wrote something commits, in the same
    transaction (so the index is never behind what another session can read). A session
    that only read does not write the index: turning a read into a write could wait on, or
    fail against, the background worker's write."""
    event.listen(sessions, "before_commit", _before_commit)


def _before_commit(session: Session) -> None:
    session.flush()  # pending ORM rows fire their triggers first
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    raw: Any = conn.connection.driver_connection
    if not raw.in_transaction:  # pysqlite begins a transaction only at the first write
        return
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'family_search_stale'").first() is None:
        return  # a database before migration 0011 (restore reads old backups)
    refresh_stale(conn)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _matching_ids(session: Session, column: str, words: Sequence[str], *,
                  include_closed: bool, limit: int) -> list[str]:
    """Family ids, newest first, whose ``column`` contains every word."""
    assert column in ("family_text", "member_text")
    where: list[str] = []
    params: dict[str, object] = {"limit": limit}
    long = [w for w in words if len(w) >= 3]
    if long:
        params["q"] = f"{column} : (" + " AND ".join(_fts_phrase(w) for w in long) + ")"
        where.append("s.id IN (SELECT rowid FROM family_search_fts "
                     "WHERE family_search_fts MATCH :q)")
    for i, word in enumerate(w for w in words if len(w) < 3):
        params[f"w{i}"] = word
        where.append(f"instr(s.{column}, :w{i}) > 0")
    if not include_closed:
        params["active"] = FamilyStatus.ACTIVE.value
        where.append("s.status = :active")
    sql = ("SELECT s.family_id FROM family_search s WHERE " + " AND ".join(where)
           + " ORDER BY s.updated_at DESC LIMIT :limit")
    return list(session.scalars(text(sql), params))


def search_ids(session: Session, words: Sequence[str], *, include_closed: bool,
               limit: int) -> list[str]:
    """Ids of the families whose name or reference contains every (casefolded) word, newest
    first; then, up to ``limit``, those whose newest plan's team names contain every word.
    The same families, in the same order, as checking each family's texts in Python."""
    found = _matching_ids(session, "family_text", words, include_closed=include_closed,
                          limit=limit)
    if len(found) < limit:
        seen = set(found)
        members = _matching_ids(session, "member_text", words, include_closed=include_closed,
                                limit=limit)
        found += [fid for fid in members if fid not in seen][:limit - len(found)]
    return found


def texts(session: Session, family_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(family_text, member_text) per family: what the index holds (tests and checks)."""
    ids = list(family_ids)
    found: dict[str, tuple[str, str]] = {}
    for chunk in _batches(ids):
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        for fid, family, members in session.execute(
                text(f"SELECT family_id, family_text, member_text FROM family_search "
                     f"WHERE family_id IN ({marks})"),
                {f"i{n}": fid for n, fid in enumerate(chunk)}):
            found[fid] = (family, members)
    return found
