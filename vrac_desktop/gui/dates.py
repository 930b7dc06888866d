"""Dates on screen: one format per UI language, and a date field that may be empty.

Qt's own short formats differ per widget and locale ("11/29/26" beside "2026-11-29"), so every
screen takes its format from here. A QDateEdit cannot be empty (it held 1900-01-01 as "not
set", opened its calendar there and mangled typed dates), so ``DateEdit`` is a line edit.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

NO_DATE = QDate(1900, 1, 1)  # what an empty DateEdit holds (shown as its special text)

# Typed and shown the same way; four-digit years so that nothing is ambiguous.
DATE_FORMATS = {
    QLocale.Language.English: "dd/MM/yyyy",
    QLocale.Language.Dutch: "dd-MM-yyyy",
    QLocale.Language.French: "dd/MM/yyyy",
}


def date_format() -> str:
    return DATE_FORMATS.get(QLocale().language(), "dd/MM/yyyy")


def format_date(value: date | None, empty: str = "") -> str:
    if value is None:
        return empty
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: datetime) -> str:
    """A moment in local time, the date in the language's format."""
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_date(local.date())} {local:%H:%M}"


def parse_date(text: str) -> date | None:
    """A typed date, day first: 29/11/2026, 29-11-2026, 29.11.2026, 29 11 2026, 29112026,
    29/11/26. None when it is not a date."""
    text = text.strip()
    found = re.fullmatch(r"(\d{1,2})[./ -](\d{1,2})[./ -](\d{2}|\d{4})", text) or \
        re.fullmatch(r"(\d{2})(\d{2})(\d{4})", text)
    if found is None:
        return None
    day, month, year = (int(g) for g in found.groups())
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def to_date(value: QDate) -> date | None:
    return None if value == NO_DATE or not value.isValid() else \
        date(value.year(), value.month(), value.day())


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
        fm = self.fontMetrics()
        self.setMinimumWidth(fm.horizontalAdvance(example) + fm.height() * 3)

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
