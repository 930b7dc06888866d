"""User settings: one typed registry, stored as JSON in the data folder.

Each setting is declared once in ``REGISTRY`` with its type and default; reading an unknown
key is a programming error, a stored value of the wrong type falls back to the default.
Secrets never go here (they go to the keyring). ``SCHEMA_VERSION`` and ``MIGRATIONS``
upgrade an older file on load.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from vrac_desktop.store.files import write_atomically

SCHEMA_VERSION = 1


# A NamedTuple, not a dataclass: this module is on the first screen's path, where each
# dataclass took 0.2-0.6 ms to define (tests/gui/test_startup_imports.py).
class Setting(NamedTuple):
    key: str
    type: type
    default: Any
    doc: str


REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("ui_language", str, "", "UI language (en/nl/fr); empty: follow the system"),
        Setting("coach_name", str, "", "Name recorded as author of saved versions"),
        Setting("organisation_name", str, "", "Organisation named on exported documents"),
        Setting("organisation_logo", str, "", "PNG logo file printed on exported documents"),
        Setting("signing_location", str, "", "Place recorded in document signatures"),
        Setting("timestamp_url", str, "",
                "RFC 3161 timestamp authority (http(s) URL); empty: signatures are not "
                "timestamped (PAdES B-B)"),
        Setting("lock_minutes", int, 10, "Lock after this many idle minutes (0: never)"),
        Setting("autosave_seconds", int, 5, "Autosave the meeting draft this often"),
        Setting("family_font_pt", int, 32, "Type size of the family view"),
        Setting("drafts_seen_until", str, "",
                "Newest meeting draft the coach kept on purpose (not offered back at start)"),
        Setting("window_geometry", str, "", "Main window size and place (Qt, base64)"),
        Setting("keyring_backend", str, "",
                "The OS keyring backend that gave the database key last time (store/keys.py)"),
        Setting("show_closed_families", bool, False, "List closed families too"),
        Setting("backup_keep", int, 10, "Automatic backups to keep (oldest removed first)"),
        Setting("backup_every_hours", int, 24, "Make an automatic backup this often (0: never)"),
        Setting("retention_years", int, 20,
                "Remind to erase a family this many years after it was closed (0: never)"),
        Setting("server_url", str, "",
                "Team server, postgresql://user@host/database[?sslmode=...] (no password)"),
        Setting("server_team", str, "", "The coach's team on the team server"),
        Setting("server_ca", str, "",
                "CA certificate (PEM file) the team server's TLS certificate must chain to"),
        Setting("server_admin_url", str, "",
                "Operator: the team server `server init` set up (no password)"),
    )
}

MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        self._values = self._read() or {}

    def _read(self) -> dict[str, Any] | None:
        """The values stored in the file now, or None when it is missing or unreadable."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        version = data.get("schema_version", SCHEMA_VERSION)
        while isinstance(version, int) and version < SCHEMA_VERSION:
            data = MIGRATIONS[version](data)
            version += 1
        values = data.get("values", {})
        return values if isinstance(values, dict) else None

    def get(self, key: str) -> Any:
        setting = REGISTRY[key]
        value = self._values.get(key, setting.default)
        if not isinstance(value, setting.type) or (setting.type is int and isinstance(value, bool)):
            return setting.default
        return value

    def set(self, key: str, value: Any) -> None:
        setting = REGISTRY[key]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {key} takes {setting.type.__name__}")
        # Several Settings of one file live side by side (the app's, the key's, a dialog's):
        # write this one value over what the file holds now, so that a value another one
        # wrote since this one was read is kept, not overwritten with an old copy.
        stored = self._read()
        if stored is not None:
            self._values = stored
        self._values[key] = value
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = {"schema_version": SCHEMA_VERSION, "values": self._values}
        write_atomically(self.path, json.dumps(payload, indent=1, sort_keys=True).encode())
