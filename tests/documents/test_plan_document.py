"""The plan document: every section and the action table in the .docx and in the PDF text."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from tests.documents.conftest import ExportFn, signed_plan
from vrac_desktop.documents.docx_render import render_docx
from vrac_desktop.documents.pdf_render import render_pdf
from vrac_desktop.documents.plan import PlanSource, plan_document
from vrac_desktop.domain.model import (
    Action,
    Family,
    PlanContent,
    Situation,
    TextItem,
    new_id,
)
from vrac_desktop.services.exports import DocumentKind
from vrac_desktop.store import repository as repo
from vrac_desktop.store.database import Database

SECTIONS = ["Family plan", "Team", "Situation", "Strengths", "Needs", "Our vision", "Goals",
            "Who does what", "Safety plan", "Agreement"]


def docx_text(path: Path) -> tuple[list[str], list[str], list[list[str]]]:
    """Headings, all paragraph texts, and every table row (cells) of a .docx."""
    d = docx.Document(str(path))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    paragraphs = [p.text for p in d.paragraphs]
    rows = [[c.text for c in row.cells] for t in d.tables for row in t.rows]
    return headings, paragraphs, rows


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_docx_has_every_section_and_each_action_as_a_row(export: ExportFn) -> None:
    out = export()
    headings, paragraphs, rows = docx_text(out.docx)
    for section in SECTIONS:
        assert section in headings
    for goal in out.plan.goals:
        assert any(goal.title in h for h in headings)
    responsible = {m.id: m.name for m in out.plan.team}
    for action in out.plan.actions:
        row = next(r for r in rows if r[0] == action.description)
        assert row[1] == responsible[action.responsible_id]
        assert row[2] == f"{action.due_on.day} {action.due_on:%B %Y}"  # type: ignore[union-attr]
    assert any("Mornings are hard since the move" in p for p in paragraphs)
    assert ["Fatima", "Family", "mother", ""] in rows
    # The fingerprint is in the "How to check this document" box at the end, not on the cover.
    assert not any(out.result.plan_hash in " ".join(r) for r in rows[:8])
    box = next(r[0] for r in rows if r[0].startswith("How to check this document"))
    assert out.result.plan_hash in box.replace(" ", "")
    props = docx.Document(str(out.docx)).core_properties
    assert props.identifier == f"vrac-plan-version:1:{out.result.plan_hash}:{out.family_id}"
    with zipfile.ZipFile(out.docx) as z:  # the drawn signature is embedded as an image
        assert any(n.startswith("word/media/") for n in z.namelist())


def test_pdf_text_has_the_same_sections_and_actions(export: ExportFn) -> None:
    out = export()
    text = pdf_text(out.pdf.read_bytes())
    for section in SECTIONS:
        assert section in text
    for action in out.plan.actions:
        assert action.description in text
    for member in out.plan.team:
        assert member.name in text
    assert out.result.plan_hash[:40] in text.replace(" ", "")
    assert "The family approved this plan on 24 November 2026 (Fatima)." in text
    assert "1 / " in text  # page numbers in the footer
    reader = PdfReader(out.pdf)
    assert reader.metadata is not None
    assert reader.metadata["/VRACPlanHash"] == out.result.plan_hash


def test_family_copy_leaves_out_professional_only_items(export: ExportFn) -> None:
    pro = export(name="pro")
    fam = export(name="fam", family_copy=True)
    secret_action = "Check with GP about sleep"
    secret_view = "School notes 12 late arrivals"
    pro_text, fam_text = pdf_text(pro.pdf.read_bytes()), pdf_text(fam.pdf.read_bytes())
    assert secret_action in pro_text and secret_view in pro_text
    assert secret_action not in fam_text and secret_view not in fam_text
    assert "Family copy" in fam_text
    _, paragraphs, rows = docx_text(fam.docx)
    everything = " ".join(paragraphs) + " ".join(" ".join(r) for r in rows)
    assert secret_action not in everything and secret_view not in everything
    assert "Grandma walks Yusuf to school" in everything


@pytest.mark.parametrize(("language", "month"), [("nl", "november"), ("fr", "novembre")])
def test_dates_follow_the_family_language(db: Database, export: ExportFn, language: str,
                                          month: str) -> None:
    family_id = export().family_id
    with db.session() as s:
        repo.family_row(s, family_id).language = language
    out = export(name=language)
    text = pdf_text(out.pdf.read_bytes())
    assert f"24 {month} 2026" in text
    assert "24 November 2026" not in text
    _, _, rows = docx_text(out.docx)
    assert any(f"24 {month} 2026" in cell for row in rows for cell in row)


def tricky_plan() -> PlanContent:
    plan = signed_plan()
    long_word = "Donaudampfschifffahrtsgesellschaftskapitän" * 6
    rtl = "العائلة تريد مساعدة في المدرسة"
    return replace(
        plan,
        vision=TextItem(new_id(), ""),
        situation=Situation(TextItem(new_id(), "Tom & Jerry <script>alert(1)</script> 🙂"),
                            TextItem(new_id(), long_word), TextItem(new_id(), rtl)),
        strengths=(), needs=(), safety=(),
        actions=(*plan.actions,
                 Action(new_id(), "Call school \x0b & <ask> 📞", plan.team[0].id, None, None)),
    )


def test_awkward_text_and_empty_sections_render_in_both_formats() -> None:
    plan = tricky_plan()
    family = Family(new_id(), "Family <A&B> 👨‍👩‍👧", "R&D-1", "en")
    source = PlanSource(family, plan, 2, "c" * 64, date(2026, 11, 24), (), date(2026, 11, 24))
    document = plan_document(source)
    text = pdf_text(render_pdf(document))
    assert "Tom & Jerry <script>alert(1)</script>" in text
    assert "Call school & <ask>" in text
    assert "العائلة" in text or "ةلئاعلا" in text  # pypdf may give visual order
    assert text.count("Not filled in") >= 1
    for empty in ("No strengths written down yet.", "No needs written down yet.",
                  "No safety plan written yet."):
        assert empty in text
    assert "Donaudampfschifffahrts" in text
    d = docx.Document(io.BytesIO(render_docx(document)))
    all_text = " ".join(p.text for p in d.paragraphs) + " ".join(
        c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "Tom & Jerry <script>alert(1)</script> 🙂" in all_text
    assert "Call school  & <ask> 📞" in all_text or "Call school & <ask> 📞" in all_text
    assert "Not filled in" in all_text
    assert "No safety plan written yet." in all_text


def test_export_records_an_audit_entry_and_reports_progress(db: Database, export: ExportFn,
                                                            identity: object) -> None:
    from vrac_desktop.documents.export import DocumentRenderer
    from vrac_desktop.services.exports import export_documents

    out = export()
    seen: list[int] = []
    export_documents(db, family_id=out.family_id, kind=DocumentKind.PLAN,
                     renderer=DocumentRenderer(identity),  # type: ignore[arg-type]
                     actor="anna", pdf=out.pdf, progress=lambda p, _m: seen.append(p))
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] == 100
    with db.session() as s:
        entries = repo.audit_entries(s, family_id=out.family_id)
    exported = [e for e in entries if e.action == "exported"]
    assert len(exported) == 2
    assert "plan pdf, professional copy, plan version 1" in exported[0].detail
    assert out.plan.goals[0].title not in exported[0].detail  # never the content itself


def test_export_leaves_no_chart_of_the_family_in_memory(db: Database, export: ExportFn,
                                                        identity: object) -> None:
    """Goal charts reuse one view while a document is built (charts/render.py); once built,
    the view and the family's goals and ratings it showed are dropped."""
    from vrac_desktop.charts import render
    from vrac_desktop.documents.export import DocumentRenderer
    from vrac_desktop.services.exports import export_documents

    out = export()
    export_documents(db, family_id=out.family_id, kind=DocumentKind.PLAN,
                     renderer=DocumentRenderer(identity),  # type: ignore[arg-type]
                     actor="anna", pdf=out.pdf.with_name("again.pdf"))
    assert render._goal_view is None


def test_export_runs_off_the_main_thread(db: Database, export: ExportFn, identity: object,
                                         qtbot: QtBot) -> None:
    """As in the GUI: a worker thread exports while the main thread's event loop runs (the
    charts are drawn there, everything else on the worker)."""
    import threading

    from vrac_desktop.documents.export import DocumentRenderer
    from vrac_desktop.services.exports import export_documents

    out = export()
    target = out.pdf.with_name("threaded.pdf")
    errors: list[BaseException] = []

    def work() -> None:
        try:
            export_documents(db, family_id=out.family_id, kind=DocumentKind.PLAN,
                             renderer=DocumentRenderer(identity),  # type: ignore[arg-type]
                             actor="anna", pdf=target)
        except BaseException as exc:  # reported to the test thread below
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=120_000)
    assert not errors
    assert "Who does what" in pdf_text(target.read_bytes())


def test_a_failed_render_writes_nothing(db: Database, export: ExportFn, tmp_path: Path
                                        ) -> None:
    from vrac_desktop.services.exports import RenderedFiles, export_documents

    out = export()
    before = out.pdf.read_bytes()

    def broken(source: object, *, pdf: bool, docx: bool, progress: object) -> RenderedFiles:
        raise OSError("disk full while rendering")

    with pytest.raises(OSError):
        export_documents(db, family_id=out.family_id, kind=DocumentKind.PLAN, renderer=broken,
                         actor="anna", pdf=out.pdf)
    assert out.pdf.read_bytes() == before
    assert not list(out.pdf.parent.glob(".*.tmp"))


def test_an_empty_plan_and_evaluation_say_what_is_missing() -> None:
    from vrac_desktop.documents.evaluation import EvaluationSource, evaluation_document
    from vrac_desktop.domain.model import Evaluation

    family = Family(new_id(), "New family", "", "en")
    plan = PlanContent()
    doc = plan_document(PlanSource(family, plan, 1, "d" * 64, date(2026, 11, 24), (),
                                   date(2026, 11, 24)))
    text = pdf_text(render_pdf(doc))
    d = docx.Document(io.BytesIO(render_docx(doc)))
    docx_all = " ".join(p.text for p in d.paragraphs) + " ".join(
        c.text for t in d.tables for r in t.rows for c in r.cells)
    for missing in ("No team members yet.", "No goals set yet.", "No actions agreed yet.",
                    "The family has not approved this plan yet.",
                    "Nobody has signed this plan yet.", "Not filled in"):
        assert missing in text and missing in docx_all
    evaluation = Evaluation(new_id(), date(2026, 5, 24), date(2026, 11, 24), ())
    ev_text = pdf_text(render_pdf(evaluation_document(EvaluationSource(
        family, plan, 1, "d" * 64, (), evaluation))))
    assert "No goals were evaluated." in ev_text and "Not filled in" in ev_text


@pytest.mark.parametrize(("language", "first", "second"), [
    ("fr", "1er décembre 2026", "2 décembre 2026"),
    ("nl", "1 december 2026", "2 december 2026"),
    ("en", "1 December 2026", "2 December 2026")])
def test_the_first_of_the_month_is_written_as_the_language_writes_it(
        qapp: object, language: str, first: str, second: str) -> None:
    """The family view and the documents said "avant le 1 décembre 2026"; French writes the
    first of a month "1er" (seen under Xvfb in the family view)."""
    from vrac_desktop.documents.common import Words

    words = Words(language)
    assert words.date(date(2026, 12, 1)) == first
    assert words.date(date(2026, 12, 2)) == second
