"""The Team server dialog on real widgets: join with a code, or an address and a password;
the password asked again when the server refuses it; and afterwards no password in
settings.json or in any file of the data folder (the database is SQLCipher-encrypted)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from tests.factories import sample_plan
from tests.server.conftest import Org
from tests.server.postgres import PASSWORD
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store import server_admin as admin
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.server_credentials import remembered_password
from vrac_desktop.store.settings import Settings

from vrac_desktop.gui.i18n import install_translations
from vrac_desktop.gui.team_server_dialog import TeamServerDialog


def secrets_in_folder(root: Path, secrets: list[str]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {s[:4]}…" for s in secrets if s.encode() in data]
    return found


def test_join_with_a_code_then_sync_leaves_no_password_in_the_data_folder(
        qtbot, org: Org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    anna = org.join("anna", "team-a")
    family, _ = create_family(anna.db, display_name="Jansen", actor="anna")
    save_plan_version(anna.db, family_id=family.id, content=sample_plan(), actor="anna")
    anna.sync()
    code = admin.add_coach(org.server, "bram", team="team-a")
    paths = DataPaths(tmp_path / "bram-laptop")
    db = open_local(paths)
    settings = Settings(paths.settings)
    try:
        dialog = TeamServerDialog(db, paths=paths, settings=settings, actor="bram")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.panel is None  # nothing set up yet
        dialog.join_code.setPlainText(code.encode())
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert "Joined team team-a as bram" in dialog.message.text(), dialog.message.text()
        assert dialog.panel is not None
        with qtbot.waitSignal(dialog.panel.finished, timeout=60000):
            qtbot.mouseClick(dialog.panel.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.panel is not None and dialog.panel.button.isEnabled())
        assert "changes to send: 0" in dialog.panel.status.text()
        shots = os.environ.get("VRAC_SCREENSHOTS")
        if shots:
            dialog.grab().save(str(Path(shots) / "team-server-dialog.png"))
        dialog.close()
        kept = remembered_password(db, settings.get("server_url"))
        assert kept and kept != code.password  # replaced at join: the code is used up
        assert settings.get("server_url") == code.url()
        assert secrets_in_folder(paths.root, [kept, code.password]) == []
        assert not any(s in paths.settings.read_text() for s in (kept, code.password))
    finally:
        db.dispose()


def test_refused_password_is_asked_again_and_never_written_to_a_file(
        qtbot, org: Org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # An operator-style account with a password (the test server's), typed in the dialog.
    url = org.url.replace(f":{PASSWORD}@", "@")
    paths = DataPaths(tmp_path / "laptop")
    db: Database = open_local(paths)
    settings = Settings(paths.settings)
    try:
        family, _ = create_family(db, display_name="Peeters", actor="coach")
        save_plan_version(db, family_id=family.id, content=sample_plan(), actor="coach")
        dialog = TeamServerDialog(db, paths=paths, settings=settings, actor="coach")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.address.setText(url.replace("@", ":wrong-password-9@", 1))  # typed in the URL
        dialog.team.setText("team-x")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert settings.get("server_url") == url  # the password was taken out of the address
        assert "wrong-password-9" not in paths.settings.read_text()
        panel = dialog.panel
        assert panel is not None
        with qtbot.waitSignal(panel.password_needed, timeout=60000):
            qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.asking.isVisible())
        assert "refused the password" in panel.details.toPlainText()
        assert "wrong-password-9" not in panel.details.toPlainText()
        qtbot.keyClicks(panel.password, PASSWORD)
        with qtbot.waitSignal(panel.finished, timeout=60000):
            qtbot.mouseClick(panel.use_password, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.button.isEnabled())
        assert "changes to send: 0" in panel.status.text()
        dialog.close()
        assert remembered_password(db, url) == PASSWORD  # kept once the server accepted it
        assert secrets_in_folder(paths.root, [PASSWORD, "wrong-password-9"]) == []
    finally:
        db.dispose()


def test_passphrase_mode_keeps_the_password_inside_the_encrypted_database(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from vrac_desktop.store.server_credentials import remember_password

    monkeypatch.delenv("VRAC_TEST_KEYRING_FILE")
    monkeypatch.setattr("vrac_desktop.store.keys.secure_keyring", lambda: None)
    paths = DataPaths(tmp_path / "pp")
    db = open_local(paths, "a long passphrase here")
    try:
        assert db.mode == "passphrase"
        url = "postgresql://coach@db.team.example/vrac"
        assert remember_password(db, url, "s3cret-server-pw") == "database"
        assert remembered_password(db, url) == "s3cret-server-pw"
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert secrets_in_folder(paths.root, ["s3cret-server-pw"]) == []
    finally:
        db.dispose()
    again = open_local(paths, "a long passphrase here")
    try:
        assert remembered_password(again, url) == "s3cret-server-pw"
    finally:
        again.dispose()




# What the refusal says, in the coach's language (the core's message and its nested reason
# translated, the names and numbers filled in). The panel's plain text has spaces where the
# French has non-breaking ones.
REFUSED_VERSION = {
    "en": ("Version 2", "created by 'anna'", "written to the server by account 'vrac'",
           "carries no author signature"),
    "fr": ("La version 2", "créée par « anna »", "écrite sur le serveur par le compte « vrac »",
           "a été refusée : elle ne porte aucune signature d’auteur"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_sync_dialog_reports_a_refused_version_with_who_and_what(
        qtbot, org: Org, language: str) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import UTC, datetime

    from sqlalchemy import text

    from vrac_desktop.domain.codec import canonical_json
    from vrac_desktop.domain.history import content_hash, version_hash
    from vrac_desktop.domain.model import TextItem

    anna, bram = org.join("anna", "team-a"), org.join("bram", "team-a")
    family, _ = create_family(anna.db, display_name="Jansen", actor="anna")
    saved = save_plan_version(anna.db, family_id=family.id, content=sample_plan(),
                              actor="anna")
    anna.sync()
    # Someone with the server's admin rights appends an unsigned version 2.
    body = canonical_json(replace(sample_plan(), vision=TextItem("v", "forged")))
    at = datetime.now(UTC)
    h = version_hash(family_id=family.id, number=2, created_at=at, created_by="anna",
                     meeting_id=None, approved=True, content_hash=content_hash(body),
                     prev_hash=saved.version.hash)
    with org.server.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO plan_versions (family_id, number, created_at, created_by, approved, "
            "content_json, content_hash, prev_hash, hash) VALUES (:f, 2, :at, 'anna', true, "
            ":c, :ch, :p, :h)"), {"f": family.id, "at": at.isoformat(), "c": body,
                                  "ch": content_hash(body), "p": saved.version.hash, "h": h})
    settings = Settings(bram.paths.settings)
    settings.set("server_url", bram.url)
    settings.set("server_team", "team-a")
    install_translations(language)
    try:
        dialog = TeamServerDialog(bram.db, paths=bram.paths, settings=settings, actor="bram")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.panel is not None
        with qtbot.waitSignal(dialog.panel.finished, timeout=60000):
            qtbot.mouseClick(dialog.panel.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.panel is not None and dialog.panel.button.isEnabled())
        shown = dialog.panel.details.toPlainText()
        for part in REFUSED_VERSION[language]:
            assert part in shown, shown
        shots = os.environ.get("VRAC_SCREENSHOTS")
        if shots:
            suffix = "" if language == "en" else f"-{language}"
            dialog.grab().save(str(Path(shots) / f"team-server-refused{suffix}.png"))
        dialog.close()
    finally:
        install_translations("en")


def test_join_with_a_code_and_its_key_code_in_the_dialog(
        qtbot, org: Org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from vrac_desktop.store.server_credentials import team_key
    from vrac_desktop.store.team_crypto import new_key_code, new_team_key, wrap_team_key

    key, key_code = new_team_key(), new_key_code()
    admin.add_team(org.server, "team-k")
    code = replace(admin.add_coach(org.server, "kim", team="team-k"),
                   wrapped_key=wrap_team_key(key, key_code, team="team-k").to_json())
    paths = DataPaths(tmp_path / "kim")
    db = open_local(paths)
    try:
        dialog = TeamServerDialog(db, paths=paths, settings=Settings(paths.settings),
                                  actor="kim")
        qtbot.addWidget(dialog)
        dialog.join_code.setPlainText(code.encode())
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert "type the key code" in dialog.message.text()
        qtbot.keyClicks(dialog.key_code, "WRONG-CODE-0000")
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert "does not open the team key" in dialog.message.text()
        dialog.key_code.clear()
        qtbot.keyClicks(dialog.key_code, key_code.lower())  # as typed, any case
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert "Joined team team-k as kim" in dialog.message.text(), dialog.message.text()
        assert team_key(db, "team-k") == key
        dialog.close()
        assert secrets_in_folder(paths.root, [key.hex(), key_code]) == []
    finally:
        db.dispose()
