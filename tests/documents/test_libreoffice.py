"""LibreOffice (headless) opens the .docx and converts it without error."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.documents.conftest import ExportFn
from tests.documents.test_plan_document import pdf_text


def test_libreoffice_converts_the_docx(export: ExportFn, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is a test dependency: tools/system-deps.sh test"
    out = export()
    target = tmp_path / "converted"
    result = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "pdf", "--outdir", str(target), str(out.docx)],
        capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    converted = target / "plan.pdf"
    assert converted.exists(), result.stdout + result.stderr
    text = pdf_text(converted.read_bytes())
    assert "Who does what" in text and "Grandma walks Yusuf to school" in text
