"""Chart widgets for the meeting screens: they only draw what they are given.

Each widget builds its spec (labels in the UI language through the installed translators,
dates in the default locale), takes its colours from its own palette, and redraws when the
palette (light/dark) or the language changes. The accessible description lists the values,
so a screen reader user gets what the picture shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Generic, Protocol, TypeVar

import shiboken6

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt
from PySide6.QtWidgets import QWidget

from vrac_desktop.charts import draw
from vrac_desktop.charts.spec import (
    GoalChartSpec,
    OverviewSpec,
    RecapSpec,
    StarSpec,
    goal_chart_spec,
    overview_spec,
    recap_spec,
    star_spec,
)
from vrac_desktop.charts.theme import ChartTheme, theme_from_palette
from vrac_desktop.domain.model import Goal, PlanContent, Rating


class _Described(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def description(self) -> str: ...


SpecT = TypeVar("SpecT", bound=_Described)
DrawnT = TypeVar("DrawnT")

_REDRAW_ON = (QEvent.Type.PaletteChange, QEvent.Type.LanguageChange, QEvent.Type.StyleChange,
              QEvent.Type.LocaleChange)


def ui_translate(context: str, source: str) -> str:
    """Translation into the UI language (whatever translators the app installed)."""
    return QCoreApplication.translate(context, source)


class _ChartView(pg.GraphicsLayoutWidget):
    """A GraphicsLayoutWidget that redraws from its last data whenever theme or language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._redraw: Callable[[ChartTheme], None] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by keyboard and readers
        self.setBackground(self.theme().background)

    def theme(self) -> ChartTheme:
        return theme_from_palette(self.palette())

    def _show(self, redraw: Callable[[ChartTheme], None]) -> None:
        self._redraw = redraw
        self.refresh()

    def refresh(self) -> None:
        theme = self.theme()
        self.setBackground(theme.background)
        if self._redraw is not None:
            self._redraw(theme)

    def _describe(self, title: str, description: str) -> None:
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The base constructor already sends change events, before our attributes exist; a
        # language change can reach a chart whose scene is being torn down (closed window).
        if event.type() in _REDRAW_ON and hasattr(self, "_redraw") \
                and shiboken6.isValid(self.ci) and shiboken6.isValid(self.ci.layout):
            self.refresh()


class _SpecChart(_ChartView, Generic[SpecT, DrawnT]):
    """A chart drawn from a spec: ``spec`` (what it shows, in the UI language) and ``drawn``
    (what the draw function made: plot items, for tests and hover) follow each redraw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: SpecT | None = None
        self.drawn: DrawnT | None = None

    def _show_spec(self, spec_of: Callable[[], SpecT],
                   draw_spec: Callable[[pg.GraphicsLayout, SpecT, ChartTheme], DrawnT]) -> None:
        def redraw(theme: ChartTheme) -> None:
            spec = self.spec = spec_of()
            self.drawn = draw_spec(self.ci, spec, theme)
            self._describe(spec.title, spec.description)

        self._show(redraw)


class GoalChartWidget(_SpecChart[GoalChartSpec, draw.GoalChartItems]):
    """One goal's ratings over time per rater, with baseline, target and review date."""

    def sizeHint(self) -> QSize:
        return QSize(720, 380)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_data(self, goal: Goal, ratings: Sequence[Rating],
                 marker_date: date | None = None) -> None:
        ratings = tuple(ratings)
        self._show_spec(lambda: goal_chart_spec(goal, ratings, translate=ui_translate,
                                                locale=QLocale(), marker_date=marker_date),
                        draw.draw_goal_chart)


class GoalsOverviewWidget(_SpecChart[OverviewSpec, list[draw.GoalChartItems]]):
    """Small multiples: every goal of the family's plan on the same 0–10 scale."""

    def sizeHint(self) -> QSize:
        return QSize(900, 560)

    def set_data(self, plan: PlanContent, ratings: Sequence[Rating]) -> None:
        ratings = tuple(ratings)
        self._show_spec(lambda: overview_spec(plan, ratings, translate=ui_translate,
                                              locale=QLocale()),
                        draw.draw_overview)


class DomainStarWidget(_SpecChart[StarSpec, draw.StarItems]):
    """The life-domain star: first and latest ratings, like a journey of change."""

    def sizeHint(self) -> QSize:
        return QSize(520, 520)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 300)

    def set_data(self, plan: PlanContent, ratings: Sequence[Rating]) -> None:
        ratings = tuple(ratings)
        self._show_spec(lambda: star_spec(plan, ratings, translate=ui_translate,
                                          locale=QLocale()),
                        draw.draw_star)


class ActionsRecapWidget(_SpecChart[RecapSpec, pg.PlotItem]):
    """How many actions are done, open, overdue and stopped on a given day, all and per goal."""

    def sizeHint(self) -> QSize:
        return QSize(720, 260)

    def set_data(self, plan: PlanContent, today: date,
                 periods: Sequence[date] | None = None) -> None:
        """Per goal; or, given ``periods`` (e.g. the meeting dates), per period of due dates."""
        periods = None if periods is None else tuple(periods)
        self._show_spec(lambda: recap_spec(plan, today, translate=ui_translate,
                                           locale=QLocale(), periods=periods),
                        draw.draw_recap)
