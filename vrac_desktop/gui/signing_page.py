"""Preferences → Signing: the certificate documents are signed with, its expiry, the
organisation CAs this installation trusts, the timestamp authority; import the
organisation's PKCS#12, trust an organisation CA, export the CA certificate for recipients.

The PKCS#12 is re-encrypted under this installation's own password, which the unlocked
database's key gives (passphrase mode) or the OS keyring holds: nothing more to remember.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vrac_desktop.store.errors import StoreError
from vrac_desktop.store.files import write_atomically
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.store.settings import Settings
from vrac_desktop.store.signing_keys import (
    ORGANISATION,
    add_organisation_ca,
    certificate_in_use,
    certificates_for_recipients,
    common_name,
    import_organisation,
    organisation_cas,
)
from vrac_desktop.translate import error_text

from vrac_desktop.gui.export_dialog import documents_folder
from vrac_desktop.gui.widgets import chosen_path


def _day(moment: datetime) -> str:
    return QLocale().toString(QDate(moment.year, moment.month, moment.day),
                              QLocale.FormatType.LongFormat)


class SigningPage(QWidget):
    """``database_key()`` gives the unlocked database's key (None in keyring mode)."""

    def __init__(self, paths: DataPaths, settings: Settings,
                 database_key: Callable[[], bytes | None], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._database_key = database_key
        layout = QVBoxLayout(self)
        self.certificate = QLabel()
        self.certificate.setWordWrap(True)
        self.certificate.setAccessibleName(self.tr("Certificate documents are signed with"))
        layout.addWidget(QLabel(self.tr("<b>Documents are signed with</b>")))
        layout.addWidget(self.certificate)
        self.import_button = QPushButton(self.tr("&Import the organisation's certificate…"))
        self.import_button.setAccessibleName(self.tr(
            "Import the organisation's certificate (PKCS#12 file)"))
        self.import_button.clicked.connect(lambda: self.import_certificate())
        layout.addWidget(self.import_button)

        layout.addWidget(QLabel(self.tr("<b>Organisation CAs this computer trusts</b>")))
        self.cas = QListWidget()
        self.cas.setAccessibleName(self.tr("Trusted organisation CAs"))
        self.cas.setMaximumHeight(90)
        layout.addWidget(self.cas)
        row = QHBoxLayout()
        self.trust_button = QPushButton(self.tr("&Trust an organisation CA…"))
        self.trust_button.setAccessibleName(self.tr("Trust an organisation CA certificate"))
        self.trust_button.clicked.connect(lambda: self.trust_ca())
        self.export_button = QPushButton(self.tr("E&xport the certificate for recipients…"))
        self.export_button.setAccessibleName(self.tr(
            "Export the organisation's CA certificate for recipients"))
        self.export_button.clicked.connect(lambda: self.export_ca())
        row.addWidget(self.trust_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)

        form = QFormLayout()
        self.timestamp_url = QLineEdit(str(settings.get("timestamp_url")))
        self.timestamp_url.setPlaceholderText("https://…")
        self.timestamp_url.setAccessibleName(self.tr("Timestamp authority address"))
        form.addRow(self.tr("Timestamp &authority:"), self.timestamp_url)
        layout.addLayout(form)
        hint = QLabel(self.tr(
            "With a timestamp authority, signatures carry the time it vouches for and the "
            "data needed to check them for years (PAdES B-LT). Offline, documents are signed "
            "without a timestamp."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        info = certificate_in_use(self._paths)
        if info is None:
            self.certificate.setText(self.tr(
                "No certificate yet. The first export makes one for you (self-signed: "
                "recipients cannot tell who signed). Import the organisation's certificate "
                "so schools, courts and families can check documents."))
        else:
            who = info.signer + (f" ({info.organisation})" if info.organisation else "")
            if info.source == ORGANISATION:
                kind = self.tr("Organisation certificate, issued by %1.").replace(
                    "%1", info.issuer)
            else:
                kind = self.tr("Your own certificate, made on this computer (self-signed): "
                               "recipients cannot tell who signed.")
            self.certificate.setText(
                f"{who}\n{kind}\n" + self.tr("Valid until %1.").replace(
                    "%1", _day(info.not_after)))
        self.cas.clear()
        for ca in organisation_cas(self._paths):
            self.cas.addItem(self.tr("%1, valid until %2").replace("%1", common_name(ca))
                             .replace("%2", _day(ca.not_valid_after_utc)))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)
        self.message.show()

    def _certificate_file(self, path: str | None, title: str, filters: str) -> str | None:
        """The certificate file given, or the one the coach opens (from Documents)."""
        return chosen_path(self, path, title, str(documents_folder()), filters, save=False)

    def import_certificate(self, path: str | None = None, password: str | None = None
                           ) -> bool:
        path = self._certificate_file(path, self.tr("Import the organisation's certificate"),
                                      self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"))
        if path is None:
            return False
        if password is None:
            typed, ok = QInputDialog.getText(
                self, self.tr("Certificate password"),
                self.tr("Password of %1 (given by the organisation):").replace(
                    "%1", Path(path).name), QLineEdit.EchoMode.Password)
            if not ok:
                return False
            password = typed
        try:
            identity = import_organisation(
                self._paths, data=Path(path).read_bytes(),
                password=password.encode() if password else None,
                database_key=self._database_key())
        except (StoreError, OSError) as exc:
            self._say(self.tr("The certificate was not imported; nothing changed. %1")
                      .replace("%1", error_text(exc)), error=True)
            return False
        self.refresh()
        self._say(self.tr("Documents are now signed by %1.").replace(
            "%1", identity.signer_name))
        return True

    def trust_ca(self, path: str | None = None) -> bool:
        path = self._certificate_file(
            path, self.tr("Trust an organisation CA"),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if path is None:
            return False
        try:
            added = add_organisation_ca(self._paths, Path(path).read_bytes())
        except (StoreError, OSError) as exc:
            self._say(self.tr("The CA was not added; nothing changed. %1").replace(
                "%1", error_text(exc)), error=True)
            return False
        self.refresh()
        self._say(self.tr("Documents signed with certificates issued by %1 now verify.")
                  .replace("%1", ", ".join(common_name(c) for c in added)))
        return True

    def export_ca(self, path: str | None = None) -> bool:
        path = chosen_path(self, path, self.tr("Export the certificate for recipients"),
                           str(documents_folder() / "organisation-ca.pem"),
                           self.tr("Certificates (*.pem)"))
        if path is None:
            return False
        try:
            write_atomically(Path(path), certificates_for_recipients(self._paths))
        except (StoreError, OSError) as exc:
            self._say(self.tr("Nothing was exported. %1").replace("%1", error_text(exc)),
                      error=True)
            return False
        self._say(self.tr("Written to %1. Recipients check documents with it (for example "
                          "pyhanko sign validate --trust, or vrac-desktop verify --trust).")
                  .replace("%1", path))
        return True

    def timestamp_problem(self) -> str:
        url = self.timestamp_url.text().strip()
        if url and not url.startswith(("http://", "https://")):
            return self.tr("The timestamp authority must be an http:// or https:// address.")
        return ""

    def save(self) -> None:
        self._settings.set("timestamp_url", self.timestamp_url.text().strip())
