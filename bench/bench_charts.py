"""How long the progress charts take for a busy family: 200 ratings over 40 meetings.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_charts.py [--repeat N]

Prints the median time to build and draw each chart (widget created, data set, laid out
and painted via grab()), and the headless PNG renders, each also as a ratio to a baseline
measured in the same run: a bare pyqtgraph PlotWidget drawing the same 200 points. Ratios
travel between machines better than seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.factories

import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.charts.seed import seeded_ratings  # noqa: E402
from tests.factories import sample_plan  # noqa: E402
from vrac_desktop.charts import render  # noqa: E402
from vrac_desktop.charts.widgets import (  # noqa: E402
    ActionsRecapWidget,
    DomainStarWidget,
    GoalChartWidget,
    GoalsOverviewWidget,
)

SIZE = (900, 450)


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    work()  # warm-up: first use loads fonts and caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    plan = sample_plan()
    ratings = seeded_ratings(plan, meetings=40, total=200)
    goal = plan.goals[0]
    xs = [float(r.rated_on.toordinal()) for r in ratings]
    ys = [float(r.value) for r in ratings]

    def baseline() -> None:
        widget = pg.PlotWidget()
        widget.resize(*SIZE)
        widget.plot(xs, ys, symbol="o")
        widget.grab()
        widget.deleteLater()

    def drawn(make: Callable[[], pg.GraphicsLayoutWidget]) -> Callable[[], None]:
        def work() -> None:
            widget = make()
            widget.resize(*SIZE)
            widget.grab()
            widget.deleteLater()
        return work

    def goal_widget() -> pg.GraphicsLayoutWidget:
        w = GoalChartWidget()
        w.set_data(goal, ratings)
        return w

    def overview_widget() -> pg.GraphicsLayoutWidget:
        w = GoalsOverviewWidget()
        w.set_data(plan, ratings)
        return w

    def star_widget() -> pg.GraphicsLayoutWidget:
        w = DomainStarWidget()
        w.set_data(plan, ratings)
        return w

    def recap_widget() -> pg.GraphicsLayoutWidget:
        w = ActionsRecapWidget()
        w.set_data(plan, date(2027, 1, 20))
        return w

    cases: list[tuple[str, Callable[[], object]]] = [
        ("baseline: bare PlotWidget, 200 points", baseline),
        ("goal chart widget (100 ratings of the goal)", drawn(goal_widget)),
        ("overview widget (2 goals, 200 ratings)", drawn(overview_widget)),
        ("star chart widget", drawn(star_widget)),
        ("actions recap widget", drawn(recap_widget)),
        ("goal chart PNG 1600x800", lambda: render.goal_chart_png(goal, ratings)),
        ("star chart PNG 1200x1200", lambda: render.domain_star_png(plan, ratings)),
        ("overview PNG 1600 wide", lambda: render.goals_overview_png(plan, ratings)),
    ]
    results = [(name, median_seconds(work, args.repeat)) for name, work in cases]
    base = results[0][1]
    out = sys.stdout
    out.write(f"{len(ratings)} ratings over {len({r.rated_on for r in ratings})} meetings, "
              f"median of {args.repeat} runs, widgets {SIZE[0]}x{SIZE[1]}\n")
    out.write(f"{'chart':<46}{'ms':>9}{'x baseline':>12}\n")
    for name, seconds in results:
        out.write(f"{name:<46}{seconds * 1000:>9.1f}{seconds / base:>12.1f}\n")
    del app


if __name__ == "__main__":
    main()
