"""Small charts of the fidelity tab: one indicator over time (a sparkline with its threshold)
and the family's voice per meeting (family and child, faces 1..5).

Same conventions as widgets.py: colours from the widget's palette (charts/theme.py), a redraw
on palette or language change, and an accessible description listing every value shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import QWidget

from vrac_desktop.charts.theme import ChartTheme
from vrac_desktop.charts.widgets import _ChartView
from vrac_desktop.domain.fidelity import Direction, IndicatorDef, Unit
from vrac_desktop.domain.model import Rater
from vrac_desktop.domain.voice import FACE_MAX, FACE_MIN, VoicePoint

Point = tuple[date, float | None]


def _day(d: date) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def _scale(definition: IndicatorDef, values: Sequence[float]) -> tuple[float, float, float]:
    """(factor to display units, bottom, top) of the y axis."""
    if definition.unit is Unit.SHARE:
        return 100.0, 0.0, 100.0
    if definition.unit is Unit.FACES:
        return 1.0, float(FACE_MIN), float(FACE_MAX)
    top = max([definition.threshold, *values, 1.0])
    return 1.0, 0.0, float(top) + 1.0


def _themed_plot(layout: pg.GraphicsLayout, theme: ChartTheme) -> pg.PlotItem:
    """A fresh plot on ``layout``: no buttons, menu or mouse, a light horizontal grid and
    axes in the theme's colours."""
    layout.clear()
    plot = layout.addPlot()
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.showGrid(x=False, y=True, alpha=0.25)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(theme.grid))
        axis.setTextPen(pg.mkPen(theme.foreground))
    return plot


def _plot(layout: pg.GraphicsLayout, theme: ChartTheme) -> pg.PlotItem:
    plot = _themed_plot(layout, theme)
    # No axes: in a chart 60 px high pyqtgraph drops the tick labels; the scale's ends are
    # written inside the plot instead (set_data), the dates are in the tooltip.
    plot.hideAxis("bottom")
    plot.hideAxis("left")
    plot.disableAutoRange()  # the text items must not stretch the scale
    return plot


class IndicatorTrendWidget(_ChartView):
    """One indicator at each saved plan version; the dashed line is its threshold. Versions
    where the indicator had not enough data leave a gap (no point), never a zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plotted: list[tuple[float, float]] = []

    def sizeHint(self) -> QSize:
        return QSize(240, 90)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 70)

    def set_data(self, definition: IndicatorDef, points: Sequence[Point], *, title: str,
                 value_text: Sequence[str]) -> None:
        points = tuple(points)
        texts = tuple(value_text)

        def redraw(theme: ChartTheme) -> None:
            values = [v for _d, v in points if v is not None]
            factor, bottom, top = _scale(definition, values)
            plot = _plot(self.ci, theme)
            plot.setYRange(bottom, top, padding=0.08)
            if points:
                first = points[0][0].toordinal()
                span = max(1, points[-1][0].toordinal() - first)
            else:
                first, span = 0, 1
            # Room on the left for the scale's two ends.
            plot.setXRange(-0.22 * span, span * 1.04, padding=0)
            font = QFont()
            font.setPointSizeF(7.5)
            suffix = " %" if definition.unit is Unit.SHARE else ""
            for y, anchor in ((bottom, (0, 0.8)), (top, (0, 0.2))):
                label = pg.TextItem(f"{y:g}{suffix}", color=theme.muted, anchor=anchor)
                label.setFont(font)
                label.setPos(-0.22 * span, y)
                plot.addItem(label)
            pen = QPen(pg.mkColor(theme.target))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.5)
            pen.setCosmetic(True)
            plot.addItem(pg.InfiniteLine(pos=definition.threshold * factor, angle=0, pen=pen))
            colour = theme.raters[Rater.FAMILY].colour
            self.plotted = [(float(d.toordinal() - first), v * factor)
                            for d, v in points if v is not None]
            if self.plotted:
                xs, ys = zip(*self.plotted, strict=True)
                plot.plot(list(xs), list(ys), pen=pg.mkPen(colour, width=2.5),
                          symbol="o", symbolSize=7, symbolBrush=colour,
                          symbolPen=pg.mkPen(theme.background))
            parts = [f"{_day(d)}: {t}" for (d, _v), t in zip(points, texts, strict=False)]
            better = (QCoreApplication.translate("Charts", "higher is better")
                      if definition.direction is Direction.HIGHER
                      else QCoreApplication.translate("Charts", "lower is better"))
            self._describe(title, "; ".join([better, *parts]))
            self.setToolTip("\n".join(parts))

        self._show(redraw)


class VoiceTrendWidget(_ChartView):
    """The family's voice per meeting: the mean face of the family and of the child."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: dict[Rater, list[tuple[float, float]]] = {}

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def set_data(self, points: Sequence[VoicePoint]) -> None:
        points = tuple(points)

        def redraw(theme: ChartTheme) -> None:
            plot = _themed_plot(self.ci, theme)
            plot.setYRange(FACE_MIN, FACE_MAX, padding=0.1)
            plot.getAxis("left").setTicks([[(v, str(v)) for v in range(FACE_MIN, FACE_MAX + 1)]])
            plot.getAxis("bottom").setTicks(
                [[(i, _day(p.held_on)) for i, p in enumerate(points)]])
            if points:
                plot.setXRange(-0.3, len(points) - 0.7, padding=0)
            legend = plot.addLegend(offset=(8, 4), labelTextColor=theme.foreground)
            names = {Rater.FAMILY: QCoreApplication.translate("Charts", "Family"),
                     Rater.CHILD: QCoreApplication.translate("Charts", "Child")}
            self.series = {}
            for rater in (Rater.FAMILY, Rater.CHILD):
                style = theme.raters[rater]
                # The child's points a little to the right: equal answers stay both visible.
                shift = 0.0 if rater is Rater.FAMILY else 0.04
                xy = [(i + shift, v) for i, p in enumerate(points)
                      if (v := (p.family if rater is Rater.FAMILY else p.child)) is not None]
                self.series[rater] = xy
                if not xy:
                    continue
                pen = pg.mkPen(style.colour, width=2.5,
                               style=Qt.PenStyle.DashLine if style.dash else Qt.PenStyle.SolidLine)
                xs, ys = zip(*xy, strict=True)
                plot.plot(list(xs), list(ys), pen=pen, symbol=style.symbol, symbolSize=9,
                          symbolBrush=style.colour, symbolPen=pg.mkPen(theme.background),
                          name=names[rater])
            legend.setVisible(any(self.series.values()))
            title = QCoreApplication.translate("Charts", "The family's voice after each meeting")
            parts = []
            for p in points:
                fam = "–" if p.family is None else f"{p.family:.1f}"
                kid = "–" if p.child is None else f"{p.child:.1f}"
                parts.append(QCoreApplication.translate("Charts", "%1: family %2, child %3")
                             .replace("%1", _day(p.held_on)).replace("%2", fam)
                             .replace("%3", kid))
            self._describe(title, "; ".join(parts) or QCoreApplication.translate(
                "Charts", "No answers yet."))

        self._show(redraw)
