"""Team-key encryption during sync: plan content sealed before it reaches the server.

Outgoing plan versions and family fields are sealed with the team's current key generation
(store/team_crypto.py) after their hash was checked; incoming ones are opened with whichever
generation sealed them, and refused whole when this laptop lacks it. ``take_grants`` fetches
new key generations granted to this coach; ``reseal_old`` re-encrypts what an older
generation sealed once a rotation arrived. Hashes are over the plain content, so sealing
never changes a version's identity.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from vrac_desktop.domain.history import VersionRecord, record_problems
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message, message_of
from vrac_desktop.services.sync_results import Counts, FamilyProblem, FamilyRefusedError
from vrac_desktop.store import server as rows
from vrac_desktop.store.database import Database
from vrac_desktop.store.provenance import Signer
from vrac_desktop.store.team_crypto import (
    TeamKeyError,
    TeamKeys,
    any_sealed,
    is_sealed,
    open_row,
    open_value,
    seal_row,
    seal_value,
)


def checked_record(rec: VersionRecord, side: str) -> VersionRecord:
    problems = record_problems(rec)
    if problems:
        raise FamilyRefusedError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "Version %1 of family %2 on the server does not match its hash (%3); "
            "nothing of this family was synced.") if side == "server" else
            QT_TRANSLATE_NOOP(
                "CoreMessages", "Version %1 of family %2 on the laptop does not match its hash "
                "(%3); nothing of this family was synced."),
            rec.number, rec.family_id, problems[0]))
    return rec


def sealed_rows(out: rows.FamilyRows, key: TeamKeys) -> rows.FamilyRows:
    """The snapshot as the server may see it: checked first, then every family-identifying or
    plan field encrypted with the team key (store/team_crypto.py)."""
    for rec in (*out.main, *out.forks):
        checked_record(rec, "laptop")
    return _each_field(out, key, seal_row, seal_value)


def opened_rows(inc: rows.FamilyRows, key: TeamKeys | None) -> rows.FamilyRows:
    """The server's snapshot decrypted with the team key; a family with a field that does not
    decrypt (changed on the server, moved from another row or family) is refused whole."""
    if key is None:
        if any_sealed(inc.family) or any(is_sealed(r.content_json)
                                         for r in (*inc.main, *inc.forks)):
            raise FamilyRefusedError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The family %1 is encrypted on the team server with the team "
                    "key, and this laptop does not have that key. Join with the operator's join "
                    "code and key code; nothing on this laptop was changed."), inc.id))
        return inc
    try:
        return _each_field(inc, key, open_row, open_value)
    except TeamKeyError as exc:
        raise FamilyRefusedError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "Family %1 was refused: %2. Nothing was lost: nothing of this "
                "family was changed on this laptop; tell the operator."), inc.id, exc)) from None


def _each_field(snapshot: rows.FamilyRows, key: TeamKeys,
                row: Callable[[TeamKeys, str, dict[str, Any]], dict[str, Any]],
                value: Callable[..., str]) -> rows.FamilyRows:
    """A copy of ``snapshot`` with every sealed field of its rows passed through ``row``
    (seal_row or open_row) and every version's content through ``value`` (seal_value or
    open_value). One table name for main and fork versions: the server decides which one a
    version is."""
    def version(rec: VersionRecord) -> VersionRecord:
        return dataclasses.replace(rec, content_json=value(
            key, rec.content_json, table="plan_versions", family_id=rec.family_id,
            row_key=rec.hash, column="content_json"))

    done = copy.copy(snapshot)
    done.family = row(key, "families", snapshot.family)
    done.main = [version(r) for r in snapshot.main]
    done.forks = [version(r) for r in snapshot.forks]
    for name, _ in rows.CHILD_TABLES:
        setattr(done, name, [row(key, name, v) for v in getattr(snapshot, name)])
    return done


def reseal_old(server: Database, keys: TeamKeys, counts: Counts) -> int:
    """After a rotation: every field of the team's rows still under an older generation of the
    team key is re-encrypted with the current one (through the server's checked function).
    What the server cannot check (that the new ciphertext holds the same text) the laptops do:
    hashes and signatures are over the plaintext."""
    from vrac_desktop.store.team_crypto import SEALED, generation_of

    moved = 0
    current = f"vrac-e1:{keys.current}."
    with server.session() as ss:
        if ss.execute(text("SELECT to_regproc('vrac_reseal')")).scalar() is None:
            return 0
        for table, (key_col, columns) in SEALED.items():
            family_col = "id" if table == "families" else "family_id"
            ad_table = "plan_versions" if table == "plan_version_forks" else table
            for column in columns:
                found = ss.execute(text(
                    f'SELECT {family_col}, {key_col}, {column} FROM {table} '  # noqa: S608
                    f"WHERE {column} LIKE 'vrac-e1:%' AND {column} NOT LIKE :cur"),
                    {"cur": current + "%"}).all()
                for family_id, row_key, token in found:
                    if generation_of(token) == keys.current:
                        continue
                    try:
                        plain = open_value(keys, token, table=ad_table, family_id=family_id,
                                           row_key=row_key, column=column)
                    except TeamKeyError as exc:
                        counts.problems.append(FamilyProblem(family_id, message(
                            QT_TRANSLATE_NOOP("CoreMessages", "Not re-encrypted with the new "
                                              "team key: %1."), message_of(exc))))
                        continue
                    fresh = seal_value(keys, plain, table=ad_table, family_id=family_id,
                                       row_key=row_key, column=column)
                    moved += bool(ss.execute(text(
                        "SELECT vrac_reseal(:t, :f, :k, :c, :o, :n)"),
                        {"t": table, "f": family_id, "k": row_key, "c": column, "o": token,
                         "n": fresh}).scalar())
    return moved


def take_grants(local: Database, server: Database, *, team: str, signer: Signer | None
                ) -> TeamKeys | None:
    """The team's keys this laptop holds, with any newer generation the operator granted to
    this coach since (``server rotate-team-key``), opened with this laptop's signing key."""
    from vrac_desktop.store.server_credentials import remember_team_keys, team_keys
    from vrac_desktop.store.team_crypto import open_grant

    keys = team_keys(local, team)
    if keys is None or signer is None:
        return keys
    with server.session() as ss:
        if ss.execute(text("SELECT to_regclass('vrac_team_key_grants')")).scalar() is None:
            return keys
        grants = ss.execute(text(
            "SELECT generation, holder, grant_data FROM vrac_team_key_grants WHERE team = :t "
            "AND holder = session_user AND generation > :g ORDER BY generation"),
            {"t": team, "g": keys.current}).all()
    for generation, holder, data in grants:
        keys = keys.with_key(int(generation), open_grant(
            signer.identity.private_key, data, team=team, generation=int(generation),
            holder=str(holder)))
    if grants:
        remember_team_keys(local, team, keys)
    return keys
