"""Charts rendered headless to PNG/SVG for documents, from the same drawing code as the widgets.

The items are built by ``draw.py`` in an unshown ``GraphicsLayoutWidget`` laid out at a
logical size, and its scene is painted onto a QImage whose device pixel ratio is the print
scale: fonts, lines and markers scale together, exactly as on a high-DPI screen.

Labels are in the family's ``language`` (``tr_in``), dates in that language's locale, and the
theme is always the light print theme.

Qt needs a QApplication for pyqtgraph (its items are QGraphicsWidgets, which need the
widget style): one is created when no Qt application exists. If the process already runs a
bare QGuiApplication, which cannot be upgraded, the render runs in a child Python process.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QRectF,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from vrac_desktop.charts import draw
from vrac_desktop.charts.spec import (
    goal_chart_spec,
    overview_spec,
    recap_spec,
    star_spec,
)
from vrac_desktop.charts.theme import ChartTheme, print_theme
from vrac_desktop.domain.codec import from_jsonable, to_jsonable
from vrac_desktop.domain.messages import QT_TRANSLATE_NOOP, message
from vrac_desktop.domain.model import Goal, PlanContent, Rating
from vrac_desktop.translate import tr_in

# Logical (device-independent) widths the charts are laid out at; a render of ``width``
# pixels uses the scale width / LOGICAL_WIDTH, so proportions never depend on resolution.
LOGICAL_WIDTH = 800.0
LOGICAL_STAR = 600.0
PNG_DPI = 96.0  # per unit of scale: a 2x render is marked 192 dpi

_app: QApplication | None = None

Build = Callable[[pg.GraphicsLayout, ChartTheme], object]


def _application_kind() -> str:
    """"widgets" if pyqtgraph can run in this process, else "gui-only" (use a child)."""
    global _app
    existing = QCoreApplication.instance()
    if existing is None:
        # Nothing is ever shown: the offscreen platform also works with no display at all
        # (a CLI export over ssh), unless the caller chose a platform.
        platform = [] if os.environ.get("QT_QPA_PLATFORM") else ["-platform", "offscreen"]
        _app = QApplication([sys.argv[0] if sys.argv else "vrac-desktop", *platform])
        return "widgets"
    return "widgets" if isinstance(existing, QApplication) else "gui-only"


def _paint(build: Build, logical_w: float, logical_h: float, scale: float,
           theme: ChartTheme, *, view: pg.GraphicsLayoutWidget | None = None) -> QImage:
    """Paint what ``build`` draws; on ``view`` when given (kept), else on a new view."""
    own = view is None
    if view is None:
        view = pg.GraphicsLayoutWidget()
    try:
        view.setBackground(theme.background)
        build(view.ci, theme)
        rect = QRectF(0, 0, logical_w, logical_h)
        _lay_out(view, rect)
        # Opaque: painted on the opaque background, so no alpha to unpremultiply when
        # converted to the PNG's RGB (the same pixels as on ARGB32_Premultiplied).
        image = QImage(round(logical_w * scale), round(logical_h * scale),
                       QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        # Painting lets axes and legends measure their text and ask for room. If the layout
        # did not move, the paint is the one kept; else it is painted once more on the
        # settled layout (the first chart of a view; the earlier warm-up paint on a scratch
        # image, made for every chart, cost a third of a chart and gave the same pixels).
        for _attempt in range(2):
            image.fill(QColor(theme.background))
            before = _geometries(view)
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                view.scene().render(painter, rect, rect)
            finally:
                painter.end()
            _lay_out(view, rect)
            if _geometries(view) == before:
                break
        # Only now: pyqtgraph replays QPictures scaled by the target's dpi, so the dpi
        # must not change while painting. It tells documents the intended print size.
        dots_per_metre = round(PNG_DPI * scale / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image
    finally:
        if own:
            view.deleteLater()


_goal_view: pg.GraphicsLayoutWidget | None = None


def _reused_goal_view() -> pg.GraphicsLayoutWidget:
    """One unshown view for every goal chart of this process (see draw.redraw_goal_chart).

    Charts are only ever drawn on the main thread (documents/common.py:on_main_thread), so
    one view is never drawn on by two renders at once.
    """
    global _goal_view
    if _goal_view is None:
        _goal_view = pg.GraphicsLayoutWidget()
    return _goal_view


def forget_reused_views() -> None:
    """Drop the reused goal-chart view and what it shows (a family's goal and ratings):
    called when a document is built, so nothing of it stays in memory after the export."""
    global _goal_view
    if _goal_view is not None:
        _goal_view.ci.clear()
        _goal_view.deleteLater()
        _goal_view = None


def _lay_out(view: pg.GraphicsLayoutWidget, rect: QRectF) -> None:
    """Settle the nested layouts of an unshown view, as showing it would.

    Only layout requests are delivered: a document export may run inside the GUI, and
    spinning the whole event loop there could re-enter unrelated code.
    """
    view.resize(int(rect.width()), int(rect.height()))
    view.setSceneRect(rect)
    view.ci.setGeometry(rect)
    for _ in range(4):  # layouts nest (layout > plot > axes), each level posts a request
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        view.ci.layout.activate()


def _geometries(view: pg.GraphicsLayoutWidget) -> list[QRectF]:
    """Where every item of the view is: equal before and after a paint when the paint
    asked for no other layout."""
    return [item.sceneBoundingRect() for item in view.scene().items()]


def _png(image: QImage) -> bytes:
    """The image as an opaque 8-bit RGB PNG: no row filter, zlib level 1, its dpi kept.

    Written here rather than with ``QImage.save``: a document holds dozens of charts (one per
    goal) and decodes each again for the PDF. Charts are mostly flat white, so unfiltered rows
    at level 1 compress as well as libpng's adaptive filters at level 6, and encode about 3x
    and decode about 2x faster (docs/performance.md).
    """
    # Charts are painted on an opaque background: no alpha channel, no PDF soft mask.
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    row = width * 3
    # Each row after its filter byte 0 (none): one copy of the pixels, no bytes per row.
    bits = memoryview(rgb.constBits())
    raw = bytearray((row + 1) * height)
    step = row + 1
    for y in range(height):
        raw[y * step + 1:(y + 1) * step] = bits[y * stride:y * stride + row]

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", max(0, image.dotsPerMeterX()),
                                         max(0, image.dotsPerMeterY()), 1))
            + chunk(b"IDAT", zlib.compress(raw, 1))
            + chunk(b"IEND", b""))


def _locale(language: str) -> QLocale:
    return QLocale(language)


# --- the public renders ----------------------------------------------------------------------


def goal_chart_png(goal: Goal, ratings: Sequence[Rating], *, width: int = 1600,
                   height: int = 800, language: str = "en",
                   marker_date: date | None = None) -> bytes:
    """One goal's ratings over time (family, child, team), baseline, target, review date."""
    if _application_kind() == "gui-only":
        return _in_child("goal", {"goal": to_jsonable(goal), "ratings": to_jsonable(ratings),
                                  "width": width, "height": height, "language": language,
                                  "marker_date": marker_date and marker_date.isoformat()})
    spec = goal_chart_spec(goal, ratings, translate=tr_in(language), locale=_locale(language),
                           marker_date=marker_date)
    scale = width / LOGICAL_WIDTH
    return _png(_paint(lambda layout, theme: draw.redraw_goal_chart(layout, spec, theme),
                       LOGICAL_WIDTH, height / scale, scale, print_theme(),
                       view=_reused_goal_view()))


def domain_star_png(plan: PlanContent, ratings: Sequence[Rating], *, size: int = 1200,
                    language: str = "en", logical: float = LOGICAL_STAR) -> bytes:
    """The life-domain star: first and latest ratings per domain.

    ``logical``: the size the chart is laid out at before scaling to ``size`` pixels; a
    smaller one gives larger text and lines relative to the chart (documents print the star
    at about 12 cm, where the screen's layout reads faint and small)."""
    if _application_kind() == "gui-only":
        return _in_child("star", {"plan": to_jsonable(plan), "ratings": to_jsonable(ratings),
                                  "size": size, "language": language, "logical": logical})
    spec = star_spec(plan, ratings, translate=tr_in(language), locale=_locale(language))
    scale = size / logical
    return _png(_paint(lambda layout, theme: draw.draw_star(layout, spec, theme),
                       logical, logical, scale, print_theme()))


def goals_overview_png(plan: PlanContent, ratings: Sequence[Rating], *, width: int = 1600,
                       language: str = "en") -> bytes:
    """Small multiples of all goals; the height follows the number of rows."""
    if _application_kind() == "gui-only":
        return _in_child("overview", {"plan": to_jsonable(plan),
                                      "ratings": to_jsonable(ratings), "width": width,
                                      "language": language})
    spec = overview_spec(plan, ratings, translate=tr_in(language), locale=_locale(language))
    scale = width / LOGICAL_WIDTH
    rows = max(1, -(-len(spec.goals) // draw.overview_columns(len(spec.goals))))
    return _png(_paint(lambda layout, theme: draw.draw_overview(layout, spec, theme),
                       LOGICAL_WIDTH, 40 + 220 * rows, scale, print_theme()))


def actions_recap_png(plan: PlanContent, today: date, *, width: int = 1600,
                      language: str = "en", periods: Sequence[date] | None = None) -> bytes:
    """Actions done / open / overdue / stopped: per goal, or per period of due dates."""
    if _application_kind() == "gui-only":
        return _in_child("recap", {
            "plan": to_jsonable(plan), "today": today.isoformat(), "width": width,
            "language": language,
            "periods": None if periods is None else [d.isoformat() for d in periods]})
    spec = recap_spec(plan, today, translate=tr_in(language), locale=_locale(language),
                      periods=periods)
    scale = width / LOGICAL_WIDTH
    return _png(_paint(lambda layout, theme: draw.draw_recap(layout, spec, theme),
                       LOGICAL_WIDTH, 110 + 38 * len(spec.rows), scale, print_theme()))


# --- the child-process path for a QGuiApplication-only host ---------------------------------


def _in_child(kind: str, payload: dict[str, Any]) -> bytes:
    result = subprocess.run(
        [sys.executable, "-m", "vrac_desktop.charts.render", kind],
        input=json.dumps(payload).encode("utf-8"), capture_output=True, check=False,
        env=_child_env())
    if result.returncode != 0 or not result.stdout.startswith(b"\x89PNG"):
        raise RuntimeError(message(QT_TRANSLATE_NOOP(
            "CoreMessages", "The chart could not be drawn (the chart process failed: %1). Nothing "
            "was written."), result.stderr.decode(errors='replace')[-300:]))
    return result.stdout


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _child_main(kind: str) -> None:
    payload = json.loads(sys.stdin.buffer.read())
    ratings = from_jsonable(tuple[Rating, ...], payload.get("ratings", []))
    language = payload["language"]
    if kind == "goal":
        marker = payload["marker_date"]
        png = goal_chart_png(from_jsonable(Goal, payload["goal"]), ratings,
                             width=payload["width"], height=payload["height"],
                             language=language,
                             marker_date=date.fromisoformat(marker) if marker else None)
    elif kind == "star":
        png = domain_star_png(from_jsonable(PlanContent, payload["plan"]), ratings,
                              size=payload["size"], language=language,
                              logical=payload.get("logical", LOGICAL_STAR))
    elif kind == "overview":
        png = goals_overview_png(from_jsonable(PlanContent, payload["plan"]), ratings,
                                 width=payload["width"], language=language)
    else:
        periods = payload["periods"]
        png = actions_recap_png(from_jsonable(PlanContent, payload["plan"]),
                                date.fromisoformat(payload["today"]),
                                width=payload["width"], language=language,
                                periods=None if periods is None else
                                [date.fromisoformat(d) for d in periods])
    sys.stdout.buffer.write(png)


if __name__ == "__main__":
    _child_main(sys.argv[1])
