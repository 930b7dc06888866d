"""The keyring backend that gave the database key is remembered (store/keys.py): the next start
loads it by name instead of trying every installed backend, which on a Linux desktop was 65 ms
of a 210 ms start, and reads a Secret Service entry over D-Bus without keyring at all
(store/secret_service.py). A real Secret Service (GNOME Keyring in a private D-Bus session),
no keyring chosen by environment or keyringrc: what a coach's desktop has. A remembered name
that no longer loads, or names an insecure backend, is passed over, and the key is still
found."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import hashlib, sys
    from pathlib import Path
    from vrac_desktop.store import keys
    from vrac_desktop.store.keys import REMEMBERED_BACKEND, obtain_key
    from vrac_desktop.store.paths import DataPaths
    from vrac_desktop.store.settings import Settings

    paths = DataPaths(Path(sys.argv[1]))
    remembered, _, how = sys.argv[2].partition("+")
    if remembered != "-":
        Settings(paths.settings).set(REMEMBERED_BACKEND, remembered)
    if how == "keyring-only":  # as when the quick D-Bus read cannot give the entry
        keys.read_password = lambda *args, **kwargs: None
    info = obtain_key(paths)
    if "keyring.backends.chainer" in sys.modules:
        found = "searched"  # keyring tried every backend
    elif "keyring" in sys.modules:
        found = "by-name"  # keyring loaded the remembered backend
    else:
        found = "d-bus"  # read over D-Bus, keyring not even imported
    print(info.mode, hashlib.sha256(info.key).hexdigest()[:16], found,
          Settings(paths.settings).get(REMEMBERED_BACKEND))
""")

SESSION = textwrap.dedent("""
    set -e
    printf 'test keyring password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    for remembered in "$@"; do
        "$PYTHON" -c "$CHILD" "$DATA" "$remembered"
    done
""")

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


def _session(tmp_path: Path, *remembered: str) -> list[list[str]]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    # A private home and D-Bus session: never the user's keyring; no PYTHON_KEYRING_BACKEND.
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "LANG": "C.UTF-8",
           "PYTHONPATH": os.pathsep.join((str(ROOT), str(home))), "PYTHON": sys.executable,
           "CHILD": CHILD,
           "DATA": str(tmp_path / "data")}
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", SESSION, "session",
                           *remembered], env=env, capture_output=True, text=True, timeout=180,
                          check=False)
    assert done.returncode == 0, done.stderr
    return [line.split() for line in done.stdout.splitlines()]


def test_the_backend_is_remembered_and_the_key_read_over_d_bus(tmp_path: Path) -> None:
    created, again, by_name = _session(tmp_path, "-", "-", "-+keyring-only")
    # A new folder: the key went to the Secret Service, found by keyring's search.
    assert created[0] == "keyring" and created[2] == "searched"
    assert created[3] == SECRET_SERVICE
    # The next start: the same key, read over D-Bus without importing keyring
    # (store/secret_service.py).
    assert again == [created[0], created[1], "d-bus", SECRET_SERVICE]
    # When that read gives nothing, keyring loads the remembered backend by its name.
    assert by_name == [created[0], created[1], "by-name", SECRET_SERVICE]


def test_a_remembered_backend_that_is_gone_or_insecure_is_passed_over(tmp_path: Path) -> None:
    created, gone, plaintext, fine = _session(
        tmp_path, "-", "keyring.backends.Gone.Keyring", "keyrings.alt.file.PlaintextKeyring",
        "-")
    key = created[1]
    # Each time the key is found by keyring's search, and the right backend remembered.
    assert gone == ["keyring", key, "searched", SECRET_SERVICE]
    assert plaintext == ["keyring", key, "searched", SECRET_SERVICE]
    assert fine == ["keyring", key, "d-bus", SECRET_SERVICE]


def test_a_name_outside_the_keyring_packages_is_never_imported(tmp_path: Path) -> None:
    marker = tmp_path / "imported"
    module = tmp_path / "home" / "evil.py"  # importable: the home is on the path
    module.parent.mkdir(parents=True)
    module.write_text(f"open({str(marker)!r}, 'w').close()\nclass Keyring: priority = 9\n")
    created, evil = _session(tmp_path, "-", "evil.Keyring")
    assert evil == ["keyring", created[1], "searched", SECRET_SERVICE]
    assert not marker.exists()
