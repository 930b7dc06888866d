"""The chart widgets on real pyqtgraph views, for the seeded Leiden family."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

import pytest

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QPalette

from tests.charts.seed import seeded_ratings
from tests.factories import sample_plan
from vrac_desktop.charts.widgets import (
    ActionsRecapWidget,
    DomainStarWidget,
    GoalChartWidget,
    GoalsOverviewWidget,
)
from vrac_desktop.domain.model import PlanContent, Rater, Rating


@pytest.fixture
def family() -> tuple[PlanContent, list[Rating]]:
    plan = sample_plan()
    return plan, seeded_ratings(plan)  # 200 ratings over 40 meetings


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Base, "#17181a"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.WindowText, "#e8eaed")):
        palette.setColor(role, QColor(colour))
    return palette


def test_goal_chart_shows_each_raters_points_and_the_target(qtbot, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    goal = plan.goals[0]
    widget = GoalChartWidget()
    qtbot.addWidget(widget)
    widget.set_data(goal, ratings, marker_date=date(2027, 5, 24))
    widget.show()
    qtbot.waitExposed(widget)

    expected = Counter(r.rater for r in ratings if r.goal_id == goal.id)
    assert sum(expected.values()) == 100 and set(expected) == set(Rater)
    items = widget.drawn
    assert items is not None
    for rater in Rater:
        points = items.scatters[rater.value].points()
        assert len(points) == expected[rater]
        mine = sorted((r for r in ratings if r.goal_id == goal.id and r.rater is rater),
                      key=lambda r: r.rated_on)
        assert [p.pos().y() for p in points] == [r.value for r in mine]
        assert [p.pos().x() for p in points] == [r.rated_on.toordinal() for r in mine]
    assert items.target_line is not None and items.target_line.value() == goal.target == 9
    assert items.baseline_line is not None and items.baseline_line.value() == goal.baseline
    assert items.marker_line is not None
    assert items.marker_line.value() == date(2027, 5, 24).toordinal()
    assert items.plot.viewRange()[1][0] <= 0 and items.plot.viewRange()[1][1] >= 10


def test_goal_chart_hover_text_has_value_rater_and_comment(qtbot, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    goal = plan.goals[0]
    commented = next(r for r in ratings if r.goal_id == goal.id and r.rater is Rater.TEAM
                     and r.comment)
    widget = GoalChartWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 450)
    widget.set_data(goal, ratings)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.drawn is not None
    scatter = widget.drawn.scatters[Rater.TEAM.value]
    spot = next(p for p in scatter.points() if p.pos().x() == commented.rated_on.toordinal())
    tip = scatter.opts["tip"](x=spot.pos().x(), y=spot.pos().y(), data=spot.data())
    assert f"Team: {commented.value} of 10" in tip and commented.comment in tip
    others = [r for r in ratings if r.goal_id == goal.id and r.rated_on == commented.rated_on
              and r.value == commented.value and r.rater is not Rater.TEAM]
    for other in others:  # raters who gave the same value that day: their markers overlap
        assert f"{other.rater.value.title()}: {other.value} of 10" in tip

    # And the real thing: moving the mouse onto the point sets the plot's tool tip.
    where = settled_position(qtbot, widget, lambda: scatter.mapToScene(spot.pos()))
    move_mouse(qtbot, widget, QPoint(2, 2))  # from outside the plot
    assert commented.comment not in widget.drawn.plot.vb.toolTip()
    move_mouse(qtbot, widget, where)
    assert commented.comment in widget.drawn.plot.vb.toolTip()


def settled_position(qtbot, widget: GoalChartWidget,  # type: ignore[no-untyped-def]
                     scene_point: Callable[[], QPointF]) -> QPoint:
    """Where a point of the scene is on the viewport once the layout has settled: each
    paint lets the axes measure their labels, and a wider axis moves the plot (the layout
    request that follows is handled by the event loop)."""
    where = None
    for _ in range(10):
        # repaint, not grab(): a grab() of the view here made the interpreter abort at exit
        # ("pure virtual method called") when the cli tests ran after the charts tests.
        widget.viewport().repaint()
        qtbot.wait(1)
        now = widget.mapFromScene(scene_point())
        if now == where:
            return now
        where = now
    raise AssertionError("the chart's layout kept moving")


def move_mouse(qtbot, widget: GoalChartWidget, where: QPoint) -> None:  # type: ignore[no-untyped-def]
    """A mouse move to ``where`` on the chart's viewport, sent to the chart's own window.

    Not ``qtbot.mouseMove(widget)``: for a widget, QTest moves the cursor, and the offscreen
    platform hands the move to whichever top-level window it finds at that screen position
    first, so a window another test left open (GUI tests before this one) took the move.
    pyqtgraph drops a move that comes within 1/mouseRateLimit s of the previous one: wait
    that long.
    """
    qtbot.wait(int(1000 / pg.getConfigOption("mouseRateLimit")) + 5)
    window = widget.window()
    qtbot.mouseMove(window.windowHandle(), widget.viewport().mapTo(window, where))


def test_goal_chart_describes_its_values_for_screen_readers(qtbot, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    goal = plan.goals[1]
    widget = GoalChartWidget()
    qtbot.addWidget(widget)
    widget.set_data(goal, ratings[:12])
    text = widget.accessibleDescription()
    assert widget.accessibleName() == goal.title
    assert "Baseline 4, target 8." in text
    assert "Family: 24 Nov 2026 " in text
    shown = [r for r in ratings[:12] if r.goal_id == goal.id]
    assert text.count(";") == len(shown) - len({r.rater for r in shown})


def test_goal_chart_without_ratings_still_shows_target_and_baseline(qtbot) -> None:  # type: ignore[no-untyped-def]
    goal = sample_plan().goals[0]
    widget = GoalChartWidget()
    qtbot.addWidget(widget)
    widget.set_data(goal, [])
    assert widget.drawn is not None and widget.drawn.scatters == {}
    assert widget.drawn.target_line is not None
    assert "Family: no ratings." in widget.accessibleDescription()


def test_chart_follows_a_dark_palette_and_redraws_without_duplicates(qtbot, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    widget = GoalChartWidget()
    qtbot.addWidget(widget)
    widget.set_data(plan.goals[0], ratings)
    assert not widget.theme().dark
    light_family = widget.drawn.scatters["family"].opts["brush"].color().name()

    widget.setPalette(dark_palette())  # sends PaletteChange: the chart redraws
    assert widget.theme().dark
    assert widget.backgroundBrush().color().name() == "#17181a"
    dark_family = widget.drawn.scatters["family"].opts["brush"].color().name()
    assert dark_family != light_family
    curves = [i for i in widget.drawn.plot.items if i in widget.drawn.scatters.values()]
    assert len(curves) == 3  # the old series were replaced, not drawn twice


def test_overview_has_one_small_chart_per_goal(qtbot, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    widget = GoalsOverviewWidget()
    qtbot.addWidget(widget)
    widget.set_data(plan, ratings)
    assert len(widget.drawn) == len(plan.goals) == 2
    for goal, items in zip(plan.goals, widget.drawn, strict=True):
        shown = sum(len(s.points()) for s in items.scatters.values())
        assert shown == sum(r.goal_id == goal.id for r in ratings)
        assert items.target_line is not None and items.target_line.value() == goal.target
    assert plan.goals[0].title in widget.accessibleDescription()
    assert plan.goals[1].title in widget.accessibleDescription()


def test_star_has_an_axis_per_life_domain_and_points_where_goals_are(qtbot, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    widget = DomainStarWidget()
    qtbot.addWidget(widget)
    widget.set_data(plan, ratings)
    assert widget.spec is not None and widget.drawn is not None
    labels = [label.toPlainText() for label in widget.drawn.labels]
    assert labels == ["School", "Home", "Health", "Leisure", "Safety", "Income", "Housing",
                      "Social network"]
    latest = widget.drawn.scatters["latest"].points()
    assert len(latest) == 2  # only school and home have goals in the sample plan
    school = widget.spec.series[1].values[0]
    assert school is not None
    assert latest[0].pos().x() == pytest.approx(0, abs=1e-9)  # school is straight up
    assert latest[0].pos().y() == pytest.approx(school)
    assert "School: from " in widget.accessibleDescription()
    assert "Health: no goal." in widget.accessibleDescription()


def test_actions_recap_counts_per_goal(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = sample_plan()
    widget = ActionsRecapWidget()
    qtbot.addWidget(widget)
    widget.set_data(plan, date(2027, 1, 20))
    text = widget.accessibleDescription()
    assert "All actions: Done 0, Open 2, Overdue 2, Stopped 0." in text
    assert f"{plan.goals[0].title}: Done 0, Open 0, Overdue 2, Stopped 0." in text
    bars = [i for i in widget.drawn.items if type(i).__name__ == "BarGraphItem"]
    assert len(bars) == 4


def test_the_chart_is_not_blank_on_screen(qtbot, family) -> None:  # type: ignore[no-untyped-def]
    plan, ratings = family
    widget = GoalChartWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.set_data(plan.goals[0], ratings)
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    vermillion = QColor("#D55E00").rgb()
    hits = sum(image.pixel(x, y) == vermillion for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))
    assert hits > 50  # the family's markers are painted


def test_actions_recap_per_period_between_meetings(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = sample_plan()  # due 15 Jan (2 actions) and 1 Feb (2 actions)
    widget = ActionsRecapWidget()
    qtbot.addWidget(widget)
    widget.set_data(plan, date(2027, 2, 2), periods=[date(2026, 11, 24), date(2027, 1, 10),
                                                     date(2027, 2, 1)])
    assert widget.spec is not None
    assert [label for label, _ in widget.spec.rows] == [
        "All actions", "Due 24 Nov 2026 – 9 Jan 2027", "Due 10 Jan 2027 – 31 Jan 2027",
        "Due from 1 Feb 2027"]
    assert [r.total for _, r in widget.spec.rows] == [4, 0, 2, 2]
    assert "Due 10 Jan 2027 – 31 Jan 2027: Done 0, Open 0, Overdue 2, Stopped 0." in \
        widget.accessibleDescription()
