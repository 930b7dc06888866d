"""TLS to the team server with a throwaway certificate authority made here.

A second PostgreSQL serves TLS with a certificate for 127.0.0.1 signed by the team's CA. With
``verify-full`` (the default off this machine, and whenever a CA is configured or comes with
the join code), the right CA is accepted; a server certificate from another CA, or one that
does not name the host connected to, is refused with a clear message and nothing is sent.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.server import postgres as pg
from vrac_desktop.store.database import open_server
from vrac_desktop.store.server_connection import ServerCertificateError


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(cn: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC) - timedelta(minutes=5)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def server_cert(ca: tuple[ec.EllipticCurvePrivateKey, x509.Certificate]) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC) - timedelta(minutes=5)
    cert = (x509.CertificateBuilder().subject_name(_name("team server"))
            .issuer_name(ca[1].subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(ca[0], hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


def pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[tuple[pg.PostgresServer, Path, Path]]:
    if pg.find_binary("initdb") is None:
        pytest.skip("PostgreSQL server binaries not found")
    folder = tmp_path_factory.mktemp("tls")
    team_ca, other_ca = make_ca("Team CA"), make_ca("Some other CA")
    (folder / "team-ca.pem").write_text(pem(team_ca[1]))
    (folder / "other-ca.pem").write_text(pem(other_ca[1]))
    server = pg.start(tls=server_cert(team_ca))
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE vrac")
        yield server, folder / "team-ca.pem", folder / "other-ca.pem"
    finally:
        server.stop()


def test_verify_full_accepts_the_team_ca_and_refuses_another(
        tls_server: tuple[pg.PostgresServer, Path, Path]) -> None:
    server, team_ca, other_ca = tls_server
    url = server.url("vrac", with_password=False)
    db = open_server(url, pg.PASSWORD, ca_file=str(team_ca))  # verify-full with the team CA
    try:
        assert db.engine.url.query["sslmode"] == "verify-full"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                        "pg_backend_pid()").scalar_one() is True
    finally:
        db.dispose()
    with pytest.raises(ServerCertificateError, match="TLS certificate could not be checked") \
            as info:
        open_server(url, pg.PASSWORD, ca_file=str(other_ca))
    assert pg.PASSWORD not in str(info.value) and "Nothing was sent" in str(info.value)
    # The right CA, but the certificate does not name the host connected to.
    wrong_host = url.replace("127.0.0.1", "localhost")
    with pytest.raises(ServerCertificateError, match="localhost"):
        open_server(wrong_host, pg.PASSWORD, ca_file=str(team_ca))


def test_join_code_carries_the_ca_and_the_laptop_syncs_over_verified_tls(
        tls_server: tuple[pg.PostgresServer, Path, Path], tmp_path: Path) -> None:
    from tests.factories import sample_plan
    from vrac_desktop.services.families import create_family
    from vrac_desktop.services.plans import save_plan_version
    from vrac_desktop.services.sync import sync
    from vrac_desktop.services.sync_join import join_server
    from vrac_desktop.store import server_admin as admin
    from vrac_desktop.store.database import open_local
    from vrac_desktop.store.paths import DataPaths
    from vrac_desktop.store.provenance import Signer
    from vrac_desktop.store.server_credentials import remembered_password
    from vrac_desktop.store.signing_keys import signing_identity

    server, team_ca, _ = tls_server
    operator = open_server(server.url("vrac"), ca_file=str(team_ca))
    paths = DataPaths(tmp_path / "laptop")
    laptop = open_local(paths)
    try:
        admin.init_server(operator, ca_pem=team_ca.read_text())
        admin.add_team(operator, "tls-team")
        code = admin.add_coach(operator, "tina", team="tls-team")
        joined = join_server(laptop, paths=paths, code=code.encode(),
                             signer=Signer(signing_identity(paths, coach_name="Tina")))
        assert joined.ca_file is not None and joined.ca_file.read_text() == team_ca.read_text()
        family, _ = create_family(laptop, display_name="Over TLS", actor="tina")
        save_plan_version(laptop, family_id=family.id, content=sample_plan(), actor="tina")
        coach = open_server(joined.url, remembered_password(laptop, joined.url),
                            ca_file=str(joined.ca_file))
        try:
            assert coach.engine.url.query["sslmode"] == "verify-full"
            result = sync(laptop, coach, team="tls-team", actor="tina")
            assert not result.problems and result.families == 1
        finally:
            coach.dispose()
    finally:
        laptop.dispose()
        with operator.engine.begin() as conn:
            conn.exec_driver_sql('DROP OWNED BY "tina"')
            conn.exec_driver_sql('DROP ROLE "tina"')
            conn.exec_driver_sql('DROP OWNED BY "vrac_team_tls-team"')
            conn.exec_driver_sql('DROP ROLE "vrac_team_tls-team"')
        operator.dispose()
