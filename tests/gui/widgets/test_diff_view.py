"""What changed: readable per-section changes, markers beside colour, inline or side by side."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextTable

from tests.factories import sample_plan, with_progress
from vrac_desktop.domain.diff import diff_plans
from vrac_desktop.domain.model import PlanContent

from vrac_desktop.gui.diff_view import DiffView


def shown(qtbot, old: PlanContent | None, new: PlanContent) -> DiffView:  # type: ignore[no-untyped-def]
    view = DiffView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_diff(diff_plans(old, new), old=old, new=new, old_label="Version 1",
                  new_label="Version 2")
    return view


def test_summary_counts_changes_by_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    old = sample_plan()
    view = shown(qtbot, old, with_progress(old))
    assert view.summary_text() == "3 changes: 1 added, 2 changed"
    removed_one = replace(old, strengths=old.strengths[1:])
    assert shown(qtbot, old, removed_one).summary_text() == "1 change: 1 removed"
    same = shown(qtbot, old, old)
    assert same.summary_text() == "No changes"
    assert "Nothing changed between Version 1 and Version 2." in same.browser.toPlainText()


def test_fields_values_and_people_are_readable(qtbot) -> None:  # type: ignore[no-untyped-def]
    old = sample_plan()
    new = with_progress(old)
    gran, mother = old.team[2], old.team[0]
    walk = replace(new.actions[0], responsible_id=mother.id, due_on=date(2027, 3, 1))
    new = replace(new, actions=(walk, *new.actions[1:]))
    view = shown(qtbot, old, new)
    text = view.browser.toPlainText()
    assert "Status: Planned → Done" in text
    assert f"Who: {gran.name} → {mother.name}" in text
    assert gran.id not in text and mother.id not in text  # ids never shown
    assert "2027-01-15" not in text and "2027-03-01" not in text  # dates in the locale
    assert "Goal: Calm evenings → Calm evenings (most days)" in text
    assert "Who does what" in text and "Goals" in text  # section names, not keys
    assert "actions" not in text


def test_added_and_removed_have_markers_not_only_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    old = sample_plan()
    new = replace(with_progress(old), strengths=old.strengths[1:])
    view = shown(qtbot, old, new)
    text = view.browser.toPlainText()
    assert "+ Added: Football club on Wednesday" in text
    assert "− Removed: Persistent" in text
    assert "~ Changed: Grandma walks Yusuf to school" in text
    html = view.browser.toHtml()
    removed_at = html.index(">Persistent<")
    assert "line-through" in html[html.rindex("<span", 0, removed_at):removed_at]


def test_situation_and_vision_items_are_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    old = sample_plan()
    story = replace(old.situation.family_story, text="Mornings are better now")
    new = replace(old, situation=replace(old.situation, family_story=story),
                  vision=replace(old.vision, text="Everyone sleeps well and laughs"))
    view = shown(qtbot, old, new)
    text = view.browser.toPlainText()
    assert "The family's story" in text and "family_story" not in text
    assert "Text: Mornings are hard since the move → Mornings are better now" in text
    assert "Vision" in text


def test_side_by_side_puts_old_and_new_in_two_columns(qtbot) -> None:  # type: ignore[no-untyped-def]
    old = sample_plan()
    view = shown(qtbot, old, with_progress(old))
    view.show()
    assert not view.side_by_side.isChecked()
    view.side_by_side.setFocus()
    qtbot.keyClick(view.side_by_side, Qt.Key.Key_Space)  # keyboard reaches the toggle
    assert view.side_by_side.isChecked()
    tables = [f for f in view.browser.document().rootFrame().childFrames()
              if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    assert table.columns() == 2
    assert table.cellAt(0, 0).firstCursorPosition().block().text() == "Version 1"
    rows = []
    for row in range(table.rows()):
        cells = []
        for col in range(2):
            cell = table.cellAt(row, col)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(),
                               cursor.MoveMode.KeepAnchor)
            cells.append(cursor.selectedText().replace("\u2029", "\n"))
        rows.append(cells)
    status_row = next(r for r in rows if "Status: Planned" in r[0])
    assert "Status: Done" in status_row[1] and "Done" not in status_row[0]
    added_row = next(r for r in rows if "Football club" in r[1])
    assert added_row[0] == "—"
    renamed = next(r for r in rows if "Calm evenings (most days)" in r[1])
    assert "Calm evenings (most days)" not in renamed[0]  # the old column has the old words
    view.set_side_by_side(False)
    assert not any(isinstance(f, QTextTable)
                   for f in view.browser.document().rootFrame().childFrames())


def test_first_version_shows_everything_as_added(qtbot) -> None:  # type: ignore[no-untyped-def]
    new = sample_plan()
    view = shown(qtbot, None, new)
    added = sum(len(s.added) for s in diff_plans(None, new).sections)
    assert view.summary_text().startswith(f"{diff_plans(None, new).count()} changes: "
                                          f"{added} added")
    assert "removed" not in view.summary_text()
    assert "+ Added: Grandma Aziz" in view.browser.toPlainText()


def test_controls_have_accessible_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, None, sample_plan())
    for widget in (view.summary, view.side_by_side, view.browser):
        assert widget.accessibleName()


def test_dark_palette_gets_light_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    old = sample_plan()
    view = DiffView()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    view.setPalette(palette)
    view.set_diff(diff_plans(old, with_progress(old)), old=old, new=with_progress(old),
                  old_label="a", new_label="b")
    added = view.browser.document().find("Football club")
    colour = added.charFormat().foreground().color()
    assert colour.lightness() > 150  # readable on the dark base
