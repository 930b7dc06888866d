"""Render a Document to PDF with Qt (QTextDocument on a QPdfWriter): no office suite needed.

The document is laid out once as rich text on the PDF writer's own resolution, then painted
page by page so every page gets the same footer (family, plan version, hash, page x of y).
Needs a QGuiApplication (offscreen is fine); ``ensure_gui_app`` makes one for the CLI.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

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
    fit_widths,
    header_scale,
)
from vrac_desktop.documents.pdf_images import STAND_IN_RGB, PdfImage, pdf_image, swap_in

RESOLUTION = 300  # dots per inch of the PDF's layout; text stays vector at any zoom
FONT_FAMILY = "DejaVu Sans"
BODY_PT = 10
MUTED = "#6b6b6b"
ACCENT = "#1f4e79"
SPACER = '<p style="margin:0; font-size:5pt">&nbsp;</p>'
TABLE_STYLE = 'style="border-color:#9aa7b4; border-style:solid; border-collapse:collapse"'


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new one (for the CLI and tests).

    A QApplication, not a bare QGuiApplication: the charts are drawn with pyqtgraph items,
    which need the widget style, and would otherwise be drawn in a child process each.
    """
    app = QApplication.instance()
    if app is None:
        # Nothing is shown: offscreen also works with no display (an export over ssh),
        # unless the caller chose a platform. Same rule as charts/render.py.
        platform = [] if os.environ.get("QT_QPA_PLATFORM") else ["-platform", "offscreen"]
        app = QApplication(["vrac-desktop", *platform])
    assert isinstance(app, QGuiApplication)
    return app


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _dir(text: str) -> str:
    from vrac_desktop.documents.model import is_right_to_left

    return ' dir="rtl" align="right"' if is_right_to_left(text) else ""


class _Html:
    def __init__(self, doc: QTextDocument, text_width: int, dpi: int = RESOLUTION,
                 stand_ins: list[PdfImage] | None = None) -> None:
        self.doc = doc
        self.text_width = text_width
        self.dpi = dpi
        self.parts: list[str] = []
        self.images = 0
        self.stand_ins = stand_ins

    def image(self, png: bytes, width: int) -> str:
        passed = pdf_image(png) if self.stand_ins is not None else None
        if passed is not None and self.stand_ins is not None:
            # Laid out at the PNG's size, painted as a stand-in, swapped for the PNG's own
            # data in the PDF (documents/pdf_images.py): never decoded nor compressed again.
            self.stand_ins.append(passed)
            image = QImage(len(self.stand_ins), 1, QImage.Format.Format_RGB32)
            image.fill(QColor(*STAND_IN_RGB))
            pixels_wide, pixels_high = passed.width, passed.height
        else:
            image = QImage.fromData(png)
            if image.isNull():
                return ""
            pixels_wide, pixels_high = image.width(), image.height()
        self.images += 1
        name = f"vrac-image-{self.images}"
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        # Qt scales <img> sizes by the device's dpi over 96 (CSS pixels): convert back.
        css_width = width * 96 / self.dpi
        css_height = css_width * pixels_high / max(pixels_wide, 1)
        return f'<img src="{name}" width="{css_width:.0f}" height="{css_height:.0f}"/>'

    def add(self, part: str) -> None:
        self.parts.append(part)


def _document_pieces(document: Document, doc: QTextDocument, text_width: int,
                     dpi: int = RESOLUTION, stand_ins: list[PdfImage] | None = None
                     ) -> list[str]:
    """The document's HTML in pieces, each after the first starting with a heading (see
    ``_lay_out``); joined, they are the whole document's HTML."""
    h = _Html(doc, text_width, dpi, stand_ins)
    pieces: list[str] = []
    if document.logo_png or document.meta.organisation:
        logo = h.image(document.logo_png, text_width // 8) if document.logo_png else ""
        h.add(f'<table width="100%"><tr><td>{logo}</td><td align="right" valign="middle">'
              f'<b>{_esc(document.meta.organisation)}</b></td></tr></table>')
    blank = False  # the last part an empty paragraph: Qt merges it into the next block
    for block in document.blocks:
        if isinstance(block, Heading):
            if h.parts and not blank:
                pieces.append("".join(h.parts))
                h.parts.clear()
            size = {0: 22, 1: 15, 2: 12}.get(block.level, 11)
            top = {0: 0, 1: 22, 2: 12}.get(block.level, 8)
            tag = f"h{block.level + 1}"  # Qt keeps it as the block's heading level
            h.add(f'<{tag}{_dir(block.text)} style="font-size:{size}pt; font-weight:bold; '
                  f'color:{ACCENT}; margin-top:{top}px; margin-bottom:6px">'
                  f'{_esc(block.text)}</{tag}>')
        elif isinstance(block, Paragraph):
            label = f"<b>{_esc(block.label)}</b> " if block.label else ""
            body = _esc(block.text)
            if block.missing:
                body = f'<i><span style="color:{MUTED}">{body}</span></i>'
            if label and _dir(block.text):
                # An English label inside a right-to-left paragraph would be reordered
                # ("…:The team's view"): give it its own left-to-right line.
                h.add(f'<p style="margin-bottom:0">{label}</p>')
                label = ""
            h.add(f'<p{_dir(block.text)} style="margin-bottom:6px">{label}{body}</p>')
        elif isinstance(block, BulletList):
            items = "".join(f"<li{_dir(i)}>{_esc(i)}</li>" for i in block.items)
            h.add(f"<ul>{items}</ul>")
        elif isinstance(block, KeyValues):
            rows = "".join(
                f'<tr><td width="33%" bgcolor="#eef3f8"><b>{_esc(k)}</b></td>'
                f"<td{_dir(v)}>{_esc(v)}</td></tr>"
                for k, v in block.rows
            )
            h.add(f'<table width="100%" border="1" cellspacing="0" cellpadding="5" '
                  f"{TABLE_STYLE}>{rows}</table>{SPACER}")
        elif isinstance(block, Table):
            h.add(_table(block, text_width, _measure(doc, dpi)))
        elif isinstance(block, Image):
            img = h.image(block.png, int(text_width * block.width_fraction))
            caption = f"<br/><i>{_esc(block.caption)}</i>" if block.caption else ""
            h.add(f'<p align="center">{img}{caption}</p>')
            blank = not img and not caption
            continue
        elif isinstance(block, SignatureBlock):
            h.add(_signatures(block, h, text_width))
        elif isinstance(block, PageBreak):
            h.add('<p style="page-break-before:always; margin:0"></p>')
            blank = True
            continue
        elif isinstance(block, Notice):
            h.add(_notice(block))
        blank = False
    pieces.append("".join(h.parts))
    return pieces


def _measure(doc: QTextDocument, dpi: int) -> tuple[Callable[[str], float], float]:
    """Width of a word in a bold table header on the layout device, and a cell's padding
    (cellpadding on both sides, the border, and a margin for Qt's own rounding)."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY_PT)
    font.setBold(True)
    metrics = QFontMetricsF(font, doc.documentLayout().paintDevice())
    # cellpadding 4 (CSS px, so 4/96 inch) on each side and the border; 2 % for rounding.
    return (lambda word: metrics.horizontalAdvance(word) * 1.02), dpi * 0.11


def _notice(block: Notice) -> str:
    paragraphs = "".join(f'<p style="margin-top:4px">{_esc(p)}</p>' for p in block.paragraphs)
    code = (f'<p style="font-family:\'DejaVu Sans Mono\', monospace; margin-top:4px">'
            f"{_esc(block.code)}</p>" if block.code else "")
    return (f'{SPACER}<table width="100%" border="1" cellspacing="0" cellpadding="8" '
            f'style="border-color:{ACCENT}; border-style:solid; border-collapse:collapse">'
            f'<tr><td bgcolor="#f3f6fa"><p style="font-size:11pt; font-weight:bold; '
            f'color:{ACCENT}; margin:0">{_esc(block.title)}</p>{paragraphs}{code}</td></tr>'
            "</table>")


def _table(block: Table, text_width: int,
           measure: tuple[Callable[[str], float], float]) -> str:
    if not block.rows:
        return f'<p><i><span style="color:{MUTED}">{_esc(block.empty_text)}</span></i></p>'
    # Every header word must fit its column: Qt would otherwise break it anywhere
    # ("Verantwoord/elijk"), as it may break a long word in the body.
    words, padding = measure
    scale = header_scale(block.headers, float(text_width), words, padding)
    widths = fit_widths(block.headers, block.widths, float(text_width),
                        lambda word: words(word) * scale, padding)
    total = sum(widths)
    size = f' style="font-size:{BODY_PT * scale:g}pt"' if scale < 1 else ""
    head = "".join(
        f'<th width="{100 * w / total:.2f}%" bgcolor="#dce6f0" align="left"{size}>'
        f"{_esc(t)}</th>"
        for t, w in zip(block.headers, widths, strict=True)
    )
    body = "".join(
        "<tr>" + "".join(f"<td{_dir(c)}>{_esc(c)}</td>" for c in row) + "</tr>"
        for row in block.rows
    )
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="4" '
            f"{TABLE_STYLE}>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{SPACER}")


def _signatures(block: SignatureBlock, h: _Html, text_width: int) -> str:
    if not block.signatures:
        return f'<p><i><span style="color:{MUTED}">{_esc(block.empty_text)}</span></i></p>'
    rows = []
    for s in block.signatures:
        img = h.image(s.png, text_width // 4) if s.png else "<br/><br/><br/>"
        caption = f"<br/><i>{_esc(s.caption)}</i>" if s.caption else ""
        rows.append(
            f'<tr><td width="50%"><b>{_esc(s.name)}</b><br/>{_esc(s.role)}<br/>'
            f"{_esc(s.date)}{caption}</td><td>{img}</td></tr>"
        )
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="6" '
            f'{TABLE_STYLE}>{"".join(rows)}</table>')


def _lay_out(doc: QTextDocument, pieces: list[str], page_height: float) -> None:
    """Fill ``doc`` with the document's HTML ``pieces`` and keep what belongs together on one
    page, as Word's "keep with next" would. QTextDocument knows no such thing; top to bottom:

    * a short table (a signature table, a goal's key figures: less than half a page) that
      would straddle two pages starts on the next one, with the heading just above it;
    * a heading whose following content would start on the next page, or that would have
      less than about three lines under it, moves to the next page.

    Long tables may continue on the next page (their header row repeats there).

    Every element is measured where it really is, with every break above it in place, so the
    result has converged. That is cheap because the document grows a piece (a heading and
    what follows it) at a time, as far as the pass needs to look: a break lays out again
    only what follows it, and only a piece or two follows. (A break in the whole document
    laid out the rest of it again, 0.08 s on the large plan, and the breaks were predicted
    from one layout instead, three times over, without converging.)
    """
    layout = doc.documentLayout()
    doc.setHtml(pieces[0])
    appended = _Pieces(doc, pieces)
    elements = appended.elements

    def page(y: float) -> int:
        return int(y // page_height)

    def top_of(element: QTextBlock | QTextFrame) -> float:
        if isinstance(element, QTextFrame):
            return layout.frameBoundingRect(element).top()
        # Where its first line is: an image too tall for the rest of the page moves its line
        # to the next page while the block itself still starts on this one.
        lines = element.layout()
        first = lines.lineAt(0).position().y() if lines.lineCount() else 0.0
        return layout.blockBoundingRect(element).top() + first

    broken: set[int] = set()

    def is_heading(n: int) -> bool:
        element = elements[n]
        return isinstance(element, QTextBlock) and element.blockFormat().headingLevel() > 1

    def break_before(n: int) -> None:
        """A page break before elements[n], or before the headings right above it ("Goals",
        "1. Walks to school", then the goal's table all move together)."""
        while n > 0 and is_heading(n - 1) and n - 1 not in broken:
            n -= 1
        if top_of(elements[n]) % page_height > 0:
            broken.add(n)
            _set_page_break(doc, elements[n])

    n = 0
    while True:
        appended.through(n + 2)  # this element and the next (a heading looks at it)
        if n >= len(elements):
            break
        element = elements[n]
        if isinstance(element, QTextFrame):
            frame = layout.frameBoundingRect(element)
            if (frame.height() < page_height / 2
                    and page(frame.top()) != page(frame.bottom() - 1)):
                break_before(n)
        elif element.blockFormat().headingLevel() > 1:
            rect = layout.blockBoundingRect(element)
            top = rect.top()
            starts_later = (n + 1 < len(elements)
                            and page(top_of(elements[n + 1])) != page(top))
            if starts_later or page(top + rect.height() * 4) != page(top):
                break_before(n)
        n += 1


class _Pieces:
    """Appends the pieces of HTML to the document one by one, and lists the elements of the
    root frame (tables, and blocks that are not empty spacers) as they come.

    The document ends up exactly as one ``setHtml`` of the whole would make it
    (``toHtml`` is the same; tests/documents/test_layout.py): a piece starts with a
    heading, and inserted HTML merges its first block into the block at the cursor, so
    that block is made first with the heading's own formats."""

    def __init__(self, doc: QTextDocument, pieces: list[str]) -> None:
        self.doc = doc
        self.pieces = pieces
        self.appended = 1
        self.cursor = QTextCursor(doc)
        self.elements: list[QTextBlock | QTextFrame] = []
        self.heading_formats: dict[str, tuple[QTextBlockFormat, QTextCharFormat]] = {}
        self._list_from(0)

    def through(self, count: int) -> None:
        """Append pieces until there are at least ``count`` elements (or no more pieces)."""
        while len(self.elements) < count and self.appended < len(self.pieces):
            self._append(self.pieces[self.appended])
            self.appended += 1

    def _append(self, piece: str) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        start = self.cursor.position() + 1
        block_format, char_format = self._heading_formats(piece)
        self.cursor.insertBlock(block_format, char_format)
        self.cursor.insertHtml(piece)
        self._list_from(start)

    def _heading_formats(self, piece: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
        tag = piece[:piece.index(">") + 1]
        if tag not in self.heading_formats:
            scratch = QTextDocument()
            scratch.setDefaultFont(self.doc.defaultFont())
            scratch.setHtml(piece[:piece.index("</h") + 5])
            first = scratch.firstBlock()
            self.heading_formats[tag] = (first.blockFormat(), first.charFormat())
        return self.heading_formats[tag]

    def _list_from(self, position: int) -> None:
        root = self.doc.rootFrame()
        frames = [f for f in root.childFrames() if f.firstPosition() >= position]
        block = self.doc.findBlock(position)
        while block.isValid():
            if frames and block.position() >= frames[0].firstPosition():
                frame = frames.pop(0)
                self.elements.append(frame)
                block = self.doc.findBlock(frame.lastPosition() + 1)
                continue
            if block.length() > 1:
                self.elements.append(block)  # empty spacer paragraphs are skipped
            block = block.next()


def _set_page_break(doc: QTextDocument, element: QTextBlock | QTextFrame) -> None:
    """A page break before ``element``, laid out at once from just above it.

    The rest of the document is marked changed in the same edit: while Qt's layout is still
    lazy (after ``setHtml``), a change re-lays only the blocks inside the changed range and
    moves the others, and blocks not laid out yet would be moved with no lines (drawn as
    nothing). The rest is only a piece or two (``_lay_out``)."""
    position = element.firstPosition() if isinstance(element, QTextFrame) else element.position()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    if isinstance(element, QTextFrame):
        frame_format = element.frameFormat()
        frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        element.setFrameFormat(frame_format)
    else:
        cursor.setPosition(position)
        block_format = element.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(block_format)
    doc.markContentsDirty(position, doc.characterCount() - position)
    cursor.endEditBlock()


PAGE_MARGINS_MM = QMarginsF(18, 16, 18, 14)


def a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes (unsigned; documents/sign.py signs them)."""
    ensure_gui_app()
    stand_ins: list[PdfImage] = []
    pdf = _write_pdf(document, stand_ins)
    if not stand_ins:
        return pdf
    swapped = swap_in(pdf, stand_ins)
    # None: Qt wrote its PDF otherwise than expected; paint the real images instead.
    return swapped if swapped is not None else _write_pdf(document, None)


def _write_pdf(document: Document, stand_ins: list[PdfImage] | None) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(a4_layout())
    writer.setTitle(document.meta.title)
    writer.setCreator("VRAC Desktop")
    paint_document(document, writer, stand_ins=stand_ins)
    buffer.close()
    return bytes(data.data())


def paint_document(document: Document, device: QPagedPaintDevice, *,
                   stand_ins: list[PdfImage] | None = None) -> int:
    """Lay the document out on ``device`` (a QPdfWriter, or a QPrinter for Print) and paint
    every page with its footer. Returns the number of pages.

    ``stand_ins``: paint a stand-in for every PNG that can go into a PDF as it is, and
    append it there, for ``swap_in`` (only when the device writes a PDF we then read)."""
    dpi = device.logicalDpiY()
    footer_height = round(dpi * 0.35)
    width, height = device.width(), device.height() - footer_height
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY_PT)
    # No "ff"/"fi" ligatures: a reader's search for "off" must find the text as typed.
    font.setFeature(QFont.Tag.fromString("liga"), 0)
    doc.setDefaultFont(font)
    option = QTextOption()
    # A 200-letter "word" must still wrap instead of running off the page.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setPageSize(QSizeF(width, height))
    _lay_out(doc, _document_pieces(document, doc, int(width * 0.96), dpi, stand_ins), height)

    pages = doc.pageCount()
    painter = QPainter(device)
    # Charts, logo and drawn signatures embedded with Flate, not Qt's default JPEG (q 94):
    # no ringing around chart text and lines, a third of the size, and faster to write.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        footer_font = QFont(FONT_FAMILY)
        footer_font.setPointSizeF(7.5)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            rect = QRectF(0, height + footer_height * 0.3, width, footer_height * 0.7)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             document.meta.footer)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{page + 1} / {pages}")
    finally:
        painter.end()
    return pages
