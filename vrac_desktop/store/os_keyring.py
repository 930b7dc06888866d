"""The ``keyring`` library, imported with what it imports but reading a key does not use
deferred to its first use (vrac_desktop/lazy_import.py): about 40 ms of the first paint."""

from vrac_desktop.lazy_import import KEYRING_DEPENDENCIES, defer

defer(*KEYRING_DEPENDENCIES)

import keyring  # noqa: E402 - after defer, on purpose
import keyring.backend  # noqa: E402
from keyring.errors import KeyringError  # noqa: E402

__all__ = ["KeyringError", "keyring"]
