"""The review/evaluation date label on a goal chart hides no rating point (issue 17: the
evaluation's "Evaluation 24 May 2027" covered the last rating six days before it)."""

from __future__ import annotations

from datetime import date

import pytest

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF

from tests.factories import sample_plan
from vrac_desktop.charts.draw import draw_goal_plot
from vrac_desktop.charts.spec import goal_chart_spec
from vrac_desktop.charts.theme import print_theme
from vrac_desktop.domain.model import Rater, Rating, new_id
from vrac_desktop.translate import tr_in

DAYS = (date(2026, 11, 24), date(2027, 1, 12), date(2027, 3, 9), date(2027, 5, 18))


@pytest.mark.parametrize(("values", "marker"), [
    ((3, 5, 7, 8), date(2027, 5, 24)),  # a high point just before the evaluation date
    ((3, 5, 7, 2), date(2027, 5, 24)),  # a low one
    ((3, 5, 9, 9), date(2027, 3, 12)),  # review date just after a high point, mid-chart
    ((3, 5, 7, 8), date(2027, 5, 14)),  # a high point just after the review date
])
def test_the_date_label_covers_no_rating_point(qtbot: object, values: tuple[int, ...],
                                               marker: date) -> None:
    goal = sample_plan().goals[0]
    ratings = [Rating(new_id(), goal.id, day, value, Rater.FAMILY)
               for day, value in zip(DAYS, values, strict=True)]
    ratings += [Rating(new_id(), goal.id, day, max(0, value - 1), Rater.TEAM)
                for day, value in zip(DAYS, values, strict=True)]
    spec = goal_chart_spec(goal, ratings, translate=tr_in("en"), locale=QLocale("en"),
                           marker_date=marker)
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(800, 400)
    items = draw_goal_plot(widget.getPlotItem(), spec, print_theme())
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    assert items.marker_line is not None and items.marker_line.label is not None
    qtbot.wait(50)  # type: ignore[attr-defined]  # the label follows the view once laid out
    label = items.marker_line.label.sceneBoundingRect()
    assert label.width() > 0
    view = widget.getPlotItem().vb
    for series in spec.series:
        for point in series.points:
            at = view.mapViewToScene(QPointF(point.x, point.y))
            assert not label.adjusted(-4, -4, 4, 4).contains(at), (values, marker, point)
