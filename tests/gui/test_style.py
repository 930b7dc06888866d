"""The app's focus frame on item views: the current, selected item keeps its text readable.

The first focus rule (``QAbstractItemView::item:focus`` with a border and nothing else) made
Qt draw the focused item through the style sheet without a selection background: under a
real window manager the meeting's step list showed its current step as an empty box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QListWidget

from vrac_desktop.gui.style import FOCUS_COLOUR, apply_style


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
            <= tolerance)


def test_focused_selected_item_shows_its_text_on_the_selection_colour(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    apply_style(app)
    try:
        steps = QListWidget()
        qtbot.addWidget(steps)
        steps.addItems(["1. Who is at the table", "2. Our situation", "3. Strengths"])
        steps.resize(260, 120)
        steps.show()
        steps.activateWindow()
        qtbot.waitExposed(steps)
        steps.setFocus()
        steps.setCurrentRow(0)
        qtbot.waitUntil(steps.hasFocus)

        image: QImage = steps.viewport().grab().toImage()
        rect = steps.visualItemRect(steps.item(0))
        highlight = steps.palette().highlight().color()
        text = steps.palette().highlightedText().color()
        focus = QColor(FOCUS_COLOUR)
        counts = {"highlight": 0, "text": 0, "focus": 0}
        for x in range(rect.left(), rect.right()):
            for y in range(rect.top(), rect.bottom()):
                pixel = image.pixelColor(x, y)
                if close(pixel, highlight):
                    counts["highlight"] += 1
                elif close(pixel, focus):
                    counts["focus"] += 1
                elif close(pixel, text, 200):  # the glyphs and their anti-aliased edges
                    counts["text"] += 1
        area = rect.width() * rect.height()
        assert counts["highlight"] > area // 3, counts  # the selection colour fills the row
        assert counts["text"] > 40, counts  # and its text is drawn on it
        assert counts["focus"] > rect.width(), counts  # inside the orange focus frame
    finally:
        app.setStyleSheet(before)
