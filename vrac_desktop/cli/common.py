"""What every command of ``vrac-desktop`` shares: output, the actor, secrets, the database.

``out`` and ``err`` write to the terminal (errors prefixed ``vrac-desktop:``); ``open_for_cli``
opens the data folder's database, asking for the passphrase on the terminal when it is
needed and not in ``$VRAC_PASSPHRASE``; ``read_secret`` reads a secret without echo, or one
line of standard input for scripts; ``coach_signer`` is this laptop's signing key for
versions and erasures; ``resolve_family`` turns an id, reference or name into one family.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.errors import PassphraseRequiredError
from vrac_desktop.store.paths import DataPaths

PASSPHRASE_ENV = "VRAC_PASSPHRASE"


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system (containers); still record something
        return "unknown"


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(f"vrac-desktop: {text}\n")


def open_for_cli(paths: DataPaths) -> Database:
    """Open the database, asking for the passphrase on the terminal when one is needed."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        return open_local(paths, passphrase)
    except PassphraseRequiredError as exc:
        if passphrase is not None or not sys.stdin.isatty():
            raise
        err(str(exc))
        typed = getpass.getpass("Passphrase: ")
        if exc.new and getpass.getpass("Repeat the passphrase: ") != typed:
            raise PassphraseRequiredError("The two passphrases differ.", new=True) from None
        return open_local(paths, typed)


def read_secret(prompt: str) -> str:
    """A secret from the terminal (not echoed), or one line of standard input (scripts)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def coach_signer(paths: DataPaths) -> Any:
    """This laptop's signing key for versions and erasures (store/signing_keys.py)."""
    from vrac_desktop.store.provenance import Signer
    from vrac_desktop.store.settings import Settings
    from vrac_desktop.store.signing_keys import signing_identity

    coach = str(Settings(paths.settings).get("coach_name")) or current_actor()
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        return Signer(signing_identity(paths, coach_name=coach, passphrase=passphrase))
    except PassphraseRequiredError:
        if not sys.stdin.isatty():
            raise
        return Signer(signing_identity(paths, coach_name=coach,
                                       passphrase=getpass.getpass("Passphrase: ")))


def resolve_family(db: Database, text: str) -> str:
    from vrac_desktop.services.families import search_families

    matches = search_families(db, text="", include_closed=True, limit=100000)
    exact = [f for f in matches if text in (f.id, f.reference)]
    found = exact or search_families(db, text=text, include_closed=True)
    if len(found) != 1:
        raise ValueError(f"{len(found)} families match '{text}'; give the family id "
                         "(see list-families).")
    return found[0].id
