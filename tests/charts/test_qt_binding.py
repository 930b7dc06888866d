"""The Qt binding keeps Python's reference counts straight under long drawing sessions.

PySide6 6.12.0 on Python 3.11 returns None from every void method without taking a
reference: each call (a QPainter.drawPath while painting a chart, say) costs None one
reference, and after a few thousand calls the interpreter aborts ("deallocating None").
Charts make thousands of such calls a second, so the pin in pyproject.toml matters.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_qt_calls_do_not_eat_none_references() -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("black"))
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            painter.setPen(pen)
            painter.drawLine(0, 0, 4, 4)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # A sound binding leaves None's count where it was (give or take the interpreter).
    assert after - before > -100
