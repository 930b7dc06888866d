"""Charts into the PDF as they are: a chart's PNG data is already a PDF image stream.

Qt's PDF writer takes only decoded images, and compresses each again (zlib level 6, after
converting every pixel): for a plan with 50 goal charts that was a third of the export
(decode 2 ms + embed 9 ms a chart). An 8-bit RGB or grey PNG without interlacing is, once
its IDAT chunks are joined, a Flate stream that a PDF reader decodes itself with
``/DecodeParms << /Predictor 15 ... >>`` (the PNG row filters), so nothing needs decoding or
compressing again.

So documents/pdf_render.py lays the document out with a tiny stand-in image per such PNG
(same size on the page, so the layout is the same), and ``swap_in`` then replaces each
stand-in's image object in Qt's PDF by the PNG's data and writes the cross-reference table
again. Anything not as expected (another Qt writing its PDF otherwise, a stand-in not found)
returns None and the caller paints the real images instead: slower, never wrong.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The stand-in for image n (0-based) is n + 1 pixels wide, one high, all this colour: its
# width says which image it stands for, the colour that it is a stand-in.
STAND_IN_RGB = (0x5A, 0x17, 0xC3)


@dataclass(frozen=True)
class PdfImage:
    """A PNG's pixels as a PDF image: size, colour channels and the Flate stream."""

    width: int
    height: int
    colours: int  # 3: RGB, 1: grey
    stream: bytes


def pdf_image(png: bytes) -> PdfImage | None:
    """The PNG as a PDF image stream, or None when it needs decoding (alpha, palette,
    16-bit, interlaced, or not a PNG): those go through Qt as before."""
    if not png.startswith(_SIGNATURE):
        return None
    pos, header, data = len(_SIGNATURE), b"", []
    while pos + 8 <= len(png):
        (length,) = struct.unpack(">I", png[pos:pos + 4])
        kind = png[pos + 4:pos + 8]
        body = png[pos + 8:pos + 8 + length]
        if len(body) != length:
            return None
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            data.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if len(header) != 13 or not data:
        return None
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(
        ">IIBBBBB", header)
    colours = {2: 3, 0: 1}.get(colour)
    if depth != 8 or colours is None or (compression, filtering, interlace) != (0, 0, 0):
        return None
    return PdfImage(width, height, colours, b"".join(data))


_OBJECT_HEAD = re.compile(rb"(\d+) 0 obj\s*<<(.*?)>>\s*stream\r?\n", re.DOTALL)
_LENGTH_REF = re.compile(rb"/Length (\d+) 0 R")
_DIRECT_LENGTH = re.compile(rb"/Length (\d+)\s")


def swap_in(pdf: bytes, images: list[PdfImage]) -> bytes | None:
    """Qt's PDF with every stand-in image object replaced by ``images[n]``; None when the
    PDF is not laid out as expected or a stand-in is missing."""
    try:
        return _swap_in(pdf, images)
    except (ValueError, IndexError, zlib.error, struct.error):
        return None


def _swap_in(pdf: bytes, images: list[PdfImage]) -> bytes | None:
    start = pdf.rindex(b"startxref")
    xref_at = int(pdf[start + len(b"startxref"):].split()[0])
    if not pdf.startswith(b"xref", xref_at):
        return None  # a cross-reference stream, or an incremental update: not Qt's own
    trailer_at = pdf.index(b"trailer", xref_at)
    tokens = pdf[xref_at + len(b"xref"):trailer_at].split()
    sections: list[tuple[int, list[list[bytes]]]] = []
    offsets: dict[int, int] = {}
    i = 0
    while i < len(tokens):
        first, count = int(tokens[i]), int(tokens[i + 1])
        entries = [tokens[i + 2 + 3 * k:i + 5 + 3 * k] for k in range(count)]
        if any(len(e) != 3 for e in entries):
            return None
        sections.append((first, entries))
        for k, (offset, _generation, kind) in enumerate(entries):
            if kind == b"n":
                offsets[first + k] = int(offset)
        i += 2 + 3 * count
    order = sorted(offsets, key=offsets.__getitem__)
    ends = {n: offsets[after] for n, after in zip(order, order[1:], strict=False)}
    if order:
        ends[order[-1]] = xref_at
    spans = {n: pdf[offsets[n]:ends[n]] for n in order}

    replaced: dict[int, bytes] = {}
    found: set[int] = set()
    for number, span in spans.items():
        head = _OBJECT_HEAD.match(span)
        if head is None or int(head.group(1)) != number:
            continue
        fields = head.group(2)
        if b"/Subtype /Image" not in fields or not re.search(rb"/Height 1\s", fields):
            continue
        width_match = re.search(rb"/Width (\d+)\s", fields)
        length_ref = _LENGTH_REF.search(fields)
        if width_match is None:
            continue
        if length_ref is not None:
            length_span = spans.get(int(length_ref.group(1)), b"")
            length = int(length_span.split(b"obj", 1)[1].split()[0])
        else:
            direct = _DIRECT_LENGTH.search(fields)
            if direct is None:
                continue
            length = int(direct.group(1))
        width = int(width_match.group(1))
        body = span[head.end():head.end() + length]
        if width > len(images) or b"/FlateDecode" not in fields:
            continue
        if zlib.decompress(body) != bytes(STAND_IN_RGB) * width:
            continue
        image = images[width - 1]
        space = "DeviceRGB" if image.colours == 3 else "DeviceGray"
        stream_fields = (
            f"/Type /XObject\n/Subtype /Image\n/Width {image.width}\n/Height {image.height}\n"
            f"/BitsPerComponent 8\n/ColorSpace /{space}\n"
            f"/Length {len(image.stream)}\n/Filter /FlateDecode\n"
            f"/DecodeParms << /Predictor 15 /Colors {image.colours} /BitsPerComponent 8 "
            f"/Columns {image.width} >>\n").encode("ascii")
        replaced[number] = (f"{number} 0 obj\n<<\n".encode("ascii") + stream_fields
                            + b">>\nstream\n" + image.stream + b"\nendstream\nendobj\n")
        found.add(width - 1)
    if found != set(range(len(images))):
        return None

    out = bytearray(pdf[:offsets[order[0]]] if order else pdf[:xref_at])
    new_offsets: dict[int, int] = {}
    for number in order:
        new_offsets[number] = len(out)
        out += replaced.get(number, spans[number])
    new_xref = len(out)
    out += b"xref\n"
    for first, entries in sections:
        out += f"{first} {len(entries)}\n".encode("ascii")
        for k, (offset, generation, kind) in enumerate(entries):
            at = new_offsets.get(first + k, int(offset)) if kind == b"n" else int(offset)
            out += b"%010d %s %s \n" % (at, generation, kind)
    out += pdf[trailer_at:start]
    out += b"startxref\n%d\n%%%%EOF\n" % new_xref
    return bytes(out)
