"""Exporting signed documents from the GUI: the export dialog (copy, files, Documents folder,
a name in the family's language), no second passphrase prompt, Open / Show in folder,
Print of the family copy, Preferences → Signing, and the GDPR archive's signed documents."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tests.documents.pki import issue, make_ca, pkcs12_of
from tests.gui.test_wiring import make_window, seeded
from vrac_desktop.documents.verify import verify_file
from vrac_desktop.store.database import Database, open_local
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings
from vrac_desktop.store.signing_keys import organisation_cas, trusted_certificates

from vrac_desktop.gui.export_dialog import ExportDialog, documents_folder, suggested_name
from vrac_desktop.gui.main_window import MainWindow
from vrac_desktop.gui.preferences import PreferencesDialog


def wait_for_export(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.data.tasks, timeout=120_000)


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_export_dialog_starts_in_documents_with_a_name_in_the_family_language(
        qtbot: Any, tmp_path: Path) -> None:
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    assert documents_folder() == documents
    dialog = ExportDialog(kind="plan", family_name="El Amrani", language="nl")
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()) == documents / "El Amrani – gezinsplan – gezinsexemplaar.pdf"
    dialog.professional_copy.setChecked(True)
    dialog.both.setChecked(True)
    assert Path(dialog.path.text()).name == \
        "El Amrani – gezinsplan – exemplaar voor hulpverleners.pdf"
    choice = dialog.choice()
    assert not choice.family_copy
    assert choice.pdf is not None and choice.docx is not None
    assert choice.pdf.with_suffix("") == choice.docx.with_suffix("")
    dialog.docx.setChecked(True)
    assert dialog.choice().pdf is None and dialog.path.text().endswith(".docx")
    assert suggested_name(family_name='A/B: "x"', kind="evaluation", family_copy=True,
                          language="fr") == "A-B- -x- – évaluation semestrielle – " \
                                            "exemplaire de la famille"
    dialog.path.setText(str(tmp_path / "missing-folder" / "x.pdf"))
    dialog._accept()
    assert not dialog.error.isHidden() and dialog.result() == 0


def test_word_only_export_writes_the_docx_and_its_signature_and_nothing_else(
        qtbot: Any, db: Database, paths: DataPaths, tmp_path: Path) -> None:
    window = make_window(qtbot, db, paths)
    window.open_family(seeded(db))
    target = tmp_path / "plan.pdf"
    assert window.data.export_document("plan", str(target), family_copy=True,
                                       formats="docx") is not None
    wait_for_export(qtbot, window)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "plan.docx", "plan.docx.p7s"]
    assert verify_file(tmp_path / "plan.docx", trusted=trusted_certificates(paths)).valid


def test_passphrase_mode_exports_without_asking_again_and_offers_open_folder_print(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vrac_desktop.store.keys.secure_keyring", lambda: None)
    paths = DataPaths(tmp_path / "pp")
    db = open_local(paths, "correct horse battery")
    try:
        assert db.mode == "passphrase" and db.key is not None
        window = make_window(qtbot, db, paths)
        window.open_family(seeded(db))
        target = tmp_path / "out" / "plan.pdf"
        target.parent.mkdir()
        # No passphrase dialog can appear: export_document never builds one any more, and a
        # modal dialog here would block the test.
        assert window.data.export_document("plan", str(target), family_copy=False,
                                           formats="both") is not None
        wait_for_export(qtbot, window)
        box = window.data.last_message
        assert box is not None and "version 1" in box.text()
        report = verify_file(target, trusted=trusted_certificates(paths))
        assert report.valid, report.problems

        opened: list[QUrl] = []

        class Recorder(QObject):
            @Slot(QUrl)
            def show(self, url: QUrl) -> None:
                opened.append(url)

        recorder = Recorder()
        QDesktopServices.setUrlHandler("file", recorder, "show")
        try:
            window.data.last_buttons["open"].click()
            window.data.last_buttons["folder"].click()
        finally:
            QDesktopServices.unsetUrlHandler("file")
        assert [Path(u.toLocalFile()) for u in opened] == [target, target.parent]
    finally:
        db.dispose()


def test_print_family_copy_leaves_out_professional_items(
        qtbot: Any, db: Database, paths: DataPaths, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = make_window(qtbot, db, paths)
    window.open_family(seeded(db))
    assert window.data.print_plan in window.data.family_actions
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a real printer driver: PDF
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.data.print_family_copy("plan", printer=printer, ask=False)
    text = text_of(tmp_path / "printed.pdf")
    assert "Exemplaar voor het gezin" in text  # the family's language
    assert "Check with GP about sleep" not in text  # professional-only note left out


def test_preferences_signing_imports_trusts_and_exports_the_organisation_ca(
        qtbot: Any, db: Database, paths: DataPaths, tmp_path: Path) -> None:
    ca = make_ca()
    p12 = tmp_path / "anna.p12"
    p12.write_bytes(pkcs12_of(issue(ca, "Anna de Vries"), ca, b"pw"))
    settings = Settings(paths.settings)
    window = make_window(qtbot, db, paths)
    dialog = PreferencesDialog(settings, window, paths=paths, database_key=lambda: db.key)
    qtbot.addWidget(dialog)
    page = dialog.signing
    assert page is not None and dialog.tabs.count() == 2
    assert "No certificate yet" in page.certificate.text()
    before = sorted(p.name for p in (paths.root / "signing").glob("*")) \
        if (paths.root / "signing").exists() else []
    assert not page.import_certificate(str(p12), "wrong password")
    assert "not imported" in page.message.text()
    after = sorted(p.name for p in (paths.root / "signing").glob("*")) \
        if (paths.root / "signing").exists() else []
    assert after == before  # a wrong password changes nothing
    assert page.import_certificate(str(p12), "pw")
    shown = page.certificate.text()
    assert "Anna de Vries (Stichting Jeugdhulp Leiden)" in shown
    assert "Jeugdhulp Leiden Root CA" in shown and "Valid until" in shown
    assert page.cas.count() == 1
    exported = tmp_path / "for-school.pem"
    assert page.export_ca(str(exported))
    assert exported.read_bytes() == ca.pem
    other = make_ca("Partner CA", "Partner")
    assert page.trust_ca(str(other.write_pem(tmp_path / "partner.pem")))
    assert len(organisation_cas(paths)) == 2
    assert not page.trust_ca(str(p12))  # not a certificate file: refused, nothing added
    assert len(organisation_cas(paths)) == 2
    page.timestamp_url.setText("ftp://wrong")
    dialog.save()
    assert not dialog.error.isHidden() and settings.get("timestamp_url") == ""
    page.timestamp_url.setText("https://tsa.example.org/tsr")
    dialog.save()
    assert Settings(paths.settings).get("timestamp_url") == "https://tsa.example.org/tsr"


def test_gdpr_archive_holds_the_family_signed_documents(
        qtbot: Any, db: Database, paths: DataPaths, tmp_path: Path) -> None:
    window = make_window(qtbot, db, paths)
    window.open_family(seeded(db))
    target = tmp_path / "archive.zip"
    assert window.data.export_archive(str(target)) is not None
    wait_for_export(qtbot, window)
    with zipfile.ZipFile(target) as z:
        names = sorted(z.namelist())
        assert names == ["audit.csv", "family.json",
                         "signed-documents/plan-version-1-family-copy.pdf",
                         "signed-documents/plan-version-1-professional-copy.pdf"]
        z.extractall(tmp_path / "x")
    for name in names[2:]:
        report = verify_file(tmp_path / "x" / name, trusted=trusted_certificates(paths))
        assert report.valid and report.plan_version == 1
    assert "Check with GP about sleep" not in text_of(
        tmp_path / "x" / "signed-documents/plan-version-1-family-copy.pdf")
