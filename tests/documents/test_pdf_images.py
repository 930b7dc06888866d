"""Charts go into the PDF as their PNG data (documents/pdf_images.py): the pages look the same
as when Qt embeds the decoded image, the PDF stays readable, and anything unexpected falls
back to Qt's own embedding."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

from tests.documents.test_layout import documents
from vrac_desktop.documents import pdf_render
from vrac_desktop.documents.model import Document, DocumentMeta, Heading, Image, Paragraph
from vrac_desktop.documents.pdf_images import PdfImage, pdf_image, swap_in
from vrac_desktop.documents.pdf_render import ensure_gui_app, render_pdf


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def pages(pdf: bytes, folder: Path, name: str) -> list[bytes]:
    (folder / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(folder / f"{name}.pdf"),
                    str(folder / name)], check=True)
    return [p.read_bytes() for p in sorted(folder.glob(f"{name}-*.png"))]


def meta(title: str) -> DocumentMeta:
    return DocumentMeta(title=title, language="en", family_reference="REF-1", plan_version=1,
                        plan_hash="0" * 64, kind="plan", family_copy=True, footer=title)


def test_a_plan_with_charts_looks_the_same_with_its_charts_passed_through(
        tmp_path: Path) -> None:
    plan = documents("en")[0]
    charts = [b for b in plan.blocks if isinstance(b, Image)]
    assert charts and all(pdf_image(c.png) is not None for c in charts)
    fast = render_pdf(plan)
    slow = pdf_render._write_pdf(plan, None)  # Qt decodes and embeds every image
    assert fast.count(b"/Predictor 15") == len(charts)
    assert b"/Predictor 15" not in slow
    assert pages(fast, tmp_path, "fast") == pages(slow, tmp_path, "slow")
    # Every image object carries exactly the chart's pixels.
    reader = PdfReader(io.BytesIO(fast))
    embedded = {id(x): x for page in reader.pages
                for x in (o.get_object() for o in page["/Resources"]["/XObject"].values())
                if x["/Subtype"] == "/Image" and "/DecodeParms" in x}
    assert len(embedded) == len(charts)  # (a drawn signature with alpha goes through Qt)
    first = QImage.fromData(charts[0].png).convertToFormat(QImage.Format.Format_RGB888)
    image = next(iter(embedded.values()))  # pages in order: the first chart first
    assert (image["/Width"], image["/Height"]) == (first.width(), first.height())
    assert image.get_data() == b"".join(
        bytes(first.constScanLine(y))[:first.width() * 3] for y in range(first.height()))


def test_pngs_that_need_decoding_go_through_qt_as_before(tmp_path: Path) -> None:
    ensure_gui_app()
    alpha = QImage(40, 20, QImage.Format.Format_ARGB32)
    alpha.fill(QColor(200, 30, 30, 120))
    palette = QImage(40, 20, QImage.Format.Format_RGB32)
    palette.fill(QColor(30, 30, 200))
    opaque = png(palette)
    indexed = png(palette.convertToFormat(QImage.Format.Format_Indexed8))
    assert pdf_image(png(alpha)) is None  # alpha needs a soft mask
    assert pdf_image(indexed) is None  # a palette
    assert pdf_image(b"not a png") is None
    assert pdf_image(opaque) is not None
    document = Document(
        meta=meta("Images"),
        blocks=(Heading("Images", 0), Image(png(alpha), 0.3), Image(indexed, 0.3),
                Image(opaque, 0.3), Paragraph("after the images")))
    pdf = render_pdf(document)
    assert pdf.count(b"/Predictor 15") == 1
    assert pages(pdf, tmp_path, "mixed") == pages(pdf_render._write_pdf(document, None),
                                                  tmp_path, "qt")


def test_a_stand_in_that_is_not_found_gives_none_and_render_pdf_falls_back() -> None:
    ensure_gui_app()
    image = QImage(30, 10, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 10))
    data = png(image)
    passed = pdf_image(data)
    assert passed is not None
    document = Document(meta=meta("One"),
                        blocks=(Image(data, 0.5),))
    qt_pdf = pdf_render._write_pdf(document, [])
    # Two images expected, one stand-in painted: not what was laid out, so no swap.
    assert swap_in(qt_pdf, [passed, passed]) is None
    assert swap_in(b"%PDF-1.4 broken", [passed]) is None
    assert swap_in(qt_pdf, [passed]) is not None


def test_a_drawn_image_at_its_place_in_a_pdf_painted_by_qt() -> None:
    """The stand-in has the PNG's size on the page: text after it starts where it would."""
    ensure_gui_app()
    image = QImage(300, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 300, 300, QColor("navy"))
    painter.end()
    document = Document(meta=meta("Tall"),
                                blocks=(Image(png(image), 0.9), Paragraph("below the tall image"),
                                Image(png(image), 0.9), Paragraph(date(2027, 1, 1).isoformat())))
    fast = PdfReader(io.BytesIO(render_pdf(document)))
    slow = PdfReader(io.BytesIO(pdf_render._write_pdf(document, None)))
    assert [p.extract_text() for p in fast.pages] == [p.extract_text() for p in slow.pages]
    assert len(fast.pages) == len(slow.pages) >= 2  # each tall image on a page of its own


def test_pdf_image_reads_the_size_and_channels() -> None:
    ensure_gui_app()
    grey = QImage(7, 3, QImage.Format.Format_Grayscale8)
    grey.fill(QColor(128, 128, 128))
    passed = pdf_image(png(grey))
    assert passed == PdfImage(7, 3, 1, passed.stream) if passed else False
