"""The signature pad: mouse, pen (with pressure) and touch strokes, undo, PNG in and out."""

from __future__ import annotations

import base64
from functools import cache

import pytest

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPalette, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from vrac_desktop.gui.signature_pad import SignaturePad

NO_MOD = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def pad(qtbot) -> SignaturePad:  # type: ignore[no-untyped-def]
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(480, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def draw_with_mouse(pad: SignaturePad, points: list[QPoint]) -> None:
    QTest.mousePress(pad, LEFT, NO_MOD, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, LEFT, NO_MOD, points[-1])


@cache
def pen() -> QPointingDevice:
    return QPointingDevice(
        "test pen", 4242, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 2)


def draw_with_pen(pad: SignaturePad, points: list[QPoint], pressure: float) -> None:
    def send(kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> bool:
        event = QTabletEvent(kind, pen(), QPointF(point), QPointF(pad.mapToGlobal(point)),
                             pressure, 0, 0, 0, 0, 0, NO_MOD, LEFT, buttons)
        QApplication.sendEvent(pad, event)
        return event.isAccepted()

    assert send(QEvent.Type.TabletPress, points[0], LEFT)
    for point in points[1:]:
        send(QEvent.Type.TabletMove, point, LEFT)
    send(QEvent.Type.TabletRelease, points[-1], Qt.MouseButton.NoButton)


def line(x0: int, x1: int, y: int, step: int = 10) -> list[QPoint]:
    return [QPoint(x, y) for x in range(x0, x1 + 1, step)]


def decode(data: str) -> QImage:
    image = QImage()
    assert image.loadFromData(base64.b64decode(data), "PNG")
    return image


def test_starts_empty_with_a_baseline_and_hint(pad: SignaturePad) -> None:
    assert pad.is_empty()
    assert pad.to_png_base64() == ""
    image = pad.grab().toImage()
    base = pad.palette().color(QPalette.ColorRole.Base)
    y = round(pad.height() * 0.72)
    assert any(image.pixelColor(pad.width() // 2, y + dy) != base for dy in (-1, 0, 1))
    assert pad.accessibleName() and pad.accessibleDescription()
    assert pad.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_mouse_stroke_then_undo_with_ctrl_z(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(pad.changed, timeout=500):
        draw_with_mouse(pad, line(50, 250, 100))
    assert pad.stroke_count() == 1 and not pad.is_empty()
    draw_with_mouse(pad, line(60, 200, 140))
    assert pad.stroke_count() == 2
    with qtbot.waitSignal(pad.changed, timeout=500):
        QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.stroke_count() == 1
    pad.undo_stroke()
    assert pad.is_empty()


def test_what_is_drawn_is_what_is_shown(pad: SignaturePad) -> None:
    def ink_at(x: int, y: int) -> bool:
        colour = pad.grab().toImage().pixelColor(x, y)
        return colour.lightness() < 100  # ink is the palette's text colour, dark here

    assert not ink_at(150, 60)
    draw_with_mouse(pad, line(50, 250, 60))
    assert ink_at(150, 60)
    draw_with_mouse(pad, line(50, 250, 40))
    pad.undo_stroke()
    assert ink_at(150, 60) and not ink_at(150, 40)  # the undone stroke is gone from screen
    pad.resize(500, 220)
    assert ink_at(150, 60)  # still there after a resize
    pad.clear()
    assert not ink_at(150, 60)


def test_a_click_leaves_a_dot(pad: SignaturePad) -> None:
    QTest.mouseClick(pad, LEFT, NO_MOD, QPoint(100, 100))
    assert pad.stroke_count() == 1
    assert decode(pad.to_png_base64()).width() > 0


def test_export_is_trimmed_transparent_and_twice_the_size(pad: SignaturePad) -> None:
    draw_with_mouse(pad, line(50, 250, 100))
    image = decode(pad.to_png_base64())
    assert image.hasAlphaChannel()
    # 200 px of ink (+ pen width and a small margin) at twice the on-screen resolution.
    assert 400 <= image.width() <= 430
    assert image.height() <= 20
    assert image.pixelColor(0, 0).alpha() == 0
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert middle.alpha() == 255 and middle.lightness() < 80  # dark ink for paper


def test_pen_pressure_changes_the_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    heights = []
    for pressure in (0.1, 1.0):
        pad = SignaturePad()
        qtbot.addWidget(pad)
        pad.resize(480, 200)
        draw_with_pen(pad, line(50, 250, 100), pressure)
        assert pad.stroke_count() == 1
        heights.append(decode(pad.to_png_base64()).height())
    assert heights[1] >= heights[0] + 4


def test_touch_draws_one_stroke(pad: SignaturePad) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(60, 120), pad).commit()
    for x in range(70, 260, 10):
        QTest.touchEvent(pad, device).move(0, QPoint(x, 120), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(260, 120), pad).commit()
    # One stroke: the touch is not drawn a second time as a synthesized mouse stroke.
    assert pad.stroke_count() == 1
    assert decode(pad.to_png_base64()).width() >= 400


def test_clear_and_delete_key(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    draw_with_mouse(pad, line(50, 250, 100))
    with qtbot.waitSignal(pad.changed, timeout=500):
        pad.clear()
    assert pad.is_empty()
    draw_with_mouse(pad, line(50, 250, 100))
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()


def test_png_round_trip(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    draw_with_mouse(pad, [QPoint(60 + i * 5, 100 + (i % 7) * 4) for i in range(40)])
    first = decode(pad.to_png_base64())
    other = SignaturePad()
    qtbot.addWidget(other)
    other.resize(480, 200)
    with qtbot.waitSignal(other.changed, timeout=500):
        other.load_png_base64(pad.to_png_base64())
    assert not other.is_empty()
    again = decode(other.to_png_base64())
    assert abs(again.width() - first.width()) <= 10
    assert abs(again.height() - first.height()) <= 10
    # More ink on top of a loaded signature, then undo only that stroke.
    draw_with_mouse(other, line(40, 100, 180))
    assert other.stroke_count() == 2
    other.undo_stroke()
    assert other.stroke_count() == 1


def test_unreadable_png_is_refused(pad: SignaturePad) -> None:
    with pytest.raises(ValueError, match="could not be read"):
        pad.load_png_base64(base64.b64encode(b"not a png").decode())
    assert pad.is_empty()
