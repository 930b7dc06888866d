"""``vrac-desktop fidelity-summary`` as a coordinator runs it: anonymous CSV and one-page PDF."""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

from tests.cli.test_cli import run
from tests.fidelity_data import COACHES, make_organisation
from vrac_desktop.store.database import open_local
from vrac_desktop.store.paths import DataPaths


def scan(text: str, names: set[str]) -> list[str]:
    folded = " ".join(text.casefold().split())
    return [n for n in names if " ".join(n.casefold().split()) in folded]


def test_fidelity_summary_csv_and_pdf_are_anonymous(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    db = open_local(paths)
    made = make_organisation(db, 13)
    db.dispose()
    names = {n for m in made for n in m.names} | set(COACHES)
    out_csv, out_pdf = tmp_path / "summary.csv", tmp_path / "summary.pdf"
    result = run("fidelity-summary", "--csv", str(out_csv), "--pdf", str(out_pdf),
                 "--language", "nl", data=paths.root)
    assert result.returncode == 0, result.stderr
    assert "CSV" in result.stdout and "PDF" in result.stdout
    text = out_csv.read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[1][:3] == ["all", "", "13"]
    assert any(r[0] == "coach" and r[1] == "coach 1" for r in rows)
    assert scan(text, names) == []
    assert "Teamgrootte" in text  # indicator names in the language asked for
    pdf_text = subprocess.run(["pdftotext", "-layout", str(out_pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(out_pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info  # one page
    assert "Alle gezinnen" in pdf_text or "13" in pdf_text
    assert scan(pdf_text, names) == []
    assert [m.family_id for m in made if m.family_id in text + pdf_text] == []


def test_fidelity_summary_without_output_is_refused(tmp_path: Path) -> None:
    result = run("fidelity-summary", data=tmp_path / "data")
    assert result.returncode == 2
    assert "--csv" in result.stderr and "Traceback" not in result.stderr
