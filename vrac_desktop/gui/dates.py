"""Dates on screen: one format per UI language, and a date field that may be empty.

Qt's own short formats differ per widget and locale ("11/29/26" beside "2026-11-29"), so every
screen takes its format from here. A QDateEdit cannot be empty (it held 1900-01-01 as "not
set", opened its calendar there and mangled typed dates), so the app's date field
(gui/date_edit.py, apart: the first screen shows dates without it) is a line edit.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

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
    """``value`` in the UI language's format. Written out here rather than by
    QLocale.toString, which gives the same digits (tests/gui/test_dates.py) but costs 1.6 ms
    on its first call: the families list is the first screen, and shows a date on each row."""
    if value is None:
        return empty
    sep = date_format()[2]  # dd<sep>MM<sep>yyyy
    return f"{value.day:02d}{sep}{value.month:02d}{sep}{value.year:04d}"


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
