"""The laptop's search index: FTS5 trigram tables of every family's searchable text.

Search as you type matches every typed word (casefolded) inside a family's name and reference
(``families.search_key``), or else inside the names of the children and team members of its
newest plan version. Reading and decoding every plan per key is linear in the number of
families (24 ms per key at 1,000, 7 s at 100,000); the index answers in a few lookups.

The tables (migration 0011, laptop only): ``family_search`` holds per family its status, last
change, ``family_text`` and ``member_text``; ``family_names_fts`` and ``family_members_fts``
index the two texts with the trigram tokenizer (case-sensitive: both sides are casefolded by
Python, so a match is exactly Python's ``word in text``); ``family_search_stale`` lists
families whose ``member_text`` must be folded again.

Keeping it in step has one place: SQL triggers on ``families`` and ``plan_versions``, which
fire whatever wrote the row (a service, sync, a merge, an import, a migration, a raw
connection). Casefolding the names of a plan needs Python, so a trigger only marks the family
stale; ``refresh_stale`` folds them, called when a session that wrote commits
(``keep_in_step``) and, for writes made outside a session, before a search.

Which rows a key reads (``search_ids``): the newest 4,000 families first, checked one by one
(common words fill the list there); then the trigram index for words of three characters or
more, or the whole table read in file order for one- and two-character words (trigram needs
three) and for index lists too long to look up one by one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from vrac_desktop.domain.model import FamilyStatus
from vrac_desktop.store.first_screen import LIST_COLUMNS

TABLES = ("family_search", "family_names_fts", "family_members_fts", "family_search_stale")
"""Laptop-only tables that are not in the ORM mapping (nor on the team server); each FTS5
table adds shadow tables named after it (``family_names_fts_data``...)."""
_FTS = {"family_text": "family_names_fts", "member_text": "family_members_fts"}

_BATCH = 500
_BULK = 200  # more stale families than this: fill, then rebuild the index in one go


def member_text(content_json: str | None) -> str:
    """The casefolded names of a plan's team (children, family, informal and formal
    members), as search compares them: ``" ".join(names).casefold()``. A plan that is not
    JSON (a damaged row) has none: the index is refreshed in the transaction of every write,
    which must not fail for it; the family is still found by its name and reference, and
    ``verify`` reports the damage."""
    if not content_json:
        return ""
    try:
        data = json.loads(content_json)
    except ValueError:
        return ""
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
        conn.exec_driver_sql("INSERT INTO family_members_fts (family_members_fts, rank) "
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
        conn.exec_driver_sql("INSERT INTO family_members_fts (family_members_fts) "
                             "VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO family_members_fts (family_members_fts, rank) "
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
    if session.get_bind().dialect.name != "sqlite":
        return  # the team server has no index
    session.flush()  # pending ORM rows fire their triggers first
    conn = session.connection()
    raw: Any = conn.connection.driver_connection
    if not raw.in_transaction:  # pysqlite begins a transaction only at the first write
        return
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'family_search_stale'").first() is None:
        return  # a database before migration 0011 (restore reads old backups)
    refresh_stale(conn)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _contains_all(column: str, words: Sequence[str], params: dict[str, object]) -> str:
    """SQL true when ``column`` contains every word (Python's ``in``: ``instr``, not LIKE)."""
    parts = []
    for word in words:
        name = f"w{len(params)}"
        params[name] = word
        parts.append(f"instr(s.{column}, :{name}) > 0")
    return " AND ".join(parts) or "1"


_FIRST_WALK = 4000  # newest families checked one by one before the index or a full read
_MOST_LOOKUPS = 10_000  # index matches worth one lookup each; more: read the whole table


def _indexed_ids(session: Session, column: str, words: Sequence[str], *,
                 include_closed: bool, limit: int) -> list[str]:
    """Family ids, newest first, whose ``column`` contains every word; at least one word has
    three characters or more, so the trigram index can narrow the rows.

    Three plans, cheapest first. A common word ("parent", "ref-00": in every family) is
    checked on the newest families as they come: the newest 4,000 hold ``limit`` matches.
    Otherwise the index lists the matches, one lookup each to sort them; when the newest
    families say that list would pass 10,000 (a common word with a rare short one:
    "parent ka"), reading the whole table in file order is cheaper. (Counting the index's
    matches instead read the whole list of every trigram of "parent": 15 ms.)"""
    long = [w for w in words if len(w) >= 3]
    fts = _FTS[column]
    params: dict[str, object] = {
        "q": " AND ".join(_fts_phrase(w) for w in long), "limit": limit,
        "active": FamilyStatus.ACTIVE.value, "first": _FIRST_WALK}
    by_long = _contains_all(column, long, params)
    short = _contains_all(column, [w for w in words if len(w) < 3], params)
    status = "1" if include_closed else "s.status = :active"
    newest_first = ("FROM (SELECT * FROM family_search INDEXED BY ix_family_search_recent "
                    "ORDER BY updated_at DESC LIMIT :first) AS s")
    newest = list(session.scalars(text(
        f"SELECT s.family_id {newest_first} WHERE {by_long} AND {short} AND {status} "
        "ORDER BY s.updated_at DESC LIMIT :limit"), params))
    whole = session.execute(text("SELECT max(id) FROM family_search")).scalar_one() or 0
    if len(newest) >= limit or whole <= _FIRST_WALK:  # distinct ids >= 1: max(id) >= rows
        return newest
    # How often the long words match among the newest says how long the index's list is.
    often = session.execute(text(
        f"SELECT count(*) {newest_first} WHERE {by_long} AND {status}"), params).scalar_one()
    if often * whole >= _MOST_LOOKUPS * _FIRST_WALK:  # ~10,000 index matches or more
        return _scanned(session, f"{by_long} AND {short}", status, params)[:limit]
    return list(session.scalars(text(
        f"SELECT s.family_id FROM (SELECT rowid AS r FROM {fts} WHERE {fts} MATCH :q) AS m "
        f"CROSS JOIN family_search s ON s.id = m.r WHERE {short} AND {status} "
        "ORDER BY s.updated_at DESC LIMIT :limit"), params))


def _scanned(session: Session, where: str, status: str, params: dict[str, object]
             ) -> list[str]:
    """Every matching family, newest first, from the whole table read in file order
    (sequential pages: half the time of walking the date index), sorted here."""
    rows = session.execute(text(
        f"SELECT s.family_id, s.updated_at FROM family_search AS s NOT INDEXED "
        f"WHERE {status} AND {where}"), params).all()
    return [fid for fid, _at in sorted(rows, key=lambda row: row[1], reverse=True)]


def _walked_ids(session: Session, words: Sequence[str], *, include_closed: bool,
                limit: int) -> tuple[list[str], list[str]]:
    """Every word under three characters: no trigram to look up. (ids by name or reference,
    ids by member only), newest first.

    The newest 4,000 families first: a common letter fills ``limit`` there. What they do not
    fill is read from the whole table (``_scanned``); only the kind of match still missing
    is read, so
    "pa" (in every member's "Parent", in few family names) reads the names, not 100,000
    members."""
    params: dict[str, object] = {"active": FamilyStatus.ACTIVE.value, "first": _FIRST_WALK}
    by_name = _contains_all("family_text", words, params)
    by_member = _contains_all("member_text", words, params)
    status = "1" if include_closed else "s.status = :active"
    first = session.execute(text(
        f"SELECT s.family_id, {by_name} FROM (SELECT * FROM family_search INDEXED BY "
        "ix_family_search_recent ORDER BY updated_at DESC LIMIT :first) AS s "
        f"WHERE {status} AND (({by_name}) OR ({by_member})) ORDER BY s.updated_at DESC"),
        params).all()
    whole = session.execute(text("SELECT max(id) FROM family_search")).scalar_one() or 0
    read_all = whole > _FIRST_WALK  # distinct ids >= 1: max(id) >= the number of rows

    names = [fid for fid, named in first if named]
    if len(names) < limit and read_all:
        names = _scanned(session, by_name, status, params)
    if len(names) >= limit:
        return names[:limit], []
    members = [fid for fid, named in first if not named]
    needed = limit - len(names)
    if len(members) < needed and read_all:
        members = _scanned(session, f"({by_member}) AND NOT ({by_name})", status, params)
    return names, members[:needed]


def recent_ids(session: Session, *, include_closed: bool, limit: int) -> list[str]:
    """The families list with nothing typed: newest first, from the index's ``updated_at``
    (the ``families`` table's index is on (status, updated_at), for the first screen's active
    families; with closed ones too it would sort 100,000 rows: 0.28 s)."""
    status = "1" if include_closed else "s.status = :active"
    return list(session.scalars(text(
        "SELECT s.family_id FROM family_search s INDEXED BY ix_family_search_recent "
        f"WHERE {status} ORDER BY s.updated_at DESC LIMIT :limit"),
        {"active": FamilyStatus.ACTIVE.value, "limit": limit}))


def search_ids(session: Session, words: Sequence[str], *, include_closed: bool,
               limit: int) -> list[str]:
    """Ids of the families whose name or reference contains every (casefolded) word, newest
    first; then, up to ``limit``, those whose newest plan's team names contain every word.
    The same families, in the same order, as checking each family's texts in Python."""
    if all(len(w) < 3 for w in words):
        found, members = _walked_ids(session, words, include_closed=include_closed,
                                     limit=limit)
    else:
        found = _indexed_ids(session, "family_text", words, include_closed=include_closed,
                             limit=limit)
        members = []
        if len(found) < limit:
            seen = set(found)
            members = [fid for fid in _indexed_ids(
                session, "member_text", words, include_closed=include_closed, limit=limit)
                if fid not in seen]
    return found + members[:limit - len(found)]


def list_rows(session: Session, family_ids: Sequence[str]) -> list[Any]:
    """What the families list shows of these families (first_screen.LIST_COLUMNS), in their
    order, in one query. The ids go in as one JSON array: 500 bound parameters cost more to
    expand than the query itself."""
    return list(session.execute(text(
        f"SELECT {LIST_COLUMNS} "
        "FROM json_each(:ids) AS j JOIN families f ON f.id = j.value ORDER BY j.key"),
        {"ids": json.dumps(list(family_ids))}))
