"""Layouts stay whole on a coach's laptop: every page, meeting step and dialog at 1366x768 and
1024x700, in English, Dutch and French.

Fails on any text cut off (a QLabel, button, check box or group box title wider than the room
it has, a table header section or a tab narrower than its text, measured with QFontMetrics),
on a window whose layout needs more room than the screen gives, and on an accelerator (Alt+key)
used twice in one window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from tests.factories import sample_plan, with_progress
from vrac_desktop.domain.model import Rater, Rating, new_id
from vrac_desktop.domain.states import Phase
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.services.recovery import make_recovery_kit
from vrac_desktop.store.database import Database
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.changes_dialog import ChangesDialog
from vrac_desktop.gui.coach_name import CoachNameDialog
from vrac_desktop.gui.cycle_panel import PhaseDialog
from vrac_desktop.gui.export_dialog import ExportDialog
from vrac_desktop.gui.families_page import NewFamilyDialog
from vrac_desktop.gui.fidelity_summary import FidelitySummaryDialog
from vrac_desktop.gui.i18n import install_translations
from vrac_desktop.gui.main_window import MainWindow
from vrac_desktop.gui.meeting.steps import AgreementStep, NeedChoiceDialog, SituationStep
from vrac_desktop.gui.preferences import PreferencesDialog
from vrac_desktop.gui.recovery_kit_dialog import RecoveryKitDialog
from vrac_desktop.gui.team_server_dialog import TeamServerDialog
from vrac_desktop.gui.unlock import PassphraseDialog

SIZES = (QSize(1366, 768), QSize(1024, 700))
LANGUAGES = ("en", "nl", "fr")
_ACCEL = re.compile(r"&(?!&)(\w)")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def cut_texts(window: QWidget) -> list[str]:
    """Every text in ``window`` that does not fit the room it is given."""
    found: list[str] = []
    for label in window.findChildren(QLabel):
        if not _visible(label) or label.wordWrap() or not label.text() \
                or label.textFormat() == Qt.TextFormat.RichText or not label.pixmap().isNull() \
                or QtGui.Qt.mightBeRichText(label.text()) and label.textFormat() != \
                Qt.TextFormat.PlainText:
            continue
        fm = QFontMetrics(label.font())
        need = max(fm.horizontalAdvance(line) for line in _plain(label.text()).split("\n"))
        if need > label.contentsRect().width() + 1:
            found.append(f"label {_plain(label.text())!r}: {need} > "
                         f"{label.contentsRect().width()} px")
    for button in window.findChildren(QAbstractButton):
        if not _visible(button) or not button.text() or isinstance(button, QTabBar):
            continue
        if button.width() + 1 < _button_need(button):
            found.append(f"button {_plain(button.text())!r}: {button.width()} < "
                         f"{_button_need(button)} px")
    for box in window.findChildren(QGroupBox):
        if _visible(box) and box.title():
            need = QFontMetrics(box.font()).horizontalAdvance(_plain(box.title())) + 16
            if need > box.width():
                found.append(f"group box {_plain(box.title())!r}: {need} > {box.width()} px")
    for header in window.findChildren(QHeaderView):
        if not _visible(header) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        fm = QFontMetrics(header.font())
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            need = fm.horizontalAdvance(text) + 2 * margin
            if text and need > header.sectionSize(section):
                found.append(f"header {text!r}: {need} > {header.sectionSize(section)} px")
    for bar in window.findChildren(QTabBar):
        if not _visible(bar):
            continue
        fm = QFontMetrics(bar.font())
        for i in range(bar.count()):
            text = _plain(bar.tabText(i))
            if fm.horizontalAdvance(text) + 8 > bar.tabRect(i).width():
                found.append(f"tab {text!r}: {bar.tabRect(i).width()} px")
    return found


def _button_need(button: QAbstractButton) -> int:
    """The width the button's text (and check mark) needs, without the style's extras."""
    fm = QFontMetrics(button.font())
    text = fm.horizontalAdvance(_plain(button.text()))
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        metric = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) \
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        return text + button.style().pixelMetric(metric, option, button) + 4
    return text + (8 if isinstance(button, QPushButton) else 4)


def accelerator_clashes(window: QWidget) -> list[str]:
    """Alt+key used by two visible controls of one window (the key then only moves focus)."""
    owners: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        for key in _ACCEL.findall(text):
            owners.setdefault(key.lower(), []).append(f"{what} {_plain(text)!r}")

    for widget in (window, *window.findChildren(QWidget)):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), "button")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                add(action.text(), "menu")
    return [f"Alt+{key.upper()}: {', '.join(users)}" for key, users in owners.items()
            if len(users) > 1]


def menu_clashes(menu_bar: QMenuBar) -> list[str]:
    """An Alt+key letter used twice in one menu (pressing it then only moves the highlight
    between the two: seen in the Family menu under Xvfb). Submenus too."""
    found: list[str] = []

    def walk(menu: QMenu, where: str) -> None:
        owners: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            for key in _ACCEL.findall(action.text()):
                owners.setdefault(key.lower(), []).append(_plain(action.text()))
            if action.menu() is not None:
                walk(action.menu(), f"{where} > {_plain(action.text())}")
        found.extend(f"{where}: Alt+{key.upper()}: {', '.join(repr(u) for u in users)}"
                     for key, users in owners.items() if len(users) > 1)

    for action in menu_bar.actions():
        if action.menu() is not None:
            walk(action.menu(), _plain(action.text()))
    return found


def problems(window: QWidget, size: QSize) -> list[str]:
    QApplication.processEvents()
    found = cut_texts(window) + accelerator_clashes(window)
    need = window.minimumSizeHint()
    if need.width() > size.width() or need.height() > size.height():
        found.append(f"the window needs {need.width()}x{need.height()} px")
    return found


@pytest.fixture
def seeded(db: Database) -> tuple[Database, str]:
    family, _ = create_family(db, display_name="El Amrani-Vandenbroucke", reference="LEI-42",
                              language="nl", actor="coach")
    plan = sample_plan()
    rating = Rating(new_id(), plan.goals[0].id, date(2026, 12, 15), 5, Rater.FAMILY)
    save_plan_version(db, family_id=family.id, content=plan, actor="Coach Anna")
    save_plan_version(db, family_id=family.id, content=with_progress(plan), actor="Coach Anna",
                      ratings=[rating])
    return db, family.id


def screens(window: MainWindow, family_id: str, db: Database,
            settings: Settings) -> Iterator[tuple[str, QWidget]]:
    """Shows each page, step and dialog in turn; yields (name, its window)."""
    window.show_families()
    yield "families", window
    window.show_week()
    yield "week", window
    window.open_family(family_id)
    yield "family home", window
    window.home.tabs.setCurrentIndex(1)
    yield "family home progress", window
    window.home.tabs.setCurrentIndex(0)
    window.open_meeting(family_id)
    flow = window.meeting
    assert flow is not None
    for step in flow.steps:
        flow.go_to(step.key)
        yield f"meeting step {step.key}", window
    agreement = next(s for s in flow.steps if isinstance(s, AgreementStep))
    signature = agreement.draw_signature(flow.plan.team[0].id)
    yield "signature", signature
    signature.reject()
    need_choice = NeedChoiceDialog(list(flow.plan.needs), window)
    need_choice.show()
    yield "new goal", need_choice
    need_choice.close()
    # The meeting left with a change, as a draft: the family's page then offers to continue
    # or discard it (two more buttons, with their own Alt+keys).
    situation = next(s for s in flow.steps if isinstance(s, SituationStep))
    situation.story.edit.insertPlainText("Draft")
    flow.leave()
    assert window.meeting is None and window.home.discard_button.isVisible()
    yield "family home with a draft", window
    for dialog in (NewFamilyDialog(window),
                   PreferencesDialog(settings, window),
                   ChangesDialog(db, family_id=family_id, parent=window),
                   CoachNameDialog(window),
                   PassphraseDialog(new=True, message="", parent=window),
                   PassphraseDialog(new=False, message=QApplication.translate(
                       "App", "That passphrase did not open the data. Try again."),
                       parent=window),
                   ExportDialog(kind="evaluation", family_name="El Amrani-Vandenbroucke",
                                language="nl", parent=window),
                   PhaseDialog(Phase.IMPLEMENTATION, window),
                   FidelitySummaryDialog(db, parent=window),
                   TeamServerDialog(db, paths=db.paths, settings=settings, actor="Coach Anna",
                                    parent=window),
                   RecoveryKitDialog(make_recovery_kit(db, paths=db.paths, actor="Coach Anna"),
                                     paths=db.paths, language="nl", first_start=True,
                                     parent=window)):
        dialog.show()
        yield type(dialog).__name__, dialog
        dialog.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_fits(qtbot: Any, seeded: tuple[Database, str], tmp_path: Path,
                           language: str, size: QSize) -> None:
    db, family_id = seeded
    settings = Settings(tmp_path / "settings.json")
    install_translations(language)
    try:
        window = MainWindow(db, actor="Coach Anna", settings=settings)
        qtbot.addWidget(window)
        window._offered = True
        window.resize(size)
        window.show()
        found: list[str] = []
        for name, shown in screens(window, family_id, db, settings):
            if shown is not window:
                shown.resize(shown.sizeHint().boundedTo(size).expandedTo(shown.size())
                             .boundedTo(size))
            found += [f"{name}: {p}" for p in problems(shown, size)]
        assert not found, f"{language} {size.width()}x{size.height()}:\n" + "\n".join(found)
    finally:
        install_translations("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_menu_uses_a_letter_twice(qtbot: Any, seeded: tuple[Database, str], tmp_path: Path,
                                     language: str) -> None:
    db, family_id = seeded
    install_translations(language)
    try:
        window = MainWindow(db, actor="Coach Anna", settings=Settings(tmp_path / "s.json"))
        qtbot.addWidget(window)
        window._offered = True
        window.show()
        window.open_family(family_id)  # every family action shown
        assert menu_clashes(window.menuBar()) == []
    finally:
        install_translations("en")


def test_the_check_sees_a_cut_label_and_a_clash(qtbot: Any) -> None:
    """The checks themselves: a label squeezed to 40 px and two Alt+S are reported."""
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel("A long label that cannot fit", widget)
    label.setGeometry(0, 0, 40, 20)
    first = QPushButton("&Save", widget)
    first.setGeometry(0, 30, 120, 30)
    second = QPushButton("&Search", widget)
    second.setGeometry(0, 70, 120, 30)
    widget.resize(200, 120)
    widget.show()
    assert any("A long label" in p for p in cut_texts(widget))
    assert accelerator_clashes(widget) == ["Alt+S: button 'Save', button 'Search'"]
    bar = QMenuBar(widget)
    menu = bar.addMenu("&File")
    menu.addAction("&Save")
    menu.addMenu("&More").addActions([QtGui.QAction("&Print", bar), QtGui.QAction("&Preview",
                                                                                  bar)])
    assert menu_clashes(bar) == ["File > More: Alt+P: 'Print', 'Preview'"]

