"""The main window: a stack of pages. Orchestration lives in services, not here."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from vrac_desktop import __version__
from vrac_desktop.store.database import Database

from vrac_desktop.gui.families_page import FamiliesPage
from vrac_desktop.gui.family_home import FamilyHome


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("VRAC Desktop"))
        self.resize(1100, 720)
        self.stack = QStackedWidget()
        self.families = FamiliesPage(db, actor=actor)
        self.home = FamilyHome(db)
        self.stack.addWidget(self.families)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self.families.open_family.connect(self.open_family)
        self.home.back.connect(self.show_families)
        self._build_menus()
        self.statusBar().showMessage(
            self.tr("Data encrypted · key in OS keyring") if db.mode == "keyring"
            else self.tr("Data encrypted · passphrase"))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_family = QAction(self.tr("&New family…"), self)
        new_family.setShortcut(QKeySequence.StandardKey.New)
        new_family.triggered.connect(self.families.ask_new_family)
        file_menu.addAction(new_family)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About VRAC Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def open_family(self, family_id: str) -> None:
        self.home.show_family(family_id)
        self.stack.setCurrentWidget(self.home)

    def show_families(self) -> None:
        self.families.refresh()
        self.stack.setCurrentWidget(self.families)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About VRAC Desktop"),
            self.tr("VRAC Desktop %1\nWraparound Care team meetings: one family, one plan.")
            .replace("%1", __version__))
