"""Write the chart examples in docs/screenshots/ (run by hand after a visible change).

    .venv/bin/python -m tests.charts.make_screenshots

Light ones are the document renders (render.py); the dark ones are the widgets grabbed with
a dark palette at a 2x device pixel ratio, as on a high-DPI screen.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "2")

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.charts.seed import seeded_ratings  # noqa: E402
from tests.factories import sample_plan  # noqa: E402
from vrac_desktop.charts import render  # noqa: E402
from vrac_desktop.charts.widgets import (  # noqa: E402
    DomainStarWidget,
    GoalChartWidget,
    GoalsOverviewWidget,
)
from vrac_desktop.domain.model import (  # noqa: E402
    Goal,
    LifeDomain,
    Need,
    PlanContent,
    new_id,
)

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def richer_plan() -> PlanContent:
    """The sample family with two more goals, so the star and overview have more to show."""
    plan = sample_plan()
    friends = Need(new_id(), "Yusuf has a friend to play with", LifeDomain.SOCIAL_NETWORK)
    health = Need(new_id(), "Mother sleeps enough", LifeDomain.HEALTH)
    return replace(
        plan, needs=(*plan.needs, friends, health),
        goals=(*plan.goals,
               Goal(new_id(), "Yusuf plays with a friend weekly", (friends.id,), "", 2, 7,
                    date(2027, 5, 1)),
               Goal(new_id(), "Fatima feels rested", (health.id,), "", 3, 7, date(2027, 5, 1))))


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Base, "#1b1c1f"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.WindowText, "#e8eaed")):
        palette.setColor(role, QColor(colour))
    return palette


def main() -> None:
    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    plan = richer_plan()
    ratings = seeded_ratings(plan, meetings=10, total=90, every_days=21, seed=7)
    goal = plan.goals[0]
    (OUT / "charts-goal.png").write_bytes(
        render.goal_chart_png(goal, ratings, marker_date=date(2027, 5, 24)))
    (OUT / "charts-overview.png").write_bytes(render.goals_overview_png(plan, ratings))
    (OUT / "charts-star.png").write_bytes(render.domain_star_png(plan, ratings))
    (OUT / "charts-recap.png").write_bytes(
        render.actions_recap_png(plan, date(2027, 1, 20)))
    (OUT / "charts-recap-periods.png").write_bytes(render.actions_recap_png(
        plan, date(2027, 2, 2), periods=[date(2026, 11, 24), date(2027, 1, 10),
                                         date(2027, 2, 1)]))
    (OUT / "charts-goal-nl.png").write_bytes(
        render.goal_chart_png(goal, ratings, language="nl"))
    for name, widget, size in (("goal", GoalChartWidget(), (900, 450)),
                               ("overview", GoalsOverviewWidget(), (900, 520)),
                               ("star", DomainStarWidget(), (560, 560))):
        widget.setPalette(dark_palette())
        if isinstance(widget, GoalChartWidget):
            widget.set_data(goal, ratings)
        else:
            widget.set_data(plan, ratings)
        widget.resize(*size)
        widget.show()
        app.processEvents()
        widget.grab().save(str(OUT / f"charts-{name}-dark.png"))
        widget.close()


if __name__ == "__main__":
    main()
