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

from PySide6.QtCore import QTranslator

from vrac_desktop.resources_path import resources_dir

TRANSLATIONS_DIR = resources_dir() / "translations"

Translate = Callable[..., str]


@lru_cache(maxsize=8)
def _translator(language: str) -> QTranslator | None:
    if language == "en":
        return None
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
