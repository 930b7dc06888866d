"""Organisation certificates and timestamps: a throwaway CA issues a coach's certificate,
documents signed with it verify anywhere the CA is trusted, and a local RFC 3161 server
timestamps them (PAdES B-T/B-LT)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature

from tests.documents.conftest import ExportFn
from tests.documents.pki import ORGANISATION, Issued, issue, make_ca, pkcs12_of, timestamp_server
from tests.documents.test_signing import positions
from vrac_desktop.cli import main
from vrac_desktop.documents.sign import B_B, B_LT
from vrac_desktop.documents.verify import _validation_context, verify_file
from vrac_desktop.domain.model import PlanContent
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.signing_keys import (
    SigningKeyError,
    certificate_in_use,
    import_organisation,
    organisation_cas,
    signing_identity,
)

BIN = Path(sys.executable).parent
PASSWORD = b"organisation secret"


def flipped(data: bytes, index: int) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 0x01
    return bytes(changed)


@pytest.fixture
def ca() -> Issued:
    return make_ca()


@pytest.fixture
def coach_p12(ca: Issued, tmp_path: Path) -> Path:
    path = tmp_path / "anna.p12"
    path.write_bytes(pkcs12_of(issue(ca, "Anna de Vries"), ca, PASSWORD))
    return path


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch | None = None, stdin: str = "") -> tuple[int, str]:
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_ca_issued_coach_certificate_signs_and_verifies_on_a_fresh_data_folder(
        db: Database, family_plan: tuple[str, PlanContent], paths: DataPaths, ca: Issued,
        coach_p12: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db.dispose()
    base = ["--data-dir", str(paths.root)]
    code, out = _cli([*base, "signing", "import", str(coach_p12)], capsys, monkeypatch,
                     PASSWORD.decode() + "\n")
    assert code == 0, out
    assert "Documents are now signed by Anna de Vries" in out
    pdf, docx = tmp_path / "plan.pdf", tmp_path / "plan.docx"
    code, out = _cli([*base, "export", "plan", "REF-17", "--pdf", str(pdf), "--docx", str(docx)],
                     capsys)
    assert code == 0, out
    assert "signed by Anna de Vries, PAdES B-B" in out
    # the organisation's CA certificate, as the coach hands it to a school or a court
    ca_pem = tmp_path / "ca.pem"
    assert _cli([*base, "signing", "export-ca", str(ca_pem)], capsys)[0] == 0
    assert ca_pem.read_bytes() == ca.pem

    pyhanko = shutil.which("pyhanko", path=str(BIN))
    assert pyhanko, "pyhanko-cli is a test dependency"
    checked = subprocess.run([pyhanko, "sign", "validate", "--pretty-print", "--trust-replace",
                              "--trust", str(ca_pem), str(pdf)],
                             capture_output=True, text=True, check=False)
    assert "judged VALID" in checked.stdout, checked.stdout

    fresh = ["--data-dir", str(tmp_path / "school")]
    code, out = _cli([*fresh, "verify", str(pdf)], capsys)
    assert code == 1 and "unknown signer: Anna de Vries (Stichting Jeugdhulp Leiden)" in out
    assert "issued by Jeugdhulp Leiden Root CA" in out
    assert _cli([*fresh, "signing", "trust-ca", str(ca_pem)], capsys)[0] == 0
    for path in (pdf, docx):
        code, out = _cli([*fresh, "verify", str(path)], capsys)
        assert code == 0, out
        assert f"VALID: {path}" in out
        assert f"signed by Anna de Vries of {ORGANISATION}" in out
        assert "certificate issued by Jeugdhulp Leiden Root CA" in out

    tampered = tmp_path / "tampered.pdf"
    data = pdf.read_bytes()
    tampered.write_bytes(flipped(data, len(data) // 3))
    code, out = _cli([*fresh, "verify", str(tampered)], capsys)
    assert code == 1
    problems = [line for line in out.splitlines() if line.startswith("  - ")
                and not line.startswith("  - document:")
                and "not checked against a database" not in line]
    assert problems and all("modified after signing" in line for line in problems), out
    # Anywhere in the file, the signature's certificates included (they are outside what
    # the signature covers): "modified", and nothing else.
    trusted = [ca.cert]
    for index in positions(data, b"/VRACPlanHash"):
        tampered.write_bytes(flipped(data, index))
        report = verify_file(tampered, trusted=trusted)
        assert report.problems, index
        assert all(p.startswith("modified after signing") for p in report.problems), \
            (index, report.problems)
    cms_start = data.rfind(b"/Contents <") + len(b"/Contents <")
    ca_hex = ca.cert.public_bytes(serialization.Encoding.DER).hex().upper().encode()
    assert data.find(ca_hex, cms_start) < 0  # roots stay out of the signature: nothing to alter
    anna = x509.load_pem_x509_certificates((paths.root / "signing" / "organisation.pem")
                                           .read_bytes())[0]
    anna_hex = anna.public_bytes(serialization.Encoding.DER).hex().upper().encode()
    inside = data.find(anna_hex, cms_start)
    assert inside > 0  # the signer's certificate travels in the signature
    for spot in (inside + 200, inside + len(anna_hex) - 12):  # its name, its signature value
        tampered.write_bytes(flipped(data, spot))
        problems = verify_file(tampered, trusted=trusted).problems
        assert problems and all(p.startswith("modified after signing") for p in problems), \
            (spot, problems)


def test_a_tampered_file_of_this_installation_is_modified_not_unknown(
        export: ExportFn, paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    out = export()
    data = out.pdf.read_bytes()
    for index in (len(data) // 4, len(data) // 2):
        out.pdf.write_bytes(flipped(data, index))
        code, text = _cli(["--data-dir", str(paths.root), "verify", str(out.pdf)], capsys)
        assert code == 1
        assert "modified after signing" in text
        assert "unknown signer" not in text, text


def test_expired_and_unknown_ca_are_told_apart(ca: Issued, paths: DataPaths, tmp_path: Path,
                                               export: ExportFn) -> None:
    stranger = make_ca("Some Other CA", "Other organisation")
    # a certificate that expired yesterday signs through the real renderer
    old = issue(ca, "Old Coach", start=datetime.now(UTC) - timedelta(days=40), days=39)
    elsewhere = DataPaths(tmp_path / "old")
    import_organisation(elsewhere, data=pkcs12_of(old, ca, PASSWORD), password=PASSWORD,
                        now=datetime.now(UTC) - timedelta(days=10))
    with pytest.raises(SigningKeyError, match="expired on"):
        signing_identity(elsewhere, coach_name="x")
    out = export()
    report = verify_file(out.pdf, trusted=[stranger.cert])
    assert not report.valid
    assert report.problems[0].startswith("unknown signer: Coach Anna")
    assert "a certificate it made itself" in report.problems[0]


def test_import_refuses_an_expired_certificate_and_changes_nothing(
        ca: Issued, paths: DataPaths) -> None:
    old = issue(ca, "Old Coach", start=datetime.now(UTC) - timedelta(days=40), days=39)
    with pytest.raises(SigningKeyError, match="expired on .* nothing was imported"):
        import_organisation(paths, data=pkcs12_of(old, ca, PASSWORD), password=PASSWORD)
    assert certificate_in_use(paths) is None
    assert organisation_cas(paths) == []
    with pytest.raises(SigningKeyError, match="not a certificate authority"):
        from vrac_desktop.store.signing_keys import add_organisation_ca
        add_organisation_ca(paths, old.pem)
    assert organisation_cas(paths) == []


def test_signature_made_while_valid_by_a_since_expired_certificate(
        ca: Issued, tmp_path: Path) -> None:
    """Signed (no timestamp) with a certificate whose validity has ended: "expired"."""
    from vrac_desktop.documents.model import DocumentMeta
    from vrac_desktop.documents.pdf_render import ensure_gui_app
    from vrac_desktop.documents.sign import SignatureDetails, sign_pdf_document
    from vrac_desktop.store.signing_keys import SigningIdentity

    ensure_gui_app()
    old = issue(ca, "Old Coach", start=datetime.now(UTC) - timedelta(days=40), days=39)
    p12 = pkcs12_of(old, ca, PASSWORD)
    identity = SigningIdentity("organisation", old.cert, old.key, (ca.cert,), p12, PASSWORD)
    pdf = tmp_path / "old.pdf"
    meta = DocumentMeta(kind="plan", title="t", plan_hash="ab" * 32, plan_version=1,
                        family_id="f", family_copy=True, language="en", family_reference="R")
    pdf.write_bytes(sign_pdf_document(_blank_pdf(), identity, meta,
                                      SignatureDetails(reason="test")).data)
    report = verify_file(pdf, trusted=[ca.cert])
    assert [p.split(":")[0] for p in report.problems] == ["expired"], report.problems
    assert "Old Coach (Stichting Jeugdhulp Leiden) expired on" in report.problems[0]


def _blank_pdf() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawText(100, 100, "plan")
    painter.end()
    buffer.close()
    return bytes(data.data())


def test_local_timestamp_server_gives_a_b_lt_signature_pyhanko_validates(
        export: ExportFn, paths: DataPaths, tmp_path: Path) -> None:
    tsa_root = make_ca("Test Timestamp Root", "Test TSA")
    tsa = issue(tsa_root, "Test Timestamp Authority", organisation="Test TSA",
                timestamping=True)
    with timestamp_server(tsa, tsa_root) as url:
        out = export(timestamp_url=url)
    assert out.result.signature_level == B_LT and not out.result.timestamp_problem
    data = out.pdf.read_bytes()
    reader = PdfFileReader(io.BytesIO(data))
    assert "/DSS" in reader.root  # validation data embedded (B-LT)
    sig = reader.embedded_signatures[0]
    own = paths.root / "signing" / "coach.pem"
    from cryptography import x509
    trusted = [*x509.load_pem_x509_certificates(own.read_bytes()), tsa_root.cert]
    status = validate_pdf_signature(sig, _validation_context(trusted))
    assert status.intact and status.valid and status.trusted
    tst = status.timestamp_validity
    assert tst is not None and tst.intact and tst.valid and tst.trusted
    assert abs((tst.timestamp - datetime.now(UTC)).total_seconds()) < 120
    report = verify_file(out.pdf, trusted=trusted)
    assert report.valid, report.problems
    assert report.timestamp_authority == "Test Timestamp Authority"
    assert any(n.startswith("timestamped by Test Timestamp Authority") for n in report.notes)
    # after the DSS update one flipped byte in the signed part is still "modified"
    tampered = tmp_path / "t.pdf"
    tampered.write_bytes(flipped(data, len(data) // 5))
    assert verify_file(tampered, trusted=trusted).problems[0].startswith("modified")


def test_an_unreachable_timestamp_server_signs_b_b_and_says_why(export: ExportFn) -> None:
    out = export(timestamp_url="http://127.0.0.1:9/tsa")
    assert out.result.signature_level == B_B
    assert "no timestamp was added" in out.result.timestamp_problem
    assert verify_file(out.pdf, trusted=[]).signer == "Coach Anna"
