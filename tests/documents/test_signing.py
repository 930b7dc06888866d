"""PAdES signature on the PDF, detached CMS on the .docx, and ``vrac-desktop verify``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel

from tests.documents.conftest import ExportFn
from vrac_desktop.cli import main
from vrac_desktop.documents.verify import _validation_context, verify_file
from vrac_desktop.services.exports import PlanMatch, find_plan_version
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.signing_keys import (
    SigningIdentity,
    make_self_signed,
    signing_identity,
    trusted_certificates,
)

BIN = Path(sys.executable).parent


def flipped(data: bytes, index: int) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 0x01
    return bytes(changed)


def positions(data: bytes, marker: bytes) -> list[int]:
    """Bytes spread over the whole file plus every region that is special in a signed PDF:
    the header, the /Contents hex string (its first digits and its zero padding), the
    /ByteRange numbers, the trailer and the very last byte."""
    size = len(data)
    spots = list(range(0, size, max(size // 60, 1))) + [0, 5, size - 1, size - 10]
    contents = data.rfind(b"/Contents <")
    if contents >= 0:
        start = contents + len(b"/Contents <")
        end = data.index(b">", start)
        spots += [start, start + 1, start + 200, end - 1, end - 50, end]
    byte_range = data.rfind(b"/ByteRange")
    if byte_range >= 0:
        spots += [byte_range + 12, byte_range + 16]
    spots.append(data.rfind(marker))
    return sorted({s for s in spots if 0 <= s < size})


def test_pyhanko_says_intact_valid_trusted_and_covering_the_whole_file(
        export: ExportFn, identity: SigningIdentity) -> None:
    out = export()
    with out.pdf.open("rb") as fh:
        sig = PdfFileReader(fh).embedded_signatures[0]
        status = validate_pdf_signature(sig, _validation_context([identity.certificate]))
        assert status.intact and status.valid and status.trusted
        assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE
        assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
        assert "Plan approved by the family on 24 November 2026" in str(sig.sig_object["/Reason"])
        assert sig.sig_object["/Name"] == "Coach Anna"


def test_pyhanko_command_line_judges_it_valid(export: ExportFn, paths: DataPaths) -> None:
    pyhanko = shutil.which("pyhanko", path=str(BIN))
    assert pyhanko, "pyhanko-cli is a test dependency"
    out = export()
    cert = paths.root / "signing" / "coach.pem"
    result = subprocess.run(
        [pyhanko, "sign", "validate", "--pretty-print", "--trust-replace", "--trust", str(cert),
         str(out.pdf)], capture_output=True, text=True, check=False)
    assert "The signature covers the entire file." in result.stdout, result.stdout
    assert "judged VALID" in result.stdout


def test_openssl_accepts_the_detached_docx_signature(export: ExportFn, paths: DataPaths
                                                     ) -> None:
    out = export()
    cert = paths.root / "signing" / "coach.pem"
    p7s = out.docx.with_name(out.docx.name + ".p7s")
    cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(p7s),
           "-content", str(out.docx), "-CAfile", str(cert), "-purpose", "any",
           "-out", "/dev/null"]
    ok = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    out.docx.write_bytes(flipped(out.docx.read_bytes(), 100))
    bad = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert bad.returncode != 0


def test_verify_accepts_both_files_and_finds_the_plan_in_the_database(
        export: ExportFn, paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    out = export()
    for path in (out.pdf, out.docx):
        result = verify_file(path, trusted=trusted_certificates(paths),
                             lookup=lambda h, f: find_plan_version(db, plan_hash=h,
                                                                   family_id=f))
        assert result.valid, result.problems
        assert result.plan_hash == out.result.plan_hash
        assert result.plan_found == "El Amrani, plan version 1"
        assert result.signer == "Coach Anna"
    db.dispose()
    assert main(["--data-dir", str(paths.root), "verify", str(out.pdf)]) == 0
    assert "VALID" in capsys.readouterr().out


def test_one_flipped_byte_anywhere_in_the_pdf_fails_verify(export: ExportFn, paths: DataPaths
                                                           ) -> None:
    out = export()
    data = out.pdf.read_bytes()
    trusted = trusted_certificates(paths)
    target = out.pdf.with_name("tampered.pdf")
    checked = positions(data, b"VRACPlanHash")
    assert len(checked) > 60
    for index in checked:
        target.write_bytes(flipped(data, index))
        result = verify_file(target, trusted=trusted)
        assert not result.valid, f"byte {index} ({data[index - 10:index + 10]!r}) changed"
        assert result.problems


def test_one_flipped_byte_anywhere_in_the_docx_fails_verify(export: ExportFn, paths: DataPaths
                                                            ) -> None:
    out = export()
    data = out.docx.read_bytes()
    trusted = trusted_certificates(paths)
    signature = out.docx.with_name(out.docx.name + ".p7s").read_bytes()
    target = out.docx.with_name("tampered.docx")
    target.with_name("tampered.docx.p7s").write_bytes(signature)
    for index in sorted({*range(0, len(data), max(len(data) // 60, 1)), len(data) - 1}):
        target.write_bytes(flipped(data, index))
        result = verify_file(target, trusted=trusted)
        assert not result.valid
        assert any(p.startswith("modified after signing") for p in result.problems)


def test_verify_command_fails_on_a_tampered_file(export: ExportFn, paths: DataPaths,
                                                 db: Database,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = export()
    data = out.pdf.read_bytes()
    middle = len(data) // 3
    out.pdf.write_bytes(flipped(data, middle))
    db.dispose()
    assert main(["--data-dir", str(paths.root), "verify", str(out.pdf)]) == 1
    text = capsys.readouterr().out
    assert "INVALID" in text and "modified after signing" in text


def test_unknown_signer_and_wrong_hash_are_named(export: ExportFn, tmp_path: Path,
                                                 paths: DataPaths) -> None:
    out = export()
    stranger = verify_file(out.pdf, trusted=[make_self_signed("Someone else")[1]])
    assert not stranger.valid
    assert any(p.startswith("unknown signer: Coach Anna") for p in stranger.problems)
    forged = verify_file(out.docx, trusted=trusted_certificates(paths),
                         lookup=lambda _h, _f: PlanMatch(None, True))
    assert not forged.valid
    assert any(p.startswith("wrong hash") for p in forged.problems)
    elsewhere = verify_file(out.pdf, trusted=trusted_certificates(paths),
                            lookup=lambda _h, _f: PlanMatch(None, False))
    assert elsewhere.valid
    assert any("does not hold the family" in n for n in elsewhere.notes)


def test_signing_certificate_is_made_once_and_reused(paths: DataPaths) -> None:
    from cryptography import x509

    first = signing_identity(paths, coach_name="Coach Anna")
    again = signing_identity(paths, coach_name="Someone Else")
    assert first.certificate == again.certificate
    usage = first.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert first.certificate.public_key().curve.name == "secp256r1"  # type: ignore[union-attr]
    # The PKCS#12 file is encrypted: the password from the keyring is needed to open it.
    from cryptography.hazmat.primitives.serialization import pkcs12

    raw = (paths.root / "signing" / "coach.p12").read_bytes()
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(raw, None)


def test_organisation_certificate_takes_over_after_import(paths: DataPaths) -> None:
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        pkcs12,
    )

    from vrac_desktop.store.signing_keys import SigningKeyError, import_organisation

    key, cert = make_self_signed("PIT Leiden")
    p12 = pkcs12.serialize_key_and_certificates(
        b"org", key, cert, None, BestAvailableEncryption(b"org-secret"))
    signing_identity(paths, coach_name="Coach Anna")
    with pytest.raises(SigningKeyError, match="nothing was imported"):
        import_organisation(paths, data=p12, password=b"wrong")
    import_organisation(paths, data=p12, password=b"org-secret")
    now = signing_identity(paths, coach_name="Coach Anna")
    assert now.source == "organisation" and now.signer_name == "PIT Leiden"
    assert cert in trusted_certificates(paths)


def test_passphrase_mode_derives_the_signing_password_from_the_database_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vrac_desktop.store.database import open_local
    from vrac_desktop.store.errors import PassphraseRequiredError

    monkeypatch.delenv("VRAC_TEST_KEYRING_FILE")
    monkeypatch.setattr("vrac_desktop.store.keys.secure_keyring", lambda: None)
    paths = DataPaths(tmp_path / "pp")
    open_local(paths, "correct horse battery").dispose()
    with pytest.raises(PassphraseRequiredError):
        signing_identity(paths, coach_name="Coach Anna")
    made = signing_identity(paths, coach_name="Coach Anna", passphrase="correct horse battery")
    again = signing_identity(paths, coach_name="Coach Anna", passphrase="correct horse battery")
    assert made.certificate == again.certificate
    from vrac_desktop.store.signing_keys import SigningKeyError

    with pytest.raises(SigningKeyError):
        signing_identity(paths, coach_name="Coach Anna", passphrase="wrong passphrase!")


def test_find_plan_version_tells_a_wrong_hash_from_an_unknown_family(
        db: Database, family_plan: tuple[str, object]) -> None:
    family_id, _ = family_plan
    assert find_plan_version(db, plan_hash="0" * 64, family_id=family_id) == PlanMatch(None, True)
    assert find_plan_version(db, plan_hash="0" * 64, family_id="x") == PlanMatch(None, False)


def test_a_docx_damaged_in_its_zip_directory_is_reported_not_crashing(
        export: ExportFn, paths: DataPaths) -> None:
    """Found by CI: a flipped byte in a zip offset made zipfile raise ValueError."""
    import struct

    out = export()
    data = bytearray(out.docx.read_bytes())
    # Claim the central directory starts 16 MiB further on than it does: zipfile then
    # computes negative positions for every member.
    end = data.rfind(b"PK\x05\x06")
    (offset,) = struct.unpack_from("<I", data, end + 16)
    struct.pack_into("<I", data, end + 16, offset + 0x1000000)
    target = out.docx.with_name("damaged.docx")
    target.write_bytes(bytes(data))
    target.with_name("damaged.docx.p7s").write_bytes(
        out.docx.with_name(out.docx.name + ".p7s").read_bytes())
    result = verify_file(target, trusted=trusted_certificates(paths))
    assert not result.valid
    assert any("modified after signing" in p for p in result.problems)
