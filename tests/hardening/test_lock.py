"""Locking: the policy (services/lock.py) and the Qt pieces (inactivity, lock screen, clipboard)."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.factories import sample_plan
from tests.screenshots import save_and_check
from vrac_desktop.services.families import create_family, search_families
from vrac_desktop.services.gdpr import audit_entries
from vrac_desktop.services.lock import BACKOFF_CAP, LockedError, LockService
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store import keys
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.inactivity import InactivityTimer
from vrac_desktop.gui.lock_screen import ClipboardGuard, LockScreen

PASSPHRASE = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def passphrase_db(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(keys, "secure_keyring", lambda: None)
    keys.create_passphrase(paths, PASSPHRASE, scrypt_n=2**12)
    return open_local(paths, PASSPHRASE)


def service(paths: DataPaths, db: Database, clock: Clock | None = None) -> LockService:
    return LockService(paths=paths, settings=Settings(paths.settings), database=db,
                       actor="coach", clock=clock or Clock())


def test_lock_drops_the_engine_and_keyring_unlock_brings_the_same_object_back(
        db: Database, paths: DataPaths) -> None:
    family, _ = create_family(db, display_name="Peeters", actor="coach")
    lock = service(paths, db)
    old_engine = db.engine
    result = lock.lock()
    assert result.disposed and lock.locked
    assert old_engine.pool.checkedin() == 0, "pooled decrypted connections must be closed"
    with pytest.raises(LockedError, match="locked"):
        search_families(db)
    assert not lock.uses_passphrase
    outcome = lock.unlock()
    assert outcome.ok and not lock.locked
    assert [f.id for f in search_families(db)] == [family.id]  # the same Database object
    actions = [e.action for e in audit_entries(db)]
    assert actions[:2] == ["unlocked", "locked"]


def test_wrong_passphrase_backs_off_1_2_4_capped_and_resets(
        passphrase_db: Database, paths: DataPaths) -> None:
    clock = Clock()
    lock = service(paths, passphrase_db, clock)
    lock.lock()
    waits = []
    for _ in range(7):
        result = lock.unlock(passphrase="wrong passphrase!")
        assert not result.ok and result.reason == "wrong_passphrase"
        assert "wrong" in result.message and "nothing was changed" in result.message
        waits.append(result.wait_seconds)
        early = lock.unlock(passphrase=PASSPHRASE)  # too soon: refused without trying
        assert early.reason == "wait" and not early.ok and lock.locked
        clock.now += result.wait_seconds
    assert waits == [1, 2, 4, 8, 16, BACKOFF_CAP, BACKOFF_CAP]
    assert lock.unlock(passphrase="").reason == "passphrase_missing"
    ok = lock.unlock(passphrase=PASSPHRASE)
    assert ok.ok and lock.failures == 0 and lock.wait_seconds() == 0
    save_plan_version(passphrase_db, family_id=create_family(
        passphrase_db, display_name="Dubois", actor="c")[0].id, content=sample_plan(),
        actor="c")
    passphrase_db.dispose()


def test_idle_timeout_comes_from_settings(db: Database, paths: DataPaths) -> None:
    lock = service(paths, db)
    assert lock.idle_timeout_seconds() == 600
    Settings(paths.settings).set("lock_minutes", 0)
    assert service(paths, db).idle_timeout_seconds() == 0


def test_missing_keyring_at_unlock_is_a_clear_message(
        db: Database, paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    lock = service(paths, db)
    lock.lock()
    with monkeypatch.context() as m:
        m.setattr(keys, "secure_keyring", lambda: None)
        result = lock.unlock()
    assert not result.ok and result.reason == "error"
    assert "no secure keyring is available" in result.message
    assert lock.unlock().ok


def test_inactivity_timer_fires_after_no_input_and_input_restarts_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    timer = InactivityTimer(timeout_ms=200)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    timer.start()
    with qtbot.waitSignal(timer.idle, timeout=3000):
        pass
    assert not timer.active
    timer.start()
    restarts = []
    timer._timer.timeout.connect(lambda: restarts.append(1))  # noqa: SLF001
    remaining_before = timer._timer.remainingTime()  # noqa: SLF001
    qtbot.wait(120)
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                           Qt.KeyboardModifier.NoModifier, "a"))
    assert timer._timer.remainingTime() > remaining_before - 120  # noqa: SLF001
    timer.set_timeout(0)
    assert not timer._timer.isActive()  # noqa: SLF001


def test_lock_screen_counts_down_after_a_wrong_passphrase(
        qtbot, passphrase_db: Database, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    lock = service(paths, passphrase_db, clock)
    lock.lock()
    screen = LockScreen(lock)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.passphrase.isVisible()
    screen.passphrase.setText("not the passphrase")
    screen.try_unlock()
    assert "wrong" in screen.message.text() and "possible in 1 s" in screen.message.text()
    assert not screen.unlock_button.isEnabled()
    save_and_check(screen, Path(paths.root) / "lock-screen.png")
    clock.now += 1.01
    screen._tick()  # noqa: SLF001 (the 250 ms count-down timer calls this)
    assert screen.unlock_button.isEnabled()
    screen.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        screen.try_unlock()
    assert not lock.locked
    passphrase_db.dispose()


def test_lock_screen_in_keyring_mode_offers_the_os_account(
        qtbot, db: Database, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    lock = service(paths, db)
    lock.lock()
    screen = LockScreen(lock)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.passphrase.isVisible()
    assert "OS" in screen.unlock_button.text()
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        screen.unlock_button.click()


def test_clipboard_is_cleared_only_if_it_still_holds_our_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard()
    guard.copy("Yusuf's plan, goal 1")
    assert clipboard.text() == "Yusuf's plan, goal 1"
    assert guard.clear_if_ours()
    assert clipboard.text() == ""
    guard.copy("ours")
    clipboard.setText("copied from another program")
    assert not guard.clear_if_ours()
    assert clipboard.text() == "copied from another program"


def test_lock_controller_on_the_real_main_window(qtbot, db: Database, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    from vrac_desktop.gui.lock_screen import LockController
    from vrac_desktop.gui.main_window import MainWindow

    create_family(db, display_name="Peeters", actor="coach")
    window = MainWindow(db, actor="coach")
    qtbot.addWidget(window)
    window.show()
    lock = service(paths, db)
    controller = LockController(window, lock)
    assert controller.action.shortcut().toString() == "Ctrl+L"
    controller.clipboard.copy("Peeters, goal 1")
    with qtbot.waitSignal(controller.locked):
        controller.action.trigger()
    assert lock.locked and window.centralWidget() is controller.screen
    assert not window.menuBar().isEnabled()
    assert QGuiApplication.clipboard().text() == ""
    with pytest.raises(LockedError):
        window.families.refresh()
    with qtbot.waitSignal(controller.unlocked):
        controller.screen.unlock_button.click()
    assert window.centralWidget() is window.stack and window.menuBar().isEnabled()
    window.families.refresh()
    # Idle locks it again (the timeout is shortened here; the setting is in minutes).
    controller.inactivity.set_timeout(150)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        pass
    assert lock.locked


def test_locking_while_a_save_runs_on_a_worker_lets_the_save_finish(
        db: Database, paths: DataPaths) -> None:
    import threading

    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from vrac_desktop.services.plans import list_versions

    family, _ = create_family(db, display_name="Peeters", actor="coach")
    lock = service(paths, db)
    in_save, locked = threading.Event(), threading.Event()
    outcome: list[object] = []

    def hold(session: Session, _ctx: object) -> None:
        if threading.current_thread().name == "saver":
            in_save.set()  # the save has written its rows and holds the write lock
            locked.wait(timeout=60)  # longer than the busy timeout: a blocking lock() fails

    def save() -> None:
        try:
            outcome.append(save_plan_version(db, family_id=family.id, content=sample_plan(),
                                             actor="coach").version)
        except Exception as exc:
            outcome.append(exc)

    event.listen(Session, "after_flush", hold)
    try:
        worker = threading.Thread(target=save, name="saver")
        worker.start()
        assert in_save.wait(timeout=30)
        result = lock.lock()  # must not wait for the save, nor break it
        locked.set()
        worker.join(timeout=30)
    finally:
        event.remove(Session, "after_flush", hold)
    assert result.disposed and lock.locked
    assert len(outcome) == 1 and not isinstance(outcome[0], Exception), outcome
    assert lock.unlock().ok
    assert [v.number for v in list_versions(db, family_id=family.id)] == [1]
