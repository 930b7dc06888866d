"""The tests' keyring: a real file-backed backend (keyrings.alt's PlaintextKeyring format)
in each test's temporary folder, selected through keyring's own configuration, never by the
product: ``keyring.set_keyring`` in tests/conftest.py for the test process, and
``PYTHON_KEYRING_BACKEND=tests.keyring_backend.TestFileKeyring`` (with the repository on
``PYTHONPATH``) for the app processes the tests start.

The file is named by ``VRAC_TEST_KEYRING_FILE`` — read here, in the tests, not by the app.
Without that variable the backend reports priority 0, which the app treats as "no secure
keyring" (the passphrase path), so a test can take the keyring away by unsetting it.
"""

from __future__ import annotations

import os
from pathlib import Path

from keyring.errors import KeyringError
from keyrings.alt.file import PlaintextKeyring

FILE_ENV = "VRAC_TEST_KEYRING_FILE"
BACKEND = f"{__name__}.TestFileKeyring"
ROOT = Path(__file__).resolve().parents[1]


class TestFileKeyring(PlaintextKeyring):  # type: ignore[misc]
    __test__ = False  # not a pytest test class

    @property  # type: ignore[override]
    def priority(self) -> float:
        return 1.0 if os.environ.get(FILE_ENV) else 0.0

    @property  # type: ignore[override]
    def file_path(self) -> str:
        path = os.environ.get(FILE_ENV)
        if not path:
            raise KeyringError("the test keyring is switched off (no VRAC_TEST_KEYRING_FILE)")
        return path


def child_environment(keyring_file: str | os.PathLike[str] | None,
                      base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for an app process started by a test or a bench script: this
    backend, its file (None: no keyring), and the repository importable."""
    env = dict(os.environ if base is None else base)
    env["PYTHON_KEYRING_BACKEND"] = BACKEND
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    if keyring_file is None:
        env.pop(FILE_ENV, None)
    else:
        env[FILE_ENV] = str(keyring_file)
    return env


def use_in_process(keyring_file: str | os.PathLike[str] | None) -> None:
    """Select this backend in the current process (bench scripts, tools) with ``file``."""
    import keyring

    if keyring_file is None:
        os.environ.pop(FILE_ENV, None)
    else:
        os.environ[FILE_ENV] = str(keyring_file)
    os.environ["PYTHON_KEYRING_BACKEND"] = BACKEND
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    keyring.set_keyring(TestFileKeyring())
