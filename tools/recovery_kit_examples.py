"""Render the recovery-kit PDF in en/nl/fr and its page as PNG (docs/examples/), and the
recovery-kit dialog of the first start (docs/screenshots/).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/recovery_kit_examples.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vrac_desktop.documents.recovery_kit import render_recovery_kit  # noqa: E402
from vrac_desktop.services.recovery import RecoveryKit  # noqa: E402

# A made-up key: the examples must never show a real one.
SAMPLE = RecoveryKit("K7QD-M2XA-P4RT-Z6WE-B3NY-H5UC-J2VL-F7GS",
                     datetime(2026, 11, 29, 9, 30, tzinfo=UTC), "laptop-anna",
                     "/home/anna/.local/share/vrac-desktop", "keyring")


def dialogs() -> None:
    from PySide6.QtWidgets import QApplication

    from vrac_desktop.store.paths import DataPaths

    from vrac_desktop.gui.i18n import install_translations
    from vrac_desktop.gui.recovery_kit_dialog import RecoveryKitDialog

    app = QApplication.instance() or QApplication([])
    for language in ("en", "nl", "fr"):
        install_translations(language)
        dialog = RecoveryKitDialog(SAMPLE, paths=DataPaths(Path(tempfile.gettempdir())),
                                   language=language, first_start=True)
        dialog.resize(620, dialog.sizeHint().height())
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(ROOT / "docs" / "screenshots" /
                               f"recovery-kit-dialog-{language}.png"))
        dialog.close()


def main() -> None:
    dialogs()
    out = ROOT / "docs" / "examples"
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("en", "nl", "fr"):
            pdf = Path(tmp) / f"recovery-kit-{language}.pdf"
            render_recovery_kit(SAMPLE, language=language, pdf=pdf, paths=None)
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                            str(out / f"recovery-kit-{language}")], check=True)


if __name__ == "__main__":
    main()
