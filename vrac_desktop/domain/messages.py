"""Messages the core shows a user, kept translatable although the core has no Qt.

The core raises errors in English: the CLI and the logs print ``str(exc)``. A Dutch or French
coach must read them in their own language, so a message is raised as a *template* plus its
arguments::

    raise KeyFileError(message(QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no key file %1."), paths.key_file))

``message`` returns a :class:`Message`: a ``str`` holding the English text with the arguments
filled in (so ``str(exc)``, ``in``, ``==`` and ``pytest.raises(match=...)`` see English as
before) that also keeps the template and the arguments. The GUI translates the template with
Qt and fills in the same arguments (``vrac_desktop.translate.error_text``).

Templates use Qt's ``%1``, ``%2``... placeholders, never an f-string: ``pyside6-lupdate``
extracts the literal second argument of any call named ``QT_TRANSLATE_NOOP`` (it keys on the
name), under the context given as first argument, into resources/translations/*.ts. All core
messages use the context ``CoreMessages``; tests/test_core_messages.py checks that each one
has a finished Dutch and French translation.
"""

from __future__ import annotations

import re

CONTEXT = "CoreMessages"

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate keys on this name
    """Mark ``source`` for translation under ``context``; returns it unchanged."""
    return source


def fill(template: str, args: tuple[str, ...]) -> str:
    """Replace ``%1``... ``%99`` by ``args`` in one pass (an argument holding "%1" stays)."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(one, template)


class Message(str):
    """English text of a core message, with the template and arguments it was made from.

    An argument that is itself a :class:`Message` (a nested reason) is translated too.
    """

    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, *args: object) -> Message:
        text = super().__new__(cls, fill(template, tuple(str(a) for a in args)))
        text.template = template
        text.args = args
        return text

    def __reduce__(self) -> tuple[object, ...]:  # pickles (a worker thread's error) as itself
        return (Message, (self.template, *self.args))


def message_of(exc: BaseException) -> str:
    """What ``exc`` says, to hand on in a report: its :class:`Message` when it was raised with
    one (the GUI can still translate it), else ``str(exc)``."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


def message(template: str, *args: object) -> Message:
    """The message ``template`` (a ``QT_TRANSLATE_NOOP`` literal) with ``args`` for %1, %2..."""
    return Message(template, *args)
