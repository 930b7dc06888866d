"""The one drawing code: chart specs to pyqtgraph items in a ``GraphicsLayout``.

The widgets put these items in a ``GraphicsLayoutWidget`` on screen; ``render.py`` puts the
very same items in an unshown one and paints its scene onto an image. Sizes here are in
device-independent pixels, so high-DPI screens and print renders scale them alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem

from vrac_desktop.charts.spec import (
    SCALE_TOP,
    GoalChartSpec,
    OverviewSpec,
    RecapSpec,
    StarSpec,
)
from vrac_desktop.charts.theme import ChartTheme, SeriesStyle
from vrac_desktop.domain.progress import ActionState

SYMBOL_SIZE = 9
LINE_WIDTH = 2.0


@dataclass
class GoalChartItems:
    """Handles on what was drawn (the widgets and tests look at them)."""

    plot: pg.PlotItem
    scatters: dict[str, pg.ScatterPlotItem] = field(default_factory=dict)
    target_line: pg.InfiniteLine | None = None
    baseline_line: pg.InfiniteLine | None = None
    marker_line: pg.InfiniteLine | None = None


@dataclass
class StarItems:
    plot: pg.PlotItem
    scatters: dict[str, pg.ScatterPlotItem] = field(default_factory=dict)
    labels: list[pg.TextItem] = field(default_factory=list)


def _pen(colour: str, width: float = LINE_WIDTH, dash: bool = False,
         style: Qt.PenStyle | None = None) -> QPen:
    pen = pg.mkPen(colour, width=width)
    pen.setCosmetic(True)
    if style is not None:
        pen.setStyle(style)
    elif dash:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _style_axes(plot: pg.PlotItem, theme: ChartTheme, font: QFont) -> None:
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(_pen(theme.foreground, 1))
        axis.setTextPen(theme.foreground)
        axis.setTickFont(font)
        axis.label.setFont(font)
    # A date under the first or last tick reaches past the axis ends: show it anyway
    # (hidden, the axis had ticks and no dates).
    plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)


def _scatter(points: list[tuple[float, float, str]], style: SeriesStyle,
             theme: ChartTheme, size: float = SYMBOL_SIZE,
             hollow: bool = False) -> pg.ScatterPlotItem:
    brush = pg.mkBrush(theme.background if hollow else style.colour)
    return pg.ScatterPlotItem(
        x=[p[0] for p in points], y=[p[1] for p in points], data=[p[2] for p in points],
        symbol=style.symbol, size=size, pen=_pen(style.colour, 1.5), brush=brush,
        hoverable=True, hoverSize=size * 1.5, tip=lambda x, y, data: data,
        # Symbols drawn per paint stay sharp when a render scales the scene up.
        useCache=False)


def legend_sample(key: str, theme: ChartTheme) -> pg.PlotDataItem:
    """A stand-in item whose look the legend copies (never added to a plot)."""
    if key == "target":
        return pg.PlotDataItem(pen=_pen(theme.target, style=Qt.PenStyle.DashLine))
    if key == "baseline":
        return pg.PlotDataItem(pen=_pen(theme.baseline, style=Qt.PenStyle.DotLine))
    if key in ("first", "latest"):
        style = theme.first if key == "first" else theme.latest
    else:
        style = next(s for r, s in theme.raters.items() if r.value == key)
    # One point of data: the legend copies the symbol look from the item's scatter, which
    # is only styled once the item has data.
    return pg.PlotDataItem([0.0], [0.0], pen=_pen(style.colour, dash=style.dash),
                           symbol=style.symbol,
                           symbolSize=SYMBOL_SIZE, symbolPen=_pen(style.colour, 1.5),
                           symbolBrush=style.colour)


def add_legend(layout: pg.GraphicsLayout, entries: tuple[tuple[str, str], ...],
               theme: ChartTheme, *, row: int, colspan: int = 1,
               columns: int | None = None, points: float = 9) -> pg.LegendItem:
    legend = pg.LegendItem(colCount=columns or len(entries), labelTextColor=theme.foreground,
                           labelTextSize=f"{points}pt", verSpacing=-4)
    for key, name in entries:
        legend.addItem(legend_sample(key, theme), name)
    layout.addItem(legend, row=row, col=0, colspan=colspan)
    return legend


def draw_goal_plot(plot: pg.PlotItem, spec: GoalChartSpec, theme: ChartTheme, *,
                   compact: bool = False) -> GoalChartItems:
    """The ratings per rater, target and baseline lines and the review date, on ``plot``."""
    items = GoalChartItems(plot)
    font = _font(7.5 if compact else 9)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.35)
    plot.setYRange(0, SCALE_TOP, padding=0.04)
    plot.setXRange(*spec.x_range, padding=0)
    _style_axes(plot, theme, font)
    left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
    step = 5 if compact else 1
    left.setTicks([[(v, str(v)) for v in range(0, 11, step)], []])
    ticks = spec.x_ticks if not compact else spec.x_ticks[:: max(1, len(spec.x_ticks) // 3)]
    bottom.setTicks([list(ticks), [(x, "") for x in spec.x_minor]])
    if not compact:
        plot.setLabel("left", spec.y_title, color=theme.foreground)
        plot.setLabel("bottom", spec.x_title, color=theme.foreground)
        plot.setTitle(f"{spec.title} — {spec.status}", color=theme.foreground, size="11pt")
    else:
        plot.setTitle(f"{_ellipsis(spec.title)} — {spec.status}", color=theme.foreground,
                      size="8.5pt")
    label_opts = {"color": theme.foreground, "fill": pg.mkBrush(theme.background),
                  "movable": False}
    items.baseline_line = pg.InfiniteLine(
        spec.baseline, angle=0, pen=_pen(theme.baseline, 1.5, style=Qt.PenStyle.DotLine))
    items.target_line = pg.InfiniteLine(
        spec.target, angle=0, pen=_pen(theme.target, 2, style=Qt.PenStyle.DashLine))
    if not compact:
        _label_levels_on_the_right(plot, spec, theme, font)
    plot.addItem(items.baseline_line, ignoreBounds=True)
    plot.addItem(items.target_line, ignoreBounds=True)
    if spec.marker_x is not None:
        position, anchor = _marker_label_place(spec)
        items.marker_line = pg.InfiniteLine(
            spec.marker_x, angle=90, pen=_pen(theme.marker, 1, style=Qt.PenStyle.DashDotLine),
            label=spec.marker_label,
            labelOpts={**label_opts, "position": position, "anchors": [anchor, anchor],
                       "rotateAxis": (1, 0)})
        plot.addItem(items.marker_line, ignoreBounds=True)
    styles = {rater.value: style for rater, style in theme.raters.items()}
    # Equal ratings on the same day must not hide each other: the family's marker is the
    # largest, the child's smaller on it, the team's smallest on top (rings of colour).
    extra = {"family": 6.0, "child": 3.0}
    for series in spec.series:
        if not series.points:
            continue
        style = styles[series.key]
        xs = [p.x for p in series.points]
        ys = [p.y for p in series.points]
        plot.addItem(pg.PlotCurveItem(xs, ys, pen=_pen(style.colour, dash=style.dash)))
        scatter = _scatter([(p.x, p.y, p.tip) for p in series.points], style, theme,
                           size=SYMBOL_SIZE - (2 if compact else 0) + extra.get(series.key, 0))
        plot.addItem(scatter)
        items.scatters[series.key] = scatter
    return items


def _marker_label_place(spec: GoalChartSpec) -> tuple[float, tuple[float, float]]:
    """Where the review/evaluation date label goes along its vertical line: on the side of the
    line and at the end (top or bottom) where it covers no rating point.

    The label is drawn turned a quarter; its anchor (x, y) is in the turned text's frame: y 0
    puts the text right of the line, 1 left of it; x 1 ends the text at ``position``, 0
    starts it there. It runs about 40% of the plot's height and 4% of its width."""
    assert spec.marker_x is not None
    low, high = spec.x_range
    strip = 0.045 * (high - low)
    points = [p for series in spec.series for p in series.points]
    right = [p for p in points if spec.marker_x <= p.x <= spec.marker_x + strip]
    left = [p for p in points if spec.marker_x - strip <= p.x <= spec.marker_x]
    side, near = (0.0, right) if len(right) <= len(left) else (1.0, left)
    if not any(p.y >= SCALE_TOP * 0.55 for p in near):
        return 0.97, (1.0, side)  # from the top down
    return 0.03, (0.0, side)  # from the bottom up


def _label_levels_on_the_right(plot: pg.PlotItem, spec: GoalChartSpec, theme: ChartTheme,
                               font: QFont) -> None:
    """"Target 9" and "Baseline 3" as ticks of a right-hand axis: beside the plot, they can
    never hide a rating."""
    right = plot.getAxis("right")
    plot.showAxis("right")
    right.setPen(_pen(theme.foreground, 1))
    right.setTextPen(theme.foreground)
    right.setTickFont(font)
    levels = [(spec.target, spec.target_label)]
    if spec.baseline != spec.target:
        levels.append((spec.baseline, spec.baseline_label))
    right.setTicks([levels, []])
    metrics = QFontMetricsF(font)
    right.setWidth(int(max(metrics.horizontalAdvance(t) for _, t in levels) + 14))


def _ellipsis(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def draw_goal_chart(layout: pg.GraphicsLayout, spec: GoalChartSpec,
                    theme: ChartTheme) -> GoalChartItems:
    """One goal, full size, with its legend underneath."""
    layout.clear()
    plot = layout.addPlot(row=0, col=0)
    items = draw_goal_plot(plot, spec, theme)
    add_legend(layout, spec.legend, theme, row=1)
    return items


def redraw_goal_chart(layout: pg.GraphicsLayout, spec: GoalChartSpec,
                      theme: ChartTheme) -> GoalChartItems:
    """``draw_goal_chart``, reusing the plot and legend an earlier call left in ``layout``.

    A document draws one chart per goal (50 in a large plan); building the PlotItem, its
    axes and the legend is most of the cost of a chart, and only the data and labels change.
    Whatever ``draw_goal_plot`` sets, it sets on every call; ``plot.clear()`` removes every
    item it added. The legend is kept only when its entries and theme are the same.
    """
    plot, legend = layout.getItem(0, 0), layout.getItem(1, 0)
    key = (spec.legend, theme)
    if (isinstance(plot, pg.PlotItem) and isinstance(legend, pg.LegendItem)
            and getattr(legend, "vrac_key", None) == key):
        plot.clear()
        return draw_goal_plot(plot, spec, theme)
    items = draw_goal_chart(layout, spec, theme)
    layout.getItem(1, 0).vrac_key = key
    return items


def overview_columns(count: int) -> int:
    return 1 if count <= 1 else 2 if count <= 6 else 3


def draw_overview(layout: pg.GraphicsLayout, spec: OverviewSpec,
                  theme: ChartTheme) -> list[GoalChartItems]:
    """Small multiples: one compact chart per goal on the same scale, one shared legend."""
    layout.clear()
    columns = overview_columns(len(spec.goals))
    drawn = []
    for i, goal in enumerate(spec.goals):
        plot = layout.addPlot(row=i // columns, col=i % columns)
        drawn.append(draw_goal_plot(plot, goal, theme, compact=True))
    rows = math.ceil(len(spec.goals) / columns) if spec.goals else 0
    if spec.legend:
        add_legend(layout, spec.legend, theme, row=rows, colspan=columns, points=8.5)
    return drawn


def draw_star(layout: pg.GraphicsLayout, spec: StarSpec, theme: ChartTheme) -> StarItems:
    """A radar of the life domains: rings at 2, 4, ... 10, the first and the latest ratings."""
    layout.clear()
    plot = layout.addPlot(row=0, col=0)
    plot.setTitle(spec.title, color=theme.foreground, size="11pt")
    items = StarItems(plot)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.setAspectLocked(True)
    reach = SCALE_TOP * 1.42
    # Room above the top label: an accent on a capital ("École") was cut off.
    # Wider than tall: side labels ("Sociaal netwerk", "Logement") need room when the
    # panel is narrow (1024 px); the locked aspect keeps both ranges in view.
    plot.setRange(xRange=(-reach * 1.2, reach * 1.2), yRange=(-reach * 0.92, reach * 1.02),
                  padding=0)
    n = len(spec.axes)
    angles = [math.pi / 2 - 2 * math.pi * i / n for i in range(n)]

    def at(radius: float, angle: float) -> tuple[float, float]:
        return radius * math.cos(angle), radius * math.sin(angle)

    grid = _pen(theme.grid, 1)
    for ring in range(2, 11, 2):
        corners = [at(ring, a) for a in angles] + [at(ring, angles[0])]
        plot.addItem(pg.PlotCurveItem([c[0] for c in corners], [c[1] for c in corners],
                                      pen=grid))
        # Ring values sit half-way between the first two axes, clear of the data points.
        label = pg.TextItem(str(ring), color=theme.muted, anchor=(0.5, 0.5))
        label.setFont(_font(8.5))
        label.setPos(*at(ring * math.cos(math.pi / n), angles[0] - math.pi / n))
        plot.addItem(label)
    for axis, angle in zip(spec.axes, angles, strict=True):
        end = at(SCALE_TOP, angle)
        plot.addItem(pg.PlotCurveItem([0, end[0]], [0, end[1]], pen=grid))
        text = axis.label
        label = pg.TextItem(text, color=theme.foreground if axis.rated else theme.muted,
                            anchor=(0.5 - 0.5 * math.cos(angle), 0.5 + 0.5 * math.sin(angle)))
        label.setFont(_font(9.5, bold=axis.rated))
        label.setPos(*at(SCALE_TOP * 1.06, angle))
        plot.addItem(label)
        items.labels.append(label)
    for series in spec.series:
        style = theme.first if series.key == "first" else theme.latest
        spots = [(at(v, a), tip) for v, a, tip in
                 zip(series.values, angles, series.tips, strict=True) if v is not None]
        if not spots:
            continue
        polygon = QPolygonF([QPointF(*c) for c, _ in spots])
        shape = QGraphicsPolygonItem(polygon)
        shape.setPen(_pen(style.colour, LINE_WIDTH * 1.5, dash=style.dash))
        fill = QColor(style.colour)
        fill.setAlphaF(0.0 if series.key == "first" else 0.22)
        shape.setBrush(QBrush(fill))
        plot.addItem(shape)
        scatter = _scatter([(c[0], c[1], tip) for c, tip in spots], style, theme,
                           hollow=series.key == "first")
        plot.addItem(scatter)
        items.scatters[series.key] = scatter
    add_legend(layout, tuple((s.key, s.name) for s in spec.series), theme, row=1, columns=1)
    return items


def draw_recap(layout: pg.GraphicsLayout, spec: RecapSpec, theme: ChartTheme) -> pg.PlotItem:
    """Stacked horizontal bars: per row, how many actions are done, open, overdue, stopped.

    Each segment carries its count as text, so the colours are never the only cue.
    """
    layout.clear()
    plot = layout.addPlot(row=0, col=0)
    plot.setTitle(spec.title, color=theme.foreground, size="11pt")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    font = _font(9)
    _style_axes(plot, theme, font)
    plot.setLabel("bottom", spec.x_title, color=theme.foreground)
    rows = list(spec.rows)
    ys = [len(rows) - 1 - i for i in range(len(rows))]  # the first row on top
    left = plot.getAxis("left")
    left.setTicks([[(y, label) for y, (label, _) in zip(ys, rows, strict=True)], []])
    # Sized up front: the axis would otherwise only widen for its labels after a first paint.
    metrics = QFontMetricsF(font)
    left.setWidth(int(max((metrics.horizontalAdvance(label) for label, _ in rows),
                          default=0) + 16))
    widest = max((r.total for _, r in rows), default=0)
    step = 1 if widest <= 12 else 5 if widest <= 60 else 10
    plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, widest + 1, step)], []])
    plot.setXRange(0, max(widest, 1), padding=0.03)
    plot.setYRange(-0.6, len(rows) - 0.4, padding=0)
    for state, name in spec.states:
        starts = [float(sum(r.count(s) for s, _ in spec.states[: _index(spec, state)]))
                  for _, r in rows]
        widths = [float(r.count(state)) for _, r in rows]
        colour = theme.states[state]
        plot.addItem(pg.BarGraphItem(x0=starts, y=ys, width=widths, height=0.6,
                                     brush=colour, pen=_pen(theme.background, 1), name=name))
        for x0, w, y in zip(starts, widths, ys, strict=True):
            if w:
                text = pg.TextItem(str(int(w)), color=_readable_on(colour), anchor=(0.5, 0.5))
                text.setFont(_font(9, bold=True))
                text.setPos(x0 + w / 2, y)
                plot.addItem(text)
    legend = pg.LegendItem(colCount=len(spec.states), labelTextColor=theme.foreground,
                           labelTextSize="9pt")
    for state, name in spec.states:
        legend.addItem(pg.BarGraphItem(x=[0], height=[1], width=1, brush=theme.states[state],
                                       pen=None),
                       name)
    layout.addItem(legend, row=1, col=0)
    return plot


def _index(spec: RecapSpec, state: ActionState) -> int:
    return [s for s, _ in spec.states].index(state)


def _readable_on(colour: str) -> str:
    return "#000000" if QColor(colour).lightnessF() > 0.45 else "#FFFFFF"
