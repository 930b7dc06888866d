"""The team server password of this laptop: in the OS keyring, or inside the encrypted database.

* Keyring mode (the database key is in a secure OS keyring): the password goes to the same
  keyring, entry ``server-password:user@host:port/database``.
* Passphrase mode (no secure keyring): the password is kept in the ``server_secrets`` table of
  the local database, which SQLCipher encrypts with the key derived from the passphrase.

Never in settings.json, never in any other file of the data folder, never in a message.
Headless scripts may instead use libpq's own ``PGPASSWORD`` or ``~/.pgpass``: when nothing is
remembered here, no password is passed and libpq looks there.
"""

from __future__ import annotations

from keyring.errors import KeyringError
from sqlalchemy import delete

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store import keys
from vrac_desktop.store.database import Database
from vrac_desktop.store.errors import KeyringUnavailableError
from vrac_desktop.store.models import ServerSecretRow
from vrac_desktop.store.server_connection import server_url
from vrac_desktop.store.team_crypto import TeamKeys

KEYRING = "keyring"
DATABASE = "database"


def credential_name(url: str) -> str:
    parsed = server_url(url)
    return (f"server-password:{parsed.username}@{parsed.host or 'localhost'}:"
            f"{parsed.port or 5432}/{parsed.database}")


def _keyring(local: Database):  # type: ignore[no-untyped-def]
    return None if local.mode == "passphrase" else keys.secure_keyring()


def remember_password(local: Database, url: str, password: str) -> str:
    """Keep the password; returns where (``KEYRING`` or ``DATABASE``)."""
    return _remember(local, credential_name(url), password)


def remembered_password(local: Database, url: str) -> str | None:
    return _recall(local, credential_name(url))


def _remember(local: Database, name: str, password: str) -> str:
    backend = _keyring(local)
    if backend is not None:
        try:
            backend.set_password(keys.SERVICE, name, password)
        except KeyringError as exc:
            raise KeyringUnavailableError(
                message(QT_TRANSLATE_NOOP(
                    "CoreMessages", "The OS keyring refused to keep the server password (%1); "
                    "nothing was stored."), exc)) from exc
        with local.session() as s:  # one place only
            s.execute(delete(ServerSecretRow).where(ServerSecretRow.name == name))
        return KEYRING
    with local.session() as s:
        s.merge(ServerSecretRow(name=name, secret=password))
    return DATABASE


def _recall(local: Database, name: str) -> str | None:
    backend = _keyring(local)
    if backend is not None:
        try:
            found = backend.get_password(keys.SERVICE, name)
        except KeyringError:
            found = None
        if found:
            return str(found)
    with local.session() as s:
        row = s.get(ServerSecretRow, name)
        return row.secret if row is not None else None


def _team_key_name(local: Database, team: str) -> str:
    # Per data folder (like the database key's entry): two data folders of one OS account
    # never share a team key by accident.
    return f"team-key:{team}:{local.engine.url.database or ''}"


def remember_team_key(local: Database, team: str, key: bytes) -> str:
    """The team key (issue 16), kept like the server password: keyring or encrypted database."""
    return _remember(local, _team_key_name(local, team), key.hex())


def team_key(local: Database, team: str) -> bytes | None:
    found = _recall(local, _team_key_name(local, team))
    return bytes.fromhex(found) if found else None


def team_keys(local: Database, team: str) -> TeamKeys | None:
    raw = team_key(local, team)
    return TeamKeys.from_bytes(raw) if raw is not None else None


def remember_team_keys(local: Database, team: str, keys: TeamKeys) -> str:
    return remember_team_key(local, team, keys.to_bytes())
