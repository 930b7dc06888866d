"""``vrac-desktop export plan|evaluation`` and ``vrac-desktop verify`` end to end."""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

import pytest

from tests.documents.conftest import ExportFn, drawn_signature_png
from tests.documents.test_plan_document import pdf_text
from vrac_desktop.cli import main
from vrac_desktop.domain.model import PlanContent
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths


def test_export_and_verify_commands(db: Database, family_plan: tuple[str, PlanContent],
                                    paths: DataPaths, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()  # the command opens the database itself
    base = ["--data-dir", str(paths.root)]
    pdf, docx = tmp_path / "family.pdf", tmp_path / "family.docx"
    logo = tmp_path / "logo.png"
    logo.write_bytes(base64.b64decode(drawn_signature_png()))
    assert main([*base, "export", "plan", "REF-17", "--pdf", str(pdf), "--docx", str(docx),
                 "--family-copy", "--organisation", "PIT Leiden & partners",
                 "--logo", str(logo)]) == 0
    out = capsys.readouterr().out
    assert f"Wrote {pdf}" in out and f"Wrote {docx}.p7s" in out
    text = pdf_text(pdf.read_bytes())
    assert "Family copy" in text and "PIT Leiden & partners" in text
    assert "Check with GP about sleep" not in text
    with zipfile.ZipFile(docx) as z:  # the logo sits in the page header
        header = next(n for n in z.namelist() if n.startswith("word/_rels/header"))
        assert b"image" in z.read(header)
    for path in (pdf, docx):
        assert main([*base, "verify", str(path)]) == 0
        assert "in this database: El Amrani, plan version 1" in capsys.readouterr().out
    evaluation = tmp_path / "evaluation.pdf"
    # Nothing recorded: refused (a signed document never states an undecided decision)...
    assert main([*base, "export", "evaluation", "El Amrani", "--pdf", str(evaluation),
                 "--as-of", "2027-05-24"]) == 2
    assert "No six-month evaluation of 'El Amrani' is recorded" in capsys.readouterr().err
    assert not evaluation.exists()
    assert main([*base, "evaluations", "El Amrani"]) == 0
    assert "No six-month evaluation is recorded" in capsys.readouterr().out
    # ... or, asked for, a draft marked DRAFT on every page and in the signature's reason.
    assert main([*base, "export", "evaluation", "El Amrani", "--pdf", str(evaluation),
                 "--as-of", "2027-05-24", "--draft"]) == 0
    pages = pdf_text(evaluation.read_bytes()).split("\f")
    assert "Six-month evaluation" in pages[0]
    assert all("DRAFT — suggestions, not decided" in p for p in pages if p.strip())
    assert main([*base, "verify", str(evaluation)]) == 0
    assert "reason: DRAFT — suggestions, not decided" in capsys.readouterr().out


def test_export_before_the_first_plan_says_so(db: Database,
                                              family_plan: tuple[str, PlanContent],
                                              paths: DataPaths, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()
    target = tmp_path / "early.pdf"
    code = main(["--data-dir", str(paths.root), "export", "plan", "REF-17", "--pdf",
                 str(target), "--as-of", "2026-01-01"])
    assert code == 2
    assert "had no saved plan on 2026-01-01" in capsys.readouterr().err
    assert not target.exists()


def test_verify_on_a_machine_without_the_database(export: ExportFn, paths: DataPaths,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = export()
    elsewhere = tmp_path / "colleague"
    cert = paths.root / "signing" / "coach.pem"
    assert main(["--data-dir", str(elsewhere), "verify", str(out.pdf)]) == 1
    assert "unknown signer: Coach Anna" in capsys.readouterr().out
    assert main(["--data-dir", str(elsewhere), "verify", str(out.docx), "--trust",
                 str(cert)]) == 0
    text = capsys.readouterr().out
    assert "VALID" in text and "not checked against a database" in text
    assert not (elsewhere / "vrac.db").exists()  # verifying creates no database
