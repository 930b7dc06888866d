"""Render a Document to .docx (python-docx): the editable copy."""

from __future__ import annotations

import io
from collections.abc import Callable
from copy import deepcopy
from datetime import UTC, datetime

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from PySide6.QtGui import QFont, QFontMetricsF, QImage

from vrac_desktop.documents.model import (
    BulletList,
    Document,
    Heading,
    Image,
    KeyValues,
    Notice,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    clean,
    fit_widths,
    header_scale,
    is_right_to_left,
)
from vrac_desktop.translate import tr_in

TEXT_WIDTH_CM = 16.0
TEXT_WIDTH_PT = TEXT_WIDTH_CM / 2.54 * 72
# Word's default cell margins (0.19 cm each side) and the border, plus a little for the
# difference between Qt's and Word's text measurement.
CELL_PADDING_PT = 14.0
MUTED = RGBColor(0x6B, 0x6B, 0x6B)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
FONT = "DejaVu Sans"
IDENTIFIER_PREFIX = "vrac-plan-version:"


def identifier(plan_version: int, plan_hash: str, family_id: str) -> str:
    """What goes in the core properties' identifier; ``verify`` parses it back."""
    return f"{IDENTIFIER_PREFIX}{plan_version}:{plan_hash}:{family_id}"


def render_docx(document: Document) -> bytes:
    d = docx.Document()
    section = d.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    d.styles["Normal"].font.name = FONT
    d.styles["Normal"].font.size = Pt(10)
    _header_footer(d, document)
    measure = header_measure()
    for block in document.blocks:
        if isinstance(block, Heading):
            heading = d.add_paragraph(block.text)
            heading._p.style = _style_id(d, "Title" if block.level == 0
                                         else f"Heading {block.level}")
            heading.paragraph_format.keep_with_next = True  # never alone at a page bottom
            _bidi(heading, block.text)
        elif isinstance(block, Paragraph):
            p = d.add_paragraph()
            if block.label and is_right_to_left(block.text):
                p.add_run(block.label).bold = True  # own line: see pdf_render
                p = d.add_paragraph()
            elif block.label:
                p.add_run(block.label + " ").bold = True
            if block.missing:
                _muted(p, block.text)
            else:
                p.add_run(block.text)
            _bidi(p, block.text)
        elif isinstance(block, BulletList):
            for item in block.items:
                bullet = d.add_paragraph(item)
                bullet._p.style = _style_id(d, "List Bullet")
                _bidi(bullet, item)
        elif isinstance(block, KeyValues):
            table = d.add_table(rows=0, cols=2)
            _grid(d, table)
            _widths(table, (1, 2))  # first: the rows take their cells' widths from the grid
            _rows(table, block.rows, bold_first=True)
            d.add_paragraph()
        elif isinstance(block, Table):
            _table(d, block, measure)
        elif isinstance(block, Image):
            d.add_picture(io.BytesIO(block.png), width=Cm(TEXT_WIDTH_CM * block.width_fraction))
            if block.caption:
                d.add_paragraph().add_run(block.caption).italic = True
        elif isinstance(block, SignatureBlock):
            _signatures(d, block)
        elif isinstance(block, PageBreak):
            d.add_page_break()
        elif isinstance(block, Notice):
            _notice(d, block)
    _core_properties(d, document)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _style_id(d: docx.document.Document, name: str) -> str:
    """A built-in style's id, looked up once per document: python-docx looks it up again on
    every ``style = name`` (0.7 ms each, 120 times in a large plan)."""
    cache: dict[str, str] = d.__dict__.setdefault("_vrac_style_ids", {})
    if name not in cache:
        cache[name] = d.styles[name].style_id
    return cache[name]


def _grid(d: docx.document.Document, table: DocxTable) -> None:
    table._tbl.tblPr.style = _style_id(d, "Table Grid")


def _core_properties(d: docx.document.Document, document: Document) -> None:
    """Title, subject, category and keywords in the document's language (a reader sees them
    in File > Properties); the identifier stays machine-readable for ``verify``."""
    meta = document.meta
    translate = tr_in(meta.language)
    props = d.core_properties
    props.title = meta.title
    props.language = meta.language
    props.identifier = identifier(meta.plan_version, meta.plan_hash, meta.family_id)
    props.subject = (translate("PlanDocument", "Family plan") if meta.kind == "plan"
                     else translate("PlanDocument", "Six-month evaluation"))
    props.category = (translate("PlanDocument", "Family copy") if meta.family_copy
                      else translate("PlanDocument", "Professional copy"))
    props.keywords = "VRAC Desktop; " + translate("PlanDocument", "plan version %1").replace(
        "%1", str(meta.plan_version))
    props.author = meta.organisation or "VRAC Desktop"
    props.comments = translate("PlanDocument", "Fingerprint of plan version %1: %2").replace(
        "%1", str(meta.plan_version)).replace("%2", meta.plan_hash)
    props.created = props.modified = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    props.revision = 1


def header_measure() -> Callable[[str], float]:
    """Width in points of a word in a bold 10-point table header (Qt's font metrics)."""
    from vrac_desktop.documents.pdf_render import ensure_gui_app

    ensure_gui_app()
    font = QFont(FONT)
    font.setPointSizeF(10)
    font.setBold(True)
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(72 / 0.0254))
    device.setDotsPerMeterY(round(72 / 0.0254))
    metrics = QFontMetricsF(font, device)
    return lambda word: metrics.horizontalAdvance(word) * 1.06


def _cant_split(row: object) -> None:
    """The row stays on one page (Word would otherwise break it across two)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # type: ignore[attr-defined]


def _notice(d: docx.document.Document, block: Notice) -> None:
    table = d.add_table(rows=1, cols=1)
    _grid(d, table)
    _cant_split(table.rows[0])
    cell = table.rows[0].cells[0]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "F3F6FA")
    cell._tc.get_or_add_tcPr().append(shading)
    title = cell.paragraphs[0].add_run(block.title)
    title.bold = True
    title.font.color.rgb = ACCENT
    title.font.size = Pt(11)
    for text in block.paragraphs:
        cell.add_paragraph(text)
    if block.code:
        cell.add_paragraph().add_run(block.code).font.name = "DejaVu Sans Mono"
    _widths(table, (1,))


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


def _muted(p: DocxParagraph, text: str) -> None:
    """Text that stands for something missing ("Not filled in"): grey italics."""
    run = p.add_run(text)
    run.italic = True
    run.font.color.rgb = MUTED


def _cell(cell: object, text: str, *, bold: bool = False) -> None:
    p = cell.paragraphs[0]  # type: ignore[attr-defined]
    run = p.add_run(clean(text))
    if bold:  # not bold = False: that writes an element per cell (300 actions: 1,500)
        run.bold = True
    _bidi(p, text)


def _widths(table: DocxTable, relative: tuple[int, ...] | tuple[float, ...]) -> None:
    total = sum(relative)
    table.autofit = False
    # Word reads the cell widths, LibreOffice the grid columns: set both.
    for column, part in zip(table.columns, relative, strict=False):
        column.width = Cm(TEXT_WIDTH_CM * part / total)
    for row in table.rows:
        for cell, part in zip(row.cells, relative, strict=False):
            cell.width = Cm(TEXT_WIDTH_CM * part / total)


def _table(d: docx.document.Document, block: Table, measure: Callable[[str], float]) -> None:
    if not block.rows:
        _muted(d.add_paragraph(), block.empty_text)
        return
    table = d.add_table(rows=1, cols=len(block.headers))
    _grid(d, table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0]
    # Repeat the header row on every page the table spans; no row split over two pages.
    head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    _cant_split(head)
    scale = header_scale(block.headers, TEXT_WIDTH_PT, measure, CELL_PADDING_PT)
    for cell, text in zip(head.cells, block.headers, strict=True):
        _cell(cell, text, bold=True)
        cell.paragraphs[0].paragraph_format.keep_with_next = True  # header with a row
        if scale < 1:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(10 * scale)
    # Each header word fits its column: a narrow one made Word break "Verantwoord/elijk".
    # The grid's widths are set first: every row added after takes its cells' widths.
    _widths(table, fit_widths(block.headers, block.widths, TEXT_WIDTH_PT,
                              lambda word: measure(word) * scale, CELL_PADDING_PT))
    _rows(table, block.rows)
    d.add_paragraph()


def _rows(table: DocxTable, rows: tuple[tuple[str, ...], ...], *,
          bold_first: bool = False) -> None:
    """The body rows: plain one-line text is copied into a ready-made row (a plan's action
    table has 300 rows, its goals' key figures 300 more: building each cell through
    python-docx was a third of the .docx); text with line breaks, tabs or right-to-left
    script goes through ``_cell``. ``bold_first``: the first column in bold (key figures)."""
    template = table.add_row()
    _cant_split(template)
    for column, cell in enumerate(template.cells):
        run = cell.paragraphs[0].add_run("-")
        if bold_first and column == 0:
            run.bold = True
    tr = template._tr
    tr.getparent().remove(tr)
    for row in rows:
        texts = [clean(text) for text in row]
        if any("\n" in t or "\t" in t or is_right_to_left(t) for t in texts):
            added = table.add_row()
            _cant_split(added)
            for column, (cell, text) in enumerate(zip(added.cells, row, strict=True)):
                _cell(cell, text, bold=bold_first and column == 0)
            continue
        copy = deepcopy(tr)
        for tc, text in zip(copy.iterchildren(qn("w:tc")), texts, strict=True):
            run = tc[-1][-1]  # w:tc > w:p > w:r, as add_run made it
            t = run[-1]
            if not text:
                run.remove(t)  # add_run("") writes no w:t either
                continue
            t.text = text
            if text.strip() != text:
                t.set(qn("xml:space"), "preserve")
        table._tbl.append(copy)


def _signatures(d: docx.document.Document, block: SignatureBlock) -> None:
    if not block.signatures:
        _muted(d.add_paragraph(), block.empty_text)
        return
    table = d.add_table(rows=0, cols=2)
    _grid(d, table)
    for n, s in enumerate(block.signatures):
        row = table.add_row()
        _cant_split(row)
        left, right = row.cells
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
        if n < len(block.signatures) - 1:  # the signature table stays on one page
            for cell in (left, right):
                for p in cell.paragraphs:
                    p.paragraph_format.keep_with_next = True
    _widths(table, (1, 1))
    d.add_paragraph()

