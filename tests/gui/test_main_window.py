from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from vrac_desktop.services.families import create_family
from vrac_desktop.store.database import Database

from vrac_desktop.gui.main_window import MainWindow


def test_search_as_you_type_and_open(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    for name in ("Janssens", "Dubois", "Jansen"):
        create_family(db, display_name=name, actor="coach")
    window = MainWindow(db, actor="coach")
    qtbot.addWidget(window)
    window.show()
    page = window.families
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "jans")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home
    assert window.home.title.text() in ("Jansen", "Janssens")
    assert "No plan yet" in window.home.summary.text()
    qtbot.mouseClick(window.home.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page


def test_empty_list_explains_what_to_do(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, actor="coach")
    qtbot.addWidget(window)
    window.show()
    assert "New family" in window.families.empty_label.text()
    assert window.families.empty_label.isVisible()
    assert window.families.empty_label.alignment() == Qt.AlignmentFlag.AlignCenter
    # The column titles come from the header's own model (families_page.py).
    header = window.families.table.horizontalHeader()
    assert [header.model().headerData(i, Qt.Orientation.Horizontal)
            for i in range(header.count())] == list(window.families.model.headers())
