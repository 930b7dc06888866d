"""Translation in a *given* language, independent of the UI language.

The family view, documents and chart labels speak the family's language, which need not be
the coach's UI language. ``tr_in(language)`` returns a function translating
(context, source[, n]) from the shipped .qm files without installing a translator
application-wide. Uses QtCore only, so documents and charts may use it (never gui).

lupdate only collects literal ``tr(...)``/``translate(...)`` calls. So name the returned
function ``translate`` and call it with literals, e.g. ``translate("FamilyView", "Who does
what")``: lupdate picks that up under context "FamilyView" like
``QCoreApplication.translate``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QTranslator

from vrac_desktop.domain.messages import CONTEXT, Message, fill
from vrac_desktop.resources_path import resources_dir

TRANSLATIONS_DIR = resources_dir() / "translations"

Translate = Callable[..., str]


@lru_cache(maxsize=8)
def _translator(language: str) -> QTranslator | None:
    # English is the source language; its file holds only its plural forms ("%n goal(s)" ->
    # "1 goal", "2 goals"), as gui/i18n.py installs it for the UI.
    translator = QTranslator()
    if translator.load(str(TRANSLATIONS_DIR / f"vrac_{language}.qm")):
        return translator
    return None


def tr_in(language: str) -> Translate:
    """A ``translate(context, source, n=-1)`` for ``language``; English (the source) if unknown."""
    translator = _translator(language)

    def translate(context: str, source: str, n: int = -1) -> str:
        text = translator.translate(context, source, None, n) if translator else ""
        text = text or source
        return text.replace("%n", str(n)) if n >= 0 else text

    return translate


def message_text(text: str, translate: Translate = QCoreApplication.translate) -> str:
    """A core :class:`Message` in the UI language (or ``translate``'s); other text as is.

    The template is translated under "CoreMessages" and its arguments filled in; an argument
    that is itself a Message (a nested reason) or an exception is translated the same way.
    """
    if not isinstance(text, Message):
        return text
    args = tuple(message_text(a, translate) if isinstance(a, Message)
                 else error_text(a, translate) if isinstance(a, BaseException) else str(a)
                 for a in text.args)
    return fill(translate(CONTEXT, text.template) or text.template, args)


def error_text(exc: BaseException, translate: Translate = QCoreApplication.translate) -> str:
    """What to show a user for ``exc``, in the UI language.

    A core error raised with a :func:`~vrac_desktop.domain.messages.message` is translated;
    an OSError says its reason (strerror); any other exception (a foreign library's) shows
    ``str(exc)`` as it is.
    """
    first = exc.args[0] if exc.args else None
    if isinstance(first, Message):
        return message_text(first, translate)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
