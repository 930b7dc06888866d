"""Loading Qt translations (.qm) for the UI language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vrac_desktop.resources_path import resources_dir

TRANSLATIONS_DIR = resources_dir() / "translations"
UI_LANGUAGES = ("en", "nl", "fr")

_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in UI_LANGUAGES else "en"


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
    return language
