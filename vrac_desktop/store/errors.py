"""Errors the store raises, each with a message fit to show a user.

The message is a core :class:`~vrac_desktop.domain.messages.Message`: ``str(exc)`` is the
English text the CLI prints, and the GUI shows ``vrac_desktop.translate.error_text(exc)``,
the same message in the UI language.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base: something about the stored data needs the user's attention."""


class KeyringUnavailableError(StoreError):
    pass


class KeyMissingError(StoreError):
    pass


class WrongKeyError(StoreError):
    pass


class PassphraseRequiredError(StoreError):
    """The database is (or will be) protected by a passphrase that was not given."""

    def __init__(self, message: str, *, new: bool) -> None:
        super().__init__(message)
        self.new = new  # True: a passphrase must be chosen; False: the existing one typed


class NewerSchemaError(StoreError):
    pass


class NotFoundError(StoreError):
    pass


class ConflictError(StoreError):
    pass


class DiskFullError(StoreError):
    """The disk (or the user's quota) is full; the transaction was rolled back."""
