"""Check a screenshot a test takes: saved, of the widget's size, and showing something drawn.

A grab of a widget that failed to paint (one flat colour, or a near-empty frame) fails here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def save_and_check(widget: QWidget, path: Path | str, *, min_colours: int = 4,
                   max_flat: float = 0.97) -> QImage:
    """Grab ``widget`` into ``path`` (PNG), read the file back and check what it shows.

    ``max_flat``: the largest share of pixels one colour may take (a blank window is 1.0);
    ``min_colours``: how many colours must each cover at least 0.05 % of the pixels (text,
    frames, buttons).
    """
    pixmap = widget.grab()
    assert pixmap.save(str(path), "PNG"), f"could not write {path}"
    img = QImage(str(path))
    assert not img.isNull(), f"{path} is not a readable PNG"
    ratio = pixmap.devicePixelRatio()
    assert (img.width(), img.height()) == (round(widget.width() * ratio),
                                           round(widget.height() * ratio))
    step = max(1, min(img.width(), img.height()) // 200)
    counts = Counter(img.pixel(x, y) for x in range(0, img.width(), step)
                     for y in range(0, img.height(), step))
    total = sum(counts.values())
    flat = counts.most_common(1)[0][1] / total
    assert flat <= max_flat, f"{path}: {flat:.1%} of it is one colour (nothing drawn?)"
    seen = sum(1 for n in counts.values() if n / total >= 0.0005)
    assert seen >= min_colours, f"{path}: only {seen} colours (nothing drawn?)"
    return img
