"""The quick D-Bus read of a Secret Service entry (store/secret_service.py) gives what keyring's
SecretService backend gives, or None, never a wrong secret: a real GNOME Keyring in a private
D-Bus session and home. And the keyring configuration file is found where keyring finds it,
without importing keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vrac_desktop.store import keys

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import json, os, sys
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from keyring.backends.SecretService import Keyring
    from vrac_desktop.store.secret_service import read_password

    backend = Keyring()
    backend.set_password("vrac-desktop", "database-key:a", "00ff" * 16)
    backend.set_password("vrac-desktop", "database-key:b", "clé à l'école")
    backend.set_password("another-app", "database-key:c", "not ours")
    asked = [("vrac-desktop", "database-key:a"), ("vrac-desktop", "database-key:b"),
             ("vrac-desktop", "database-key:c"), ("another-app", "database-key:a"),
             ("vrac-desktop", "database-key:none")]
    out = {"quick": [read_password(*pair) for pair in asked],
           "keyring": [backend.get_password(*pair) for pair in asked]}

    # Lock the collection, as after the screen was locked: the quick read gives nothing
    # (keyring is then asked, and it can prompt).
    bus = open_dbus_connection()
    service = DBusAddress("/org/freedesktop/secrets", bus_name="org.freedesktop.secrets",
                          interface="org.freedesktop.Secret.Service")
    bus.send_and_get_reply(new_method_call(
        service, "Lock", "ao", (["/org/freedesktop/secrets/aliases/default"],)))
    out["locked"] = read_password("vrac-desktop", "database-key:a")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    out["no bus"] = read_password("vrac-desktop", "database-key:a")
    print(json.dumps(out))
""")


def test_the_quick_read_gives_what_keyring_gives_or_nothing(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "PATH": os.environ["PATH"], "LANG": "C.UTF-8",
           "PYTHONPATH": str(ROOT), "CHILD": CHILD, "PYTHON": sys.executable}
    session = ("printf 'test keyring password' | "
               "gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
               '"$PYTHON" -c "$CHILD"')
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", session], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.splitlines()[-1])
    assert out["quick"] == out["keyring"]
    assert out["quick"] == ["00ff" * 16, "clé à l'école", None, None, None]
    assert out["locked"] is None
    assert out["no bus"] is None


@pytest.mark.parametrize("xdg", [None, "", "elsewhere"])
def test_the_keyring_configuration_is_found_where_keyring_looks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str | None) -> None:
    from keyring.util import platform_

    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / xdg) if xdg else "")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    expected = Path(platform_.config_root()) / "keyringrc.cfg"
    assert Path(keys._keyring_config_file()) == expected
    assert not keys._keyring_configured()
    expected.parent.mkdir(parents=True)
    expected.write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n")
    assert keys._keyring_configured()
