"""The printable recovery kit: one A4 page in the user's language.

The recovery key as text and as a QR code (segno), what it is for, how to restore on a new
computer, and where to keep the page — like the emergency kits of password managers. Laid
out with QTextDocument on a QPdfWriter (no office suite), independent of the plan documents'
renderer. The file holds the key in the clear, so it is written like any export (never a
partial copy left behind, store/files.py) and the user is told to delete it once printed.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

import segno

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from vrac_desktop.documents.pdf_render import ensure_gui_app
from vrac_desktop.services.recovery import RecoveryKit
from vrac_desktop.store.files import write_export
from vrac_desktop.store.paths import DataPaths
from vrac_desktop.translate import tr_in

RESOLUTION = 300
ACCENT = "#1f4e79"


def qr_png(text: str) -> bytes:
    """The QR code of ``text`` as PNG (error correction M: readable with a smudge)."""
    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(out, kind="png", scale=10, border=4)
    return out.getvalue()


def kit_html(kit: RecoveryKit, *, language: str, body_pt: float = 11) -> str:
    translate = tr_in(language)
    e = html.escape
    made = kit.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    intro = translate(
        "RecoveryKit", "Made on %1 on the computer %2, for the data folder %3.")
    intro = intro.replace("%1", made).replace("%2", kit.computer).replace("%3", kit.data_folder)
    steps = [
        translate("RecoveryKit", "Install VRAC Desktop on the new computer."),
        translate("RecoveryKit", "Copy your newest backup file (.vracbak) to it, for example "
                                 "from a USB stick or the organisation's backup drive."),
        translate("RecoveryKit", "Start VRAC Desktop and choose File ▸ Restore from a "
                                 "backup…, or run: %1"),
        translate("RecoveryKit", "Type the recovery key from this page when asked. The "
                                 "backup is checked before anything is replaced."),
    ]
    keep = [
        translate("RecoveryKit", "Print this page and keep it in a locked place away from "
                                 "the computer: a safe, or a locked cabinet at the office."),
        translate("RecoveryKit", "Never keep it in the laptop bag, never send it by e-mail, "
                                 "and delete the PDF file once it is printed."),
        translate("RecoveryKit", "Anyone who has this key and a backup can read the plans. "
                                 "If the page is lost or seen by others, make a new kit at "
                                 "once (File ▸ Recovery kit…)."),
    ]
    new_kit = translate(
        "RecoveryKit", "A new kit replaces this one: backups made after it open with the new "
        "key only; backups made before still open with this key.")
    title = translate("RecoveryKit", "VRAC Desktop — Recovery kit")
    your_key = translate("RecoveryKit", "Your recovery key")
    alphabet = translate("RecoveryKit", "Letters A–Z and digits 2–7; dashes, spaces and upper "
                                        "or lower case do not matter.")
    for_what = translate("RecoveryKit", "What it is for")
    purpose = translate(
        "RecoveryKit", "The plans in VRAC Desktop are encrypted. This key opens your backups "
        "when the computer is lost, stolen or broken, or when the passphrase is forgotten: with "
        "it and a backup file, all the data comes back on a new computer. Nobody else has a "
        "copy of this key, not even the makers of VRAC Desktop.")
    restoring = translate("RecoveryKit", "Restoring on a new computer")
    where = translate("RecoveryKit", "Where to keep it")
    # The command on one line: a break after its dashes would change what is typed.
    command = ('<span style="white-space:nowrap; font-family:\'DejaVu Sans Mono\'">'
               "vrac-desktop restore FILE --recovery-key</span>")
    step_items = "".join(f"<li>{e(step).replace('%1', command)}</li>" for step in steps)
    key_groups = kit.recovery_key.split("-")
    # Two lines of four groups, joined by no-break spaces so no group is split.
    key_lines = "<br/>".join("&nbsp;&nbsp;".join(key_groups[i:i + 4]) for i in (0, 4))
    return f"""
<html><body style="font-family:'DejaVu Sans'; font-size:{body_pt}pt">
<p style="color:{ACCENT}; font-size:22pt; font-weight:bold; margin:0">
{e(title)}</p>
<p style="color:#555555; font-size:9pt">{e(intro)}</p>
<table width="100%" cellpadding="8" style="border:2px solid {ACCENT}; margin-top:6pt">
<tr><td valign="middle">
<p style="font-size:12pt; font-weight:bold; margin:0">
{e(your_key)}</p>
<p style="font-family:'DejaVu Sans Mono'; font-size:16pt; font-weight:bold; margin-top:8pt">
{key_lines}</p>
<p style="font-size:8pt; color:#555555">{e(alphabet)}</p>
</td><td width="150" align="right" valign="middle"><img src="kit:qr" width="140" height="140"/>
</td></tr></table>
<p style="color:{ACCENT}; font-size:13pt; font-weight:bold; margin-top:14pt">
{e(for_what)}</p>
<p>{e(purpose)}</p>
<p style="color:{ACCENT}; font-size:13pt; font-weight:bold; margin-top:10pt">
{e(restoring)}</p>
<ol>{step_items}</ol>
<p style="color:{ACCENT}; font-size:13pt; font-weight:bold; margin-top:10pt">
{e(where)}</p>
<ul>{"".join(f"<li>{e(item)}</li>" for item in keep)}</ul>
<p style="font-size:9pt; color:#555555; margin-top:10pt">{e(new_kit)}</p>
</body></html>"""


def render_recovery_kit_pdf(kit: RecoveryKit, *, language: str) -> bytes:
    """The one-page kit as PDF bytes."""
    ensure_gui_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    translate = tr_in(language)
    writer.setTitle(translate("RecoveryKit", "VRAC Desktop — Recovery kit"))
    writer.setCreator("VRAC Desktop")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    image = QImage.fromData(QByteArray(qr_png(kit.recovery_key)))
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("kit:qr"), image)
    painter = QPainter(writer)
    try:
        page = writer.pageLayout().paintRectPixels(RESOLUTION)
        # Lay out in points and scale to the device, so the font sizes are the printed ones.
        scale = RESOLUTION / 72
        size = QSizeF(page.width() / scale, page.height() / scale)
        doc.setTextWidth(size.width())
        # One page in every language: the longest translation gets a smaller type size.
        for body_pt in (11, 10.5, 10, 9.5, 9, 8.5, 8):
            doc.setHtml(kit_html(kit, language=language, body_pt=body_pt))
            if doc.size().height() <= size.height():
                break
        painter.scale(scale, scale)
        doc.drawContents(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def render_recovery_kit(kit: RecoveryKit, *, language: str, pdf: Path,
                        paths: DataPaths | None) -> Path:
    write_export(paths, Path(pdf), render_recovery_kit_pdf(kit, language=language))
    return Path(pdf)

