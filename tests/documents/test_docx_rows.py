"""The .docx table rows copied from a ready-made row (docx_render._rows) read back as the
text given, keep their widths and no-split flag, and text that needs python-docx's own
handling (line breaks, tabs, right-to-left script) still gets it."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from tests.documents.test_pdf_images import meta
from vrac_desktop.documents.docx_render import render_docx
from vrac_desktop.documents.model import Document, Table

ROWS = (
    ("Walk to school", "Mother", "1 March 2027"),
    ("", "  spaces around  ", "x"),
    ("Two\nlines", "tab\there", "done"),
    ("يذهب إلى المدرسة", "Grandmother", "2 March 2027"),
)


def test_rows_read_back_as_given_with_widths_and_flags() -> None:
    document = Document(meta=meta("Rows"), blocks=(
        Table(("Action", "Who", "When"), ROWS, widths=(3, 1, 1)),))
    table = docx.Document(io.BytesIO(render_docx(document))).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == [
        ["Walk to school", "Mother", "1 March 2027"],
        ["", "spaces around", "x"],  # the model's clean() trims, as before
        ["Two\nlines", "tab\there", "done"],
        ["يذهب إلى المدرسة", "Grandmother", "2 March 2027"],
    ]
    grid = [col.width for col in table.columns]
    for row in table.rows[1:]:
        assert [c.width for c in row.cells] == grid
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    rtl = table.rows[4].cells[0].paragraphs[0]
    assert rtl._p.pPr.find(qn("w:bidi")) is not None
    assert table.rows[2].cells[0].paragraphs[0]._p.find(qn("w:r")).find(qn("w:t")) is None


def test_key_value_rows_keep_the_key_in_bold_and_read_back_as_given() -> None:
    from vrac_desktop.documents.model import KeyValues

    pairs = tuple((key, value) for key, value, _when in ROWS)
    document = Document(meta=meta("Key figures"), blocks=(KeyValues(pairs),))
    table = docx.Document(io.BytesIO(render_docx(document))).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Walk to school", "Mother"], ["", "spaces around"], ["Two\nlines", "tab\there"],
        ["يذهب إلى المدرسة", "Grandmother"]]
    grid = [col.width for col in table.columns]
    assert grid[1] > grid[0]  # the key takes a third of the width
    for row in table.rows:
        assert [c.width for c in row.cells] == grid
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        key, value = (c.paragraphs[0].runs for c in row.cells)
        assert all(run.bold for run in key) and not any(run.bold for run in value)
    assert table.rows[3].cells[0].paragraphs[0]._p.pPr.find(qn("w:bidi")) is not None
