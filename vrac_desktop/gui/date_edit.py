"""The date field: a date that may be empty, typed in the language's format (gui/dates.py) or
picked in a calendar. Apart from gui/dates.py because its Qt classes (QStyle's enums, the
calendar, the validator) are not needed to show the first screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from vrac_desktop.gui.dates import format_date, parse_date, to_date, to_qdate


def date_edit_width(fm: QFontMetrics) -> int:
    """The narrowest a date box can be: a date, the calendar button and the clear button
    (a table column holding one is at least this wide: gui/meeting/items.py)."""
    return fm.horizontalAdvance(format_date(date(2026, 11, 29))) + fm.height() * 3


class DateEdit(QLineEdit):
    """A date that may be empty ("not set"), typed in the language's format or picked in a
    calendar that opens at the date shown, or at today's month when there is none.

    ``value_changed`` carries the new ``date`` or None; a text that is not a date is kept on
    screen, marked, and changes nothing (bad input loses nothing).
    """

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self._value: date | None = None
        self.setPlaceholderText(empty_text or self.tr("not set"))
        self.setClearButtonEnabled(True)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9./ -]{0,10}"),
                                                      self))
        example = format_date(date(2026, 11, 29))
        self.setToolTip(self.tr("Type a date such as %1, or pick one in the calendar "
                                "(Alt+Down). Empty: no date.").replace("%1", example))
        self.calendar_action = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Pick in the calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self.commit_text)
        self.textChanged.connect(self._typed)
        self.setMinimumWidth(date_edit_width(self.fontMetrics()))

    # -- value --------------------------------------------------------------------------------
    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        self._value = value
        self.setText(format_date(value))
        self._mark(True)

    def clear_date(self) -> None:
        self._set(None)

    def _set(self, value: date | None) -> None:
        changed = value != self._value
        self.set_value(value)
        if changed:
            self.value_changed.emit(value)

    def _typed(self, text: str) -> None:
        if not text.strip() and self._value is not None:
            self._set(None)  # the clear button, or everything deleted
        self._mark(not text.strip() or parse_date(text) is not None)

    def commit_text(self) -> None:
        """Read what was typed (also done on Enter and when the field loses focus)."""
        text = self.text()
        if not text.strip():
            self._set(None)
        elif (parsed := parse_date(text)) is not None:
            self._set(parsed)
        else:
            self._mark(False)

    def _mark(self, ok: bool) -> None:
        self.setStyleSheet("" if ok else "border: 2px solid #b00020;")
        self.setAccessibleDescription("" if ok else self.tr("Not a date: %1").replace(
            "%1", format_date(date(2026, 11, 29))))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier \
                or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    # -- calendar -----------------------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        """Open the calendar popup at the date shown, or at today when there is none."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setGridVisible(True)
        start = to_qdate(self._value) if self._value else QDate.currentDate()
        calendar.setSelectedDate(start)
        calendar.setCurrentPage(start.year(), start.month())
        calendar.clicked.connect(lambda d: self._picked(calendar, d))
        calendar.activated.connect(lambda d: self._picked(calendar, d))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    def _picked(self, calendar: QCalendarWidget, value: QDate) -> None:
        calendar.close()
        self.calendar = None
        self._set(to_date(value))
        self.setFocus()
