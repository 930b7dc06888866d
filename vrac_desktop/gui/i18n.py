"""Loading Qt translations (.qm) for the UI language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from vrac_desktop.resources_path import resources_dir

TRANSLATIONS_DIR = resources_dir() / "translations"
UI_LANGUAGES = ("en", "nl", "fr")

_installed: list[QTranslator] = []


def _language_of(locale: QLocale) -> str:
    name = locale.name().split("_")[0]
    return name if name in UI_LANGUAGES else "en"


def system_language() -> str:
    return _language_of(QLocale.system())


def ui_language() -> str:
    """The UI language in effect (``install_translations`` makes it QLocale's default)."""
    return _language_of(QLocale())


def install_translations(language: str) -> str:
    """Switch the application's UI language; returns the language now in effect."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Qt 6's file dialog asks for these two with accelerators, and Qt's own qtbase_nl/fr.qm
    # only know the older texts ("Look in:"): our .qm carries them (seen in every export).
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")
    if language not in UI_LANGUAGES:
        language = "en"
    if language == "en":  # the source language; the file holds its plural forms only
        plurals = QTranslator(app)
        if plurals.load(str(TRANSLATIONS_DIR / "vrac_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
    else:
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"vrac_{language}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    QLocale.setDefault(QLocale(language))
    # Qt posts LanguageChange to every window; deliver them now, so that when this returns
    # every form and every follow_language() text speaks the new language.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return language


class _LanguageFollower(QObject):
    def __init__(self, watched: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(watched)
        self._retranslate = retranslate
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def follow_language(widget: QObject, retranslate: Callable[[], None], *,
                    now: bool = True) -> None:
    """Call ``retranslate`` each time ``widget`` gets a LanguageChange event (Qt sends one to
    every widget when the UI language changes): texts set in code, such as actions made
    outside a form, then follow a language switch the way a form's retranslateUi does.
    ``retranslate`` is also called once now, to set the texts the first time (unless
    ``now`` is False: they are set already)."""
    _LanguageFollower(widget, retranslate)
    if now:
        retranslate()
