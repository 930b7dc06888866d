"""The recorded evaluation and the transition plan as signed documents, checked as a reader
would: pdftotext for the words, pyhanko for the signature; and their CLI commands."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cycle.test_cycle_services import (
    TODAY,
    closing,
    family_with_history,
    reviewed,
)
from tests.documents.conftest import drawn_signature_png
from vrac_desktop.cli import main
from vrac_desktop.services.cycle import record_transition
from vrac_desktop.services.evaluations import record_evaluation, start_evaluation
from vrac_desktop.services.families import update_family
from vrac_desktop.store.database import Database
from vrac_desktop.store.paths import DataPaths

BIN = Path(sys.executable).parent


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pyhanko_valid(path: Path, paths: DataPaths) -> str:
    pyhanko = shutil.which("pyhanko", path=str(BIN))
    assert pyhanko
    cert = paths.root / "signing" / "coach.pem"
    return subprocess.run([pyhanko, "sign", "validate", "--pretty-print", "--trust-replace",
                           "--trust", str(cert), str(path)], capture_output=True, text=True,
                          check=False).stdout


@pytest.fixture
def recorded(db: Database) -> str:
    fid, _ = family_with_history(db)
    update_family(db, family_id=fid, actor="anna", reference="REF-12")
    draft = reviewed(start_evaluation(db, family_id=fid, today=TODAY))
    assert draft.evaluation is not None
    signoffs = tuple(
        s if s.typed_name != "Fatima" else s.__class__(s.member_id, s.typed_name, s.signed_on,
                                                       drawn_signature_png())
        for s in draft.evaluation.agreement.signoffs)
    agreement = draft.evaluation.agreement.__class__(
        True, TODAY, "Fatima", signoffs)
    draft = draft.__class__(**{**draft.__dict__, "evaluation": draft.evaluation.__class__(
        **{**draft.evaluation.__dict__, "agreement": agreement})})
    record_evaluation(db, draft=draft, actor="anna", today=TODAY)
    record_transition(db, draft=closing(db, fid), actor="anna", today=TODAY)
    db.dispose()
    return fid


def test_recorded_evaluation_pdf_says_every_number_decision_and_signoff(
        recorded: str, paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(paths.root)]
    assert main([*base, "evaluations", "REF-12"]) == 0
    listed = capsys.readouterr().out
    assert "\t1\t2026-11-24..2027-06-01\tplan version 3\tcontinue\t" in listed
    evaluation_id = listed.split("\t")[0]
    pdf = tmp_path / "evaluation.pdf"
    assert main([*base, "export", "evaluation", "REF-12", "--pdf", str(pdf),
                 "--evaluation", evaluation_id, "--docx", str(tmp_path / "ev.docx")]) == 0
    text = " ".join(pdftotext(pdf).split())
    for expected in (
            # G1: baseline, latest family / child / team, target, decision and its reason
            "Yusuf is at school on time", "Baseline 3", "Latest rating by the family 7",
            "Latest rating by the child 6", "Latest rating by the team 6", "Target 9",
            "Decision Continue", "Reason for the decision Nearly there",
            "What helped (the family's words) Grandma's walks",
            # G2: finalized, celebrated
            "Calm evenings", "Baseline 4", "Target 8", "Decision Finalize",
            "Reason for the decision Evenings are calm", "Successes to celebrate",
            "a success to celebrate together",
            # overall, next steps, the family's approval and the sign-offs
            "Overall decision", "Meet in three months",
            "The family approved this evaluation on 1 June 2027 (Fatima)",
            "Fatima", "Coach Anna", "PIT coach"):
        assert expected in text, expected
    assert "DRAFT" not in text
    report = pyhanko_valid(pdf, paths)
    assert "judged VALID" in report and "covers the entire file" in report


def test_phase_command_lists_and_refuses_out_of_order(
        recorded: str, paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(paths.root)]
    assert main([*base, "phase", "REF-12"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Phase: transition")
    assert "\tplan_development\tanna\tauto:first_meeting" in out
    assert main([*base, "phase", "REF-12", "--to", "implementation", "--reason", "again",
                 "--on", "2027-06-01"]) == 2
    assert "cannot follow transition" in capsys.readouterr().err


def test_transition_plan_pdf_in_the_familys_language(recorded: str, paths: DataPaths,
                                                     tmp_path: Path) -> None:
    base = ["--data-dir", str(paths.root)]
    from vrac_desktop.store.database import open_local

    db = open_local(paths)
    update_family(db, family_id=recorded, actor="anna", language="nl")
    db.dispose()
    pdf = tmp_path / "transition.pdf"
    assert main([*base, "export", "transition", "REF-12", "--pdf", str(pdf)]) == 0
    text = " ".join(pdftotext(pdf).split())
    for expected in ("Walks to school", "Grandma Aziz", "Wijkteam Leiden", "071 516 5000",
                     "Call the PIT office", "Calm evenings", "Fatima"):
        assert expected in text, expected
    assert "Overgangsplan" in text  # Dutch: the family's language
    report = pyhanko_valid(pdf, paths)
    assert "judged VALID" in report


def test_import_family_bad_file_exit_2_no_traceback_no_content(
        recorded: str, paths: DataPaths, tmp_path: Path) -> None:
    exported = tmp_path / "family.json"
    run = [str(BIN / "python"), "-m", "vrac_desktop.cli", "--data-dir"]
    done = subprocess.run([*run, str(paths.root), "export-family", recorded, "--json",
                           str(exported)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["evaluations"][0]["content"]["next_steps"] = "Secret changed words"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    result = subprocess.run([*run, str(elsewhere), "import-family", str(bad)],
                            capture_output=True, text=True, check=False,
                            env={**__import__("os").environ, "VRAC_PASSPHRASE": "a long test "
                                 "passphrase"})
    assert result.returncode == 2, result.stderr
    assert "evaluations in the file are not intact" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "Secret changed words" not in result.stderr + result.stdout
    # The good file imports everywhere, evaluations and transition plans included.
    good = subprocess.run([*run, str(elsewhere), "import-family", str(exported)],
                          capture_output=True, text=True, check=False,
                          env={**__import__("os").environ, "VRAC_PASSPHRASE": "a long test "
                               "passphrase"})
    assert good.returncode == 0, good.stderr
    verify = subprocess.run([*run, str(elsewhere), "verify-history"], capture_output=True,
                            text=True, check=False,
                            env={**__import__("os").environ, "VRAC_PASSPHRASE": "a long test "
                                 "passphrase"})
    assert "1 evaluations and 1 transition plans" in verify.stdout, verify.stdout
