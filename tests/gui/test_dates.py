"""Dates on screen (gui/dates.py): the app's own formatting gives what Qt's does."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from PySide6.QtCore import QDate, QLocale

from vrac_desktop.gui.dates import date_format, format_date, format_datetime, parse_date
from vrac_desktop.gui.i18n import install_translations

DAYS = (date(2026, 11, 29), date(2027, 1, 5), date(999, 12, 31), date(2024, 2, 29),
        date(1, 1, 1))


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_format_date_is_qt_format_in_each_language(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    install_translations(language)
    try:
        for day in DAYS:
            qt = QLocale().toString(QDate(day.year, day.month, day.day), date_format())
            assert format_date(day) == qt
            if day.year >= 1000:  # what the date field reads back (four-digit years)
                assert parse_date(format_date(day)) == day
        assert format_date(None, "—") == "—"
        moment = datetime(2026, 11, 29, 23, 30, tzinfo=timezone(timedelta(hours=1)))
        local = moment.astimezone()
        assert format_datetime(moment) == f"{format_date(local.date())} {local:%H:%M}"
    finally:
        install_translations("en")


def test_dutch_dates_use_dashes(qapp) -> None:  # type: ignore[no-untyped-def]
    install_translations("nl")
    try:
        assert format_date(date(2026, 3, 7)) == "07-03-2026"
    finally:
        install_translations("en")
    assert format_date(date(2026, 3, 7)) == "07/03/2026"
