"""A message the core raises in English reaches a Dutch or French coach in their language,
with its file name (and a nested reason) filled in, and nothing is changed by the refusal.

Real ways in: a damaged key file met at start (start_gui, the UI language from the settings)
and a restore refused because the backup file is empty (the Data menu's restore)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.gui.modals import when_modal
from tests.gui.test_wiring import make_window, seeded
from vrac_desktop.services.families import search_families
from vrac_desktop.services.plans import list_versions
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui import app as gui_app
from vrac_desktop.gui.i18n import install_translations

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    install_translations("en")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _screenshot(widget: QWidget, name: str) -> None:
    """With VRAC_SCREENSHOTS set, the message as the coach sees it (docs/screenshots/)."""
    shots = os.environ.get("VRAC_SCREENSHOTS")
    if shots:
        QApplication.processEvents()
        widget.grab().save(str(Path(shots) / name))


def _stored(db: Database) -> list[tuple[str, list[str]]]:
    return [(f.display_name, [v.hash for v in list_versions(db, family_id=f.id)])
            for f in search_families(db)]


DAMAGED_KEY_FILE = {
    "fr": ("Le fichier de clé {path} est endommagé (JSON non valide), les données qu’il "
           "protège ne peuvent donc pas être ouvertes avec lui. Rien n’a été modifié" + NBSP
           + "; restaurez le fichier à partir d’une copie du dossier de données"),
    "nl": ("Het sleutelbestand {path} is beschadigd (geen geldige JSON), dus de gegevens die "
           "het beschermt kunnen er niet mee worden geopend. Er is niets gewijzigd; zet het "
           "bestand terug uit een kopie van de gegevensmap"),
}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_damaged_key_file_at_start_is_told_in_the_coachs_language(
        qtbot: Any, paths: DataPaths, language: str) -> None:
    db = open_local(paths)
    seeded(db)
    before = _stored(db)
    db.dispose()
    Settings(paths.settings).set("ui_language", language)
    good_key_file = paths.key_file.read_bytes()
    paths.key_file.write_bytes(b"{damaged")
    database_before = _digest(paths.database)
    seen: list[tuple[str, str]] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        _screenshot(box, f"error-key-file-{language}.png")
        box.accept()

    when_modal(qtbot, read_and_close, QMessageBox)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    result = gui_app.start_gui(app, paths)

    assert result == 2  # the app stops: there is no window to show
    assert len(seen) == 1
    expected = DAMAGED_KEY_FILE[language].format(path=paths.key_file)
    assert seen[0][1].startswith(expected), seen[0][1]
    assert "not valid JSON" not in seen[0][1] and "Nothing was" not in seen[0][1]
    # Nothing was changed: the damaged key file and the database are as they were, and the
    # good key file put back opens the same data.
    assert paths.key_file.read_bytes() == b"{damaged"
    assert _digest(paths.database) == database_before
    paths.key_file.write_bytes(good_key_file)
    again = open_local(paths)
    try:
        assert _stored(again) == before
    finally:
        again.dispose()


EMPTY_BACKUP = {
    "fr": "Le fichier de sauvegarde {path} est vide" + NBSP + "; rien n’a été modifié.",
    "nl": "Het back-upbestand {path} is leeg; er is niets gewijzigd.",
}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_refused_restore_is_told_in_the_coachs_language(
        qtbot: Any, db: Database, paths: DataPaths, tmp_path: Path, language: str) -> None:
    seeded(db)
    window = make_window(qtbot, db, paths)
    before = _stored(db)
    empty = tmp_path / "empty.vracbak"
    empty.write_bytes(b"")
    install_translations(language)

    assert window.data.restore_from(str(empty), confirmed=True) is None

    box = window.data.last_message
    assert box is not None
    assert box.text() == EMPTY_BACKUP[language].format(path=empty)
    assert box.windowTitle() == {"fr": "Non restaurée", "nl": "Niet teruggezet"}[language]
    qtbot.waitExposed(box)
    _screenshot(box, f"error-restore-refused-{language}.png")
    box.close()
    assert _stored(db) == before
    window.show_families()
    assert window.families.model.rowCount() == 1


def test_a_reason_that_is_itself_a_core_error_is_translated_inside_the_message(
        db: Database, tmp_path: Path) -> None:
    """An import refused because the file is not a family export: the refusal's %1 is the
    decode error (its own path and reason), translated with it; English for the CLI."""
    from vrac_desktop.services.transfer import ImportRefusedError, import_family
    from vrac_desktop.translate import error_text, tr_in

    not_an_export = tmp_path / "notes.json"
    not_an_export.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_family(db, path=not_an_export, actor="coach")
    assert str(refused.value) == (
        "The file is not a valid family export (format: this is not a VRAC Desktop family "
        "export); nothing was imported.")
    assert error_text(refused.value, tr_in("fr")) == (
        "Le fichier n’est pas un export de famille valide (format" + NBSP + ": ce n’est pas "
        "un export de famille de VRAC Desktop)" + NBSP + "; rien n’a été importé.")
    assert error_text(refused.value, tr_in("nl")) == (
        "Het bestand is geen geldige gezinsexport (format: dit is geen gezinsexport van VRAC "
        "Desktop); er is niets geïmporteerd.")
    assert search_families(db) == []
