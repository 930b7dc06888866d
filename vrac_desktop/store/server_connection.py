"""Connecting to the team server: its address, TLS, password, and user-fit errors.

A server is named by a URL without its password, e.g.
``postgresql://coach@db.team.example/vrac``. The password comes from the caller (the laptop
keeps it with store/server_credentials.py: OS keyring or, in passphrase mode, inside the
encrypted database), else libpq's ``PGPASSWORD`` / ``~/.pgpass``; never from settings. TLS is
libpq's: ``sslmode`` and the other ``ssl*`` options of the URL are passed on as they are; when
the URL gives no ``sslmode`` and the host is not this machine, ``verify-full`` is used (the
server's certificate must be signed by the team's CA and name the host), with the CA file of
the join code (``ca_file``) as ``sslrootcert``. A certificate that does not match is refused
(``ServerCertificateError``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.files import write_atomically

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", ""}


DRIVER = "postgresql+psycopg"


class ServerAddressError(StoreError, ValueError):
    pass


class ServerPasswordError(StoreError):
    """The server wants a (different) password: ask the user, then try again."""


class ServerCertificateError(StoreError):
    """The server's TLS certificate is not the one the team's CA vouches for."""


def connection_error(url: str, exc: BaseException, password: str | None = None) -> StoreError:
    """A user-fit error for a failed connection; never shows the password."""
    orig = getattr(exc, "orig", None)
    reason = str(orig if orig is not None else exc).strip()
    if password:
        reason = reason.replace(password, "***")
    where = display_url(url)
    if "no password supplied" in reason:
        return ServerPasswordError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The team server %1 asks for a password, and none is remembered "
                "on this computer for it. Nothing was changed."), where))
    if ("certificate verify failed" in reason or "does not match host name" in reason
            or "root certificate file" in reason or "certificate" in reason.lower()
            and "ssl" in reason.lower()):
        first = reason.splitlines()[0]
        return ServerCertificateError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The team server %1 was refused: its TLS certificate could not be "
                "checked against the team's certificate authority (%2). It may not be the team's "
                "server, or its certificate changed. Nothing was sent; ask the operator for the "
                "server's CA (join code) before syncing."), where, first))
    if "password authentication failed" in reason:
        return ServerPasswordError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The team server %1 refused the password (password authentication "
                "failed). Nothing was changed."), where))
    first = reason.splitlines()[0] if reason else type(exc).__name__
    return StoreError(
        message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The team server %1 could not be reached: %2. Nothing was changed; "
            "work goes on in the local database."), where, first))


def server_url(url: str, ca_file: str | None = None) -> URL:
    """The URL for SQLAlchemy: psycopg 3 driver, TLS checked (``verify-full``) off this
    machine or whenever a CA file is given, no password."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise ServerAddressError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "'%1' is not a server address. Use "
                "postgresql://user@host/database."), url)
        ) from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise ServerAddressError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The team server must be PostgreSQL "
                "(postgresql://user@host/database), not '%1'."), parsed.drivername)
        )
    if not parsed.database or not parsed.username:
        raise ServerAddressError(
            message(QT_TRANSLATE_NOOP(
                "CoreMessages", "The server address needs a user and a database: "
                "postgresql://user@host/database."))
        )
    parsed = parsed.set(drivername=DRIVER)
    if ca_file and "sslrootcert" not in parsed.query:
        parsed = parsed.update_query_dict({"sslrootcert": ca_file})
    if "sslmode" not in parsed.query and (
            (parsed.host or "") not in LOCAL_HOSTS or "sslrootcert" in parsed.query):
        parsed = parsed.update_query_dict({"sslmode": "verify-full"})
    return parsed


def display_url(url: str | URL) -> str:
    """The address as a user may see it (and as logs may keep it): never the password."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=True)


def split_password(url: str) -> tuple[str, str | None]:
    """The address to keep in settings, and the password the URL carried (for the keyring:
    a password never goes to settings)."""
    parsed = make_url(url.strip())
    password = None if parsed.password is None else str(parsed.password)
    bare = URL.create(parsed.drivername, username=parsed.username, host=parsed.host,
                      port=parsed.port, database=parsed.database, query=parsed.query)
    return bare.render_as_string(hide_password=False), password


def server_engine(url: str, password: str | None = None, *, ca_file: str | None = None
                  ) -> Engine:
    """An engine for the server: the password given, else the URL's, else libpq's own
    (``PGPASSWORD``, ``~/.pgpass``)."""
    parsed = server_url(url, ca_file)
    if password is not None:
        parsed = parsed.set(password=password)
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 15})


def save_ca(root: Path, pem: str) -> Path:
    """The team server's CA certificate (public) from a join code, kept in the data folder."""
    cert_path = root / "server-ca.pem"
    write_atomically(cert_path, pem.encode("ascii"))
    return cert_path
