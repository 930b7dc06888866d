"""The recovery kit in the app: File ▸ Recovery kit…, the key shown once with its QR code,
the kit saved as a one-page PDF; and a backup from another laptop restored from the menu
with the recovery key."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from tests.gui.test_wiring import make_window, seeded
from tests.screenshots import save_and_check
from vrac_desktop.services.families import search_families
from vrac_desktop.services.recovery import needs_recovery_kit
from vrac_desktop.store import key_file, key_wrap, keys
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths

from vrac_desktop.gui.recovery_kit_dialog import RecoveryKitDialog


def test_recovery_kit_from_the_file_menu(qtbot: Any, db: Database, paths: DataPaths,
                                         tmp_path: Path) -> None:
    seeded(db)
    assert needs_recovery_kit(paths)
    window = make_window(qtbot, db, paths)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.data.recovery_kit in file_menu.actions()
    dialog = window.data.make_recovery_kit(first_start=True, modal=False)
    assert isinstance(dialog, RecoveryKitDialog)
    qtbot.addWidget(dialog)
    assert not needs_recovery_kit(paths)
    shown = "-".join(dialog.key_label.text().split())
    header = key_file.read_key_file(paths)
    assert header is not None and key_wrap.unwrap_with_recovery(header, shown) == db.key
    assert "not saved yet" in dialog.status.text()
    save_and_check(dialog, tmp_path / "dialog.png")
    pdf = dialog.save_pdf(str(tmp_path / "kit.pdf"))
    assert pdf is not None and "Saved as" in dialog.status.text()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert shown.split("-")[0] in text and "Where to keep it" in text
    dialog.done_button.click()
    assert not dialog.isVisible()


def test_a_backup_from_a_lost_laptop_restored_from_the_menu(
        qtbot: Any, paths: DataPaths, tmp_path: Path) -> None:
    old = DataPaths(tmp_path / "old-laptop")
    old_db = open_local(old)
    seeded(old_db)
    from vrac_desktop.services.backup import make_backup
    from vrac_desktop.services.recovery import make_recovery_kit

    recovery_key = make_recovery_kit(old_db, paths=old, actor="coach").recovery_key
    usb = tmp_path / "usb.vracbak"
    make_backup(old_db, paths=old, actor="coach", to=usb)
    old_db.dispose()
    backend = keys.secure_keyring()
    assert backend is not None
    backend.delete_password(keys.SERVICE, keys.entry_name(old))
    shutil.rmtree(old.root)

    db = open_local(paths)  # the new laptop, started once (its own key)
    try:
        window = make_window(qtbot, db, paths)
        task = window.data.restore_from(str(usb), confirmed=True, secret=recovery_key)
        assert task is not None
        qtbot.waitUntil(lambda: not window.data.tasks, timeout=60_000)
        task.wait(10)
        message = window.data.last_message
        assert message is not None and "1 families" in message.text(), message.text()
        assert [f.display_name for f in search_families(db)] == ["El Amrani"]
        assert db.key is not None  # the kit of this laptop can still be made
    finally:
        db.dispose()


def test_a_logo_that_is_not_png_is_refused_in_preferences(qtbot: Any, db: Database,
                                                         paths: DataPaths,
                                                         tmp_path: Path) -> None:
    from vrac_desktop.store.settings import Settings

    from vrac_desktop.gui.preferences import PreferencesDialog

    settings = Settings(paths.settings)
    jpeg = tmp_path / "logo.png"  # named .png, but a JPEG inside
    jpeg.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 100)
    dialog = PreferencesDialog(settings, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organisation, "PIT Leiden")
    qtbot.keyClicks(dialog.logo, str(jpeg))
    dialog.save()
    assert dialog.error.isVisible() and "not a PNG image" in dialog.error.text()
    assert settings.get("organisation_logo") == "" and settings.get("organisation_name") == ""
