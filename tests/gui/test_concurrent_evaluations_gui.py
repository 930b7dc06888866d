"""Two evaluations 1 recorded at the same time on two laptops, as the coach sees them: the
family home's cycle tab lists both with who recorded each and when, and which one the next
evaluation follows; double-clicking one exports that one, and the exported document holds
only its decisions, naming the other as a separate record."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.cycle.test_concurrent_evaluations import two_concurrent
from tests.gui.modals import when_modal
from tests.gui.test_document_export import text_of, wait_for_export
from tests.gui.test_wiring import make_window
from tests.screenshots import save_and_check
from vrac_desktop.documents.verify import verify_file
from vrac_desktop.services.evaluations import list_evaluations
from vrac_desktop.services.history import verify_history
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.signing_keys import trusted_certificates

from vrac_desktop.gui.export_dialog import ExportDialog
from vrac_desktop.gui.i18n import install_translations


def test_the_cycle_tab_shows_both_and_exports_the_one_double_clicked(
        qtbot: Any, db: Database, paths: DataPaths, tmp_path: Path) -> None:
    fid, anna, bram = two_concurrent(db)
    assert verify_history(db).ok
    window = make_window(qtbot, db, paths)
    window.resize(1366, 768)
    window.open_family(fid)
    home = window.home
    home.tabs.setCurrentWidget(home.cycle_page)
    listed = home.cycle.evaluations
    assert listed.count() == 2
    newest, older = listed.item(0).text(), listed.item(1).text()
    # Newest first: bram's, which the next evaluation follows.
    assert "Evaluation 1 recorded by bram on" in newest and "(by anna on" in newest
    assert "The next evaluation follows this one." in newest
    assert "Evaluation 1 recorded by anna on" in older and "(by bram on" in older
    assert "No later evaluation follows this one" in older
    assert "Both are kept" in newest and "Both are kept" in older
    assert listed.item(0).data(Qt.ItemDataRole.UserRole) == bram.id
    # VRAC_SCREENSHOTS=docs/screenshots keeps them (committed there).
    shots = Path(os.environ.get("VRAC_SCREENSHOTS") or tmp_path)
    save_and_check(home.cycle, shots / "concurrent-evaluations.png")
    try:  # the same in Dutch
        window.set_ui_language("nl")  # the pages are made again in Dutch
        dutch_home = window.home
        dutch_home.tabs.setCurrentWidget(dutch_home.cycle_page)
        dutch = dutch_home.cycle.evaluations.item(0).text()
        assert "Evaluatie 1 vastgelegd door bram op" in dutch
        assert "De volgende evaluatie volgt op deze." in dutch
        save_and_check(dutch_home.cycle, shots / "concurrent-evaluations-nl.png")
        window.set_ui_language("en")
    finally:
        install_translations("en")
    home = window.home
    home.tabs.setCurrentWidget(home.cycle_page)
    listed = home.cycle.evaluations

    # Double-click anna's: the export dialog, then her evaluation only.
    target = tmp_path / "anna.pdf"

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.windowTitle() == "Export six-month evaluation"
        dialog.professional_copy.setChecked(True)
        dialog.path.setText(str(target))
        dialog._accept()

    when_modal(qtbot, fill)
    listed.itemDoubleClicked.emit(listed.item(1))
    wait_for_export(qtbot, window)
    text = text_of(target)
    assert "Nearly there" in text and "Going well" in text  # anna's decisions
    assert "Bram: too early to tell" not in text and "Bram: adjust" not in text
    assert "Evaluation 1, by anna on" in text
    assert "Recorded at the same time on another laptop: Evaluation 1, by bram on" in text
    assert verify_file(target, trusted=trusted_certificates(paths)).valid

    # The default export (the menu's): the head, bram's, naming anna's.
    head = tmp_path / "head.pdf"
    assert window.data.export_document("evaluation", str(head), family_copy=False)
    wait_for_export(qtbot, window)
    text = text_of(head)
    assert "Bram: too early to tell" in text and "Nearly there" not in text
    assert "Recorded at the same time on another laptop: Evaluation 1, by anna on" in text
    assert [e.id for e in list_evaluations(db, family_id=fid)] == [anna.id, bram.id]
