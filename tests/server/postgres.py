"""A real, throw-away PostgreSQL server for the test session.

Started once per session on a temporary data folder, listening on 127.0.0.1 only, on a free
port, with password (SCRAM) authentication; stopped and removed at the end. PostgreSQL
refuses to run as root, so as root it runs as the ``vractest`` system user (created when
missing). Debian keeps the server binaries in /usr/lib/postgresql/<major>/bin, not on the
PATH; both places are searched.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

RUN_AS = "vractest"
SUPERUSER = "vrac"
PASSWORD = "test-only-password-Kq7"


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    datadir: Path
    port: int
    run_as: str | None

    def url(self, database: str = "postgres", *, with_password: bool = True) -> str:
        auth = f"{SUPERUSER}:{PASSWORD}" if with_password else SUPERUSER
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(a) for a in args]
        return ["runuser", "-u", self.run_as, "--", *cmd] if self.run_as else cmd

    def stop(self) -> None:
        subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "stop", "-D", str(self.datadir),
                                 "-m", "fast", "-w"),
                       capture_output=True, check=False, timeout=60)
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def _ensure_user() -> str:
    import pwd

    with contextlib.suppress(KeyError):
        pwd.getpwnam(RUN_AS)
        return RUN_AS
    result = subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                             "/usr/sbin/nologin", RUN_AS], capture_output=True, text=True)
    if result.returncode != 0:
        return "nobody"
    return RUN_AS


def start(tls: tuple[bytes, bytes] | None = None) -> PostgresServer:
    """``tls``: (certificate PEM, key PEM) to serve TLS with (ssl=on); else plain TCP."""
    initdb = find_binary("initdb")
    if initdb is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb) not found")
    bindir = Path(initdb).resolve().parent
    run_as = _ensure_user() if os.geteuid() == 0 else None
    # Not under pytest's tmp folder: that one is mode 0700 for root, the server user must enter.
    base = Path(tempfile.mkdtemp(prefix="vrac-pg-"))
    datadir = base / "data"
    pwfile = base / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if run_as:
        shutil.chown(base, user=run_as)
        shutil.chown(pwfile, user=run_as)
    subprocess.run(
        [*(["runuser", "-u", run_as, "--"] if run_as else []), str(bindir / "initdb"),
         "-D", str(datadir), "-U", SUPERUSER, f"--pwfile={pwfile}", "--auth=scram-sha-256",
         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        check=True, capture_output=True, timeout=120,
    )
    pwfile.unlink()
    port = _free_port()
    server = PostgresServer(bindir, datadir, port, run_as)
    options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
               f"-c unix_socket_directories={base} -c fsync=off -c max_connections=60")
    if tls is not None:
        cert, key = base / "server.crt", base / "server.key"
        cert.write_bytes(tls[0])
        key.write_bytes(tls[1])
        key.chmod(0o600)
        if run_as:
            shutil.chown(cert, user=run_as)
            shutil.chown(key, user=run_as)
        options += f" -c ssl=on -c ssl_cert_file={cert} -c ssl_key_file={key}"
    result = subprocess.run(
        server._cmd(str(bindir / "pg_ctl"), "start", "-D", str(datadir), "-w", "-t", "60",
                    "-o", options, "-l", str(base / "server.log")),
        capture_output=True, text=True, timeout=90,
    )
    if result.returncode != 0:
        log = (base / "server.log").read_text(errors="replace") if (
            base / "server.log").exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")
    return server
