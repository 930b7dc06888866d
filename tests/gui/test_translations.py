"""Every user-visible string is translated to Dutch and French, and the .qm files are current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from vrac_desktop.store.database import Database

from vrac_desktop.gui.i18n import install_translations
from vrac_desktop.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_no_untranslated_or_unfinished_string() -> None:
    result = subprocess.run([sys.executable, "tools/translations.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, "untranslated strings:\n" + result.stdout + result.stderr


@pytest.mark.parametrize(("language", "title", "menu"), [
    ("nl", "Gezin", "&Bestand"), ("fr", "Famille", "&Fichier"), ("en", "Family", "&File")])
def test_main_window_speaks_the_ui_language(qtbot, db: Database, language: str, title: str,
                                            menu: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(QApplication.instance(), QApplication)
    install_translations(language)
    try:
        window = MainWindow(db, actor="coach")
        qtbot.addWidget(window)
        header = window.families.table.horizontalHeader().model().headerData(0, __import__(
            "PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal)
        assert header == title
        assert window.menuBar().actions()[0].text() == menu
    finally:
        install_translations("en")


@pytest.mark.parametrize(("language", "look_in", "file_type"), [
    ("nl", "&Zoeken in:", "Bestanden van &type:"),
    ("fr", "&Voir dans\u00a0:", "Fichiers de &type\u00a0:")])
def test_qt_file_dialog_speaks_the_ui_language(qtbot, language: str, look_in: str,
                                               file_type: str) -> None:  # type: ignore[no-untyped-def]
    """Qt's own dialogs (the file dialog of every export) follow the UI language too: the
    labels of a real, non-native QFileDialog read in nl/fr, not "Look in" / "Files of type"."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    install_translations(language)
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert look_in in texts and file_type in texts
        assert "&Look in:" not in texts and "Files of &type:" not in texts
    finally:
        install_translations("en")


@pytest.mark.parametrize(("language", "one", "two"), [
    ("fr", "Nous évaluons la version 3 du plan (1 objectif).",
     "Nous évaluons la version 3 du plan (2 objectifs)."),
    ("nl", "We evalueren planversie 3 (1 doel).", "We evalueren planversie 3 (2 doelen)."),
    ("en", "We evaluate plan version 3 (1 goal).", "We evaluate plan version 3 (2 goals).")])
def test_a_count_takes_the_languages_plural(language: str, one: str, two: str) -> None:
    """The evaluation's period step said "(1 objectifs)": the count was filled into a plural
    noun. It is a %n plural now (gui/meeting/cycle_evaluation.py)."""
    from vrac_desktop.translate import tr_in

    translate = tr_in(language)
    source = "We evaluate plan version %1 (%n goal(s))."
    assert translate("PeriodStep", source, 1).replace("%1", "3") == one
    assert translate("PeriodStep", source, 2).replace("%1", "3") == two
