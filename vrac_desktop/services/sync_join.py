"""Joining a team with the operator's one-time join code.

``join_server`` connects with the code's password and at once replaces it by a new random
one that only this laptop keeps (so the code stops working), publishes this laptop's signing
certificate, pins the team's certificates (services/sync_trust.py) and, when the code
carries the team key, opens it with the key code given apart and keeps it. Nothing is synced
yet.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.services.sync_results import SyncError, first_line
from vrac_desktop.services.sync_trust import pin_certificates
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.provenance import Signer
from vrac_desktop.store.server_connection import save_ca
from vrac_desktop.store.team_crypto import TeamKeys


@dataclass(frozen=True)
class Joined:
    url: str  # without password: for settings
    team: str
    account: str
    ca_file: Path | None  # the server's CA from the join code, kept in the data folder
    certificates: int  # team certificates pinned


def join_server(local: Database, *, paths: DataPaths, code: str, signer: Signer,
                key_code: str | None = None) -> Joined:
    """Join a team with the operator's one-time join code: connect with the code's password,
    replace it at once by a new random one that only this laptop keeps (so the code stops
    working), publish this laptop's signing certificate for the coach's teams, and pin the
    team's certificates. Nothing is synced yet."""
    from vrac_desktop.store.database import open_server
    from vrac_desktop.store.server_admin import JoinCode
    from vrac_desktop.store.server_credentials import remember_password, remember_team_keys
    from vrac_desktop.store.team_crypto import WrappedKey, unwrap_team_key

    join = JoinCode.decode(code)
    url = join.url()
    key = None
    if join.wrapped_key is not None:
        if not key_code:
            raise SyncError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "This join code carries the team's encryption key: type the "
                    "key code the operator gave you with it. Nothing was changed.")))
        key = TeamKeys.from_bytes(unwrap_team_key(WrappedKey(**join.wrapped_key), key_code,
                                                  team=join.team))
    ca_file = save_ca(paths.root, join.ca_pem) if join.ca_pem else None
    server = open_server(url, join.password, ca_file=str(ca_file) if ca_file else None)
    try:
        fresh = secrets.token_urlsafe(32)
        remember_password(local, url, fresh)
        try:
            with server.engine.begin() as conn:
                conn.exec_driver_sql(
                    "ALTER ROLE CURRENT_USER PASSWORD '" + fresh.replace("'", "''") + "'")
        except SQLAlchemyError as exc:
            remember_password(local, url, join.password)
            raise SyncError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The server did not let this laptop set its own password "
                    "(%1); the join code still works, try again."), first_line(exc))) from None
        try:
            with server.engine.begin() as conn:
                conn.execute(text("SELECT vrac_register_certificate(:f, :p)"),
                             {"f": signer.fingerprint, "p": signer.pem})
        except DBAPIError as exc:
            raise SyncError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The server did not accept this laptop's signing "
                    "certificate (%1). The operator can allow a new "
                    "one with `server allow-new-certificate`."), first_line(exc))) from None
        pinned = pin_certificates(local, server, team=join.team)
        if key is not None:
            remember_team_keys(local, join.team, key)
    finally:
        server.dispose()
    return Joined(url, join.team, join.user, ca_file, pinned)
