"""The operator's CLI end to end, and a coach joining and syncing from the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from tests.factories import sample_plan
from tests.server.conftest import _drop_coach_roles
from tests.server.postgres import PASSWORD
from vrac_desktop.services.families import create_family
from vrac_desktop.services.plans import save_plan_version
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths


def test_operator_sets_up_a_server_and_a_coach_joins_from_the_cli(
        tmp_path: Path, new_server_db: Callable[[], tuple[str, Database]]) -> None:
    url, server = new_server_db()
    bare = url.replace(f":{PASSWORD}@", "@")
    operator_dir, coach_dir = tmp_path / "operator", tmp_path / "coach"
    env = {**os.environ, "PGPASSWORD": PASSWORD}  # the operator's password, libpq's way

    def cli(data: Path, *args: str, environ: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir",
                               str(data), *args], capture_output=True, text=True,
                              env=environ or dict(os.environ), timeout=180)

    try:
        init = cli(operator_dir, "server", "init", bare, environ=env)
        assert init.returncode == 0, init.stderr
        assert "row-level security on" in init.stdout and "plan_versions" in init.stdout
        assert PASSWORD not in (operator_dir / "settings.json").read_text()
        assert cli(operator_dir, "server", "add-team", "noord", environ=env).returncode == 0
        added = cli(operator_dir, "server", "add-coach", "anna", "--team", "noord",
                    environ=env)
        assert added.returncode == 0, added.stderr
        code = next(line for line in added.stdout.splitlines()
                    if line.startswith("VRACJOIN1-"))
        key_code = added.stdout.rsplit("the key code: ", 1)[1].strip()
        bad = cli(operator_dir, "server", "add-coach", "Robert'); DROP", "--team", "noord",
                  environ=env)
        assert bad.returncode == 2 and "not a usable coach account name" in bad.stderr

        db = open_local(DataPaths(coach_dir))
        family, _ = create_family(db, display_name="Goossens", actor="anna")
        save_plan_version(db, family_id=family.id, content=sample_plan(), actor="anna")
        db.dispose()
        without = cli(coach_dir, "sync", "--join", code)
        assert without.returncode == 2 and "type the key code" in without.stderr
        joined = cli(coach_dir, "sync", "--join", code, "--key-code", key_code)
        assert joined.returncode == 0, joined.stdout + joined.stderr
        assert "Joined team noord" in joined.stdout and "Synced 1 families" in joined.stdout
        with server.engine.connect() as conn:  # the team key encrypted it before it left
            name = conn.execute(text("SELECT display_name FROM families")).scalar_one()
            assert name.startswith("vrac-e1:") and "Goossens" not in name
        settings = (coach_dir / "settings.json").read_text()
        assert "noord" in settings and "VRACJOIN1" not in settings
        again = cli(coach_dir, "sync")
        assert again.returncode == 0 and "Synced 0 families" in again.stdout
        status = cli(coach_dir, "sync", "--status")
        assert "Families with changes to send: 0" in status.stdout

        teams = cli(operator_dir, "server", "teams", environ=env)
        assert "noord\t1 families\tcoaches: anna" in teams.stdout
        fingerprint = teams.stdout.split("certificate ", 1)[1].split("\t", 1)[0]
        removed = cli(operator_dir, "server", "remove-coach", "anna", "--team", "noord",
                      environ=env)
        assert removed.returncode == 0 and "removed from noord" in removed.stdout
        cut = cli(coach_dir, "sync")
        # Logs in, sees nothing of the team now, and cannot send to it.
        assert cut.returncode == 1 and "0 received" in cut.stdout
        assert "your account is not (or no longer) in its team" in cut.stdout
        revoked = cli(operator_dir, "server", "revoke-certificate", fingerprint[:16],
                      environ=env)
        assert "Revoked 1" in revoked.stdout
        with server.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM team_certificates WHERE revoked_at "
                                     "IS NOT NULL")).scalar_one() == 1
    finally:
        _drop_coach_roles(server)


def test_remember_password_reads_stdin_headless_in_passphrase_mode(
        tmp_path: Path, new_server_db: Callable[[], tuple[str, Database]]) -> None:
    url, _ = new_server_db()
    bare = url.replace(f":{PASSWORD}@", "@")
    data = tmp_path / "pp"
    env = {k: v for k, v in os.environ.items() if k != "VRAC_TEST_KEYRING_FILE"}
    env["VRAC_PASSPHRASE"] = "a long passphrase here"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no secure keyring
    done = subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(data),
                           "sync", "--server", bare, "--team", "t", "--remember-password"],
                          input=PASSWORD + "\n", capture_output=True, text=True, env=env,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    again = subprocess.run([sys.executable, "-m", "vrac_desktop.cli", "--data-dir", str(data),
                            "sync"], capture_output=True, text=True, env=env, timeout=180)
    assert again.returncode == 0, again.stderr  # remembered inside the encrypted database
    for path in data.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
