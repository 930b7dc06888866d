"""A pad for a drawn signature, with mouse, finger (touch) or pen (tablet, pressure-sensitive).

The signature is kept as strokes of points in widget coordinates, each point with its own
width (pen pressure), and exported as a PNG trimmed to the ink, transparent background, at
twice the on-screen resolution, in dark ink whatever the theme (it goes onto white paper).
A drawn signature is optional: the typed name stays the legal sign-off, so keyboard-only
users are not blocked by this widget.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QWidget

BASE_WIDTH = 2.5  # pen width in pixels for mouse and touch without pressure
# A tablet's and a touch screen's events, as the three phases of a stroke.
_PHASES = {
    QEvent.Type.TabletPress: "begin", QEvent.Type.TabletMove: "move",
    QEvent.Type.TabletRelease: "end", QEvent.Type.TouchBegin: "begin",
    QEvent.Type.TouchUpdate: "move", QEvent.Type.TouchEnd: "end",
}
EXPORT_SCALE = 2.0  # export at twice the on-screen size: sharp in a printed document
EXPORT_MAX_SIDE = 2000  # px: a signature never needs more
EXPORT_INK = QColor(20, 24, 64)  # dark blue-black, readable on paper in any theme


@dataclass
class _Stroke:
    points: list[tuple[QPointF, float]] = field(default_factory=list)  # (position, width)

    def bounds(self) -> QRectF:
        rect = QRectF()
        for point, width in self.points:
            half = width / 2 + 1
            rect = rect.united(QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half))
        return rect


@dataclass
class _Picture:
    """A signature loaded from PNG, shown where it was placed; kept as an alpha mask."""

    image: QImage
    target: QRectF

    def bounds(self) -> QRectF:
        return QRectF(self.target)


def _width_for(pressure: float) -> float:
    # Light touch still leaves a visible line; full pressure about three times as wide.
    return 1.2 + max(0.0, min(pressure, 1.0)) * 3.6


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[_Stroke | _Picture] = []
        self._cache: QImage | None = None  # finished strokes, see _committed_ink
        self._cache_key: tuple[int, int, float, int] | None = None
        self._current: _Stroke | None = None
        self._device: str | None = None  # which device draws the current stroke
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(240, 120)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(self.tr(
            "Draw a signature with the mouse, a finger or a pen. Ctrl+Z removes the last "
            "stroke, Delete clears the pad. The typed name is the sign-off; a drawn "
            "signature is optional."))
        self.setToolTip(self.tr("Sign with the mouse, a finger or a pen"))

    # --- API -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def is_empty(self) -> bool:
        return not self._items

    def stroke_count(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        had_ink = bool(self._items) or self._current is not None
        self._items.clear()
        self._cache = None
        self._current = None
        self._device = None
        self.update()
        if had_ink:
            self.changed.emit()

    def undo_stroke(self) -> None:
        if self._items:
            self._items.pop()
            self._cache = None
            self.update()
            self.changed.emit()

    def to_png_base64(self) -> str:
        """The signature as base64 PNG, trimmed to the ink; "" when the pad is empty."""
        if not self._items:
            return ""
        bounds = QRectF()
        for item in self._items:
            bounds = bounds.united(item.bounds())
        bounds = bounds.adjusted(-2, -2, 2, 2)
        scale = min(EXPORT_SCALE, EXPORT_MAX_SIDE / max(bounds.width(), bounds.height(), 1))
        size = QSize(max(1, round(bounds.width() * scale)), max(1, round(bounds.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        self._paint_ink(painter, EXPORT_INK)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        buffer.close()
        return base64.b64encode(bytes(data.data())).decode("ascii")

    def load_png_base64(self, data: str) -> None:
        """Show a saved signature (replacing what is on the pad); "" just clears."""
        self._items.clear()
        self._cache = None
        self._current = None
        if data:
            image = QImage()
            if not image.loadFromData(base64.b64decode(data), "PNG"):
                raise ValueError("The signature image could not be read; the pad was cleared.")
            image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            width, height = image.width() / EXPORT_SCALE, image.height() / EXPORT_SCALE
            room = QRectF(self.rect()).adjusted(16, 8, -16, -8)
            fit = min(1.0, room.width() / max(width, 1), room.height() / max(height, 1))
            width, height = width * fit, height * fit
            # Sit on the baseline, centred, as if just signed.
            bottom = min(self._baseline_y() + height * 0.25, room.bottom())
            left = room.center().x() - width / 2
            self._items.append(_Picture(image, QRectF(left, bottom - height, width, height)))
        self.update()
        self.changed.emit()

    # --- input -------------------------------------------------------------------------------

    def _begin(self, device: str, point: QPointF, width: float) -> None:
        self._device = device
        self._current = _Stroke([(QPointF(point), width)])
        self.update()

    def _extend(self, device: str, point: QPointF, width: float) -> None:
        if self._current is None or self._device != device:
            return
        last = self._current.points[-1][0]
        if (last - point).manhattanLength() >= 0.5:
            self._current.points.append((QPointF(point), width))
            self.update()

    def _finish(self, device: str) -> None:
        if self._current is None or self._device != device:
            return
        self._items.append(self._current)
        self._cache = None
        self._current = None
        self._device = None
        self.update()
        self.changed.emit()

    def _cancel(self) -> None:
        self._current = None
        self._device = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin("mouse", event.position(), BASE_WIDTH)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend("mouse", event.position(), BASE_WIDTH)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend("mouse", event.position(), BASE_WIDTH)
            self._finish("mouse")
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting the tablet event stops Qt from also sending a synthesized mouse event.
        width = _width_for(event.pressure())
        phase = _PHASES.get(event.type())
        if phase == "begin":
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        if phase is not None:
            self._stroke("pen", phase, event.position(), width)
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel) and isinstance(event, QTouchEvent):
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
            return
        points = event.points()
        if not points:
            return
        point = points[0]  # one finger signs; a resting palm or second finger is ignored
        pressure_capable = bool(
            event.device().capabilities() & event.device().Capability.Pressure)
        width = _width_for(point.pressure()) if pressure_capable else BASE_WIDTH
        phase = _PHASES.get(kind)
        if phase is not None:
            self._stroke("touch", phase, point.position(), width)

    def _stroke(self, source: str, phase: str, position: QPointF, width: float) -> None:
        """A pen or finger went down ("begin"), moved ("move") or lifted ("end")."""
        if phase == "begin":
            self._begin(source, position, width)
            return
        self._extend(source, position, width)
        if phase == "end":
            self._finish(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stroke()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- drawing -----------------------------------------------------------------------------

    def _baseline_y(self) -> float:
        return self.height() * 0.72

    def _paint_ink(self, painter: QPainter, ink: QColor) -> None:
        items: list[_Stroke | _Picture] = list(self._items)
        if self._current is not None:
            items.append(self._current)
        _paint_items(painter, items, ink)

    def _committed_ink(self, ink: QColor) -> QImage:
        """The finished strokes, drawn once: a repaint then costs one image, not every segment."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, ink.rgba())
        if self._cache is None or self._cache_key != key:
            image = QImage(max(1, round(self.width() * ratio)),
                           max(1, round(self.height() * ratio)),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _paint_items(painter, self._items, ink)
            painter.end()
            self._cache, self._cache_key = image, key
        return self._cache

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        frame = palette.color(QPalette.ColorRole.Highlight if self.hasFocus()
                              else QPalette.ColorRole.Mid)
        painter.setPen(QPen(frame, 2 if self.hasFocus() else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)

        hint_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        y = self._baseline_y()
        painter.setPen(QPen(hint_colour, 1.5))
        painter.drawLine(QPointF(24, y), QPointF(self.width() - 24, y))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.drawText(QRectF(24, y - 34, 30, 30), Qt.AlignmentFlag.AlignBottom, "×")
        if self.is_empty() and self._current is None:
            font.setPointSizeF(font.pointSizeF() / 1.3)
            painter.setFont(font)
            painter.drawText(QRectF(24, y + 6, self.width() - 48, self.height() - y - 6),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             self.tr("Sign here"))
        ink = palette.color(QPalette.ColorRole.Text)
        painter.drawImage(0, 0, self._committed_ink(ink))
        if self._current is not None:
            _paint_items(painter, [self._current], ink)
        painter.end()


def _paint_items(painter: QPainter, items: list[_Stroke | _Picture], ink: QColor) -> None:
    for item in items:
        if isinstance(item, _Picture):
            tinted = QImage(item.image)
            tint = QPainter(tinted)
            tint.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            tint.fillRect(tinted.rect(), ink)
            tint.end()
            painter.drawImage(item.target, tinted)
            continue
        points = item.points
        if len(points) == 1:
            point, width = points[0]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawEllipse(point, width / 2, width / 2)
            continue
        for (a, wa), (b, wb) in zip(points, points[1:], strict=False):
            painter.setPen(QPen(ink, (wa + wb) / 2, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.drawLine(a, b)
