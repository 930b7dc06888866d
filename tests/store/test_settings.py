"""Several Settings objects of one file live side by side in the app (the app's own, the one
store/keys.py opens to remember the keyring backend, a dialog's): a value one of them writes
is never overwritten by another that was read before it. The first start in keyring mode lost
the remembered keyring backend this way, when the app then saved the coach's name."""

from __future__ import annotations

import json
from pathlib import Path

from vrac_desktop.store.settings import Settings


def test_a_value_written_by_another_settings_object_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    app = Settings(path)  # read first, as the app does at start
    keys = Settings(path)
    keys.set("keyring_backend", "keyring.backends.SecretService.Keyring")
    app.set("coach_name", "Anouk de Vries")
    app.set("lock_minutes", 5)
    stored = json.loads(path.read_text())["values"]
    assert stored == {"keyring_backend": "keyring.backends.SecretService.Keyring",
                      "coach_name": "Anouk de Vries", "lock_minutes": 5}
    assert Settings(path).get("keyring_backend") == "keyring.backends.SecretService.Keyring"
    # And the one that wrote last now reads the other's value too.
    assert app.get("keyring_backend") == "keyring.backends.SecretService.Keyring"


def test_an_unreadable_file_does_not_lose_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set("coach_name", "Anouk de Vries")
    path.write_text("{ not json")  # damaged behind the app's back
    settings.set("lock_minutes", 5)
    assert json.loads(path.read_text())["values"] == {"coach_name": "Anouk de Vries",
                                                      "lock_minutes": 5}
