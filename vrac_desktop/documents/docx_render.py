"""Render a Document to .docx (python-docx): the editable copy."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from vrac_desktop.documents.model import (
    BulletList,
    Document,
    Heading,
    Image,
    KeyValues,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    clean,
    is_right_to_left,
)

TEXT_WIDTH_CM = 16.0
MUTED = RGBColor(0x6B, 0x6B, 0x6B)
IDENTIFIER_PREFIX = "vrac-plan-version:"


def identifier(plan_version: int, plan_hash: str, family_id: str) -> str:
    """What goes in the core properties' identifier; ``verify`` parses it back."""
    return f"{IDENTIFIER_PREFIX}{plan_version}:{plan_hash}:{family_id}"


def render_docx(document: Document) -> bytes:
    d = docx.Document()
    section = d.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    _header_footer(d, document)
    for block in document.blocks:
        if isinstance(block, Heading):
            _bidi(d.add_heading(block.text, level=block.level), block.text)
        elif isinstance(block, Paragraph):
            p = d.add_paragraph()
            if block.label and is_right_to_left(block.text):
                p.add_run(block.label).bold = True  # own line: see pdf_render
                p = d.add_paragraph()
            elif block.label:
                p.add_run(block.label + " ").bold = True
            run = p.add_run(block.text)
            if block.missing:
                run.italic = True
                run.font.color.rgb = MUTED
            _bidi(p, block.text)
        elif isinstance(block, BulletList):
            for item in block.items:
                _bidi(d.add_paragraph(item, style="List Bullet"), item)
        elif isinstance(block, KeyValues):
            table = d.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for key, value in block.rows:
                cells = table.add_row().cells
                _cell(cells[0], key, bold=True)
                _cell(cells[1], value)
            _widths(table, (1, 2))
            d.add_paragraph()
        elif isinstance(block, Table):
            _table(d, block)
        elif isinstance(block, Image):
            d.add_picture(io.BytesIO(block.png), width=Cm(TEXT_WIDTH_CM * block.width_fraction))
            if block.caption:
                d.add_paragraph().add_run(block.caption).italic = True
        elif isinstance(block, SignatureBlock):
            _signatures(d, block)
        elif isinstance(block, PageBreak):
            d.add_page_break()
    props = d.core_properties
    props.title = document.meta.title
    props.language = document.meta.language
    props.identifier = identifier(document.meta.plan_version, document.meta.plan_hash,
                                  document.meta.family_id)
    props.subject = document.meta.kind
    props.category = "family copy" if document.meta.family_copy else "professional copy"
    props.keywords = f"VRAC Desktop; plan version {document.meta.plan_version}"
    props.author = document.meta.organisation or "VRAC Desktop"
    props.comments = f"plan-hash {document.meta.plan_hash}"
    props.created = props.modified = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    props.revision = 1
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _header_footer(d: docx.document.Document, document: Document) -> None:
    section = d.sections[0]
    header = section.header.paragraphs[0]
    if document.logo_png:
        header.add_run().add_picture(io.BytesIO(document.logo_png), height=Cm(1.2))
        header.add_run("  ")
    if document.meta.organisation:
        header.add_run(document.meta.organisation).bold = True
    footer = section.footer.paragraphs[0]
    footer.add_run(document.meta.footer).font.size = Pt(8)


def _bidi(p: DocxParagraph, text: str) -> None:
    """Right-to-left paragraphs (Arabic, Hebrew) get Word's bidi flag so they align right."""
    if is_right_to_left(text):
        p.paragraph_format.element.get_or_add_pPr().append(OxmlElement("w:bidi"))
        for run in p.runs:
            run.font.rtl = True


def _cell(cell: object, text: str, *, bold: bool = False) -> None:
    p = cell.paragraphs[0]  # type: ignore[attr-defined]
    run = p.add_run(clean(text))
    if bold:  # not bold = False: that writes an element per cell (300 actions: 1,500)
        run.bold = True
    _bidi(p, text)


def _widths(table: DocxTable, relative: tuple[int, ...]) -> None:
    total = sum(relative)
    table.autofit = False
    # Word reads the cell widths, LibreOffice the grid columns: set both.
    for column, part in zip(table.columns, relative, strict=False):
        column.width = Cm(TEXT_WIDTH_CM * part / total)
    for row in table.rows:
        for cell, part in zip(row.cells, relative, strict=False):
            cell.width = Cm(TEXT_WIDTH_CM * part / total)


def _table(d: docx.document.Document, block: Table) -> None:
    if not block.rows:
        p = d.add_paragraph()
        run = p.add_run(block.empty_text)
        run.italic = True
        run.font.color.rgb = MUTED
        return
    table = d.add_table(rows=1, cols=len(block.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0]
    # Repeat the header row on every page the table spans.
    head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, text in zip(head.cells, block.headers, strict=True):
        _cell(cell, text, bold=True)
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _cell(cell, text)
    _widths(table, block.widths or tuple(1 for _ in block.headers))
    d.add_paragraph()


def _signatures(d: docx.document.Document, block: SignatureBlock) -> None:
    if not block.signatures:
        p = d.add_paragraph()
        run = p.add_run(block.empty_text)
        run.italic = True
        run.font.color.rgb = MUTED
        return
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for s in block.signatures:
        left, right = table.add_row().cells
        p = left.paragraphs[0]
        p.add_run(s.name).bold = True
        left.add_paragraph(s.role)
        left.add_paragraph(s.date)
        if s.caption:
            left.add_paragraph(s.caption)
        if s.png:
            right.paragraphs[0].add_run().add_picture(io.BytesIO(s.png), height=Cm(1.8))
        else:
            right.paragraphs[0].add_run("\n\n")
    _widths(table, (1, 1))
    d.add_paragraph()

