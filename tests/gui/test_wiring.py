"""The pieces the main window brings together: the live family view (F11), locking in the
middle of a meeting, what changed, the family export, and drawn signatures."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.factories import sample_plan, with_progress
from tests.gui.test_meeting_flow import activate, step
from vrac_desktop.domain.model import Visibility
from vrac_desktop.services.families import create_family
from vrac_desktop.services.lock import LockService
from vrac_desktop.services.meetings import load_draft
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.changes_dialog import ChangesDialog
from vrac_desktop.gui.lock_screen import LockController
from vrac_desktop.gui.main_window import MainWindow
from vrac_desktop.gui.meeting.steps import AgreementStep, SituationStep


def seeded(db: Database, versions: int = 1) -> str:
    family, _ = create_family(db, display_name="El Amrani", language="nl", actor="coach")
    plan = sample_plan()
    save_plan_version(db, family_id=family.id, content=plan, actor="coach")
    if versions > 1:
        save_plan_version(db, family_id=family.id, content=with_progress(plan), actor="coach")
    return family.id


def make_window(qtbot: Any, db: Database, paths: DataPaths) -> MainWindow:
    window = MainWindow(db, actor="coach", settings=Settings(paths.settings), paths=paths)

    def forget(win: MainWindow) -> None:
        if win.meeting is not None:
            win.meeting.stop()
            win.meeting = None

    qtbot.addWidget(window, before_close_func=forget)
    window._offered = True
    window.show()
    activate(qtbot, window)
    return window


def test_family_view_follows_the_meeting_and_hides_professional_items(
        qtbot: Any, db: Database, paths: DataPaths) -> None:
    family_id = seeded(db)
    window = make_window(qtbot, db, paths)
    window.open_family(family_id)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    view = window.family_view
    assert view is not None and view.isVisible()
    view.view.flush()
    html = view.view.toPlainText()
    plan = sample_plan()
    assert "Yusuf loves football" in html
    assert "12 late arrivals" not in html  # the team's view is professional only
    assert "Check with GP" not in html  # a professional-only action
    assert view.view.font().pointSize() >= 20
    window.open_meeting(family_id)
    flow = window.meeting
    assert flow is not None
    situation = step(flow, SituationStep)
    qtbot.keyClicks(situation.well.edit, " and drawing")
    view.view.flush()
    assert "drawing" in view.view.toPlainText()  # live while the coach types
    situation.well.private.setChecked(True)
    view.view.flush()
    assert "drawing" not in view.view.toPlainText()
    assert flow.plan.situation.what_goes_well.visibility is Visibility.PROFESSIONAL
    assert plan.situation.team_view.visibility is Visibility.PROFESSIONAL
    view.close()


def test_locking_mid_meeting_keeps_the_draft_and_drops_the_data(
        qtbot: Any, db: Database, paths: DataPaths) -> None:
    family_id = seeded(db)
    window = make_window(qtbot, db, paths)
    lock = LockController(window, LockService(paths=paths, settings=Settings(paths.settings),
                                              database=db, actor="coach"))
    lock.about_to_lock.connect(window.before_lock)
    lock.unlocked.connect(window.after_unlock)
    window.open_meeting(family_id)
    flow = window.meeting
    assert flow is not None
    situation = step(flow, SituationStep)
    qtbot.keyClicks(situation.story.edit, " Locked words")
    typed = situation.story.edit.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.centralWidget() is lock.screen
    assert window.meeting is None and window.families.model.rowCount() == 0
    lock.screen.try_unlock()  # keyring mode: the OS account unlocks
    assert window.centralWidget() is window.stack
    again = window.meeting
    assert again is not None
    assert " Locked words" in typed
    assert again.plan.situation.family_story.text == typed  # reopened intact from the draft
    found = load_draft(db, family_id=family_id)
    assert found is not None and found[0].plan.situation.family_story.text == typed


def test_what_changed_dialog(qtbot: Any, db: Database) -> None:
    family_id = seeded(db, versions=2)
    dialog = ChangesDialog(db, family_id=family_id)
    qtbot.addWidget(dialog)
    assert dialog.old.currentData() == 1 and dialog.new.currentData() == 2
    assert dialog.view.summary_text() == "3 changes: 1 added, 2 changed"
    dialog.old.setCurrentIndex(dialog.old.findData(2))
    assert dialog.view.summary_text() == "No changes"  # a version against itself


def test_family_export_runs_in_the_background(qtbot: Any, db: Database, paths: DataPaths,
                                              tmp_path: Path) -> None:
    family_id = seeded(db)
    window = make_window(qtbot, db, paths)
    window.open_family(family_id)
    target = tmp_path / "family.zip"
    task = window.data.export_archive(str(target))
    assert task is not None
    # Not task.wait(): the archive's signed documents draw their charts on this (the UI)
    # thread, so the event loop must keep running until the task is done.
    qtbot.waitUntil(lambda: not window.data.tasks, timeout=120_000)
    box = window.data.last_message
    assert box is not None and str(target) in box.text()
    box.close()
    with zipfile.ZipFile(target) as archive:
        assert {"family.json", "audit.csv"} <= set(archive.namelist())


def test_drawn_signature_goes_into_the_sign_off(qtbot: Any, db: Database,
                                                paths: DataPaths) -> None:
    family_id = seeded(db)
    window = make_window(qtbot, db, paths)
    window.open_meeting(family_id)
    flow = window.meeting
    assert flow is not None
    agreement = step(flow, AgreementStep)
    member = flow.plan.team[0]
    dialog = agreement.draw_signature(member.id)
    pad = agreement.signature_pad
    qtbot.waitExposed(pad)
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    for x in range(20, 300, 20):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 70))
    assert not pad.is_empty()
    dialog.accept()
    signoff = next(s for s in flow.plan.agreement.signoffs if s.member_id == member.id)
    assert signoff.typed_name == member.name
    assert len(signoff.signature_png) > 100
    check, _typed = agreement._sign_rows[member.id]
    assert check.isChecked()
    # Undo takes the signature back off, like any other edit.
    flow.undo_action.trigger()
    assert all(s.member_id != member.id for s in flow.plan.agreement.signoffs)


def test_signed_plan_export_from_the_menu(qtbot: Any, db: Database, paths: DataPaths,
                                          tmp_path: Path) -> None:
    from vrac_desktop.documents.verify import verify_file

    family_id = seeded(db)
    window = make_window(qtbot, db, paths)
    window.open_family(family_id)
    target = tmp_path / "plan.pdf"
    task = window.data.export_document("plan", str(target), family_copy=True, formats="both")
    assert task is not None
    # Charts are drawn on the UI thread while the export runs: keep the event loop going.
    qtbot.waitUntil(lambda: not window.data.tasks, timeout=120_000)
    task.wait(10)
    box = window.data.last_message
    assert box is not None and "version 1" in box.text()
    # Escape closes it. Its buttons used to change after it opened, and Escape then clicked
    # a deleted button: the app crashed (a segmentation fault, seen under Xvfb).
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Close)
    closed: list[int] = []
    box.finished.connect(closed.append)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(closed))
    assert target.exists() and target.with_suffix(".docx").exists()
    from vrac_desktop.services.exports import find_plan_version
    from vrac_desktop.store.signing_keys import trusted_certificates

    report = verify_file(target, trusted=trusted_certificates(paths),
                         lookup=lambda h, f: find_plan_version(db, plan_hash=h, family_id=f))
    assert report.valid, report
    assert report.plan_version == 1


def test_closing_a_family_hides_it_until_reopened(qtbot: Any, db: Database,
                                                  paths: DataPaths) -> None:
    family_id = seeded(db)
    window = make_window(qtbot, db, paths)
    window.open_family(family_id)
    window._update_family_menu()
    assert window.close_family_action.isEnabled()
    window.close_family_action.trigger()
    assert "(closed)" in window.home.title.text()
    window.show_families()
    assert window.families.model.rowCount() == 0
    window.families.show_closed.setChecked(True)
    assert window.families.model.rowCount() == 1
    window.open_family(family_id)
    window._update_family_menu()
    assert window.reopen_family_action.isEnabled()
    window.reopen_family_action.trigger()
    window.show_families()
    window.families.show_closed.setChecked(False)
    assert window.families.model.rowCount() == 1


def test_backup_then_restore_from_the_menu(qtbot: Any, db: Database, paths: DataPaths,
                                           tmp_path: Path) -> None:
    from vrac_desktop.services.families import search_families

    seeded(db)
    window = make_window(qtbot, db, paths)
    backup = tmp_path / "before.vracbak"
    task = window.data.backup_now(str(backup))
    assert task is not None
    qtbot.waitUntil(lambda: not window.data.tasks, timeout=60_000)
    task.wait(10)
    assert backup.exists()
    create_family(db, display_name="Added after the backup", actor="coach")
    window.show_families()
    assert window.families.model.rowCount() == 2
    task = window.data.restore_from(str(backup), confirmed=True)
    assert task is not None
    qtbot.waitUntil(lambda: not window.data.tasks, timeout=60_000)
    task.wait(10)
    message = window.data.last_message
    assert message is not None and "1 families" in message.text()
    # The same Database object now reads the restored file; the list shows it.
    assert [f.display_name for f in search_families(db)] == ["El Amrani"]
    assert window.families.model.rowCount() == 1
    kept = list(paths.backups.glob("before-restore-*"))
    assert kept, "the replaced database is kept"


def test_a_damaged_backup_changes_nothing(qtbot: Any, db: Database, paths: DataPaths,
                                          tmp_path: Path) -> None:
    seeded(db)
    window = make_window(qtbot, db, paths)
    bad = tmp_path / "damaged.vracbak"
    bad.write_bytes(b"not a backup" * 100)
    task = window.data.restore_from(str(bad), confirmed=True)
    assert task is not None
    qtbot.waitUntil(lambda: not window.data.tasks, timeout=60_000)
    task.wait(10)
    message = window.data.last_message
    assert message is not None and "nothing was changed" in message.text().lower()
    window.show_families()
    assert window.families.model.rowCount() == 1  # the data is back, untouched


def test_preferences_are_saved_and_used_on_documents(qtbot: Any, db: Database,
                                                     paths: DataPaths, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from vrac_desktop.gui.preferences import PreferencesDialog

    family_id = seeded(db)
    window = make_window(qtbot, db, paths)
    settings = window._settings
    assert settings is not None
    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organisation, "PIT Leiden")
    qtbot.keyClicks(dialog.logo, str(tmp_path / "missing.png"))
    dialog.save()
    assert dialog.error.isVisible() and "does not exist" in dialog.error.text()
    assert settings.get("organisation_name") == ""  # nothing saved while a field is wrong
    dialog.logo.clear()
    dialog.lock.setValue(3)
    dialog.save()
    assert settings.get("organisation_name") == "PIT Leiden"
    assert settings.get("lock_minutes") == 3
    assert Settings(paths.settings).get("organisation_name") == "PIT Leiden"  # on disk

    window.open_family(family_id)
    target = tmp_path / "plan.pdf"
    task = window.data.export_document("plan", str(target), family_copy=False)
    assert task is not None
    qtbot.waitUntil(lambda: not window.data.tasks, timeout=120_000)
    task.wait(10)
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Organisatie PIT Leiden" in text  # the family's language (Dutch) on the cover


def test_edit_team_opens_the_meeting_at_the_team_step(qtbot: Any, db: Database,
                                                      paths: DataPaths) -> None:
    family_id = seeded(db)
    window = make_window(qtbot, db, paths)
    window.open_family(family_id)
    qtbot.mouseClick(window.home.team_button, Qt.MouseButton.LeftButton)
    assert window.meeting is not None and window.meeting.current_step().key == "team"
