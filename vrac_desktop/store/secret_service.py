"""The database key read straight from the Secret Service (GNOME Keyring, KWallet, KeePassXC on
a Linux desktop) over D-Bus, at start, without keyring's SecretService backend.

That backend is correct but slow to start: it imports keyring, SecretStorage and
cryptography, and makes 17 D-Bus calls on three connections, one of them a Diffie-Hellman key
exchange. Here the same entry is read with four calls on one connection, importing only
jeepney (pure Python, which that backend uses too): the start with the key in GNOME Keyring
went from 1.7-1.8x to 1.4-1.5x the bare window (docs/performance.md, "Round six").

What is read is what the backend's ``get_password`` returns: the first item of the default
collection whose attributes are ``service`` and ``username`` (keyring's default scheme),
decoded as UTF-8. Anything else gives None, and the caller asks keyring, which can unlock a
locked collection (a prompt) and reports errors: no session bus, no Secret Service, a locked
collection or item, no such entry, a D-Bus error, a timeout.

The secret travels in a ``plain`` session (the Secret Service specification's name for no
transport encryption) on the user's own session bus socket. The transport encryption that
the backend negotiates protects the secret from the bus daemon's memory being swapped; it
does not keep the secret from the user's other processes, which may call ``GetSecrets`` on
an unlocked collection themselves (GNOME Keyring does not prompt for that). The key is, in
the same way, plain in this process's memory once read.
"""

from __future__ import annotations

from typing import Any

BACKEND = "keyring.backends.SecretService.Keyring"  # the backend this read stands in for

_BUS_NAME = "org.freedesktop.secrets"
_SERVICE_PATH = "/org/freedesktop/secrets"
_DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default"
_SERVICE_IFACE = "org.freedesktop.Secret.Service"
_COLLECTION_IFACE = "org.freedesktop.Secret.Collection"


def read_password(service: str, username: str, *, timeout: float = 5.0) -> str | None:
    """The secret keyring's SecretService backend would give for ``service`` and
    ``username``, or None when this quick read cannot give it (see the module)."""
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg
    except ImportError:  # not Linux, or jeepney not installed: keyring decides
        return None
    secret_service = DBusAddress(_SERVICE_PATH, bus_name=_BUS_NAME, interface=_SERVICE_IFACE)
    collection = DBusAddress(_DEFAULT_COLLECTION, bus_name=_BUS_NAME,
                             interface=_COLLECTION_IFACE)
    try:
        connection = open_dbus_connection(bus="SESSION", auth_timeout=timeout)
    except Exception:  # no session bus (KeyError, OSError, ...): keyring reports it
        return None
    try:
        def call(address: Any, method: str, signature: str, *args: Any) -> Any:
            message = new_method_call(address, method, signature, args)
            return unwrap_msg(connection.send_and_get_reply(message, timeout=timeout))

        items, = call(collection, "SearchItems", "a{ss}",
                      {"service": service, "username": username})
        if not items:
            return None
        _output, session = call(secret_service, "OpenSession", "sv", "plain", ("s", ""))
        secrets, = call(secret_service, "GetSecrets", "aoo", items[:1], session)
        found = secrets.get(items[0])  # a locked item is left out
        if found is None or found[0] != session or found[1]:  # plain: no parameters
            return None
        value: bytes = found[2]
        return value.decode("utf-8")
    except Exception:  # a D-Bus error reply, a timeout, an odd answer: keyring decides
        return None
    finally:
        connection.close()
