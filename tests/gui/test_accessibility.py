"""Every control a coach can reach has an accessible name (or a visible text), on every page
and every meeting step: what a screen reader announces."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QWidget,
)

from tests.factories import sample_plan
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database

from vrac_desktop.gui.main_window import MainWindow

CONTROLS = (QLineEdit, QComboBox, QSpinBox, QAbstractItemView, QPlainTextEdit, QDateEdit,
            QAbstractButton, QTextEdit)


def qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (headers, corner and clear buttons, popups)."""
    parent = widget.parent()
    return (widget.objectName().startswith("qt_")
            or isinstance(widget, QHeaderView)
            or (isinstance(widget, QToolButton) and isinstance(parent, QLineEdit))
            or (isinstance(widget, QListView) and type(parent) is QFrame)
            or (isinstance(widget, QLineEdit) and isinstance(parent, QSpinBox | QDateEdit |
                                                            QComboBox)))


def unnamed(root: QWidget) -> list[str]:
    found = []
    for cls in CONTROLS:
        for widget in root.findChildren(cls):
            if qt_internal(widget):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not widget.accessibleName() and not text.replace("&", "").strip():
                found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


def test_every_control_has_an_accessible_name(qtbot: Any, db: Database) -> None:
    family, _ = create_family(db, display_name="El Amrani", actor="coach")
    save_plan_version(db, family_id=family.id, content=sample_plan(), actor="coach")
    window = MainWindow(db, actor="coach")
    qtbot.addWidget(window, before_close_func=lambda w: w.meeting and w.meeting.stop()
                    or setattr(w, "meeting", None))
    window._offered = True
    window.show()
    assert unnamed(window) == []
    window.open_family(family.id)
    window.home.tabs.setCurrentIndex(1)  # the progress charts
    assert unnamed(window) == []
    window.open_meeting(family.id)
    flow = window.meeting
    assert flow is not None
    for row in range(len(flow.steps)):
        flow.navigator.setCurrentRow(row)
        assert unnamed(window) == [], flow.steps[row].key
