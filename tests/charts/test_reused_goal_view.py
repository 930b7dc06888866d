"""Goal charts for documents reuse one plot: a chart must not keep anything of the one before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QImage

from tests.charts.seed import seeded_ratings
from tests.factories import sample_plan
from vrac_desktop.charts import render


def pixels(png: bytes) -> QImage:
    img = QImage()
    assert img.loadFromData(png, "PNG")
    return img.convertToFormat(QImage.Format.Format_RGB32)


def fresh(goal, ratings, **kw) -> bytes:  # type: ignore[no-untyped-def]
    render._goal_view = None  # a new view, as for the first chart of a process
    return render.goal_chart_png(goal, ratings, width=1200, height=600, **kw)


def test_a_chart_drawn_after_another_is_the_same_as_drawn_first(qapp) -> None:  # type: ignore[no-untyped-def]
    plan = sample_plan()
    ratings = seeded_ratings(plan)
    first, second = plan.goals
    # The first chart has a review marker, another title, baseline and target, and ratings
    # by three raters; the second none of those extras.
    other = replace(second, baseline=1, target=6, title="Another goal entirely")
    expected = fresh(other, [r for r in ratings if r.goal_id == second.id][:2])
    fresh(first, [r for r in ratings if r.goal_id == first.id],
          marker_date=date(2027, 3, 1))
    after = render.goal_chart_png(other, [r for r in ratings if r.goal_id == second.id][:2],
                                  width=1200, height=600)
    assert pixels(after) == pixels(expected)


def test_the_reused_view_follows_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    plan = sample_plan()
    ratings = seeded_ratings(plan)
    goal = plan.goals[0]
    mine = [r for r in ratings if r.goal_id == goal.id]
    expected = fresh(goal, mine, language="fr")
    fresh(goal, mine, language="en")
    assert pixels(render.goal_chart_png(goal, mine, width=1200, height=600,
                                        language="fr")) == pixels(expected)
